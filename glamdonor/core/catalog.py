"""A catalog as glamdonor sees it: named columns of text, rows that remember their number."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Row:
    number: int  # the row number a spreadsheet program shows for it (header is row 1)
    cells: dict[str, str]


@dataclass(frozen=True)
class Catalog:
    path: Path
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
