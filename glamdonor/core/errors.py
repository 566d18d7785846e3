"""The errors glamdonor raises, all under one root.

GlamdonorError      the root: ``message`` is a sentence a registrar understands,
│                   ``hint`` says what to do about it. Front ends print these two, never a
│                   traceback.
├── InputError      a file the user gave us is wrong (batch manifest, catalog, mapping);
│                   says which file, and where known the row and column.
├── SandboxError    the sandbox wiki cannot be installed, started, stopped or reached.
├── WikiError       the wiki cannot be reached, or refused the account (login, rights).
└── MetricsError    a metrics source (the wiki's API, the pageviews service) kept failing.

Their sentences are templates marked for translation with ``N_`` (core/words.py), filled from
keyword values: ``InputError(N_("the sheet “{sheet}” is not in this file."), file=path,
sheet=name)``. The command line prints them in English; the window translates the templates
and fills them with the same values.

Problems that belong to one item (a missing file, a title already taken on the wiki) are not
exceptions: they are data on the item, so that one bad row never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from glamdonor.core.words import N_


class GlamdonorError(Exception):
    def __init__(self, message: str, hint: str = "", **values: object) -> None:
        self.template, self.hint_template, self.values = message, hint, values
        self.message, self.hint = self.said()
        super().__init__(self.message)

    def said(self, translate: Callable[[str], str] = str) -> tuple[str, str]:
        """The sentence and the hint, each template translated, then filled in."""

        def one(template: str) -> str:
            return fill(translate(template), self.values) if template else ""

        return one(self.template), one(self.hint_template)

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class InputError(GlamdonorError):
    def __init__(
        self,
        message: str,
        hint: str = "",
        *,
        file: Path | str | None = None,
        row: int | None = None,
        column: str | None = None,
        **values: object,
    ) -> None:
        self.file, self.row, self.column = file, row, column
        super().__init__(message, hint, **values)
        if where := self.where():
            self.message = f"{where}: {self.message}"

    def where(self, translate: Callable[[str], str] = str) -> str:
        """Where the error is (the file, the row, the column), each part translated."""
        known = {"file": self.file, "row": self.row, "column": self.column}
        return ", ".join(
            fill(translate(template), known)
            for template, name in (
                (N_("{file}"), "file"),
                (N_("row {row}"), "row"),
                (N_("column “{column}”"), "column"),
            )
            if known[name] is not None
        )


def fill(template: str, values: dict[str, object]) -> str:
    return template.format(**values) if values else template


class SandboxError(GlamdonorError):
    pass


class WikiError(GlamdonorError):
    pass


class MetricsError(GlamdonorError):
    pass
