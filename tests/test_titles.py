"""File titles: safe by construction (properties over arbitrary text) and already in the form
the real MediaWiki gives them (the sandbox wiki normalises nothing and refuses none)."""

from __future__ import annotations

import re

import pytest
import requests
from hypothesis import given, settings
from hypothesis import strategies as st

from glamdonor.core.titles import (
    MAX_TITLE_BYTES,
    MadeTitle,
    clean_title,
    make_title,
    make_titles,
    title_key,
)

FORBIDDEN = re.compile(
    r"[#<>\[\]|{}\x00-\x1f\x7f:/\\]|~~~|%[0-9A-Fa-f]{2}|&(?:[A-Za-z0-9#]|[^\x00-\x7f])+;"
)
EXTENSIONS = st.sampled_from(["jpg", "JPG", "tif", "png", "pdf", "webm", "djvu"])
TRICKY = [
    "Portrait: [unknown] #3 | a/b\\c {x}",
    "ßtraße im Winter",
    "ǆungla",
    "ﬁsh",
    "éclair",
    "  leading and trailing  ",
    "under_scores__and   spaces",
    "zero\u200bwidth and \u200eLRM and \u202eRTL",
    "percent %41 and entity &amp; and &#124;",
    "&¡; and &été; look like entities to MediaWiki",
    "tilde ~~~ signature ~~~~",
    "emoji 🖼️ 👩‍🎨",
    "控制 Ω αβγ",
    "x" * 300,
    "é" * 200 + " EM-0001",
    ".hidden",
    "...dots...",
    "-dash-",
    "a\nb\tc",
]


@settings(max_examples=400, deadline=None)
@given(base=st.text(max_size=400), extension=EXTENSIONS, keep=st.text(max_size=20))
def test_every_title_is_safe(base, extension, keep):
    title = clean_title(base, extension, keep)
    if not title:
        return
    assert len(title.encode("utf-8")) <= MAX_TITLE_BYTES
    assert title.endswith("." + extension.lower())
    assert not FORBIDDEN.search(title), title
    assert title == title_key(title)  # already the form MediaWiki stores
    assert not title.startswith(" ")


PLAIN = st.text(alphabet="abc XYZ019.,-'()$!éßǆ\u0301", max_size=60)  # mostly needing no work


@settings(max_examples=200, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.one_of(PLAIN, PLAIN, st.text(max_size=80), st.just("x" * 235), st.just("é" * 118)),
            st.sampled_from(["", ".jpg", ".TIF", ".png", ".İ"]),
            st.sampled_from(["", "EM-1"]),
        ),
        min_size=1,
        max_size=2500,
    )
)
def test_titles_made_a_column_at_a_time_are_each_rows_own(rows):
    """``make_titles`` (plain rows a thousand at a time) gives what ``make_title`` gives row by
    row, and names exactly the rows whose title was rewritten or shortened."""
    bases, extensions, keeps = (
        [row[0] for row in rows],
        [row[1] for row in rows],
        [row[2] for row in rows],
    )
    titles, changed = make_titles(bases, extensions, keeps)
    alone = [make_title(*row) if row[1] else MadeTitle("") for row in rows]
    assert titles == [made.title for made in alone]
    assert changed == {i: m for i, m in enumerate(alone) if m.rewritten or m.shortened}


@pytest.mark.parametrize(
    ("bases", "extension"),
    [
        (["x" * 236, "x" * 237, "a b"], ".jpg"),  # 240 bytes with the extension, then 241
        (["a" + "é" * 117, "a" + "é" * 118], ".jpg"),  # 239 and 241 bytes: counted in bytes
        (["ΐ on its own", "ǆungla", "ßtraße", "éclair"], ".png"),  # first letters MediaWiki changes
        (["Plain", "words"], ".İ"),  # an extension longer made lower case
        (["ΐ" + "a" * 234, "Éa"], ".jpg"),  # 236 bytes, and 238 once the first letter is upper
    ],
)
def test_plain_columns_are_made_as_each_row_would_be(bases, extension):
    extensions, keeps = [extension] * len(bases), [""] * len(bases)
    titles, changed = make_titles(bases, extensions, keeps)
    alone = [make_title(base, extension) for base in bases]
    assert titles == [made.title for made in alone]
    assert changed == {i: m for i, m in enumerate(alone) if m.rewritten or m.shortened}


