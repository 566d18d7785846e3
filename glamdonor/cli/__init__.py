"""The headless front end: ``glamdonor`` on the command line."""
