"""Brings every translation source up to date with the sentences of the code."""

import subprocess
import sys
from pathlib import Path

from glamdonor.translations import LANGUAGES, LUPDATE_OPTIONS, SOURCES

here = Path(__file__).resolve().parent
root = here.parent.parent
sources = sorted(str(path) for pattern in SOURCES for path in root.glob(pattern))
tool = Path(sys.executable).parent / "pyside6-lupdate"
for language in LANGUAGES:
    ts = here / f"glamdonor_{language}.ts"
    subprocess.run([tool, *LUPDATE_OPTIONS, *sources, "-no-obsolete", "-ts", ts], check=True)
