"""The sandbox wiki as the oracle of titles: for over a thousand names (MediaWiki's own edge
cases, names in ten scripts, catalog punctuation), every title glamdonor makes is one the
wiki takes unchanged, and every name the wiki takes unchanged (and an upload may carry) is
kept unchanged by glamdonor."""

from __future__ import annotations

import random
import unicodedata

import pytest

from glamdonor.core.titles import MAX_TITLE_BYTES, clean_title

pytestmark = pytest.mark.wiki

SCRIPTS = {
    "latin": ["Église", "Straße", "Łódź", "Ærø", "Çağlayan", "Dvořák", "Søren", "Ñandú", "ﬁne"],
    "greek": ["Ακρόπολη", "Θεσσαλονίκη", "ἄνθρωπος", "Ὀδυσσεύς"],
    "cyrillic": ["Москва", "Київ", "Ђорђе", "ёлка", "Ӂ"],
    "arabic": ["القاهرة", "مُحَمَّد", "لوحة زيتية", "ﻻ"],
    "persian": ["می\u200cخواهم", "کتاب\u200cها", "نگاره"],
    "hebrew": ["ירושלים", "שָׁלוֹם"],
    "devanagari": ["क्\u200dष", "हिन्दी", "श्री", "क़"],
    "bengali": ["বাংলা", "র\u200dযা"],
    "thai": ["กรุงเทพ", "ภาพวาด"],
    "cjk": ["東京", "北京故宫", "한국어", "ひらがな", "カタカナ"],
    "others": ["ქართული", "Հայերեն", "አማርኛ", "தமிழ்", "ᏣᎳᎩ", "𐌰𐌱"],
}
# Edge cases in the manner of MediaWiki's title tests, and what catalogs hold.
EDGES = [
    "A Boat, Etc.", "-dash-", "~tilde~", "a~~b", "a~~~b", "Title sig ~~~~", " lead", "trail ",
    "a__b", "a_b", "nbsp\u00a0x", "ideo\u3000x", "ls\u2028sep", "lrm\u200emark",
    "emb\u202aed", "soft\u00adhyphen", "👨\u200d👩\u200d👧 family", "🏳️\u200d🌈 flag",
    "x\u200by", "x\ufeffy", "x\u2060y", "x\u034fy", "x\u061cy", "c1\u0085x", "pua\ue000x",
    "tab\tx", "new\nline", "a%41b", "100% wool", "a&amp;b", "a&b", "a&#233;b", "a&foo;b",
    "./x", "x/./y", "../up", "a..b", "a:b", "a: b", "a/b", "a\\b", "Study [recto] / Verso: #2 "
    "<Sketch>", "{{template}}", "a|b", "x" * 300, "ß lower", "ǆ digraph", "i dotless ı",
    "Ω ohm", "e\u0301 combining", "NFD Cafe\u0301", "(1900)", "[untitled]", "“quoted”",
    "'single'", '"double"', "a; b", "a, b", "a. b", "...", "--", "x.", "x-", "x~",
    "Mona Lisa (La Gioconda), oil on poplar panel, 77 × 53 cm", "1:1 scale", "10/12/1900",
]  # fmt: skip
PUNCTUATION = [" ", " - ", ", ", ". ", " (", ") ", ": ", "/", "'", "’", "–", "—", "…", "·", "&"]


def names() -> list[str]:
    """The names tried: the edge cases, and words of the scripts joined as catalogs join
    them (a seeded draw: the same list every run)."""
    draw = random.Random(2026)
    words = [word for script in SCRIPTS.values() for word in script]
    made = [*EDGES, *words]
    while len(dict.fromkeys(made)) < 1200:
        count = draw.randint(1, 5)
        parts = [draw.choice(words) for _ in range(count)]
        text = parts[0]
        for part in parts[1:]:
            text += draw.choice(PUNCTUATION) + part
        if draw.random() < 0.2:
            text += draw.choice([".", " -", "~", " ", "…", " (recto)", " EM-0001"])
        made.append(text)
    return list(dict.fromkeys(made))


def taken_as_they_are(wiki, titles: list[str]) -> dict[str, bool]:
    """Which of these file titles the wiki takes exactly as written (not refused, not changed
    by its own normalization), 50 a request."""
    from pywikibot.data import api

    found: dict[str, bool] = {}
    for start in range(0, len(titles), 50):
        chunk = titles[start : start + 50]
        asked = {
            "action": "query",
            "titles": "|".join(f"File:{title}" for title in chunk),
            "formatversion": "2",
        }
        reply = api.Request(site=wiki.site, parameters=asked).submit()["query"]
        changed = {entry["from"] for entry in reply.get("normalized", [])}
        invalid = {page["title"] for page in reply["pages"] if page.get("invalid")}
        for title in chunk:
            full = f"File:{title}"
            found[title] = full not in changed and full not in invalid
    return found


def test_every_title_made_is_taken_unchanged_and_every_good_name_is_kept(wiki, capsys):
    tried = names()
    assert len(tried) >= 1000
    made = {name: clean_title(name, "png") for name in tried}
    titles = sorted({title for title in made.values() if title})
    verdicts = taken_as_they_are(wiki, titles)
    refused = [title for title in titles if not verdicts[title]]
    assert not refused, f"the wiki does not take {len(refused)} titles as made: {refused[:5]}"

    as_given = [f"{name}.png" for name in tried]
    given = taken_as_they_are(wiki, as_given)
    uploadable = [
        name
        for name in tried
        if given[f"{name}.png"]
        and unicodedata.is_normalized("NFC", name)  # the API makes any text NFC first
        and "|" not in name  # parts a question's titles: no title holds it
        and not any(ch in name for ch in ":/\\")  # refused in file names by uploads
        and len(f"{name}.png".encode()) <= MAX_TITLE_BYTES
    ]
    altered = [name for name in uploadable if made[name] != f"{name}.png"]
    assert not altered, f"{len(altered)} names the wiki takes were altered: {altered[:5]}"
    with capsys.disabled():
        print(
            f"\ntitles: {len(tried)} names tried, {len(titles)} titles made, all taken "
            f"unchanged by the wiki; {len(uploadable)} names the wiki takes as they are, all "
            "kept unchanged"
        )
