"""Writing sheets a registrar opens next to the catalog: CSV (UTF-8 with BOM, so spreadsheet
programs see the accents) or XLSX, with a header row."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

import openpyxl

from glamdonor.core.errors import InputError


def write_sheet(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(
            f"glamdonor writes sheets as .csv or .xlsx, not “{suffix}”.",
            "Name the file with one of these endings.",
            file=path,
        )
    try:
        if suffix == ".csv":
            with path.open("w", newline="", encoding="utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(rows)
        else:
            workbook = openpyxl.Workbook(write_only=True)
            sheet = workbook.create_sheet("glamdonor")
            sheet.append(list(header))
            for row in rows:
                sheet.append(["" if cell is None else cell for cell in row])
            workbook.save(path)
    except OSError as error:
        raise InputError(
            f"the sheet cannot be written ({error.strerror}).",
            "Check that the folder exists and the file is not open in another program.",
            file=path,
        ) from None
