"""Catalog readers: every format and encoding gives the same cells, as text, as written."""

from __future__ import annotations

import datetime

import openpyxl
import pytest

from glamdonor.catalog import read_catalog
from glamdonor.core.errors import InputError
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import load_partner
from glamdonor.core.plan import make_plan
from tests.catalogs import write

TABLE = [
    ["inventory", "title", "creator", "date", "description", "file", "license", "keywords"],
    [
        "007",
        "Été à Giverny",
        "Anna Müller",
        "1898",
        "Oil; on “card”",
        "red-study.png",
        "cc-zero",
        "A;B",
    ],
    [
        "EM-0002",
        "Blue evening",
        "Bram Example",
        "circa 1905",
        "Line one\nline two",
        "blue-evening.png",
        "cc-by-4.0",
        "Canals",
    ],
    ["0003", "Ĝardeno 🌳", "Ωmega", "1910-1912", "x | y", "green-garden.png", "cc-by-sa-4.0", ""],
]


ROWS = [dict(zip(TABLE[0], row, strict=True)) for row in TABLE[1:]]


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("c.csv", "utf-8", ","),
        ("c.csv", "utf-8-sig", ";"),
        ("c.csv", "utf-16", ","),
        ("c.csv", "utf-16-le", ","),
        ("c.tsv", "utf-8", "\t"),
        ("c.txt", "utf-8", "|"),
    ],
)
def test_text_catalogs_in_each_encoding(tmp_path, name, encoding, delimiter):
    catalog = read_catalog(write(TABLE, tmp_path / name, encoding, delimiter))
    assert list(catalog.columns) == TABLE[0]
    assert [catalog.cells(i) for i in range(3)] == ROWS
    assert catalog.row_numbers == [2, 3, 4]


def test_windows_1252_is_recognised(tmp_path):
    table = [row[:3] for row in TABLE[:2]]
    catalog = read_catalog(write(table, tmp_path / "c.csv", "cp1252"))
    assert catalog.cells(0) == {
        "inventory": "007",
        "title": "Été à Giverny",
        "creator": "Anna Müller",
    }


def test_a_named_encoding_is_used_and_a_wrong_one_explained(tmp_path):
    path = write([["a"], ["Ωmega"]], tmp_path / "c.csv", "utf-8")
    assert read_catalog(path, encoding="utf-8").cells(0) == {"a": "Ωmega"}
    with pytest.raises(InputError, match="not in ascii"):
        read_catalog(path, encoding="ascii")
    with pytest.raises(InputError, match="not an encoding glamdonor knows"):
        read_catalog(path, encoding="klingon")


@pytest.mark.parametrize("suffix", [".xlsx", ".xls", ".ods"])
def test_workbooks_give_the_same_cells(tmp_path, suffix):
    catalog = read_catalog(write(TABLE, tmp_path / f"c{suffix}"))
    assert catalog.sheet == "Objects"
    assert list(catalog.columns) == TABLE[0]
    assert [catalog.cells(i) for i in range(3)] == ROWS


def test_the_same_catalog_as_csv_xlsx_and_ods_gives_identical_items(tmp_path, example_folder):
    examples = example_folder
    mapping = load_mapping(examples / "mapping.toml")
    partner = load_partner(examples / "partner.toml")
    plans = []
    for suffix in (".csv", ".xlsx", ".ods", ".xls"):
        catalog = read_catalog(write(TABLE, tmp_path / f"same{suffix}"))
        plans.append(
            make_plan(catalog, mapping, examples / "media", partner, batch_date="2026-11-23")
        )
    first = plans[0].items()
    assert len(first) == 3 and first[0].title.startswith("Été à Giverny - Anna Müller")
    for plan in plans[1:]:
        assert plan.items() == first


