"""Long-running work as plain generators shared by the GUI and the CLI.

Each job yields events (``glamdonor.jobs.events``) and checks a cancel token between steps;
front ends only loop over the events and show them.
"""
