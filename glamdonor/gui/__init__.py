"""The Qt front end. It only shows what the jobs and the core compute."""
