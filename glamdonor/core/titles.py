"""File titles that MediaWiki will accept as they are (docs/commons.md, "File titles").

The rules are MediaWiki's own, as the sandbox wiki shows them (tests/test_titles_wiki.py holds
glamdonor to them): every character MediaWiki keeps is kept (ZWNJ and ZWJ, soft hyphens, emoji
sequences, full stops and dashes at either end); what MediaWiki itself changes is changed the
same way (NFC, spaces and underscores, bidirectional marks, HTML entities, the first letter);
what it refuses (``# < > [ ] { } |``, control characters, ``~~~``, ``%41``, and for files
``: / \\``) is rewritten, and the caller is told (``MadeTitle.rewritten``). U+FFFD, the mark
of a catalog read in the wrong encoding, cannot be rewritten: the caller refuses the row.
``clean_title`` gives the title in the form MediaWiki stores it, so two titles are the same
page exactly when their cleaned forms are equal (``title_key`` for titles from elsewhere).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

MAX_TITLE_BYTES = 240  # a file's name, extension included (MediaWiki's limit for uploads)
REPLACEMENT = "\ufffd"
# What MediaWiki treats as a space in titles (MediaWikiTitleCodec), underscores included.
_SPACES = re.compile(r"[ _\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+")
_BIDI = re.compile(r"[\u200e\u200f\u202a-\u202e]")  # stripped by MediaWiki
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")  # refused by MediaWiki: become spaces
# Not characters at all: lone surrogates, and the noncharacters U+xFFFE and U+xFFFF, which
# MediaWiki's UTF-8 check turns into U+FFFD. They are left out.
_NOT_CHARACTERS = re.compile(
    "[\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)
_REWRITES = str.maketrans({"[": "(", "]": ")", "{": "(", "}": ")", "<": "(", ">": ")"})
_REFUSED = re.compile(r"[#|]|~{3,}")  # refused; nothing stands for them
_FILE_CHARACTERS = re.compile(r"\s*:\s+|[:/\\]")  # refused in file names by uploads
_PERCENT_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_UNKNOWN_ENTITY = re.compile(r"&((?:[A-Za-z0-9#]|[^\x00-\x7f])+);")
_NEEDS_WORK = re.compile(  # one class, for speed: a title of plain words is most titles
    r"[#<>\[\]|{}:/\\%&_~\x00-\x1f\x7f\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f\u3000"
    r"\ufffd\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff\U00010000-\U0010ffff]"
)
_SUFFIXES: dict[str, str] = {}  # ".TIF" -> ".tif": a few, asked for every row
_WORD_END = re.compile(r"[\s,;:]+\S*$")
GENERIC = re.compile(
    r"(?:untitled|no title|title not known|title unknown|blank|sans titre|titre inconnu|"
    r"ohne titel|unbetitelt|sin título|sin titulo|zonder titel|onbekend|unknown|n/?a|"
    r"s\.?\s?t\.?|o\.?\s?t\.?)",
    re.IGNORECASE,
)


class MadeTitle(NamedTuple):  # a tuple: one is made for every row of a catalog
    title: str  # "" when the row gives no text for it
    rewritten: str = ""  # the text before characters MediaWiki refuses were rewritten
    shortened: bool = False  # cut to fit MAX_TITLE_BYTES, at a word's end


def clean_title(base: str, extension: str, keep: str = "") -> str:
    """``base`` made a safe title ending in ``.extension``, at most 240 bytes of UTF-8."""
    return make_title(base, extension, keep).title


def make_title(base: str, extension: str, keep: str = "") -> MadeTitle:
    """The title of ``base`` ending in ``.extension``, and what had to be changed.

    When it must be shortened, ``keep`` (the accession number) stays whole at the end and
    the rest is cut at the end of a word, marked with "…".
    """
    suffix = _suffix(extension)
    text, rewritten = _clean(base)
    text = _first_upper(text)
    room = MAX_TITLE_BYTES - len(suffix.encode("utf-8"))
    shortened = (len(text) if text.isascii() else len(text.encode("utf-8"))) > room
    if shortened:
        kept = _clean(keep)[0] if keep else ""
        if kept and kept in text:
            head = text.replace(kept, " ")
            head = _SPACES.sub(" ", head).strip(" -,;")
            tail = f" - {kept}" if head else kept
            text = shorten(head, room - len(tail.encode("utf-8"))) + tail
        text = shorten(text, room)
    return MadeTitle(text + suffix if text else "", rewritten, shortened)


def make_titles(
    bases: Sequence[str], extensions: Sequence[str], keeps: Sequence[str]
) -> tuple[list[str], dict[int, MadeTitle]]:
    """The title of each row (``make_title``; "" for a row without an extension), and the rows
    whose title had to be rewritten or shortened, by index. Plain rows (``_plain``), which
    MediaWiki keeps as they are but for the first letter, are made a thousand at a time,
    without a call a row: they are most rows of most catalogs."""
    titles: list[str] = []
    changed: dict[int, MadeTitle] = {}
    for extension in set(extensions):
        _suffix(extension)
    for start in range(0, len(bases), 1000):
        some, ends = bases[start : start + 1000], extensions[start : start + 1000]
        if _plain(some, ends):
            suffixes = map(_SUFFIXES.__getitem__, ends)
            upper = {first: _first_upper(first) for first in {base[:1] for base in some}}
            titles += [
                upper[base[:1]] + base[1:] + suffix if base and end else ""
                for base, end, suffix in zip(some, ends, suffixes, strict=True)
            ]
            continue
        for index in range(start, start + len(some)):
            made = make_title(bases[index], ends[index - start], keeps[index])
            titles.append(made.title if ends[index - start] else "")
            if ends[index - start] and (made.rewritten or made.shortened):
                changed[index] = made
    return titles, changed


def _plain(bases: Sequence[str], extensions: Sequence[str]) -> bool:
    """Whether ``make_title`` would keep each of these as it is but for its first letter:
    nothing MediaWiki changes or refuses, no spaces to fold, in NFC, short enough. Asked of the
    rows joined (by "$", which is none of those), so that C does the looking."""
    joined = "$".join(bases)
    if (
        _NEEDS_WORK.search(joined)
        or "  " in joined
        or "$ " in joined  # a row that starts with a space (or "$ " within: asked again)
        or joined.startswith(" ")
    ):
        return False
    room = MAX_TITLE_BYTES - max((len(_suffix(end).encode()) for end in set(extensions)), default=0)
    if joined.isascii():
        return max(map(len, bases), default=0) <= room
    return (  # a first letter made upper case grows by 8 bytes at most ("ΐ": 2, then 4)
        unicodedata.is_normalized("NFC", joined)
        and max(map(len, map(str.encode, bases)), default=0) + 8 <= room
    )


def _suffix(extension: str) -> str:
    return _SUFFIXES.get(extension) or _SUFFIXES.setdefault(
        extension, "." + extension.lower().lstrip(".")
    )


def shorten(text: str, room: int) -> str:
    """``text`` in at most ``room`` bytes of UTF-8: whole words, then "…"."""
    if room <= 0:
        return ""
    if len(text.encode("utf-8")) <= room:
        return text
    cut = text.encode("utf-8")[: room - len("…".encode())].decode("utf-8", errors="ignore")
    whole = _WORD_END.sub("", cut) if _WORD_END.search(cut) else cut
    whole = whole.rstrip(" ,;:-") or cut.rstrip()
    return whole + "…"


def title_key(title: str) -> str:
    """The form under which MediaWiki treats two titles as the same page."""
    text = _BIDI.sub("", unicodedata.normalize("NFC", title))
    return _first_upper(_SPACES.sub(" ", text).strip(" "))


def is_generic(text: str) -> bool:
    """A title that names no object ("Untitled", "Sans titre", "Ohne Titel"...)."""
    return bool(GENERIC.fullmatch(text.strip(" ()[].-")))


def _clean(text: str) -> tuple[str, str]:
    """The text as MediaWiki would keep it, and the text itself if anything MediaWiki
    refuses had to be rewritten ("" if not)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if not _NEEDS_WORK.search(text) and "  " not in text and not text.startswith(" "):
        return text, ""
    said = _SPACES.sub(" ", _BIDI.sub("", text)).lstrip(" ")
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), _BIDI.sub("", text))
    text = _CONTROLS.sub(" ", _NOT_CHARACTERS.sub("", text)).replace(REPLACEMENT, "")
    text = text.translate(_REWRITES)
    text = _REFUSED.sub(lambda m: "~~" if m.group(0).startswith("~") else "", text)
    text = _FILE_CHARACTERS.sub(_dash, text)
    text = _PERCENT_ESCAPE.sub(r"% \1", text)
    text = _UNKNOWN_ENTITY.sub(r"& \1;", text)
    text = _SPACES.sub(" ", text).lstrip(" ")  # a space before the extension, MediaWiki keeps
    plain = _ENTITY.sub(lambda m: html.unescape(m.group(0)), said)
    return text, (said if text != plain else "")


def _dash(match: re.Match) -> str:
    """A colon followed by a space becomes a spaced dash ("Verso: 2" to "Verso - 2"); a
    colon, slash or backslash between characters, a dash."""
    return " - " if match.group(0).strip() == ":" and " " in match.group(0) else "-"


def _first_upper(text: str) -> str:
    # As MediaWiki does (checked on the sandbox): full case mapping, so "ß" becomes "SS".
    if text[:1].isascii():
        return text[:1].upper() + text[1:]
    return unicodedata.normalize("NFC", text[:1].upper()) + text[1:]
