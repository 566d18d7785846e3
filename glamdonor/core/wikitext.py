"""Description pages in wikitext, where no catalog value can add markup of its own.

Every catalog value goes through ``escape``: the characters that start a template, link,
parameter, tag, signature or magic word become HTML character references, which the wiki shows
as the same characters but never parses as markup. Only ``Wikitext`` values (written by the
mapping's author: lookup tables, dates in Commons form, fields marked raw) go in as they are.
"""

from __future__ import annotations

import re

from glamdonor.core.templates import Template
from glamdonor.core.values import Wikitext

_ESCAPES = {
    "&": "&#38;",
    "{": "&#123;",
    "}": "&#125;",
    "[": "&#91;",
    "]": "&#93;",
    "|": "&#124;",
    "<": "&lt;",
    ">": "&gt;",
    "=": "&#61;",
    "~": "&#126;",
    "_": "&#95;",
    "'": "&#39;",
}
_ESCAPE_PATTERN = re.compile("[" + re.escape("".join(_ESCAPES)) + "]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_NEWLINES = re.compile(r"\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*")
_LICENSE = re.compile(r"[\w .\-]{1,100}(?:\|[\w .\-=]{1,100}){0,5}")


def escape(value: str) -> str:
    """``value`` as plain text inside wikitext; line breaks become ``<br />``."""
    if type(value) is Wikitext:
        return value
    text = value if value.isprintable() else _CONTROL.sub("", value)
    text = text.strip()
    if _ESCAPE_PATTERN.search(text):
        text = _ESCAPE_PATTERN.sub(lambda match: _ESCAPES[match.group(0)], text)
    if "\n" in text or "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _NEWLINES.sub("<br />", text)
    return text


_SEPARATOR = "\x00"  # joins a column into one string; a value holding it goes the slow way
_CONTROL_BUT_SEPARATOR = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029")


def escape_column(values: list[str], language: str | None = None) -> list[str]:
    """``in_language`` of every value of a column, in one pass of the escaping regex.

    Gives the same as escaping value by value (a property test holds it to that), several
    times faster on large catalogs. A column of few values (an artist, a date, a place on many
    rows) escapes each value once. Rare values (marked wikitext, holding control characters
    or line breaks) take the value-by-value way.
    """
    kinds = set(map(type, values))
    if len(kinds) == 1:  # values of one kind: equal values are escaped alike
        if values.count(values[0]) == len(values):
            return [in_language(values[0], language)] * len(values)
        distinct = dict.fromkeys(values)
        if len(distinct) * 2 <= len(values):
            made = dict(zip(distinct, escape_column(list(distinct), language), strict=True))
            return [made[value] for value in values]
    stripped = [value.strip() for value in values]
    joined = _SEPARATOR.join(stripped)
    slow = (
        joined.count(_SEPARATOR) != len(values) - 1
        or _CONTROL_BUT_SEPARATOR.search(joined)
        or Wikitext in kinds
    )
    if slow:
        return [in_language(value, language) for value in values]
    escaped = (
        _ESCAPE_PATTERN.sub(lambda match: _ESCAPES[match.group(0)], joined).split(_SEPARATOR)
        if values
        else []
    )
    if any(mark in joined for mark in _LINE_BREAKS):
        escaped = [_NEWLINES.sub("<br />", v) if not v.isprintable() else v for v in escaped]
    if not language:
        return escaped
    return [f"{{{{{language}|1={value}}}}}" if value else "" for value in escaped]


def in_language(value: str, language: str | None) -> str:
    escaped = escape(value)
    if not language or not escaped:
        return escaped
    return f"{{{{{language}|1={escaped}}}}}"


def is_license_name(name: str) -> bool:
    """A license template as written inside the braces: "cc-by-4.0", "PD-Art|PD-old-100"."""
    return bool(_LICENSE.fullmatch(name))


def category_name(value: str) -> str:
    """A category name as MediaWiki stores it, or "" when nothing usable is left."""
    text = re.sub(r"^\s*category\s*:\s*", "", value, flags=re.IGNORECASE)
    text = re.sub(r"[#<>\[\]|{}\x00-\x1f\x7f]", "", text)
    text = re.sub(r"~{3,}", "", text)
    text = re.sub(r"'{2,}", "'", text)  # two or three would read as italic or bold
    text = re.sub(r"[\s_]+", " ", text).strip()
    return text[:1].upper() + text[1:]


def page_format(template: Template, parameters: list[str], partnership: str) -> str:
    """The page as a ``str.format`` pattern: one slot a parameter, then licenses, categories.

    Parameters and partnership template come from the mapping and the partner profile,
    never from the catalog, so they can go into the pattern itself.
    """
    lines = ["=={{{{int:filedesc}}}}==", f"{{{{{{{{{template.name}"]
    lines += [f"|{name}={{}}" for name in parameters]
    if template.license_parameter:
        lines += [f"|{template.license_parameter}={{}}", "}}}}"]
    else:
        lines += ["}}}}", "", "=={{{{int:license-header}}}}==", "{}"]
    if partnership:
        lines.append(f"{{{{{{{{{partnership}}}}}}}}}")
    lines += ["", "{}"]
    return "\n".join(lines)
