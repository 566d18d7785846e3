"""The exit codes of ``glamdonor`` (listed in ``glamdonor --help``)."""

EXIT_OK = 0  # done
EXIT_ROWS_FAILED = 1  # the batch ran, some rows were not uploaded (or are blocked)
EXIT_ERROR = 2  # the command could not run: the message says why
EXIT_BUG = 70  # an unexpected error; details saved to a log file
EXIT_STOPPED = 130  # stopped with Ctrl-C
