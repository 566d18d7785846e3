"""The window speaks English, French, Spanish and Arabic: every string of glamdonor/gui is in
each translation, finished, with its placeholders; the .qm files are compiled from the .ts
sources as they are; Arabic lays the window out right to left."""

from __future__ import annotations

import datetime
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
    from glamdonor.translations import LUPDATE_OPTIONS, SOURCES

    sources = sorted(str(p) for pattern in SOURCES for p in ROOT.glob(pattern))
    subprocess.run(
        [TOOLS / "pyside6-lupdate", *LUPDATE_OPTIONS, *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
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
        placeholder = r"\{\w+(?:![rs])?(?::[^}]*)?\}"
        assert sorted(re.findall(placeholder, said)) == sorted(re.findall(placeholder, source))
        assert ("&" in said) == ("&" in source), (language, source)  # keyboard accelerators
        words = re.sub(placeholder, "", source).replace("BotPassword", "")
        if language == "ar" and re.search("[A-Za-z]{4}", re.sub("`[^`]*`", "", words)):
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
        assert [window.steps.item(i).text() for i in range(window.steps.count())] == [
            "الفهرس",
            "المطابقة",
            "الشريك",
            "ويكي بيانات",
            "التحقق",
            "الرفع",
            "الأثر",
            "المجتمع",
        ]
        assert window.upload.start.text() == "ابدأ الرفع"
        assert window.model.headerData(2, Qt.Orientation.Horizontal) == "العنوان على الويكي"
        catalog = example_batch.parent / "catalog.csv"
        catalog.write_text(catalog.read_text().replace("blue-evening.png", "gone.png"))
        window.open_batch(example_batch)
        qtbot.waitUntil(lambda: window.model.rowCount() == 3)
        problem = window.model.index(1, 4)
        assert problem.data().startswith("الملف «gone.png» غير موجود في مجلد الوسائط")
        assert "gone.png" in problem.data(Qt.ItemDataRole.ToolTipRole)  # the details, kept
        from PySide6.QtCore import QCoreApplication

        from glamdonor.metrics.figures import DEFINITIONS

        said = QCoreApplication.translate("Figures", DEFINITIONS["files"])
        assert said == "ملفات النطاق الموجودة على الويكي في آخر لقطة."  # a figure's definition
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


ERRORS = {"GlamdonorError", "InputError", "SandboxError", "WikiError", "MetricsError"}
PASSED_MARKED = {("target.py", "how_to_log_in")}  # its callers mark it


def test_every_error_the_window_may_show_is_marked_for_translation():
    """An error's sentence and hint are N_("...") templates (or empty), never an f-string or a
    sentence made elsewhere: the window translates the template, then fills in the values."""
    import ast

    unmarked = []
    for path in sorted((ROOT / "glamdonor").rglob("*.py")):
        if "cli" in path.parts:  # the command line speaks English
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ERRORS:
                for argument in node.args[:2]:
                    marked = _marked(argument)
                    passed = (path.name, getattr(argument, "id", "")) in PASSED_MARKED
                    if not (marked or passed or _empty(argument)):
                        unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not unmarked, unmarked


def _marked(argument) -> bool:
    """N_("...") itself, or a choice between two such (``N_("a") if x else N_("b")``)."""
    import ast

    if isinstance(argument, ast.IfExp):
        return _marked(argument.body) and _marked(argument.orelse)
    return (
        isinstance(argument, ast.Call)
        and getattr(argument.func, "id", "") == "N_"
        and isinstance(argument.args[0], ast.Constant)
    )


def _empty(argument) -> bool:
    import ast

    return isinstance(argument, ast.Constant) and argument.value == ""


@pytest.mark.gui
def test_an_error_of_the_core_is_said_in_the_window_language(qapp, tmp_path):
    """The command line says it in English; the window translates the template, where it is
    (file, row, column) and the hint, and fills in the same values."""
    from glamdonor.catalog import read_catalog
    from glamdonor.core.errors import InputError
    from glamdonor.gui.app import install_language
    from glamdonor.gui.words import error_said

    sheet = tmp_path / "catalog.csv"
    sheet.write_text("Title,Title\nA,B\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_catalog(sheet)
    assert str(caught.value) == (
        f"{sheet}, row 1, column “Title”: two columns are both called “Title”. "
        "Rename one of them so every column name is unique."
    )
    translator = install_language(qapp, "fr")
    try:
        assert error_said(caught.value) == (
            f"{sheet}, ligne 1, colonne « Title » : deux colonnes s'appellent toutes deux "
            "« Title ». Renommez l'une d'elles pour que chaque nom de colonne soit unique."
        )
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "en")
    assert error_said(caught.value) == str(caught.value)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_window_writes_the_report_in_its_language(qapp, tmp_path, language):
    """Exported from the window, the HTML and PDF reports speak the window's language (its
    headlines, figures, tables, charts and methods), Arabic shaped and right to left."""
    import subprocess

    from glamdonor.gui.app import install_language
    from glamdonor.gui.impact_page import window_words
    from glamdonor.jobs.metrics import Scope, refresh
    from glamdonor.metrics.figures import impact
    from glamdonor.metrics.http import Http
    from glamdonor.metrics.report import write_report
    from glamdonor.metrics.store import Store
    from tests.metricsserver import MetricsServer, World

    server = MetricsServer(World.made(60, seed=3))
    try:
        with Store(tmp_path / "m.sqlite") as store:
            scope = Scope("Musée (batch)", server.api_url, server.rest_url)
            list(refresh(store, Http(), scope, list(server.world.files), months=6,
                         today=datetime.date(2026, 11, 23)))  # fmt: skip
            found = impact(store, "Musée (batch)", months=6, today=datetime.date(2026, 11, 23))
    finally:
        server.close()
    translator = install_language(qapp, language)
    try:
        words = window_words()
        write_report(found, "html", tmp_path / "r.html", words)
        write_report(found, "pdf", tmp_path / "r.pdf", words)
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "en")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    if language == "fr":
        assert "<html lang='fr'>" in page
        for said in ("Vos 60 fichiers sont montrés sur", "Méthodes", "Résumé", "Par mois"):
            assert said in page and said in text, said
    else:
        assert "<html lang='ar' dir='rtl'>" in page
        assert "المنهجية" in page and "الملخص" in page
        assert "المنهجية" in text.replace("\u200f", "")  # shaped, it reads back as written
    # The languages table read from the side the language starts on: a language's counts at
    # the right of its name in French, at its left (the first column at the right) in Arabic.
    sides = _counts_beside(tmp_path / "r.pdf", "(fr)")
    assert sides and set(sides) == {"left" if language == "ar" else "right"}, sides


def _counts_beside(pdf, name: str) -> list[str]:
    """Where the counts of each line of a PDF that holds ``name`` stand: left or right of it."""
    import re
    import subprocess
    from html.parser import HTMLParser

    words: list[tuple[float, float, float, str]] = []  # top, left, right, text

    class Words(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "word":
                found = dict(attrs)
                self.box = (float(found["ymin"]), float(found["xmin"]), float(found["xmax"]))

        def handle_data(self, data):
            if getattr(self, "box", None) and data.strip():
                words.append((*self.box, data.strip()))
                self.box = None

    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    Words().feed(bbox)
    sides = []
    for top, left, right, text in words:
        if text != name:
            continue
        counts = [w for w in words if abs(w[0] - top) < 1 and re.fullmatch(r"[0-9][0-9,]*", w[3])]
        sides += ["left" if w[2] <= left else "right" if w[1] >= right else "over" for w in counts]
    return sides
