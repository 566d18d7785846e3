"""Marking sentences of the core for translation, without Qt: ``QT_TRANSLATE_NOOP(context,
text)`` returns the text as it is, and pyside6-lupdate, which reads calls by that name, puts
the text in the window's translations, where the window looks it up by context."""

from __future__ import annotations

import re


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    return text


def N_(text: str) -> str:
    """Marks a sentence of the core (an error's template) for the window's translations.

    lupdate reads it as QT_TR_NOOP (``-tr-function-alias QT_TR_NOOP+=N_``), which puts it in
    the context with no name: the window looks it up with ``translate("", text)``."""
    return text


# Control characters but tab, line feed and carriage return: what a catalog may hold that a
# sheet cannot (XLSX) and a terminal would obey (an escape).
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def visible(text: str) -> str:
    """``text`` with its control characters written as \\xNN: shown, never obeyed."""
    return CONTROLS.sub(lambda m: f"\\x{ord(m.group(0)):02x}", text)


def counted(count: int, one: str, many: str, said: str | None = None) -> str:
    """A count with its noun: ``one`` for a count of 1, ``many`` for any other, each a template
    of ``{n}`` ("{n} file", "{n} files"; translated already where the window says it), ``{n}``
    the count as ``said`` writes it (else with thousands separated)."""
    return (one if count == 1 else many).format(n=f"{count:,}" if said is None else said)
