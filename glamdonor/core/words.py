"""Marking sentences of the core for translation, without Qt: ``QT_TRANSLATE_NOOP(context,
text)`` returns the text as it is, and pyside6-lupdate, which reads calls by that name, puts
the text in the window's translations, where the window looks it up by context."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    return text