def test_typed_workbook_cells_read_as_a_person_sees_them(tmp_path):
    path = tmp_path / "typed.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["number", "year", "price", "day", "when", "flag", "empty"])
    sheet.append(
        [
            "007",
            1898,
            12.5,
            datetime.date(1903, 2, 1),
            datetime.datetime(1903, 2, 1, 14, 30),
            True,
            None,
        ]
    )
    workbook.save(path)
    assert read_catalog(path).cells(0) == {
        "number": "007",
        "year": "1898",
        "price": "12.5",
        "day": "1903-02-01",
        "when": "1903-02-01 14:30:00",
        "flag": "TRUE",
        "empty": "",
    }


def test_sheet_and_header_row_can_be_chosen(tmp_path):
    path = tmp_path / "w.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "Cover"
    workbook.active.append(["Catalog of the Example Museum"])
    sheet = workbook.create_sheet("Objects")
    sheet.append(["exported 2026-11-01"])
    sheet.append([])
    sheet.append(["inv", "title"])
    sheet.append(["1", "One"])
    sheet.append([])
    sheet.append(["2", "Two"])
    workbook.save(path)
    catalog = read_catalog(path, sheet="Objects", header_row=3)
    assert catalog.cells(0) == {"inv": "1", "title": "One"}
    assert catalog.row_numbers == [4, 6]
    assert read_catalog(path, sheet=2, header_row=3).row_numbers == [4, 6]
    with pytest.raises(InputError, match=r"no sheet called “Items”\. Its sheets are: Cover, Obj"):
        read_catalog(path, sheet="Items")
    with pytest.raises(InputError, match=r"sheet “Objects”\): row 2 should hold the column names"):
        read_catalog(path, sheet="Objects", header_row=2)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a,a\n1,2\n", "row 1, column “a”: two columns are both called “a”"),
        ("a,,c\n1,2,3\n", "row 1: column 2 has no name"),
        ("a,b\n", "the catalog has a header but no rows"),
        ("", "the catalog file is empty"),
        ("a,b\n1,2\n3,4,5\n", "row 3: this row has more cells than the first row has columns"),
    ],
)
def test_bad_catalogs_say_where_and_what(tmp_path, content, expected):
    path = tmp_path / "bad.csv"
    path.write_text(content)
    with pytest.raises(InputError) as caught:
        read_catalog(path)
    assert str(path) in caught.value.message
    assert expected in caught.value.message
    assert caught.value.hint


def test_unreadable_and_unknown_files_are_explained(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(InputError, match="cannot be read as a XLSX workbook"):
        read_catalog(broken)
    odd = tmp_path / "x.pages"
    odd.write_text("x")
    with pytest.raises(InputError, match=r"cannot read “\.pages” catalogs"):
        read_catalog(odd)
    with pytest.raises(InputError, match="does not exist"):
        read_catalog(tmp_path / "missing.csv")


def test_an_empty_sheet_is_explained(tmp_path):
    path = tmp_path / "empty.ods"
    write([["title"]], path)
    with pytest.raises(InputError, match="header but no rows"):
        read_catalog(path)


@pytest.mark.parametrize(
    ("encoding", "header", "cell"),
    [
        ("cp1251", "название", "Портрет купца в шубе, масло"),
        ("cp1250", "tytuł", "Łódź nocą: widok z wieży ratuszowej"),
        ("cp1252", "titre", "Église de Sainte-Thérèse à Québec"),
        ("cp1253", "τίτλος", "Πορτρέτο γυναίκας με καπέλο"),
    ],
)
def test_a_catalog_in_an_old_encoding_is_read_in_it_and_says_so(tmp_path, encoding, header, cell):
    text = f"id,{header},file\n1,\"{cell}\",a.jpg\n2,\"{cell} II\",b.jpg\n"
    path = tmp_path / "old.csv"
    path.write_bytes(text.encode(encoding))
    catalog = read_catalog(path)
    assert list(catalog.columns) == ["id", header, "file"]
    assert catalog.columns[header] == [cell, f"{cell} II"]
    assert catalog.encoding == encoding
    forced = read_catalog(path, encoding="cp1252") if encoding != "cp1252" else catalog
    assert forced.encoding == "cp1252"  # --encoding overrides what was found
