"""Writing one table as a catalog file in each format and encoding, for the reader tests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pandas as pd
import xlwt


def write(
    table: list[list[str]], path: Path, encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(table)
        path.write_bytes(buffer.getvalue().encode(encoding))
    elif suffix == ".xlsx":
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "Objects"
        for row in table:
            sheet.append(row)
        workbook.create_sheet("Notes").append(["nothing here"])
        workbook.save(path)
    elif suffix == ".xls":
        workbook = xlwt.Workbook()
        sheet = workbook.add_sheet("Objects")
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                sheet.write(r, c, value)
        workbook.save(str(path))
    elif suffix == ".ods":
        frame = pd.DataFrame(table[1:], columns=table[0], dtype=str)
        with pd.ExcelWriter(path, engine="odf") as writer:
            frame.to_excel(writer, sheet_name="Objects", index=False)
    else:
        raise ValueError(suffix)
    return path
