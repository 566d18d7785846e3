"""Several scopes side by side (a partner's batches, or categories), from the local history:
each scope's figures at its latest snapshot, and this year against last: the page-context
views and media requests of the last 12 complete months against the 12 before. Each scope is
counted on its own: a page showing files of two batches counts in both."""

from __future__ import annotations

import csv
import datetime
import html
import json
from dataclasses import dataclass
from pathlib import Path

from glamdonor.metrics import COMPARE_FORMATS
from glamdonor.metrics.figures import Impact, impact
from glamdonor.metrics.headlines import FILES, PAGES, TIMES, WIKIS, Counted
from glamdonor.metrics.store import Store

FIGURES = ("files", "files used", "pages", "articles", "Wikidata items", "wikis", "languages")
HEADER = (
    "scope", *FIGURES,
    "views, last 12 months", "views, the 12 before", "change",
    "requests, last 12 months", "requests, the 12 before",
)  # fmt: skip


@dataclass(frozen=True)
class Compared:
    scope: str
    impact: Impact
    this_year: tuple[int, int] | None  # views, requests of the last 12 months; None: not counted
    last_year: tuple[int, int] | None  # of the 12 before, when the history reaches back so far

    def row(self) -> tuple:
        figures = [self.impact.figure(name).said() for name in FIGURES]
        now, before = self.this_year, self.last_year
        return (
            self.impact.title, *figures,
            _said(now, 0), _said(before, 0), _change(now, before),
            _said(now, 1), _said(before, 1),
        )  # fmt: skip


def compare(
    store: Store, scopes: list[str], *, today: datetime.date | None = None
) -> list[Compared]:
    found = []
    for scope in scopes:
        figures = impact(store, scope, months=24, today=today)
        counted = figures.figure("page-context views").value is not None
        months = figures.monthly
        recent, earlier = months[-12:], months[-24:-12]
        this_year = (
            (sum(v for _, v, _ in recent), sum(r for _, _, r in recent)) if counted else None
        )
        last_year = (
            (sum(v for _, v, _ in earlier), sum(r for _, _, r in earlier))
            if counted and len(earlier) == 12
            else None
        )
        found.append(Compared(scope, figures, this_year, last_year))
    return found


def write_comparison(found: list[Compared], kind: str, out: Path) -> None:
    from glamdonor.metrics.report import known_format

    known_format(kind, COMPARE_FORMATS)
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = [c.row() for c in found]
    if kind == "csv":
        with out.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle).writerows([HEADER, *rows])
    elif kind == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.active.title = "Compared"
        for row in (HEADER, *rows):
            book.active.append(list(row))
        book.save(out)
    elif kind == "json":
        data = [dict(zip(HEADER, row, strict=True)) for row in rows]
        out.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    else:
        out.write_text(_html(found, rows), encoding="utf-8")


def sentence(compared: Compared) -> str:
    """A scope in one sentence, for a board: its reach, and its views this year against last."""
    figure = compared.impact.figure

    def counted(name: str, forms: tuple[str, str]) -> str:
        return Counted(int(figure(name).value or 0), figure(name).said(), forms).text(str)

    said = (
        f"{compared.impact.title}: {counted('files', FILES)} shown on "
        f"{counted('pages', PAGES)} of {counted('wikis', WIKIS)}"
    )
    now, before = compared.this_year, compared.last_year
    if now is None:
        return said + "; this wiki counts no page views."
    times = Counted(now[0], f"{now[0]:,}", TIMES).text(str)
    said += f"; their articles were read {times} in the last 12 months"
    if before is None:
        return said + "."
    return said + f", {before[0]:,} in the 12 before ({_change(now, before) or 'no change'})."


def _said(pair: tuple[int, int] | None, index: int) -> str:
    return "not available" if pair is None else f"{pair[index]:,}"


def _change(now: tuple[int, int] | None, before: tuple[int, int] | None) -> str:
    if now is None or before is None or not before[0]:
        return ""
    return f"{(now[0] - before[0]) / before[0]:+.0%}"


def _html(found: list[Compared], rows: list[tuple]) -> str:
    from glamdonor.metrics.report import CSS

    head = "".join(f"<th>{html.escape(h)}</th>" for h in HEADER)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>" for row in rows
    )
    sentences = "".join(f"<p class='headline'>{html.escape(sentence(c))}</p>" for c in found)
    taken = max(c.impact.taken for c in found).isoformat() if found else ""
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Comparison of {len(found)} scopes</title><style>{CSS}</style></head><body>"
        f"<h1>{len(found)} donations compared</h1><p class='sub'>From the snapshots kept on "
        f"this computer, the latest of {taken}; each counted on its own.</p>{sentences}"
        f"<table><tr>{head}</tr>{body}</table></body></html>"
    )
