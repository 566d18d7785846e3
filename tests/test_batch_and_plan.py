"""From a batch folder on disk to items: manifest, mapping, partner and plan, with the messages
a registrar gets for each kind of mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from glamdonor.core.batch import load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import load_partner
from glamdonor.jobs.plan import items_of, plan_of


def test_the_example_batch_plans_three_clean_items(example_batch):
    batch = load_batch(example_batch)
    assert batch.target == "sandbox"
    plan = plan_of(batch)
    items = plan.items()
    assert [item.row for item in items] == [2, 3, 4]
    assert [item.problems for item in items] == [[], [], []]
    assert items[0].title == "Red study - Anna Example - Example Museum EM-0001.png"
    assert "|title={{en|1=Red study}}" in items[0].wikitext
    assert "|date={{other date|circa|1905}}" in items[1].wikitext
    assert "|institution={{Institution:Example Museum}}" in items[1].wikitext
    assert "|credit line=Example Museum, Amsterdam" in items[1].wikitext
    assert "[[Category:Evenings]]\n[[Category:Canals]]\n" in items[1].wikitext
    assert items[1].wikitext.endswith(
        "[[Category:Media contributed by Example Museum]]\n"
        "[[Category:Media contributed by Example Museum (2026-11-23)]]\n"
        "[[Category:Uploaded with glamdonor]]"
    )
    assert "{{cc-by-4.0}}" in items[1].wikitext
    assert plan.summary == "Example Museum donation: Example Museum, first batch (glamdonor)"


def test_row_problems_are_kept_on_the_items(example_batch):
    catalog = example_batch.parent / "catalog.csv"
    lines = catalog.read_text().splitlines()
    lines[2] = lines[2].replace("cc-by-4.0", "")
    lines[3] = lines[3].replace("Green garden", "red_study").replace("EM-0003", "EM-0001")
    lines.append("EM-0004,Escape,Nobody,1900,x,../../etc/passwd,cc-zero,")
    lines.append("EM-0005,Lost,Nobody,1900,gone,Red-Study.PNG,cc-zero,")
    lines.append("EM-0006,,,,,red-study.png,{{delete}},")
    lines.append("EM-0007,No type,Nobody,sometime,x,plain,cc-zero,")
    lines.append("EM-0008,Odd,Nobody,1900,x,red-study.png,GFDL,")
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
        7: ["license-invalid", "field-empty", "field-empty"],
        8: ["file-no-extension", "date-unreadable"],
        9: ["license-unknown"],
    }
    assert [item.blocked for item in items] == [False, True, True, True, True, True, True, True]
    assert "add “GFDL” to the mapping's [lookups.licenses.values]" in items[7].problems[0].hint
    duplicate = items[2].problems[0]
    assert "row 2" in duplicate.message and duplicate.hint
    assert items[4].file is None and items[4].file_name == "Red-Study.PNG"
    assert items[4].problems[0].hint == "Did you mean “red-study.png”? Names must match exactly."
    assert items[4].title == "Lost - Nobody - Example Museum EM-0005.png"
    assert items[5].problems[0].column == "license"
    assert items[6].problems[1].message == "the date “sometime” cannot be read."
    assert items[6].problems[1].column == "date"
    assert "|date=sometime" in items[6].wikitext


def test_a_symbolic_link_out_of_the_media_folder_is_refused(example_batch, tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(b"not for the wiki")
    (example_batch.parent / "media" / "link.png").symlink_to(outside)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("red-study.png", "link.png"))
    first = items_of(load_batch(example_batch))[0]
    assert [p.code for p in first.problems] == ["file-outside-folder"]


def test_a_mapping_naming_a_missing_column_is_refused(example_batch):
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(mapping.read_text().replace('{ column = "date",', '{ column = "Datum",'))
    with pytest.raises(InputError, match="Datum"):
        items_of(load_batch(example_batch))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format_version = 2\n", "format_version 2"),
        ("format_version = 1\nfile = { column = 'f' }\n", "does not say where “title”"),
        ("format_version = 1\nfile = 3\ntitle='x'\nlicense='y'\n", "exactly one of column"),
        (
            "format_version = 1\nfile='f'\ntitle={exif='lens'}\nlicense='y'\n",
            "“title” asks the EXIF data for “lens”",
        ),
        ("format_version = [\n", "not valid TOML"),
        ("format_version = 1\ntemplate = 'Painting'\n", "“Painting” is not one glamdonor writes"),
        (
            "format_version = 1\nfile='f'\ntitle='t'\nlicense='l'\n[fields]\nmedium={value='x'}\n",
            "{{Information}} has no parameter “medium”",
        ),
        (
            "format_version = 1\nfile='f'\ntitle='t'\nlicense={column='l', transforms=['shout']}\n",
            "“shout” is not a transform",
        ),
        (
            "format_version = 1\nfile='f'\ntitle='t'\n"
            "license={column='l', transforms=[{lookup='nope'}]}\n",
            "the lookup table “nope” is not defined",
        ),
        (
            "format_version = 1\nfile='f'\ntitle='t'\n"
            "license={column='l', transforms=[{regex=['(', 'x']}]}\n",
            "the regex '(' or its replacement is not valid",
        ),
    ],
)
def test_bad_mappings_are_explained(tmp_path, text, expected):
    path = tmp_path / "mapping.toml"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        load_mapping(path)
    assert expected in caught.value.message
    assert str(path) in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("format_version = 1\n", "does not name the institution"),
        ("format_version = 1\nname = 'M'\nwikidata = 'q12'\n", "“q12” is not a Wikidata id"),
        ("format_version = 1\nname = 'M'\ncolour = 'red'\n", "unknown key(s) in the partner"),
        ("format_version = 1\nname = 'M'\ninstitution_template = '{{x}}'\n", "not a template"),
        ("format_version = 1\nname = 'M'\nsummary = '{when}'\n", "a {placeholder} in"),
    ],
)
def test_bad_partner_profiles_are_explained(tmp_path, text, expected):
    path = tmp_path / "partner.toml"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        load_partner(path)
    assert expected in caught.value.message


def test_a_partner_category_defaults_to_the_commons_convention(tmp_path):
    path = tmp_path / "partner.toml"
    path.write_text('format_version = 1\nname = "Musée Exemple"\n')
    partner = load_partner(path)
    assert partner.categories("2026-11") == [
        "Media contributed by Musée Exemple",
        "Media contributed by Musée Exemple (2026-11)",
        "Uploaded with glamdonor",
    ]


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
    assert batch.partner == example_batch.parent / "partner.toml"


def test_a_mapping_needing_a_partner_says_so(example_batch):
    manifest = example_batch.read_text().replace('partner = "partner.toml"\n', "")
    example_batch.write_text(manifest)
    with pytest.raises(
        InputError,
        match=r"uses \{institution\}, the partner's name, but the batch names no partner",
    ):
        items_of(load_batch(example_batch))