@settings(max_examples=300, deadline=None)
@given(accession=st.from_regex(r"[A-Z]{2}-[0-9]{4,8}", fullmatch=True), words=st.text(min_size=300))
def test_a_shortened_title_keeps_the_accession_number(accession, words):
    title = clean_title(f"{words} - {accession}", "tif", keep=accession)
    assert title.endswith(f"{accession}.tif")
    assert len(title.encode("utf-8")) <= MAX_TITLE_BYTES


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=" _aAbBßẞ\u0301eé", max_size=6), min_size=2, max_size=6))
def test_titles_mediawiki_would_merge_come_out_equal(bases):
    """Cleaning is a normal form: two bases MediaWiki treats as one title give one title."""
    titles = [clean_title(base, "png") for base in bases]
    keys = [title_key(base + ".png") for base in bases]
    for i, j in ((i, j) for i in range(len(bases)) for j in range(len(bases))):
        if keys[i] == keys[j] and titles[i] and titles[j]:
            assert titles[i] == titles[j]


def assert_mediawiki_keeps(api: str, titles: list[str]) -> None:
    """Ask the real MediaWiki to normalise these titles: it must change none, refuse none."""
    titles = [title for title in dict.fromkeys(titles) if title]
    for start in range(0, len(titles), 50):
        chunk = titles[start : start + 50]
        reply = requests.post(
            api,
            data={
                "action": "query",
                "titles": "|".join(f"File:{title}" for title in chunk),
                "format": "json",
                "formatversion": "2",
            },
            timeout=30,
        ).json()["query"]
        assert reply.get("normalized", []) == []
        pages = reply["pages"]
        assert [page for page in pages if page.get("invalid")] == []
        assert sorted(page["title"] for page in pages) == sorted(f"File:{t}" for t in chunk)


@pytest.mark.wiki
def test_mediawiki_keeps_tricky_titles_as_they_are(sandbox):
    titles = [clean_title(base, "jpg", "EM-0001") for base in TRICKY]
    assert all(titles)
    assert_mediawiki_keeps(sandbox.status().api_url, titles)


@pytest.mark.wiki
@settings(max_examples=6, deadline=None)
@given(bases=st.lists(st.text(max_size=120), min_size=50, max_size=50))
def test_mediawiki_keeps_generated_titles_as_they_are(sandbox, bases):
    assert_mediawiki_keeps(sandbox.status().api_url, [clean_title(b, "png") for b in bases])


def plan_with_titles(tmp_path, titles: list[str], creator: str = "Anna Example"):
    from glamdonor.core.catalog import Catalog
    from glamdonor.core.mapping import load_mapping
    from glamdonor.core.partner import Partner
    from glamdonor.core.plan import make_plan

    mapping = tmp_path / "mapping.toml"
    mapping.write_text(
        'format_version = 1\ntemplate = "Information"\nfile = { column = "file" }\n'
        'title = { pattern = "{title} - {creator} - {institution} {inventory}", '
        'keep = "inventory" }\nlicense = "cc-zero"\n'
    )
    rows = len(titles)
    catalog = Catalog(
        tmp_path / "c.csv",
        {
            "title": titles,
            "creator": [creator] * rows,
            "inventory": [f"D{n:05d}" for n in range(rows)],
            "file": [f"{n}.jpg" for n in range(rows)],
        },
        list(range(2, rows + 2)),
    )
    (tmp_path / "media").mkdir(exist_ok=True)
    for n in range(rows):
        (tmp_path / "media" / f"{n}.jpg").write_bytes(b"x")
    return make_plan(catalog, load_mapping(mapping), tmp_path / "media", Partner("Tate"))


def test_a_long_title_is_cut_at_a_word_and_keeps_the_artist_and_number(tmp_path):
    long = "Landscape with " + " ".join(["a river and distant mountains"] * 12)
    plan = plan_with_titles(tmp_path, [long], creator="Joseph Mallord William Turner")
    title = plan.titles[0]
    assert len(title.encode()) <= MAX_TITLE_BYTES
    assert title.endswith("… - Joseph Mallord William Turner - Tate D00000.jpg"), title
    assert title.split("…")[0].split()[-1] in long.split()  # whole words only
    assert titled(plan, 0) == ["title-shortened"]


def test_what_the_wiki_refuses_is_rewritten_and_said(tmp_path):
    plan = plan_with_titles(
        tmp_path, ["Study [recto] / Verso: #2 <Sketch>", "Caf\ufffd", "Untitled", "Sans titre"]
    )
    assert plan.titles[0] == ("Study (recto) - Verso - 2 (Sketch) - Anna Example - Tate D00000.jpg")
    rewritten = plan.problems[0][0]
    assert rewritten.code == "title-rewritten" and "Study [recto] / Verso: #2" in rewritten.message
    assert titled(plan, 1) == ["title-replacement-character"]
    assert plan.problems[1][0].severity == "error"
    assert titled(plan, 2) == titled(plan, 3) == ["title-generic"]


def titled(plan, index: int) -> list[str]:
    return [p.code for p in plan.problems.get(index, []) if p.code.startswith("title-")]
