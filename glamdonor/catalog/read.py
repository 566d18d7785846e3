"""Read a catalog file into a Catalog: every cell as text, exactly as written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from glamdonor.core.catalog import Catalog, Row
from glamdonor.core.errors import InputError

_ENCODINGS = ("utf-8-sig", "cp1252")


def read_catalog(path: Path) -> Catalog:
    path = Path(path)
    if not path.is_file():
        raise InputError(
            "the catalog file does not exist.",
            "Check the catalog path in the batch file.",
            file=path,
        )
    if path.suffix.lower() not in {".csv", ".tsv", ".txt"}:
        raise InputError(
            f"glamdonor cannot read “{path.suffix}” catalogs yet.",
            "Save the sheet as CSV (UTF-8) from your spreadsheet program.",
            file=path,
        )
    text = _decode(path)
    delimiter = _sniff_delimiter(text, path)
    frame = pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        dtype=str,
        keep_default_na=False,
        skip_blank_lines=False,
    )
    header = [str(name).strip() for name in frame.iloc[0]]
    _check_header(header, path)
    rows = tuple(
        Row(number=number, cells=dict(zip(header, values, strict=True)))
        for number, values in enumerate(frame.iloc[1:].itertuples(index=False), start=2)
        if any(value.strip() for value in values)
    )
    if not rows:
        raise InputError(
            "the catalog has a header but no rows.",
            "Add one row per media file below the header.",
            file=path,
        )
    return Catalog(path=path, columns=tuple(header), rows=rows)


def _decode(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in _ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(
        "the catalog is not in a text encoding glamdonor recognises.",
        "Save it again as “CSV UTF-8” from your spreadsheet program.",
        file=path,
    )


def _sniff_delimiter(text: str, path: Path) -> str:
    first_lines = "\n".join(text.splitlines()[:20])
    if not first_lines.strip():
        raise InputError("the catalog file is empty.", "Export the catalog again.", file=path)
    try:
        return csv.Sniffer().sniff(first_lines, delimiters=",;\t|").delimiter
    except csv.Error:
        return "\t" if path.suffix.lower() == ".tsv" else ","


def _check_header(header: list[str], path: Path) -> None:
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name.strip():
            raise InputError(
                f"column {position} has no name in the header row.",
                "Give every column a name in the first row.",
                file=path,
                row=1,
            )
        if name in seen:
            raise InputError(
                f"two columns are both called “{name}”.",
                "Rename one of them so every column name is unique.",
                file=path,
                row=1,
                column=name,
            )
        seen.add(name)
