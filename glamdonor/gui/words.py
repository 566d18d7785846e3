"""What the core says, in the window's language: a problem's sentence and what to do, and an
error's. Their templates are declared in the core, marked with ``N_`` (core/problems.py,
core/errors.py); lupdate puts them in the translations with no context name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from glamdonor.core.errors import GlamdonorError, InputError
from glamdonor.core.problems import SEVERITY_WORDS, Problem


def in_the_window(template: str) -> str:
    return QCoreApplication.translate("", template)


def problem_said(problem: Problem) -> tuple[str, str]:
    """The problem's sentence, with the row's own values, and what to do, translated."""
    return problem.said(in_the_window)


def severity_said(problem: Problem) -> str:
    return in_the_window(SEVERITY_WORDS[problem.severity])


def error_said(error: GlamdonorError) -> str:
    """An error of the core in the window's language: its templates translated, then filled
    with the error's values, as the command line fills the English."""
    sentence, hint = error.said(in_the_window)
    if isinstance(error, InputError) and (where := error.where(in_the_window)):
        sentence = QCoreApplication.translate("Problems", "{0}: {1}").format(where, sentence)
    return f"{sentence[:1].upper()}{sentence[1:]} {hint}".strip()
