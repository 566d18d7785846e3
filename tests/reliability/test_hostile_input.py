"""Hostile input: catalogs, mappings, batch files and partner profiles, malformed on purpose
and at random (hypothesis). Whatever comes in, the readers end with a result or with a
sentence (a GlamdonorError: file, row, column, what to do), never another exception; the
whole check of a hostile batch ends with such a sentence too, never a traceback or a hang."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import tomlkit
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glamdonor.catalog import read_catalog
from glamdonor.core.batch import load_batch
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import load_partner
from glamdonor.core.plan import make_plan

FUZZ = settings(
    max_examples=250,
    deadline=None,
    derandomize=True,  # the same inputs in every run: a failure here is one anybody repeats
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def survives(read, figures, kind: str):
    """The reader's result, or None when it refused with a sentence of ours."""
    figures["fuzzing"][kind] += 1
    try:
        return read()
    except GlamdonorError as error:
        assert error.message.strip() and "Traceback" not in str(error)
        return None


@FUZZ
@given(content=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".tsv", ".txt"]))
def test_any_bytes_as_a_text_catalog(content, suffix, tmp_path, figures):
    path = tmp_path / f"catalog{suffix}"
    path.write_bytes(content)
    survives(lambda: read_catalog(path), figures, "text catalogs, random bytes")


CELL = st.text(
    alphabet=st.sampled_from(list("ab é,;\t\"'\n\r=+-@\\|{}[]<>&\x00\u202e🌳")), max_size=12
)


@FUZZ
@given(
    rows=st.lists(st.lists(CELL, min_size=0, max_size=6), min_size=0, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "shift_jis"]),
    header_row=st.integers(min_value=0, max_value=3),
)
def test_any_table_in_any_encoding(rows, delimiter, encoding, header_row, tmp_path, figures):
    text = "\n".join(delimiter.join(row) for row in rows)
    path = tmp_path / "catalog.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    catalog = survives(
        lambda: read_catalog(path, header_row=header_row), figures, "text catalogs, random tables"
    )
    if catalog is not None:
        assert len(set(catalog.columns)) == len(catalog.columns)
        assert all(len(v) == len(catalog.row_numbers) for v in catalog.columns.values())


