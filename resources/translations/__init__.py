"""The window's translations: glamdonor_LANG.ts (sources, Qt Linguist) and the .qm files
compiled from them by pyside6-lrelease; tests/test_translations.py keeps them complete.

    cd resources/translations
    pyside6-lupdate ../../glamdonor/gui/*.py ../../glamdonor/metrics/figures.py \
        -no-obsolete -ts glamdonor_fr.ts
    pyside6-lrelease glamdonor_fr.ts -qm glamdonor_fr.qm
"""

# The files whose sentences the window shows, relative to the repository (glob patterns).
SOURCES = ("glamdonor/gui/*.py", "glamdonor/metrics/figures.py")
