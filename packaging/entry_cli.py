"""The bundle's `glamdonor` program: the command line."""

import sys

from glamdonor.cli.main import main

sys.exit(main())
