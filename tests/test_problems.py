"""One contract for every problem declared in core/problems.py: a sentence and a hint, in every
shipped language with the same values; a known severity; every error keeps its row from the
upload; every finder gives the values its templates name; no sentence written anywhere else."""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from glamdonor.core.problems import KINDS, STAGES, Problem, Severity, blocks, problem

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fr", "es", "ar")
CODES = sorted(KINDS)


def names_in(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def translations(language: str) -> dict[str, str]:
    """The finished translations of sentences with no context name (the core's, N_)."""
    found = {}
    ts = ROOT / "resources" / "translations" / f"glamdonor_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        if context.find("name").text:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") is None and (translation.text or "").strip():
                found[message.find("source").text] = translation.text
    return found


def templates(code: str) -> list[str]:
    kind = KINDS[code]
    return [kind.sentence, kind.hint, *(template for _, template in kind.hints)]


def calls_of_problem() -> list[tuple[str, str, set[str]]]:
    """Every ``problem("code", ..., name=value)`` and ``Unreadable(text, "code", name=...)``
    in glamdonor: (where, code, the value names given)."""
    found = []
    for path in sorted((ROOT / "glamdonor").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            position = {"problem": 0, "Unreadable": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            code = node.args[position]
            if isinstance(code, ast.Constant) and isinstance(code.value, str):
                given = {k.arg for k in node.keywords if k.arg and k.arg != "column"}
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", code.value, given))
    return found


@pytest.mark.parametrize("code", CODES)
def test_a_kind_says_what_is_wrong_and_what_to_do(code):
    kind = KINDS[code]
    assert kind.code == code and re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", code)
    assert kind.severity in (Severity.ERROR, Severity.WARNING)
    assert kind.stage in STAGES
    assert kind.sentence.strip() and kind.hint.strip()
    assert kind.sentence[0].islower() or kind.sentence[0] in "“\"", kind.sentence  # goes in a line
    assert kind.hint[0].isupper(), kind.hint  # stands as a sentence of its own
    assert kind.sentence.rstrip()[-1] in ".:!?}" and kind.hint.rstrip()[-1] in ".}?"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", CODES)
def test_a_kind_is_said_in_every_language_with_its_values(code, language):
    said = translations(language)
    for template in templates(code):
        assert template in said, f"{code}: no {language} translation of “{template}”"
        assert names_in(said[template]) == names_in(template), (code, language)
        assert said[template] != template or language == "es", (code, language)


@pytest.mark.parametrize("code", CODES)
def test_every_error_keeps_its_row_from_the_upload_and_a_warning_does_not(code):
    found = Problem(code, tuple((name, "x") for t in templates(code) for name in names_in(t)))
    warning = problem("gps-in-file", position="1, 2")
    if KINDS[code].severity is Severity.ERROR:
        assert blocks([warning, found]) is found
    else:
        assert blocks([warning, found]) is None


def test_every_finder_names_a_declared_kind_and_gives_its_values():
    calls = calls_of_problem()
    assert len(calls) > 40
    for where, code, given in calls:
        assert code in KINDS, f"{where}: {code} is not declared in core/problems.py"
        kind = KINDS[code]
        wanted = names_in(kind.sentence) | names_in(kind.hint)
        optional = {name for name, _ in kind.hints}
        assert wanted <= given | optional, f"{where}: {code} lacks {wanted - given}"
        assert given <= wanted | optional, f"{where}: {code} is given {given - wanted - optional}"


def test_problems_found_before_the_upload_are_all_emitted_somewhere():
    emitted = {code for _, code, _ in calls_of_problem()}
    before = {code for code, kind in KINDS.items() if kind.stage != "upload"}
    assert before <= emitted, before - emitted


def test_no_sentence_of_a_problem_is_written_outside_the_registry():
    registry = ROOT / "glamdonor" / "core" / "problems.py"
    others = {
        path: path.read_text(encoding="utf-8")
        for path in (ROOT / "glamdonor").rglob("*.py")
        if path != registry
    }
    for code in CODES:
        for template in templates(code):
            words = max(re.split(r"\{\w+\}", template), key=len).strip(" “”:;,.()")
            if len(words) < 20:
                continue
            for path, text in others.items():
                assert words not in text, f"{path}: the sentence of {code} written again"


def test_a_value_not_given_shows_as_a_gap_and_never_stops_a_line():
    assert Problem("file-missing").message == "the file “…” is not in the media folder …."
