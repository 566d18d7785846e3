"""Description pages in wikitext, where no catalog value can add markup of its own.

Every value from a catalog goes through ``escape``: the characters that start a template,
link, parameter, tag, signature or magic word become HTML character references, which the
wiki shows as the same characters but never parses as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
_NEWLINES = re.compile(r"\s*(?:\r\n|\r|\n)\s*")
_TEMPLATE_NAME = re.compile(r"^[\w .\-]{1,200}$")


def escape(value: str) -> str:
    """Make ``value`` plain text inside wikitext; line breaks become ``<br />``."""
    text = _ESCAPE_PATTERN.sub(lambda match: _ESCAPES[match.group(0)], value.strip())
    return _NEWLINES.sub("<br />", text)


def is_template_name(name: str) -> bool:
    return bool(_TEMPLATE_NAME.match(name))


def information_page(
    fields: dict[str, str],
    *,
    description_language: str,
    licenses: Iterable[str],
    categories: Iterable[str],
) -> str:
    """The description page of one file: {{Information}}, licenses, then categories.

    ``fields`` hold the catalog's raw values; licenses and categories must already be
    checked names (see ``is_template_name`` and ``category_name``).
    """
    lines = ["=={{int:filedesc}}==", "{{Information"]
    description = fields.get("description", "")
    if description:
        lines.append(f"|description={{{{{description_language}|1={escape(description)}}}}}")
    else:
        lines.append("|description=")
    for name in ("date", "source", "author", "permission", "other_versions"):
        lines.append(f"|{name.replace('_', ' ')}={escape(fields.get(name, ''))}")
    lines += ["}}", "", "=={{int:license-header}}=="]
    lines += [f"{{{{{name}}}}}" for name in licenses]
    lines.append("")
    lines += [f"[[Category:{name}]]" for name in categories]
    return "\n".join(lines).rstrip() + "\n"


def category_name(value: str) -> str:
    """A category name as MediaWiki stores it, or "" when nothing usable is left."""
    text = re.sub(r"^\s*category\s*:\s*", "", value, flags=re.IGNORECASE)
    text = re.sub(r"[#<>\[\]|{}\x00-\x1f\x7f]", "", text)
    text = re.sub(r"~{3,}", "", text)
    text = re.sub(r"[\s_]+", " ", text).strip()
    return text[:1].upper() + text[1:]