def a_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["inventory", "title", "file", "formula"])
    for n in range(20):
        sheet.append([f"EM-{n}", f"Title {n} é", f"{n}.png", f"=A{n + 2}&B{n + 2}"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = a_workbook()


@FUZZ
@given(
    cut=st.integers(min_value=0, max_value=len(WORKBOOK)),
    flips=st.lists(st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), max_size=12),
)
def test_a_damaged_workbook(cut, flips, tmp_path, figures):
    damaged = bytearray(WORKBOOK)
    for position, value in flips:
        damaged[position] = value
    path = tmp_path / "catalog.xlsx"
    path.write_bytes(bytes(damaged[: max(cut, len(WORKBOOK) // 2)] if flips else damaged[:cut]))
    survives(lambda: read_catalog(path), figures, "workbooks, damaged")


def test_workbooks_broken_in_their_zip(tmp_path, figures):
    parts = zipfile.ZipFile(io.BytesIO(WORKBOOK))
    names = parts.namelist()
    cases = {"not a zip": b"PK\x03\x04 not really", "empty zip": _zip({})}
    for left_out in names:  # each part missing in turn
        cases[f"without {left_out}"] = _zip({n: parts.read(n) for n in names if n != left_out})
    cases["garbage sheet"] = _zip(
        {n: (b"<x>" * 1000 if "sheet1" in n else parts.read(n)) for n in names}
    )
    for name, content in cases.items():
        path = tmp_path / "catalog.xlsx"
        path.write_bytes(content)
        survives(lambda path=path: read_catalog(path), figures, "workbooks, broken zips")
        del name


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


VALUE = st.recursive(
    st.none().map(lambda _: "")
    | st.booleans()
    | st.integers(-(2**63), 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | CELL
    | st.sampled_from(["{title}", "{nope}", "{", "}", "trim", "date", "Q190804", "cc-zero"]),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["column", "value", "pattern", "exif", "transforms"]), inner, max_size=3
        )
    ),
    max_leaves=8,
)
MAPPING_KEYS = [
    "format_version",
    "template",
    "file",
    "title",
    "license",
    "fields",
    "categories",
    "structured_data",
    "lookups",
    "description",
    "x",
]
BATCH_KEYS = [
    "format_version",
    "catalog",
    "media",
    "mapping",
    "partner",
    "name",
    "date",
    "target",
    "upload",
    "sheet",
    "header_row",
    "encoding",
]
PARTNER_KEYS = [
    "format_version",
    "name",
    "wikidata",
    "institution_template",
    "partnership_template",
    "credit_line",
    "batch_category",
    "summary",
    "x",
]


def toml_of(keys: list[str]):
    return st.dictionaries(st.sampled_from(keys), VALUE, max_size=len(keys)).map(
        lambda d: {"format_version": 1, **d} if d.get("format_version") is None else d
    )


@FUZZ
@given(spec=toml_of(MAPPING_KEYS))
def test_any_mapping(spec, tmp_path, figures, example_folder):
    path = tmp_path / "mapping.toml"
    path.write_text(tomlkit.dumps(spec), encoding="utf-8")
    mapping = survives(lambda: load_mapping(path), figures, "mappings")
    if mapping is not None:
        catalog = read_catalog(example_folder / "catalog.csv")
        partner = load_partner(example_folder / "partner.toml")
        survives(
            lambda: make_plan(catalog, mapping, example_folder / "media", partner),
            figures,
            "mappings applied to a catalog",
        )


SOURCE = st.fixed_dictionaries(
    {},
    optional={
        "column": st.sampled_from(
            ["title", "creator", "date", "inventory", "keywords", "nope", ""]
        ),
        "value": VALUE,
        "pattern": st.sampled_from(["{title}", "{title} {date}", "{nope}", "{", "x}", "{{}}"]),
        "transforms": st.lists(
            st.sampled_from(
                [
                    "trim",
                    "date",
                    "upper",
                    {"case": "title"},
                    {"replace": ["a", "b"]},
                    {"regex": ["(", "x"]},
                    {"lookup": "nope"},
                    {"split": ";"},
                    "x",
                ]
            ),
            max_size=3,
        ),
        "split": st.sampled_from([";", "", "|"]),
        "language": st.sampled_from(["en", "fr", "", "x" * 30]),
        "keep": st.sampled_from(["inventory", "nope"]),
    },
)


@FUZZ
@given(
    changes=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "file",
                    "title",
                    "license",
                    "categories",
                    "fields.artist",
                    "fields.date",
                    "fields.nope",
                    "structured_data.captions",
                    "structured_data.inception",
                    "template",
                    "language",
                ]
            ),
            SOURCE | st.lists(SOURCE, max_size=2) | VALUE,
        ),
        min_size=1,
        max_size=3,
    )
)
def test_the_example_mapping_changed_at_random(changes, tmp_path, figures, example_folder):
    """Most of these still load: the mapping engine itself then meets odd sources, patterns
    and transforms on a real catalog."""
    import tomllib

    spec = tomllib.loads((example_folder / "mapping.toml").read_text(encoding="utf-8"))
    for where, value in changes:
        table, _, key = where.rpartition(".")
        (spec.setdefault(table, {}) if table else spec)[key] = value
    path = tmp_path / "mapping.toml"
    path.write_text(tomlkit.dumps(spec), encoding="utf-8")
    mapping = survives(lambda: load_mapping(path), figures, "mappings, the example changed")
    if mapping is not None:
        catalog = read_catalog(example_folder / "catalog.csv")
        partner = load_partner(example_folder / "partner.toml")
        plan = survives(
            lambda: make_plan(catalog, mapping, example_folder / "media", partner),
            figures,
            "mappings applied to a catalog",
        )
        if plan is not None:
            assert len(plan.pages) == len(catalog.row_numbers)


@FUZZ
@given(spec=toml_of(BATCH_KEYS))
def test_any_batch_file(spec, tmp_path, figures):
    path = tmp_path / "batch.toml"
    path.write_text(tomlkit.dumps(spec), encoding="utf-8")
    survives(lambda: load_batch(path), figures, "batch files")


@FUZZ
@given(spec=toml_of(PARTNER_KEYS))
def test_any_partner_profile(spec, tmp_path, figures):
    path = tmp_path / "partner.toml"
    path.write_text(tomlkit.dumps(spec), encoding="utf-8")
    survives(lambda: load_partner(path), figures, "partner profiles")


