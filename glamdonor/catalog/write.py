"""Writing sheets a registrar opens next to the catalog: CSV (UTF-8 with BOM, so spreadsheet
programs see the accents) or XLSX, with a header row."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl

from glamdonor.core.errors import InputError
from glamdonor.core.words import CONTROLS, N_, visible


def write_sheet(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(
            N_("glamdonor writes sheets as .csv or .xlsx, not “{suffix}”."),
            N_("Name the file with one of these endings."),
            file=path,
            suffix=suffix,
        )
    try:
        if suffix == ".csv":
            with path.open("w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows([_inert(cell) for cell in row] for row in rows)
        else:
            workbook = openpyxl.Workbook(write_only=True)
            sheet = workbook.create_sheet("glamdonor")
            sheet.append(list(header))
            for row in rows:
                sheet.append(["" if cell is None else _inert(cell) for cell in row])
            workbook.save(path)
    except OSError as error:
        raise InputError(
            N_("the sheet cannot be written ({strerror})."),
            N_("Check that the folder exists and the file is not open in another program."),
            file=path,
            strerror=error.strerror,
        ) from None


def _inert(cell: object) -> object:
    """A text that a spreadsheet program would run as a formula (=, +, -, @: a catalog cell
    such as =HYPERLINK(...)) is written with a leading apostrophe, so it is shown, not run.
    Control characters (a NUL, an escape, a vertical tab), which XLSX cannot hold and which a
    terminal would obey, are written visibly: \\x1b, as Python writes them."""
    if isinstance(cell, str) and CONTROLS.search(cell):
        cell = visible(cell)
    starts = isinstance(cell, str) and cell[:1] in FORMULA_STARTS
    if starts and not (cell[:1] in "+-" and _is_number(cell)):
        return "'" + cell
    return cell


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")



def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
