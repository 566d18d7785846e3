"""The bundle's `glamdonor-gui` program: the window."""

import sys

from glamdonor.gui.app import main

sys.exit(main())
