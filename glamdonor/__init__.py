"""glamdonor: donate a GLAM's media to Wikimedia Commons and follow what it achieved."""

__version__ = "0.1.0"
