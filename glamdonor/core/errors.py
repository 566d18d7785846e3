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

from pathlib import Path

from glamdonor.core.words import N_


class GlamdonorError(Exception):
    def __init__(self, message: str, hint: str = "", **values: object) -> None:
        self.template, self.hint_template, self.values = message, hint, values
        self.message = fill(message, values)
        self.hint = fill(hint, values)
        super().__init__(self.message)

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
        super().__init__(message, hint, **values)
        self.file, self.row, self.column = file, row, column
        where = ", ".join(
            fill(template, {"file": file, "row": row, "column": column})
            for template in self.where()
        )
        if where:
            self.message = f"{where}: {self.message}"

    def where(self) -> list[str]:
        """The templates that say where the error is: the file, the row, the column."""
        return [
            template
            for template, known in (
                (N_("{file}"), self.file),
                (N_("row {row}"), self.row),
                (N_("column “{column}”"), self.column),
            )
            if known is not None
        ]


def fill(template: str, values: dict[str, object]) -> str:
    return template.format(**values) if values else template


class SandboxError(GlamdonorError):
    pass


class WikiError(GlamdonorError):
    pass


class MetricsError(GlamdonorError):
    pass
