"""The window's translations: glamdonor_LANG.ts (sources, Qt Linguist) and the .qm files
compiled from them by pyside6-lrelease; tests/test_translations.py keeps them complete.

    python -m glamdonor.translations      # brings every .ts up to date (pyside6-lupdate)
    pyside6-lrelease glamdonor_fr.ts -qm glamdonor_fr.qm   # after translating
"""

# The files whose sentences the window shows, relative to the repository (glob patterns): the
# window's own, and the core's, whose errors are marked with N_ (all but the command line's).
SOURCES = tuple(
    f"glamdonor/{package}/*.py"
    for package in ("catalog", "core", "gui", "jobs", "media", "metrics", "wiki")
)
# N_ (glamdonor/core/words.py) is read as QT_TR_NOOP: its sentences have no context name.
LUPDATE_OPTIONS = ("-tr-function-alias", "QT_TR_NOOP+=N_")
LANGUAGES = ("fr", "es", "ar")
