from __future__ import annotations

import mwparserfromhell
import pytest

from glamdonor.core.titles import MAX_TITLE_BYTES, clean_title, title_key
from glamdonor.core.wikitext import category_name, escape, information_page

HOSTILE = [
    "a | b",
    "}} {{Delete}}",
    "[[Category:Spam]]",
    "{{subst:unc}}",
    "signed ~~~~",
    "__NOTOC__",
    "<script>alert(1)</script>",
    "<nowiki>x</nowiki>",
    "=start with equals",
    "[http://example.org link]",
    "'''bold'''",
    "line one\nline two\n* list",
    "zero\u200bwidth \u202eright-to-left",
    "emoji 🖼️",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_hostile_value_adds_no_markup(value):
    page = information_page(
        {"description": value, "author": value, "date": value, "source": value},
        description_language="en",
        licenses=["cc-zero"],
        categories=["Media contributed by Example Museum"],
    )
    code = mwparserfromhell.parse(page)
    assert [str(t.name).strip() for t in code.filter_templates()] == [
        "int:filedesc",
        "Information",
        "en",
        "int:license-header",
        "cc-zero",
    ]
    information = code.filter_templates(matches=lambda t: t.name.strip() == "Information")[0]
    assert [str(p.name).strip() for p in information.params] == [
        "description",
        "date",
        "source",
        "author",
        "permission",
        "other versions",
    ]
    assert [str(link.title) for link in code.filter_wikilinks()] == [
        "Category:Media contributed by Example Museum"
    ]
    assert code.filter_tags(matches=lambda t: str(t.tag) != "br") == []
    assert [link for link in code.filter_external_links() if link.brackets] == []
    for marker in ("~~~", "__NOTOC__", "{{subst"):
        assert marker not in page


def test_escaped_text_reads_as_written():
    assert mwparserfromhell.parse(escape("a | b & {c}")).strip_code() != ""
    assert escape("Café & co") == "Café &#38; co"
    assert escape("one\r\ntwo") == "one<br />two"


def test_titles_are_safe_and_keep_their_extension():
    title = clean_title("Portrait: [unknown] #3 | a/b\\c {x}", "JPG")
    assert title == "Portrait- unknown 3 a-b-c x.jpg"
    long = clean_title("é" * 400, "tiff")
    assert len(long.encode("utf-8")) <= MAX_TITLE_BYTES
    assert long.endswith(".tiff")
    assert "\ufffd" not in long


def test_titles_compare_the_way_mediawiki_does():
    assert title_key("red_study.png") == title_key("Red study.png")
    assert title_key("Cafe\u0301.png") == title_key("Café.png")


def test_category_names_lose_markup():
    assert category_name("Category:Gardens_of  Example]]") == "Gardens of Example"
    assert category_name("[[x]]~~~~") == "X"
    assert category_name("  ") == ""
