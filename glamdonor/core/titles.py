"""File titles that MediaWiki will accept as they are (docs/commons.md, "File titles").

``clean_title`` gives the title in the form MediaWiki stores it, so two titles are the same page
exactly when their cleaned forms are equal (``title_key`` for titles from elsewhere).
"""

from __future__ import annotations

import re
import unicodedata

MAX_TITLE_BYTES = 240
_NEEDS_WORK = re.compile(r"[#<>\[\]|{}:/\\%&_~\x00-\x1f\x7f]|\s\s")
_EDGE_CHARACTERS = " .-~\t\n\r\x0b\x0c"
_FORBIDDEN = re.compile(r"[#<>\[\]|{}]|~{3,}")
_TURNED_INTO_DASH = re.compile(r"[:/\\]")
_PERCENT_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_ENTITY = re.compile(r"&((?:[A-Za-z0-9#]|[^\x00-\x7f])+);")  # as MediaWiki: non-ASCII too
_SPACES = re.compile(r"[\s_]+")
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}
_EDGES = " .-~"


def clean_title(base: str, extension: str, keep: str = "") -> str:
    """``base`` made a safe title ending in ``.extension``, at most 240 bytes of UTF-8.

    When it must be shortened, ``keep`` (the accession number) stays whole at the end and
    the rest is cut at a character boundary.
    """
    suffix = "." + extension.lower().lstrip(".")
    text = _first_upper(_clean(base))
    room = MAX_TITLE_BYTES - len(suffix.encode("utf-8"))
    if len(text.encode("utf-8")) > room:
        kept = _clean(keep) if keep else ""
        if kept and kept in text:
            head = text.replace(kept, " ").strip(_EDGES + ",;")
            tail = f" - {kept}" if head else kept
            text = _cut(head, room - len(tail.encode("utf-8"))) + tail
        text = _cut(text, room)
    return text + suffix if text else ""


def title_key(title: str) -> str:
    """The form under which MediaWiki treats two titles as the same page."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", title)).strip()
    return _first_upper(text)


def _clean(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if _plain(text):
        return text
    if not text.isprintable():  # rare: only then look at each character
        text = "".join(
            ch for ch in text if ch.isspace() or unicodedata.category(ch) not in _INVISIBLE
        )
    text = _FORBIDDEN.sub("", text)
    text = _TURNED_INTO_DASH.sub("-", text)
    text = _PERCENT_ESCAPE.sub(r"% \1", text)
    text = _ENTITY.sub(r"& \1;", text)
    return _SPACES.sub(" ", text).strip(_EDGES)


def _plain(text: str) -> bool:
    """True when ``text`` needs no cleaning: the common case, told by a few quick checks."""
    return (
        bool(text)
        and text.isprintable()
        and text[0] not in _EDGE_CHARACTERS
        and text[-1] not in _EDGE_CHARACTERS
        and not text[0].isspace()
        and not text[-1].isspace()
        and not _NEEDS_WORK.search(text)
    )


def _cut(text: str, room: int) -> str:
    if room <= 0:
        return ""
    encoded = text.encode("utf-8")
    if len(encoded) <= room:
        return text
    return encoded[:room].decode("utf-8", errors="ignore").rstrip(_EDGES + ",;")


def _first_upper(text: str) -> str:
    # As MediaWiki does (checked on the sandbox): full case mapping, so "ß" becomes "SS".
    return unicodedata.normalize("NFC", text[:1].upper()) + text[1:]
