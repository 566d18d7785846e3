"""Read a catalog file into a Catalog: every cell as text, as written, row numbers kept.

CSV and TSV: the delimiter is sniffed; the encoding is UTF-8 (with or without BOM), UTF-16
(with a BOM, or recognised by its zero bytes) or Windows-1252, or the one named.
XLSX, XLSM, XLSB, XLS and ODS go through calamine, several times faster than openpyxl
(bench/pipeline.py); numbers read as written (7, not 7.0) and dates as ISO 8601.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import re
from dataclasses import replace
from pathlib import Path

import pandas as pd
import python_calamine

from glamdonor.core.catalog import Catalog
from glamdonor.core.errors import InputError
from glamdonor.core.words import N_

TEXT_SUFFIXES = {".csv", ".tsv", ".tab", ".txt"}
SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
SAMPLE_BYTES = 64 * 1024


def read_catalog(
    path: Path,
    *,
    sheet: str | int | None = None,
    header_row: int = 1,
    encoding: str | None = None,
) -> Catalog:
    """Read ``path``; ``sheet`` is a name or a 1-based position, ``header_row`` 1-based."""
    path = Path(path)
    if not path.is_file():
        raise InputError(
            N_("the catalog file does not exist."), N_("Check the catalog's path."), file=path
        )
    suffix = path.suffix.lower()
    if header_row < 1:
        raise InputError(N_("the header row must be 1 or more."), "", file=path)
    if suffix in TEXT_SUFFIXES:
        (grid, found), sheet_name = _read_text(path, encoding), None
    elif suffix in SHEET_SUFFIXES:
        (grid, sheet_name), found = _read_sheet(path, sheet), None
    else:
        raise InputError(
            N_("glamdonor cannot read “{suffix}” catalogs."),
            N_("Save the sheet as XLSX, ODS or CSV from your spreadsheet program."),
            file=path,
            suffix=suffix or "extensionless",
        )
    return replace(_catalog(path, grid, header_row, sheet_name), encoding=found)


def first_rows(
    path: Path, *, sheet: str | int | None = None, count: int = 8, encoding: str | None = None
) -> list[list[str]]:
    """The sheet's first ``count`` rows as they are, before any of them is taken for the
    header: for a person to see which row holds the column names."""
    path = Path(path)
    if path.suffix.lower() in TEXT_SUFFIXES:
        grid = _read_text(path, encoding)[0]
    else:
        grid = _read_sheet(path, sheet)[0]
    return _top_rows(grid, count)


def _top_rows(grid: list[list[str]], count: int) -> list[list[str]]:
    """The first ``count`` rows of ``grid`` (a list of columns), short columns padded."""
    height = min(max((len(column) for column in grid), default=0), count)
    return [[column[i] if i < len(column) else "" for column in grid] for i in range(height)]


def column_letter(position: int) -> str:
    """A column's letters as spreadsheets show them: 1 is A, 27 is AA."""
    letters = ""
    while position > 0:
        position, rest = divmod(position - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def likely_header_row(rows: list[list[str]]) -> int:
    """The first row (1-based) that fills most of the columns: a title above the column
    names, merged across the sheet, fills one cell only."""
    width = max((sum(1 for cell in row if cell.strip()) for row in rows), default=0)
    for number, row in enumerate(rows, 1):
        if width and sum(1 for cell in row if cell.strip()) >= 0.6 * width:
            return number
    return 1


def _catalog(path: Path, grid: list[list[str]], header_row: int, sheet: str | None) -> Catalog:
    """Build the catalog from ``grid``, a list of columns, each holding every row's cell."""
    where = f"{path} (sheet “{sheet}”)" if sheet else path
    height = max((len(column) for column in grid), default=0)
    header = [
        column[header_row - 1].strip() if len(column) >= header_row else "" for column in grid
    ]
    if header:
        header[0] = header[0].removeprefix("\ufeff").strip()  # a byte order mark left in
    if not any(header):
        raise InputError(
            N_("row {header_row} should hold the column names, but it is empty."),
            N_("Point glamdonor at the header row (--header-row), or add column names."),
            file=where,
            header_row=header_row,
        )
    while header and not header[-1]:
        stray = grid[len(header) - 1][header_row:]
        if any(cell.strip() for cell in stray):
            row = header_row + 1 + next(i for i, cell in enumerate(stray) if cell.strip())
            likely = likely_header_row(_top_rows(grid, 8))
            raise InputError(
                N_(
                    "a cell lies in column {letter}, which has no name in row {header_row}, "
                    "the header row."
                ),
                N_(
                    "Row {likely} looks like the column names: give --header-row {likely} (in "
                    "a batch file: header_row = {likely} in its catalog line)."
                )
                if likely != header_row
                else N_("Name every column in the header row, or remove the stray cells."),
                file=where,
                row=row,
                letter=column_letter(len(header)),
                header_row=header_row,
                likely=likely,
            )
        header.pop()  # trailing empty columns of a sheet are not columns
    _check_header(header, where, header_row)
    body = [column[header_row:] + [""] * (height - len(column)) for column in grid[: len(header)]]
    if any("" not in map(str.strip, column) for column in body):  # a column full: no row blank
        keep = list(range(height - header_row))
    else:
        keep = [i for i, cells in enumerate(zip(*body, strict=True)) if "".join(cells).strip()]
    if not keep:
        raise InputError(
            N_("the catalog has a header but no rows."),
            N_("Add one row per media file below the header."),
            file=where,
        )
    if len(keep) < height - header_row:  # leave out blank rows, keep the others' numbers
        body = [[column[i] for i in keep] for column in body]
    columns = dict(zip(header, body, strict=True))
    numbers = [header_row + 1 + i for i in keep]
    return Catalog(path=path, columns=columns, row_numbers=numbers, sheet=sheet)


def _check_header(header: list[str], where: Path | str, header_row: int) -> None:
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputError(
                N_("column {position} has no name in the header row."),
                N_("Give every column a name in the header row."),
                file=where,
                row=header_row,
                position=position,
            )
        if name in seen:
            raise InputError(
                N_("two columns are both called “{name}”."),
                N_("Rename one of them so every column name is unique."),
                file=where,
                row=header_row,
                column=name,
                name=name,
            )
        seen.add(name)


# -- text files ------------------------------------------------------------------------------


def _read_text(path: Path, encoding: str | None) -> tuple[list[list[str]], str]:
    """The columns of a text catalog, and the encoding it was read in."""
    with path.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    if not sample.strip():
        raise InputError(
            N_("the catalog file is empty."), N_("Export the catalog again."), file=path
        )
    encodings = [encoding] if encoding else _likely_encodings(sample)
    for candidate in encodings:
        try:
            text = sample.decode(candidate, errors="ignore").removeprefix("\ufeff")
            return _parse_text(path, candidate, _delimiter(text, path)), candidate
        except LookupError:
            raise InputError(
                N_("“{candidate}” is not an encoding glamdonor knows."),
                N_("Name one such as utf-8, utf-16 or cp1252."),
                file=path,
                candidate=candidate,
            ) from None
        except UnicodeDecodeError as error:
            if encoding:
                raise InputError(
                    N_("the file is not in {encoding} (byte {start} does not fit)."),
                    N_("Leave out --encoding to let glamdonor find out, or name another."),
                    file=path,
                    encoding=encoding,
                    start=error.start,
                ) from None
    # cp1252 decodes nearly anything; this is for the few bytes it leaves undefined
    raise InputError(
        N_("the catalog is in no text encoding glamdonor recognises."),
        N_("Save it again as “CSV UTF-8” from your spreadsheet program."),
        file=path,
    )


def _parse_text(path: Path, encoding: str, delimiter: str) -> list[list[str]]:
    """The columns of a text catalog; pandas raises UnicodeDecodeError if it is not ``encoding``."""
    try:
        frame = pd.read_csv(
            path,
            encoding=encoding,
            sep=delimiter,
            header=None,
            dtype=object,
            na_filter=False,  # every cell as written; missing cells of short rows are ""
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.ParserError as error:
        line = re.search(r"line (\d+)", str(error))
        raise InputError(
            N_("this row has more cells than the first row has columns."),
            N_("Name every column in the header row, or check the quotes in this row."),
            file=path,
            row=int(line.group(1)) if line else None,
        ) from None
    except pd.errors.EmptyDataError:  # nothing but blank lines or a stray byte
        raise InputError(
            N_("the catalog file is empty."), N_("Export the catalog again."), file=path
        ) from None
    return [frame[name].tolist() for name in frame.columns]


def _likely_encodings(sample: bytes) -> list[str]:
    if sample.startswith(codecs.BOM_UTF8):
        return ["utf-8-sig"]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ["utf-16"]
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    if zeros_odd > len(sample) // 8 and zeros_even == 0:
        return ["utf-16-le"]
    if zeros_even > len(sample) // 8 and zeros_odd == 0:
        return ["utf-16-be"]
    try:
        sample.decode("utf-8")
        return ["utf-8"]
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not merely a character cut at the sample's end
            return [_legacy_encoding(sample), "cp1252"]
    return ["utf-8", "cp1252"]


# The single-byte encodings catalogs are exported in, by the region of the program.
LEGACY = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_15", "mac_roman")


def _legacy_encoding(sample: bytes) -> str:
    """Which old single-byte encoding a catalog that is not UTF-8 is in: charset-normalizer
    judges which give the least garbled text; of those, cp1252 (Western Europe's) where it is
    one, else the likeliest."""
    from charset_normalizer import from_bytes

    found = list(from_bytes(sample, cp_isolation=list(LEGACY)))
    if not found:
        return "cp1252"
    least = min(match.chaos for match in found)
    likely = [match.encoding for match in found if match.chaos <= least + 0.01]
    return "cp1252" if "cp1252" in likely else likely[0]  # the commonest, where it reads as well


def _delimiter(sample: str, path: Path) -> str:
    lines = sample.splitlines()[:50]
    if path.suffix.lower() in {".tsv", ".tab"}:
        return "\t"
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {sep: lines[0].count(sep) for sep in ",;\t|"} if lines else {}
        return max(counts, key=counts.get) if counts and max(counts.values()) else ","


# -- spreadsheets ----------------------------------------------------------------------------


def sheet_names(path: Path) -> list[str]:
    """The sheets of a workbook, in order; none for a CSV or TSV file."""
    if path.suffix.lower() in {".csv", ".tsv", ".txt"}:
        return []
    try:
        return list(python_calamine.CalamineWorkbook.from_path(str(path)).sheet_names)
    except (python_calamine.CalamineError, OSError, ValueError):
        return []


def _unreadable(path: Path, error: object) -> InputError:
    return InputError(
        N_("this file cannot be read as a {kind} workbook ({error})."),
        N_("Open it in your spreadsheet program and save it again."),
        file=path,
        kind=path.suffix.lstrip(".").upper(),
        error=error,
    )


def _read_sheet(path: Path, sheet: str | int | None) -> tuple[list[list[str]], str]:
    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError:
        raise InputError(
            N_("the workbook is protected by a password."),
            N_("Save an unprotected copy for glamdonor."),
            file=path,
        ) from None
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        raise _unreadable(path, error) from None
    names = workbook.sheet_names
    if not names:
        raise _unreadable(path, "no sheet in it")
    if sheet is None:
        shown = python_calamine.SheetVisibleEnum.Visible
        visible = [m.name for m in workbook.sheets_metadata if m.visible == shown]
        name = (visible or names)[0]
    elif isinstance(sheet, int) or str(sheet).isdigit():
        position = int(sheet)
        if not 1 <= position <= len(names):
            raise InputError(
                N_("the workbook has {count} sheet(s), not {position}."),
                N_("Its sheets are: {sheets}."),
                file=path,
                count=len(names),
                position=position,
                sheets=", ".join(names),
            )
        name = names[position - 1]
    elif sheet in names:
        name = str(sheet)
    else:
        raise InputError(
            N_("the workbook has no sheet called “{sheet}”."),
            N_("Its sheets are: {sheets}."),
            file=path,
            sheet=sheet,
            sheets=", ".join(names),
        )
    try:  # a damaged workbook can show its damage only when a sheet is read
        rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except (python_calamine.CalamineError, OSError, ValueError) as error:
        raise _unreadable(path, error) from None
    width = max((len(row) for row in rows), default=0)
    rows = [row + [""] * (width - len(row)) for row in rows] if rows else []
    columns = [
        [cell if type(cell) is str else _as_text(cell) for cell in column]
        for column in zip(*rows, strict=True)
    ]
    return columns, name


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value)
