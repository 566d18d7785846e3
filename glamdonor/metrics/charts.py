"""The report's charts, drawn by matplotlib without a window: SVG for HTML (the text stays
text), PNG for PDF."""

from __future__ import annotations

import io

import matplotlib as mpl
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from glamdonor.metrics.figures import Impact
from glamdonor.metrics.words import (
    AFTER,
    CURVES,
    ENGLISH,
    IN_USE,
    LANGUAGES,
    MONTHLY,
    NO_LANGUAGE,
    NO_VIEWS,
    PAGES,
    SOME_LANGUAGES,
    Words,
)

VIEWS, REQUESTS, USED = "#1f6fb4", "#e3892b", "#2f9e5b"
STYLE = {"svg.hashsalt": "glamdonor", "svg.fonttype": "path", "font.size": 9}


def charts(impact: Impact, kind: str, words: Words = ENGLISH) -> dict[str, bytes]:
    """Each chart's title and its picture, in ``kind`` ("svg" or "png")."""
    drawn = {
        words.report(MONTHLY): _monthly(impact, words),
        _languages_title(impact, words): _languages(impact, words),
        words.report(CURVES): _curves(impact, words),
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


def _counts(axis: Axis, largest: int) -> None:
    """Whole numbers from 0, never a fraction or a negative tick; an axis with nothing to
    show runs from 0 to 1."""
    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    axis.set_major_formatter(FuncFormatter(_thousands))
    (axis.axes.set_ylim if axis is axis.axes.yaxis else axis.axes.set_xlim)(0, max(largest, 1))


def _nothing(axes: object, sentence: str) -> None:
    axes.text(0.5, 0.5, sentence, ha="center", va="center", transform=axes.transAxes)


def _monthly(impact: Impact, words: Words = ENGLISH) -> Figure:
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
        label=words.name("page-context views"),
    )
    axes.bar(
        [p + width / 2 for p in places],
        [r for _, _, r in impact.monthly],
        width,
        color=REQUESTS,
        label=words.name("media requests"),
    )
    axes.set_xticks(list(places), months, rotation=90, fontsize=7)
    largest = max((max(v, r) for _, v, r in impact.monthly), default=0)
    _counts(axes.yaxis, largest)
    axes.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2)
    axes.spines[["top", "right"]].set_visible(False)
    if not largest:
        _nothing(axes, words.report(NO_VIEWS))
    return figure


LANGUAGES_SHOWN = 15


def _languages_title(impact: Impact, words: Words = ENGLISH) -> str:
    reached = len(impact.languages)
    if reached > LANGUAGES_SHOWN:
        return words.report(SOME_LANGUAGES).format(shown=LANGUAGES_SHOWN, reached=reached)
    return words.report(LANGUAGES)


def _languages(impact: Impact, words: Words = ENGLISH) -> Figure:
    shown = impact.languages[:LANGUAGES_SHOWN][::-1]
    figure = Figure(figsize=(7.5, max(1.6, 0.25 * len(shown) + 0.8)), layout="constrained")
    axes = figure.add_subplot()
    axes.barh([language for language, _, _ in shown], [pages for _, pages, _ in shown], color=VIEWS)
    axes.set_xlabel(words.report(PAGES))
    _counts(axes.xaxis, max((pages for _, pages, _ in shown), default=0))
    axes.spines[["top", "right"]].set_visible(False)
    if not shown:
        _nothing(axes, words.report(NO_LANGUAGE))
        axes.set_yticks([])
    return figure


def _curves(impact: Impact, words: Words = ENGLISH) -> Figure:
    figure = Figure(figsize=(7.5, 2.2), layout="constrained")
    axes = figure.add_subplot()
    labels = [
        words.report(AFTER).format(days=days, files=f"{counted:,}")
        for days, _, counted in impact.curves
    ]
    axes.bar(labels, [share * 100 for _, share, _ in impact.curves], color=USED)
    axes.set_ylim(0, 100)
    axes.set_ylabel(words.report(IN_USE))
    axes.spines[["top", "right"]].set_visible(False)
    return figure
