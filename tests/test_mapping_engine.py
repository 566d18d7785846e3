"""The mapping engine's parts: transforms, dates, lookups, header matching, structured data."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from glamdonor.core.catalog import Catalog
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import Partner
from glamdonor.core.plan import make_plan
from glamdonor.core.suggest import match_columns, suggest
from glamdonor.core.values import Unreadable, Wikitext
from glamdonor.core.wikitext import escape_column, in_language

PRESETS = sorted(
    p.name for p in resources.files("glamdonor.mappings").iterdir() if p.name.endswith(".toml")
)


def mapping_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "mapping.toml"
    path.write_text(
        'format_version = 1\nfile = { column = "f" }\ntitle = { column = "t" }\n' + body
    )
    return path


def codes(plan, index: int) -> list[str]:
    """The problems of a row, but those of files and fields these small catalogs leave out."""
    ignored = {"file-missing", "field-empty"}
    return [p.code for p in plan.problems.get(index, []) if p.code not in ignored]


def catalog(**columns: list[str]) -> Catalog:
    rows = len(next(iter(columns.values())))
    return Catalog(Path("c.csv"), dict(columns), list(range(2, rows + 2)))


def test_month_first_dates_when_the_mapping_says_so(tmp_path):
    path = mapping_file(
        tmp_path,
        'license = "cc-zero"\n[fields]\n'
        'date = { column = "d", transforms = [{ date = { order = "mdy" } }] }\n',
    )
    plan = make_plan(catalog(f=["a.png"], t=["A"], d=["05/01/1898"]), load_mapping(path), tmp_path)
    assert "|date=1898-05-01" in plan.pages[0]


def test_transforms_chain_in_order(tmp_path):
    path = mapping_file(
        tmp_path,
        'license = "cc-zero"\n[fields]\n'
        'description = { column = "d", transforms = ["trim", { replace = ["--", "–"] }, '
        '{ regex = ["(\\\\d+) cm", "\\\\1 cm (approx.)"] }, { case = "sentence" }] }\n'
        'author = { column = "a", transforms = [{ split = ";", join = " and " }, '
        '{ default = "unknown" }] }\n'
        'source = { column = "s", transforms = [{ case = "upper" }] }\n',
    )
    plan = make_plan(
        catalog(
            f=["a.png", "b.png"],
            t=["A", "B"],
            d=["  oil  --  30 cm ", ""],
            a=["Ann; Bob;", ""],
            s=["x", "y"],
        ),
        load_mapping(path),
        tmp_path,
    )
    assert "|description={{en|1=Oil – 30 cm (approx.)}}" in plan.pages[0]
    assert "|author=Ann and Bob" in plan.pages[0]
    assert "|author=unknown" in plan.pages[1]
    assert "|source=Y" in plan.pages[1]


def test_lookups_from_the_mapping_and_from_a_file(tmp_path):
    (tmp_path / "creators.csv").write_text("Anna Example,{{Creator:Anna Example}}\nBram,[[Bram]]\n")
    path = mapping_file(
        tmp_path,
        'license = { column = "l", transforms = [{ lookup = "licenses", missing = "problem" }] }\n'
        'categories = [{ column = "k", split = ";", '
        'transforms = [{ lookup = "topics", missing = "empty" }] }]\n'
        '[fields]\nauthor = { column = "a", transforms = [{ lookup = "creators" }] }\n'
        '[lookups.creators]\nfile = "creators.csv"\nwikitext = true\n'
        '[lookups.licenses.values]\n"Public domain" = "PD-old-100-expired"\n"GFDL" = "GFDL"\n'
        '[lookups.topics.values]\n"rivers" = "Rivers in art"\n',
    )
    plan = make_plan(
        catalog(
            f=["a.png", "b.png", "c.png"],
            t=["A", "B", "C"],
            a=["anna example", "{{Delete}}", "Bram"],
            l=["public domain", "GFDL", "Mine"],
            k=["Rivers;nothing", "", ""],
        ),
        load_mapping(path),
        tmp_path,
    )
    assert "|author={{Creator:Anna Example}}" in plan.pages[0]
    assert "{{PD-old-100-expired}}" in plan.pages[0]
    assert "[[Category:Rivers in art]]" in plan.pages[0] and "nothing" not in plan.pages[0]
    assert "|author=&#123;&#123;Delete&#125;&#125;" in plan.pages[1]  # not in the table: escaped
    assert "{{GFDL}}" in plan.pages[1]  # an unknown license the mapping's author vouches for
    assert "|author=[[Bram]]" in plan.pages[2]
    assert codes(plan, 2) == ["lookup-missing", "license-unknown"]


def test_a_field_marked_raw_keeps_its_markup(tmp_path):
    path = mapping_file(
        tmp_path,
        'license = "cc-zero"\n[fields]\nother_versions = { column = "o", raw = true }\n'
        'description = [{ column = "en" }, { column = "fr", language = "fr" }]\n',
    )
    plan = make_plan(
        catalog(f=["a.png"], t=["A"], o=["[[File:Back.jpg|back]]"], en=["Red"], fr=["Rouge"]),
        load_mapping(path),
        tmp_path,
    )
    assert "|other versions=[[File:Back.jpg|back]]" in plan.pages[0]
    assert "|description={{en|1=Red}}\n{{fr|1=Rouge}}" in plan.pages[0]


def test_marked_values_stay_marked_only_until_touched():
    assert type(Wikitext("x")) is Wikitext
    assert type(Wikitext("x").strip()) is str
    bad = Unreadable("x", "date-unreadable", value="x")
    assert (bad.code, bad.values) == ("date-unreadable", {"value": "x"})
    assert type(bad.strip()) is str


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Inventory no.", "Object title", "Artist", "Date of creation", "Image file", "Rights"],
            {
                "inventory_number": "Inventory no.",
                "title": "Object title",
                "creator": "Artist",
                "date": "Date of creation",
                "file": "Image file",
                "license": "Rights",
            },
        ),
        (
            ["N° d'inventaire", "Titre", "Auteur", "Datation", "Fichier", "Licence", "Mots-clés"],
            {
                "inventory_number": "N° d'inventaire",
                "title": "Titre",
                "creator": "Auteur",
                "date": "Datation",
                "file": "Fichier",
                "license": "Licence",
                "keywords": "Mots-clés",
            },
        ),
        (
            [
                "Inventarnummer",
                "Titel",
                "Künstler",
                "Datierung",
                "Dateiname",
                "Lizenz",
                "Schlagwörter",
            ],
            {
                "inventory_number": "Inventarnummer",
                "title": "Titel",
                "creator": "Künstler",
                "date": "Datierung",
                "file": "Dateiname",
                "license": "Lizenz",
                "keywords": "Schlagwörter",
            },
        ),
        (
            ["Número de inventario", "Título", "Autor", "Fecha", "Archivo", "Licencia"],
            {
                "inventory_number": "Número de inventario",
                "title": "Título",
                "creator": "Autor",
                "date": "Fecha",
                "file": "Archivo",
                "license": "Licencia",
            },
        ),
        (
            [
                "Inventarisnummer",
                "Titel",
                "Vervaardiger",
                "Datering",
                "Bestandsnaam",
                "Licentie",
                "Trefwoorden",
            ],
            {
                "inventory_number": "Inventarisnummer",
                "title": "Titel",
                "creator": "Vervaardiger",
                "date": "Datering",
                "file": "Bestandsnaam",
                "license": "Licentie",
                "keywords": "Trefwoorden",
            },
        ),
    ],
    ids=["en", "fr", "de", "es", "nl"],
)
def test_headers_are_matched_in_five_languages(headers, expected):
    wanted = [
        "file",
        "title",
        "creator",
        "date",
        "inventory_number",
        "license",
        "keywords",
        "medium",
    ]
    assert match_columns(headers, wanted) == expected


@pytest.mark.parametrize(
    ("headers", "language"),
    [
        (["Titre", "Fichier", "Datation", "Licence"], "fr"),
        (["Titel", "Dateiname", "Datierung", "Lizenz"], "de"),
        (["Título", "Archivo", "Fecha", "Licencia"], "es"),
        (["Titel", "Bestandsnaam", "Datering", "Licentie"], "nl"),
        (["Title", "File", "Date", "License"], "en"),
        (["Titel", "Notes"], "en"),  # German or Dutch: too few words to tell
    ],
)
def test_the_catalog_language_is_recognised(headers, language):
    preset = (resources.files("glamdonor.mappings") / "information.toml").read_text()
    suggestion = suggest(preset, headers)
    assert suggestion.language == language
    assert f'language = "{language}"' in suggestion.text


def test_a_suggested_mapping_loads_and_plans(tmp_path):
    headers = ["Numéro d'inventaire", "Titre", "Datation", "Fichier", "Licence", "Technique"]
    preset = (resources.files("glamdonor.mappings") / "artwork.toml").read_text()
    suggestion = suggest(preset, headers)
    assert suggestion.matched["medium"] == "Technique"
    assert "creator" in suggestion.unmatched
    assert '# artist = { column = "creator" }  # no column found for: creator' in suggestion.text
    assert 'pattern = "{Titre} - {institution} {Numéro d\'inventaire}"' in suggestion.text
    path = tmp_path / "m.toml"
    path.write_text(suggestion.text)
    mapping = load_mapping(path)
    cells = {h: ["x"] for h in headers} | {
        "Fichier": ["a.png"],
        "Licence": ["CC0"],
        "Datation": ["1900"],
    }
    plan = make_plan(catalog(**cells), mapping, tmp_path, Partner(name="Musée"))
    assert plan.titles[0] == "X - Musée x.png"
    assert "|title={{fr|1=x}}" in plan.pages[0]
    assert "{{cc-zero}}" in plan.pages[0]


@pytest.mark.parametrize("name", PRESETS)
def test_every_preset_is_documented_and_loads(name):
    docs = (Path(__file__).parent.parent / "docs" / "mapping.md").read_text()
    assert f"`{name.removesuffix('.toml')}`" in docs
    mapping = load_mapping(Path(str(resources.files("glamdonor.mappings") / name)))
    columns = mapping.columns() - {"institution"}
    assert columns == set(match_columns(sorted(columns), sorted(columns)))  # every column has words


def test_structured_data_is_what_wbeditentity_takes(tmp_path):
    path = mapping_file(
        tmp_path,
        'license = { column = "l" }\n[structured_data]\n'
        'captions = [{ column = "t" }, { column = "fr", language = "fr" }]\n'
        'depicts = { column = "dep", split = ";" }\ncreator = { column = "cq" }\n'
        'creator_name = { column = "cn" }\ninception = { column = "d" }\n'
        'inventory_number = { column = "inv" }\n',
    )
    plan = make_plan(
        catalog(
            f=["a.png", "b.png"],
            t=["Red study " + "x" * 300, "Blue"],
            fr=["Étude en rouge", ""],
            l=["cc-by-4.0", "PD-old-100-expired"],
            dep=["Q42; Q1;nonsense", ""],
            cq=["Q5582", ""],
            cn=["Vincent", "Anna"],
            d=["c. 1905", "1910-1912"],
            inv=["EM-1", ""],
        ),
        load_mapping(path),
        tmp_path,
        Partner(name="Museum", wikidata="Q190804"),
    )
    first = json.loads(plan.structured[0])
    assert list(plan.structured) == [plan.structured[0], plan.structured[1]]  # read in turn
    assert (
        first["labels"]["en"]["value"].endswith("…") and len(first["labels"]["en"]["value"]) == 250
    )
    assert first["labels"]["fr"] == {"language": "fr", "value": "Étude en rouge"}
    claims = {(c["mainsnak"]["property"]): c for c in first["claims"]}
    properties = [c["mainsnak"]["property"] for c in first["claims"]]
    assert properties == ["P180", "P180", "P170", "P571", "P6216", "P275", "P195", "P217", "P7482"]
    assert claims["P170"]["mainsnak"]["datavalue"]["value"]["id"] == "Q5582"
    assert claims["P571"]["mainsnak"]["datavalue"]["value"]["time"] == "+1905-00-00T00:00:00Z"
    assert claims["P571"]["qualifiers"]["P1480"][0]["datavalue"]["value"]["id"] == "Q5727902"
    assert claims["P275"]["mainsnak"]["datavalue"]["value"]["id"] == "Q20007257"
    assert claims["P195"]["qualifiers"]["P217"][0]["datavalue"]["value"] == "EM-1"
    assert claims["P7482"]["qualifiers"]["P137"][0]["datavalue"]["value"]["id"] == "Q190804"
    assert codes(plan, 0) == ["title-shortened", "wikidata-id-invalid"]  # its long title, too
    second = {c["mainsnak"]["property"]: c for c in json.loads(plan.structured[1])["claims"]}
    assert second["P170"]["mainsnak"]["snaktype"] == "somevalue"
    assert second["P170"]["qualifiers"]["P2093"][0]["datavalue"]["value"] == "Anna"
    assert second["P571"]["mainsnak"]["snaktype"] == "somevalue"
    assert set(second["P571"]["qualifiers"]) == {"P1319", "P1326"}
    assert second["P6216"]["qualifiers"]["P459"][0]["datavalue"]["value"]["id"] == "Q29940705"
    assert "P275" not in second


@settings(max_examples=1500, deadline=None)
@given(
    values=st.one_of(
        st.lists(st.text(max_size=40), max_size=20),
        st.lists(st.text(alphabet="aw '=|\n", max_size=3), max_size=40),  # values repeated
    ),
    language=st.sampled_from([None, "fr"]),
)
def test_escaping_a_column_is_escaping_each_value(values, language):
    """The fast column-wise escape gives exactly what escaping value by value gives."""
    marked = [Wikitext(v) if v.startswith("w") else v for v in values]
    assert escape_column(marked, language) == [in_language(v, language) for v in marked]


def test_a_pattern_naming_no_column_gives_every_row_the_same_text(example_batch):
    """Found by the hostile-input suite: ``file = { pattern = "" }`` (or ``license``) gave a
    list of no rows, and the plan stopped with a traceback."""
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.plan import plan_of

    mapping = example_batch.parent / "mapping.toml"
    text = mapping.read_text(encoding="utf-8")
    text = text.replace('file = { column = "file" }', 'file = { pattern = "" }')
    text = text.replace('license = { column = "license" }', 'license = { pattern = "cc-zero" }')
    mapping.write_text(text, encoding="utf-8")
    plan = plan_of(load_batch(example_batch))
    assert len(plan.titles) == 3
    assert all("{{cc-zero}}" in page for page in plan.pages)
    assert [[p.code for p in plan.item(i).problems] for i in range(3)] == [["file-not-named"]] * 3