@FUZZ
@given(text=st.text(max_size=400), which=st.sampled_from(["mapping", "batch", "partner"]))
def test_any_text_as_a_toml_file(text, which, tmp_path, figures):
    path = tmp_path / f"{which}.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    read = {"mapping": load_mapping, "batch": load_batch, "partner": load_partner}[which]
    survives(lambda: read(path), figures, "TOML files, random text")


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def hostile_batch(example_batch: Path, header: list[str], rows: list[list[str]]) -> Path:
    import csv

    with (example_batch.parent / "catalog.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return example_batch


def checked(manifest: Path, tmp_path: Path, figures, kind: str) -> subprocess.CompletedProcess:
    """``glamdonor check --offline`` as a process: a hang would stop it at the time limit."""
    figures["fuzzing"][kind] += 1
    report = tmp_path / "problems.xlsx"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "glamdonor.cli.main",
            "check",
            str(manifest),
            "--offline",
            "--report",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode in (0, 1, 2), done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    return done


HEADER = ["inventory", "title", "creator", "date", "description", "file", "license", "keywords"]


def example_rows() -> list[list[str]]:
    import csv

    with (EXAMPLES / "catalog.csv").open(encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))[1:]


def test_a_million_character_cell(example_batch, tmp_path, figures):
    rows = example_rows()
    rows[0][1] = "Long " * 200_000  # a title cell of 1,000,000 characters
    rows[1][4] = "é" * 1_100_000  # a description over the wiki's 2 MiB page limit
    done = checked(
        hostile_batch(example_batch, HEADER, rows),
        tmp_path,
        figures,
        "batches checked whole, 1,000,000-character cells",
    )
    assert done.returncode == 1, done.stdout + done.stderr  # one row blocked, said why
    problems = openpyxl.load_workbook(tmp_path / "problems.xlsx").active
    header, *found = problems.iter_rows(values_only=True)
    codes = {row[header.index("code")] for row in found}
    assert "page-too-large" in codes, codes


def test_fifty_thousand_columns(example_batch, tmp_path, figures):
    extra = [f"column {n}" for n in range(50_000 - len(HEADER))]
    rows = [row + ["x"] * len(extra) for row in example_rows()]
    checked(
        hostile_batch(example_batch, HEADER + extra, rows),
        tmp_path,
        figures,
        "batches checked whole, 50,000 columns",
    )


def test_formula_cells_are_shown_not_run(example_batch, tmp_path, figures):
    """Cells that a spreadsheet program would run (=HYPERLINK, +cmd, @SUM) are read as text,
    and written into the sheets glamdonor makes with a leading apostrophe: shown, not run."""
    from glamdonor.catalog.write import write_sheet

    hostile = ['=HYPERLINK("http://evil.example","click")', "@SUM(1+1)*cmd|' /C calc'!A0"]
    rows = example_rows()
    rows[0][1], rows[1][1], rows[2][6] = *hostile, "+not-a-license"
    checked(
        hostile_batch(example_batch, HEADER, rows),
        tmp_path,
        figures,
        "batches checked whole, formula cells",
    )
    report = openpyxl.load_workbook(tmp_path / "problems.xlsx").active
    assert all(cell.data_type != "f" for row in report.iter_rows() for cell in row)

    cells = [*read_catalog(example_batch.parent / "catalog.csv").columns["title"][:2], "-5", "-x"]
    assert cells[:2] == hostile  # read as the text they are
    for suffix in (".xlsx", ".csv"):
        sheet = tmp_path / f"sheet{suffix}"
        write_sheet(sheet, ["value"], [[cell] for cell in cells])
        back = read_catalog(sheet).columns["value"]
        assert back == ["'" + hostile[0], "'" + hostile[1], "-5", "'-x"], suffix


@pytest.mark.parametrize("encoding", ["utf-16-le", "shift_jis", "cp1251"])
def test_a_catalog_in_an_unexpected_encoding(encoding, example_batch, tmp_path, figures):
    path = example_batch.parent / "catalog.csv"
    text = path.read_text(encoding="utf-8-sig").replace("Red study", "Красный этюд")
    path.write_bytes(text.encode(encoding, errors="replace"))
    checked(example_batch, tmp_path, figures, "batches checked whole, unexpected encodings")
