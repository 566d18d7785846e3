"""Format strings filled for every row of a catalog: a ``str.format`` pattern of unnamed fields
(the page patterns and structured data are mostly fixed text, ``{{Information`` and JSON, their
braces doubled) read once and made a printf-style pattern, which ``%`` fills in C: a column of
rows is filled by ``map(form.__mod__, rows)`` without a Python call a row."""

from __future__ import annotations

import string


def form(template: str) -> str:
    """``template`` (a ``str.format`` pattern of unnamed fields) as a ``%`` pattern: its text
    kept as it is, each field ``%s``; ``form(t) % tuple(values)`` is ``t.format(*values)`` for
    values that are strings."""
    found, text = [], ""
    for literal, field_name, _, _ in string.Formatter().parse(template):
        text += literal
        if field_name is not None:
            found.append(text)
            text = ""
    return "%s".join(piece.replace("%", "%%") for piece in [*found, text])
