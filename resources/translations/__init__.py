"""The window's translations: glamdonor_LANG.ts (sources, Qt Linguist) and the .qm files
compiled from them by pyside6-lrelease; tests/test_translations.py keeps them complete."""
