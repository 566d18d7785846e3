"""The exit codes of ``glamdonor`` (listed in ``glamdonor --help``)."""

EXIT_OK = 0  # done
EXIT_ROWS_FAILED = 1  # the batch ran, some rows were not uploaded (or are blocked)
EXIT_ERROR = 2  # the command could not run: the message says why
EXIT_BUG = 70  # an unexpected error; details saved to a log file
EXIT_STOPPED = 130  # stopped with Ctrl-C

EXITS = (
    (EXIT_OK, "done: every row is on the wiki (uploaded, already there, or skipped as a copy)"),
    (EXIT_ROWS_FAILED, "the batch ran, but some rows were not uploaded: the lines above say why"),
    (EXIT_ERROR, "the command could not run (input files, account, wiki): the message says why"),
    (EXIT_BUG, "an unexpected error: the details are saved to a log file, nothing is lost"),
    (EXIT_STOPPED, "stopped with Ctrl-C: run the same command to go on"),
)
