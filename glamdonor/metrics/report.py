"""The impact report in five formats: CSV (one long table), XLSX (a sheet per table), JSON,
HTML and PDF (charts, tables, language reach and a methods section, for a museum's board).
The HTML and PDF files are self-contained: opened, they load nothing from the web."""

from __future__ import annotations

import base64
import csv
import html
import json
from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.words import N_, QT_TRANSLATE_NOOP
from glamdonor.metrics import FORMATS
from glamdonor.metrics.figures import DEFINITIONS, Impact
from glamdonor.metrics.headlines import filled, headlines
from glamdonor.metrics.words import (
    ENGLISH,
    HEADING,
    HEADING_NO_MONTH,
    METHODS_TITLE,
    NONE,
    TOP_FILES,
    TOP_PAGES,
    Words,
)

METHODS = QT_TRANSLATE_NOOP(
    "Report",
    "Usage comes from the wiki's API on the day of each snapshot: on Commons, the pages of "
    "every Wikimedia wiki that show each file (GlobalUsage); on another wiki, its own pages. "
    "Page views and media requests come from the Wikimedia REST API (pageviews per article, "
    "media requests per file), counting people, not bots, per calendar month; a month without "
    "data counts 0. Past months do not change, so each is fetched once and kept. Views are "
    "those of the articles showing the files at the latest snapshot: a page that showed a file "
    "earlier and no longer does is not counted. Commons Impact Metrics, where shown, are "
    "Wikimedia's own figures for an allow-listed category; they count a page once per file of "
    "the category it shows, so they are higher than the page-context views here."
)


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple]
    keys: tuple[str, ...] = ()  # the header in English, when it is said in other words
    note: str = ""  # a top list's template: how many of how many it shows
    total: int = 0

    def said_note(self, words: Words = ENGLISH) -> str:
        if not self.note or not self.rows:
            return ""
        return words.report(self.note).format(shown=f"{len(self.rows):,}", total=f"{self.total:,}")

    @property
    def columns(self) -> tuple[str, ...]:
        return self.keys or self.header


def tables(impact: Impact) -> list[Table]:
    found = [
        Table(
            "Summary",
            ("figure", "value", "definition"),
            [(f.name, f.said(), f.definition) for f in impact.figures],
        ),
        Table(
            "Per month",
            ("month", "page-context views", "media requests"),
            [(str(m), v, r) for m, v, r in impact.monthly],
        ),
        Table(
            "Top pages",
            ("wiki", "page", "views"),
            [(w, p.replace("_", " "), v) for w, p, v in impact.top_pages],
            note=TOP_PAGES,
            total=int(impact.figure("pages").value or 0),
        ),
        Table(
            "Top files",
            ("file", "pages", "page-context views"),
            list(impact.top_files),
            note=TOP_FILES,
            total=impact.files_shown,
        ),
        Table("Use on Wikidata", ("item", "label", "property", "files"), list(impact.items)),
        Table("Wikis", ("wiki", "language", "pages", "files"), list(impact.wikis)),
        Table("Languages", ("language", "pages", "files"), list(impact.languages)),
        Table(
            "In use after",
            ("days", "share", "files counted"),
            [(d, f"{s:.1%}", n) for d, s, n in impact.curves],
        ),
        Table(
            "Usage over time",
            ("snapshot", "files used", "pages"),
            [(d.isoformat(), u, p) for d, u, p in impact.history],
        ),
        Table("New usages", ("file", "wiki", "page"), list(impact.new_usages)),
        Table("Lost usages", ("file", "wiki", "page"), list(impact.lost_usages)),
    ]
    if impact.category:
        names = sorted({name for values in impact.category.values() for name in values})
        found.append(
            Table(
                "Commons Impact Metrics",
                ("month", *names),
                [(str(m), *(v.get(n, "") for n in names)) for m, v in impact.category.items()],
            )
        )
    return found


def write_report(impact: Impact, kind: str, out: Path, words: Words = ENGLISH) -> None:
    """The report; HTML and PDF in ``words`` (the window's language), the sheets in English,
    for other programs to read."""
    known_format(kind, FORMATS)
    out.parent.mkdir(parents=True, exist_ok=True)
    if kind in ("html", "pdf"):
        (_html if kind == "html" else _pdf)(impact, out, words)
    else:
        {"csv": _csv, "xlsx": _xlsx, "json": _json}[kind](impact, out)


def known_format(kind: str, formats: tuple[str, ...]) -> None:
    if kind not in formats:
        raise InputError(
            N_("“{kind}” is not a report format."),
            N_("Use one of {formats}."),
            kind=kind,
            formats=", ".join(formats),
        )


def heading(impact: Impact, words: Words = ENGLISH) -> str:
    values = {
        "title": impact.title,
        "wiki": words.wiki(impact.wiki_words),
        "date": f"{impact.taken:%Y-%m-%d}",
        "first": impact.first,
        "last": impact.last,
    }
    if impact.first <= impact.last:
        return words.report(HEADING).format(**values)
    return words.report(HEADING_NO_MONTH).format(**values)


def said_in(impact: Impact, words: Words = ENGLISH) -> list[str]:
    """The headline sentences in the report's words."""
    return [filled(t, v, words.headline) for t, v in headlines(impact)]


