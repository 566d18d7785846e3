"""The first sentences of a report, in words a museum board reads: what the figures say, each
built from them, never a figure of its own. Templates marked for translation (context
Headlines), filled with the figures; the window shows them in its language."""

from __future__ import annotations

from glamdonor.core.words import QT_TRANSLATE_NOOP
from glamdonor.metrics.figures import Impact

UNUSED = QT_TRANSLATE_NOOP(
    "Headlines", "None of your {files} files is shown on a page of a wiki yet."
)
SHOWN = QT_TRANSLATE_NOOP(
    "Headlines", "Your {files} files are shown on {pages} pages of {wikis} wikis."
)
LANGUAGES = QT_TRANSLATE_NOOP(
    "Headlines", "{articles} of those pages are articles, in {languages} languages."
)
ARTICLES = QT_TRANSLATE_NOOP("Headlines", "{articles} of those pages are articles.")
SHARE = QT_TRANSLATE_NOOP(
    "Headlines", "{used} of the files ({share}) are shown on at least one article."
)
ITEMS = QT_TRANSLATE_NOOP(
    "Headlines",
    "{items} Wikidata items show them too: Wikipedias and search engines show those images "
    "wherever they show the items.",
)
READ = QT_TRANSLATE_NOOP(
    "Headlines", "The articles that show them were read {views} times from {first} to {last}."
)
REQUESTED = QT_TRANSLATE_NOOP(
    "Headlines", "The files themselves were requested {requests} times in those months."
)
NOT_COUNTED = QT_TRANSLATE_NOOP(
    "Headlines", "This wiki counts no page views, so how often they were seen is not known."
)
NO_MONTH = QT_TRANSLATE_NOOP(
    "Headlines", "No month is complete since the first upload: views are counted from next month."
)


def headlines(impact: Impact) -> list[tuple[str, dict[str, str]]]:
    """Three to five sentences: (template, its values), for the report and the window."""
    figure = {f.name: f for f in impact.figures}
    files = figure["files"].said()
    if not figure["pages"].value:
        found = [(UNUSED, {"files": files})]
    else:
        found = [
            (
                SHOWN,
                {"files": files, "pages": figure["pages"].said(), "wikis": figure["wikis"].said()},
            ),
            (
                (LANGUAGES if figure["languages"].value else ARTICLES),
                {"articles": figure["articles"].said(), "languages": figure["languages"].said()},
            ),
            (
                SHARE,
                {
                    "used": figure["files used"].said(),
                    "share": figure["share of files used"].said(),
                },
            ),
        ]
        if figure["Wikidata items"].value:
            found.append((ITEMS, {"items": figure["Wikidata items"].said()}))
    views, requests = figure["page-context views"], figure["media requests"]
    if views.value is None:
        found.append((NOT_COUNTED, {}))
    elif impact.first > impact.last:
        found.append((NO_MONTH, {}))
    elif figure["pages"].value:
        found.append(
            (READ, {"views": views.said(), "first": str(impact.first), "last": str(impact.last)})
        )
        found.append((REQUESTED, {"requests": requests.said()}))
    return found


def said(impact: Impact) -> list[str]:
    """The sentences in English, for the reports."""
    return [template.format(**values) for template, values in headlines(impact)]
