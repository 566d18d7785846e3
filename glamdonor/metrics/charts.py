"""The report's charts, drawn by matplotlib without a window: SVG for HTML (the text stays
text), PNG for PDF."""

from __future__ import annotations

import io

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from glamdonor.metrics.figures import Impact

VIEWS, REQUESTS, USED = "#1f6fb4", "#e3892b", "#2f9e5b"
STYLE = {"svg.hashsalt": "glamdonor", "svg.fonttype": "path", "font.size": 9}


def charts(impact: Impact, kind: str) -> dict[str, bytes]:
    """Each chart's title and its picture, in ``kind`` ("svg" or "png")."""
    drawn = {
        "Page-context views and media requests per month": _monthly(impact),
        "Languages reached (pages showing the files)": _languages(impact),
        "Share of files in use after 30, 90 and 365 days": _curves(impact),
    }
    pictures = {}
    with mpl.rc_context(STYLE):
        for title, figure in drawn.items():
            buffer = io.BytesIO()
            figure.savefig(buffer, format=kind, dpi=150, metadata=_metadata(kind))
            pictures[title] = buffer.getvalue()
    return pictures


def _metadata(kind: str) -> dict:
    return {"Date": None} if kind == "svg" else {"Software": "glamdonor"}


def _thousands(value: float, _position: int) -> str:
    return f"{value:,.0f}"


def _monthly(impact: Impact) -> Figure:
    figure = Figure(figsize=(7.5, 3.2), layout="constrained")
    axes = figure.add_subplot()
    months = [str(month) for month, _, _ in impact.monthly]
    places = range(len(months))
    width = 0.4
    axes.bar(
        [p - width / 2 for p in places],
        [v for _, v, _ in impact.monthly],
        width,
        color=VIEWS,
        label="page-context views",
    )
    axes.bar(
        [p + width / 2 for p in places],
        [r for _, _, r in impact.monthly],
        width,
        color=REQUESTS,
        label="media requests",
    )
    axes.set_xticks(list(places), months, rotation=90, fontsize=7)
    axes.yaxis.set_major_formatter(FuncFormatter(_thousands))
    axes.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2)
    axes.spines[["top", "right"]].set_visible(False)
    return figure


def _languages(impact: Impact) -> Figure:
    shown = impact.languages[:15][::-1]
    figure = Figure(figsize=(7.5, max(1.6, 0.25 * len(shown) + 0.8)), layout="constrained")
    axes = figure.add_subplot()
    axes.barh([language for language, _, _ in shown], [pages for _, pages, _ in shown], color=VIEWS)
    axes.set_xlabel("pages")
    axes.spines[["top", "right"]].set_visible(False)
    if not shown:
        axes.text(
            0.5,
            0.5,
            "no page in a language wiki shows these files yet",
            ha="center",
            va="center",
            transform=axes.transAxes,
        )
    return figure


def _curves(impact: Impact) -> Figure:
    figure = Figure(figsize=(7.5, 2.2), layout="constrained")
    axes = figure.add_subplot()
    labels = [f"after {days} days\n({counted:,} files)" for days, _, counted in impact.curves]
    axes.bar(labels, [share * 100 for _, share, _ in impact.curves], color=USED)
    axes.set_ylim(0, 100)
    axes.set_ylabel("% of files in use")
    axes.spines[["top", "right"]].set_visible(False)
    return figure