def summary_rows(impact: Impact, words: Words = ENGLISH) -> list[tuple[str, str, str]]:
    """The figures as the report's summary says them: name, value, definition."""
    return [
        (words.name(f.name), words.figures(f.said()) if f.value is None else f.said(),
         words.figures(f.definition))
        for f in impact.figures
    ]  # fmt: skip


def _csv(impact: Impact, out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(("table", "row", "column", "value"))
        for table in tables(impact):
            for number, row in enumerate(table.rows, 1):
                for column, value in zip(table.header, row, strict=True):
                    writer.writerow((table.title, number, column, value))


def _xlsx(impact: Impact, out: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for table in tables(impact):
        sheet = book.create_sheet(table.title[:31])
        sheet.append(table.header)
        for row in table.rows:
            sheet.append(list(row))
    book.save(out)


def _json(impact: Impact, out: Path) -> None:
    data = {
        "scope": impact.scope,
        "wiki": impact.wiki,
        "snapshot": impact.taken.isoformat(),
        "previous snapshot": impact.previous.isoformat() if impact.previous else None,
        "months": [str(impact.first), str(impact.last)],
        "figures": {f.name: {"value": f.value, "definition": f.definition} for f in impact.figures},
        "tables": {
            t.title: [dict(zip(t.header, r, strict=True)) for r in t.rows] for t in tables(impact)
        },
        "methods": METHODS,
    }
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")


def _html(impact: Impact, out: Path, words: Words = ENGLISH) -> None:
    from glamdonor.metrics.charts import charts

    direction = " dir='rtl'" if words.right_to_left else ""
    parts = [
        f"<!DOCTYPE html><html lang='{html.escape(words.language)}'{direction}><head>"
        "<meta charset='utf-8'>",
        f"<title>{html.escape(heading(impact, words))}</title><style>{CSS}</style></head><body>",
        _cover(impact),
        f"<h1>{html.escape(impact.title)}</h1>"
        f"<p class='sub'>{html.escape(heading(impact, words))}</p>",
        *(f"<p class='headline'>{html.escape(line)}</p>" for line in said_in(impact, words)),
        "<div class='cards'>",
    ]
    for name, value, _ in summary_rows(impact, words)[:10]:
        parts.append(
            f"<div class='card'><b>{html.escape(value)}</b><span>{html.escape(name)}</span></div>"
        )
    parts.append("</div>")
    for title, svg in charts(impact, "svg", words).items():
        body = svg.decode("utf-8")
        body = body[body.index("<svg") :]  # the XML declaration and doctype stay out
        parts.append(f"<h2>{html.escape(title)}</h2><figure>{body}</figure>")
    for table in said_tables(impact, words):
        parts.append(_html_table(table, words))
    parts.append(
        f"<h2>{html.escape(words.report(METHODS_TITLE))}</h2><p>"
        + html.escape(words.report(METHODS)) + "</p><dl>"
    )
    for name, definition in DEFINITIONS.items():
        parts.append(
            f"<dt>{html.escape(words.name(name))}</dt><dd>{html.escape(words.figures(definition))}</dd>"
        )
    parts.append("</dl></body></html>")
    out.write_text("\n".join(parts), encoding="utf-8")


def said_tables(impact: Impact, words: Words = ENGLISH) -> list[Table]:
    """The tables with their titles and headings in the report's words, the summary too."""
    found = []
    for table in tables(impact):
        rows = summary_rows(impact, words) if table.title == "Summary" else table.rows
        header = tuple(words.name(h) for h in table.header)
        found.append(
            Table(words.name(table.title), header, rows, table.header, table.note, table.total)
        )
    return found


def _cover(impact: Impact) -> str:
    """The partner's logo (embedded: the page loads nothing) and name, above the title."""
    parts = []
    if impact.logo:
        kind = "png" if impact.logo.lower().endswith(".png") else "jpeg"
        data = base64.b64encode(Path(impact.logo).read_bytes()).decode("ascii")
        parts.append(f"<img class='logo' alt='' src='data:image/{kind};base64,{data}'>")
    if impact.partner:
        parts.append(f"<p class='partner'>{html.escape(impact.partner)}</p>")
    return "".join(parts)


def _html_table(table: Table, words: Words = ENGLISH) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in table.header)
    rows = (
        "".join(
            "<tr>" + "".join(f"<td>{html.escape(_said(v))}</td>" for v in row) + "</tr>"
            for row in table.rows
        )
        or f"<tr><td colspan='{len(table.header)}'>{html.escape(words.report(NONE))}</td></tr>"
    )
    note = f"<p>{html.escape(said)}</p>" if (said := table.said_note(words)) else ""
    return f"<h2>{html.escape(table.title)}</h2>{note}<table><tr>{head}</tr>{rows}</table>"


def _said(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


CSS = """
body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}
h1{margin-bottom:0}.sub{color:#555}
.cards{display:flex;flex-wrap:wrap;gap:.6em}
.card{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;min-width:9em}
.card b{display:block;font-size:1.5em}.card span{color:#555}
.headline{font-size:1.2em;margin:.4em 0}
table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border-bottom:1px solid #ddd;padding:.2em .8em;text-align:left}
figure{margin:0}svg{max-width:100%;height:auto}dt{font-weight:bold}
.logo{max-height:5em;max-width:16em;float:right}.partner{font-size:1.1em;color:#555;margin:0}
"""


def _pdf(impact: Impact, out: Path, words: Words = ENGLISH) -> None:
    from glamdonor.metrics.pdf import write_pdf

    write_pdf(impact, said_tables(impact, words), out, words)
