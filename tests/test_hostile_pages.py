"""No catalog value can add a template, parameter, link, category, tag or magic word to a page,
or break it: every preset, hostile values and arbitrary text (hypothesis), parsed back with
mwparserfromhell."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glamdonor.core.catalog import Catalog
from glamdonor.core.mapping import Mapping, load_mapping
from glamdonor.core.partner import Partner
from glamdonor.core.plan import make_plan
from tests import pagecheck

PRESETS = ["information", "artwork", "photograph", "art-photo", "book"]
PARTNER = Partner(
    name="Example Museum",
    wikidata="Q123",
    institution_template="Institution:Example Museum",
    credit_line="Example Museum | gift of {{A. Donor}}",
    partnership_template="Example Museum partnership",
    category="Media contributed by Example Museum",
)
HOSTILE = [
    "a | b",
    "}} {{Delete}}",
    "{{Delete}}",
    "[[Category:Spam]]",
    "[[File:Other.jpg|thumb]]",
    "{{subst:unc}}",
    "signed ~~~~",
    "__NOTOC__ __NOINDEX__",
    "<script>alert(1)</script>",
    "<nowiki>x</nowiki> <!-- hidden -->",
    "=start with equals",
    "{{{1}}}",
    "[http://example.org link]",
    "'''bold''' and ''italic''",
    "line one\nline two\n* list\n== heading ==",
    "zero\u200bwidth \u202eright-to-left\u202c \u200f",
    "emoji 🖼️👩‍🎨",
    "-{zh-hans:x}-",
    "&amp; &lt;b&gt; &#124;",
    "CC0; Delete; cc-by-4.0",
    "Category:Real;[[Category:Fake]];Cats__Dogs",
    "x" * 10_000,
    "",
]


def preset(name: str) -> Mapping:
    return load_mapping(Path(str(resources.files("glamdonor.mappings") / f"{name}.toml")))


def one_row(mapping: Mapping, values: list[str]) -> dict[str, str]:
    columns = sorted(mapping.columns() - {"institution"})
    return {column: values[i % len(values)] for i, column in enumerate(columns)}


def check(mapping: Mapping, cells: dict[str, str], media: Path) -> None:
    catalog = Catalog(Path("hostile.csv"), {k: [v] for k, v in cells.items()}, [2])
    plan = make_plan(catalog, mapping, media, PARTNER, batch_date="2026-11-23")
    page = plan.pages[0]
    got = pagecheck.actual(page, mapping.template.name)
    want = pagecheck.expected(mapping, PARTNER, cells, "2026-11-23")
    assert got.templates == want.templates, page
    assert got.parameters == want.parameters, page
    assert got.categories == want.categories, page


@pytest.mark.parametrize("name", PRESETS)
@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_values_in_every_column(name, value, tmp_path):
    mapping = preset(name)
    check(mapping, one_row(mapping, [value]), tmp_path)


@pytest.mark.parametrize("name", PRESETS)
def test_every_column_different(name, tmp_path):
    mapping = preset(name)
    check(mapping, one_row(mapping, HOSTILE), tmp_path)


@pytest.mark.parametrize("name", PRESETS)
@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_arbitrary_text_adds_no_markup(name, data, tmp_path):
    mapping = preset(name)
    count = len(mapping.columns())
    values = data.draw(st.lists(st.text(max_size=60), min_size=count, max_size=count))
    check(mapping, one_row(mapping, values), tmp_path)


@pytest.mark.parametrize("name", PRESETS)
def test_the_known_parts_do_appear(name, tmp_path):
    """The check above is not empty: a clean row shows its licenses, dates and categories."""
    mapping = preset(name)
    cells = one_row(mapping, ["Plain"])
    cells.update({"license": "CC0;cc-by-4.0", "date": "circa 1905", "keywords": "Gardens;Red"})
    cells.update({k: "PD-old-100-expired" for k in cells if k == "artwork_license"})
    check(mapping, cells, tmp_path)
    catalog = Catalog(Path("c.csv"), {k: [v] for k, v in cells.items()}, [2])
    page = make_plan(catalog, mapping, tmp_path, PARTNER, batch_date="2026-11-23").pages[0]
    assert "{{cc-zero}}\n{{cc-by-4.0}}" in page
    assert "[[Category:Gardens]]\n[[Category:Red]]\n[[Category:Media contributed by" in page
    if name != "art-photo":
        assert "{{other date|circa|1905}}" in page
    else:
        assert "|artwork license={{PD-old-100-expired}}" in page
