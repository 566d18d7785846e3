"""A catalog as glamdonor sees it: named columns of text, and the row number of each row.

Kept by column, not by row: the mapping engine works a column at a time, which is several
times faster in Python than building one dictionary per row (bench/pipeline.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Catalog:
    path: Path
    columns: dict[str, list[str]]  # column name -> its cells, top to bottom, as text
    row_numbers: list[int]  # the row number a spreadsheet program shows for each row
    sheet: str | None = None
    encoding: str | None = None  # the encoding a text catalog was read in

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self.columns)

    def __len__(self) -> int:
        return len(self.row_numbers)

    def cells(self, index: int) -> dict[str, str]:
        """One row as a dictionary, for previews and messages."""
        return {name: cells[index] for name, cells in self.columns.items()}

    def where(self) -> str:
        return f"{self.path}" + (f" (sheet “{self.sheet}”)" if self.sheet else "")
