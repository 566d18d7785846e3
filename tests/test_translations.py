"""The window speaks English, French, Spanish and Arabic: every string of glamdonor/gui is in
each translation, finished, with its placeholders; the .qm files are compiled from the .ts
sources as they are; Arabic lays the window out right to left."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
LANGUAGES = ("fr", "es", "ar")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            found[(name, message.find("source").text)] = message.find("translation")
    return found


def test_every_string_of_the_window_is_in_the_translations(tmp_path):
    fresh = tmp_path / "fresh.ts"
    from glamdonor.translations import SOURCES

    sources = sorted(str(p) for pattern in SOURCES for p in ROOT.glob(pattern))
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    wanted = set(messages(fresh))
    assert len(wanted) > 90
    for language in LANGUAGES:
        kept = messages(TRANSLATIONS / f"glamdonor_{language}.ts")
        assert set(kept) == wanted, f"{language}: run pyside6-lupdate, then translate"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_is_finished_and_keeps_placeholders(language):
    for (_, source), translation in messages(TRANSLATIONS / f"glamdonor_{language}.ts").items():
        assert translation.get("type") is None, (language, source)  # not unfinished/vanished
        assert translation.text and translation.text.strip(), (language, source)
        said = translation.text
        assert sorted(re.findall(r"\{\d\}", said)) == sorted(re.findall(r"\{\d\}", source))
        assert ("&" in said) == ("&" in source), (language, source)  # keyboard accelerators
        if language == "ar" and re.search("[A-Za-z]{4}", source.replace("BotPassword", "")):
            assert re.search("[\u0600-\u06ff]", said), source  # really Arabic


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_translations_are_up_to_date(language, tmp_path):
    compiled = tmp_path / f"{language}.qm"
    subprocess.run(
        [TOOLS / "pyside6-lrelease", TRANSLATIONS / f"glamdonor_{language}.ts", "-qm", compiled],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"glamdonor_{language}.qm").read_bytes()


@pytest.mark.gui
def test_the_window_in_arabic_reads_right_to_left(qapp, qtbot, example_batch):
    from PySide6.QtCore import Qt

    from glamdonor.gui.app import MainWindow, install_language

    translator = install_language(qapp, "ar")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.isRightToLeft()
        assert [window.steps.item(i).text() for i in range(6)] == [
            "الفهرس",
            "المطابقة",
            "الشريك",
            "التحقق",
            "الرفع",
            "الأثر",
        ]
        assert window.upload.start.text() == "ابدأ الرفع"
        assert window.model.headerData(2, Qt.Orientation.Horizontal) == "العنوان على الويكي"
        catalog = example_batch.parent / "catalog.csv"
        catalog.write_text(catalog.read_text().replace("blue-evening.png", "gone.png"))
        window.open_batch(example_batch)
        qtbot.waitUntil(lambda: window.model.rowCount() == 3)
        problem = window.model.index(1, 4)
        assert problem.data() == "الملف المذكور في هذا الصف غير موجود في مجلد الوسائط."
        assert "gone.png" in problem.data(Qt.ItemDataRole.ToolTipRole)  # the details, kept
        from PySide6.QtCore import QCoreApplication

        from glamdonor.metrics.figures import DEFINITIONS

        said = QCoreApplication.translate("Figures", DEFINITIONS["files"])
        assert said == "ملفات النطاق الموجودة على الويكي في آخر لقطة."  # a figure's definition
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
