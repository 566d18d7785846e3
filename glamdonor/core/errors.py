"""The errors glamdonor raises, all under one root.

GlamdonorError      the root: ``message`` is a sentence a registrar understands,
│                   ``hint`` says what to do about it. Front ends print these two, never a
│                   traceback.
├── InputError      a file the user gave us is wrong (batch manifest, catalog, mapping);
│                   says which file, and where known the row and column.
├── SandboxError    the sandbox wiki cannot be installed, started, stopped or reached.
├── WikiError       the wiki cannot be reached, or refused the account (login, rights).
└── MetricsError    a metrics source (the wiki's API, the pageviews service) kept failing.

Problems that belong to one item (a missing file, a title already taken on the wiki) are not
exceptions: they are data on the item, so that one bad row never stops a batch.
"""

from __future__ import annotations

from pathlib import Path


class GlamdonorError(Exception):
    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

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
    ) -> None:
        where = []
        if file is not None:
            where.append(str(file))
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column “{column}”")
        full = f"{', '.join(where)}: {message}" if where else message
        super().__init__(full, hint)
        self.file = file
        self.row = row
        self.column = column


class SandboxError(GlamdonorError):
    pass


class WikiError(GlamdonorError):
    pass


class MetricsError(GlamdonorError):
    pass
