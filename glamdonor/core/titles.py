"""File titles that MediaWiki will accept as they are (FACTS.md §1)."""

from __future__ import annotations

import re
import unicodedata

MAX_TITLE_BYTES = 240
_FORBIDDEN = re.compile(r"[#<>\[\]|{}]")
_TURNED_INTO_DASH = re.compile(r"[:/\\]")
_PERCENT_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_ENTITY = re.compile(r"&([A-Za-z0-9#]+);")
_SPACES = re.compile(r"[\s_]+")


def clean_title(base: str, extension: str) -> str:
    """Turn ``base`` into a safe file title ending in ``.extension``.

    Characters MediaWiki refuses are dropped, the ones it would silently change are changed
    here, and the name is cut to 240 bytes of UTF-8 at a character boundary, keeping the
    extension.
    """
    text = unicodedata.normalize("NFC", base)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Cc", "Cf", "Co", "Cs"})
    text = _FORBIDDEN.sub("", text)
    text = _TURNED_INTO_DASH.sub("-", text)
    text = _PERCENT_ESCAPE.sub(r"% \1", text)
    text = _ENTITY.sub(r"& \1;", text)
    text = _SPACES.sub(" ", text).strip(" .-~")
    suffix = "." + extension.lower().lstrip(".")
    room = MAX_TITLE_BYTES - len(suffix.encode("utf-8"))
    encoded = text.encode("utf-8")[:room]
    text = encoded.decode("utf-8", errors="ignore").rstrip(" .-")
    text = text[:1].upper() + text[1:]
    return text + suffix


def title_key(title: str) -> str:
    """The form under which MediaWiki treats two titles as the same page."""
    text = unicodedata.normalize("NFC", title).replace("_", " ").strip()
    return text[:1].upper() + text[1:]
