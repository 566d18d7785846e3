"""A page as glamdonor writes it, drawn in simple HTML without a wiki: each section, each
template's parameters as a table, licenses, categories. For the preview when offline; online
the wiki's own parser draws it."""

from __future__ import annotations

import html
import re

HEADING = re.compile(r"^==\s*(.*?)\s*==$")
CATEGORY = re.compile(r"^\[\[Category:(.*)\]\]$")
SINGLE = re.compile(r"^\{\{([^{}|]+)\}\}$")
SECTIONS = {"{{int:filedesc}}": "Summary", "{{int:license-header}}": "Licensing"}


def render(wikitext: str) -> str:
    parts: list[str] = []
    categories: list[str] = []
    template: list[tuple[str, str]] | None = None
    name = ""
    for line in wikitext.splitlines():
        line = line.strip()
        if template is not None:
            if line == "}}":
                parts.append(_table(name, template))
                template = None
            elif line.startswith("|") and "=" in line:
                key, _, value = line[1:].partition("=")
                template.append((key.strip(), value.strip()))
            elif template:
                key, value = template[-1]
                template[-1] = (key, f"{value}\n{line}")  # a value over several lines
            continue
        if heading := HEADING.match(line):
            said = SECTIONS.get(heading.group(1), heading.group(1))
            parts.append(f"<h3>{html.escape(said)}</h3>")
        elif category := CATEGORY.match(line):
            categories.append(category.group(1))
        elif single := SINGLE.match(line):
            parts.append(f"<p class='template'>{{{{{html.escape(single.group(1))}}}}}</p>")
        elif line.startswith("{{") and not line.endswith("}}"):
            name, template = line[2:].strip(), []
        elif line:
            parts.append(f"<p>{html.escape(line)}</p>")
    if categories:
        listed = " | ".join(html.escape(c) for c in categories)
        parts.append(f"<p class='categories'><b>Categories:</b> {listed}</p>")
    return "\n".join(parts)


def _table(name: str, parameters: list[tuple[str, str]]) -> str:
    rows = "".join(
        f"<tr><th align='left'>{html.escape(key)}</th><td>{html.escape(value)}</td></tr>"
        for key, value in parameters
    )
    return f"<p><b>{html.escape(name)}</b></p><table border='1' cellpadding='3'>{rows}</table>"
