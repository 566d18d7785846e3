"""From a batch folder on disk to items: manifest, catalog, mapping and plan, with the
messages a registrar gets for each kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from glamdonor.catalog import read_catalog
from glamdonor.core.batch import load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.mapping import load_mapping
from glamdonor.jobs.plan import items_of


def test_the_example_batch_plans_three_clean_items(example_batch):
    batch = load_batch(example_batch)
    assert batch.target == "sandbox"
    items = items_of(batch)
    assert [item.row for item in items] == [2, 3, 4]
    assert [item.problems for item in items] == [[], [], []]
    assert items[0].title == "Red study - Anna Example - Example Museum EM-0001.png"
    assert "{{en|1=A study in red, oil on card.}}" in items[0].wikitext
    assert "[[Category:Evenings]]\n[[Category:Canals]]" in items[1].wikitext
    assert "{{cc-by-4.0}}" in items[1].wikitext


def test_catalog_cells_stay_text_as_written(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("inv;date;n\n007;01/02/1903;1e3\n\n008;;NA\n", encoding="utf-8-sig")
    catalog = read_catalog(path)
    assert catalog.columns == ("inv", "date", "n")
    assert [(row.number, row.cells) for row in catalog] == [
        (2, {"inv": "007", "date": "01/02/1903", "n": "1e3"}),
        (4, {"inv": "008", "date": "", "n": "NA"}),
    ]


def test_a_latin1_catalog_is_read(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("titre,auteur\nÉté,Müller\n".encode("cp1252"))
    assert read_catalog(path).rows[0].cells == {"titre": "Été", "auteur": "Müller"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("a,a\n1,2\n", "row 1, column “a”: two columns are both called “a”"),
        ("a,,c\n1,2,3\n", "row 1: column 2 has no name"),
        ("a,b\n", "the catalog has a header but no rows"),
        ("", "the catalog file is empty"),
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


def test_a_mapping_naming_a_missing_column_is_refused(example_batch):
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(mapping.read_text().replace('{ column = "date" }', '{ column = "Datum" }'))
    with pytest.raises(InputError, match="Datum"):
        items_of(load_batch(example_batch))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format_version = 2\n", "format_version 2"),
        ("format_version = 1\nfile = { column = 'f' }\n", "does not say where “title”"),
        ("format_version = 1\nfile = 3\ntitle='x'\nlicense='y'\n", "exactly one of column"),
        ("format_version = [\n", "not valid TOML"),
    ],
)
def test_bad_mappings_are_explained(tmp_path, text, expected):
    path = tmp_path / "mapping.toml"
    path.write_text(text)
    with pytest.raises(InputError, match=expected):
        load_mapping(path)


def test_row_problems_are_kept_on_the_items(example_batch):
    catalog = example_batch.parent / "catalog.csv"
    lines = catalog.read_text().splitlines()
    lines[2] = lines[2].replace("cc-by-4.0", "")
    lines[3] = lines[3].replace("Green garden", "red_study").replace("EM-0003", "EM-0001")
    lines.append("EM-0004,Escape,Nobody,1900,x,../../etc/passwd,cc-zero,")
    lines.append("EM-0005,Lost,Nobody,1900,gone,missing.png,cc-zero,")
    lines.append("EM-0006,,,,,red-study.png,{{delete}},")
    lines.append("EM-0007,No type,Nobody,1900,x,plain,cc-zero,")
    (example_batch.parent / "media" / "plain").write_bytes(b"x")
    catalog.write_text("\n".join(lines) + "\n")
    items = items_of(load_batch(example_batch))
    codes = {item.row: [p.code for p in item.problems] for item in items}
    assert codes == {
        2: [],
        3: ["license-missing"],
        4: ["title-duplicate"],
        5: ["file-outside-folder"],
        6: ["file-missing"],
        7: ["license-invalid"],
        8: ["file-no-extension"],
    }
    assert items[4].file is None and items[4].file_name == "missing.png"
    assert items[4].title == "Lost - Nobody - Example Museum EM-0005.png"
    duplicate = items[2].problems[0]
    assert "row 2" in duplicate.message and duplicate.hint
    assert [item.blocked for item in items] == [False, True, True, True, True, True, True]


def test_a_batch_without_its_media_folder_is_refused(tmp_path):
    manifest = tmp_path / "batch.toml"
    manifest.write_text('format_version = 1\ncatalog = "c.csv"\nmedia = "m"\nmapping = "x.toml"\n')
    with pytest.raises(InputError, match="media folder") as caught:
        load_batch(manifest)
    assert str(manifest) in caught.value.message


def test_a_relative_manifest_path_resolves_from_its_folder(example_batch, monkeypatch):
    monkeypatch.chdir(example_batch.parent.parent)
    batch = load_batch(Path("batch") / "batch.toml")
    assert batch.catalog == example_batch.parent / "catalog.csv"
