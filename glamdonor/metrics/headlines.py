"""The first sentences of a report, in words a museum board reads: what the figures say, each
built from them, never a figure of its own. Templates marked for translation (context
Headlines), filled with the figures; the window shows them in its language.

A count is said with its noun in the singular or the plural ("1 wiki", "3 wikis"), and a
sentence whose subject is a single thing has a template of its own ("Your file is shown...").
Languages with more plural forms than two get the plural beyond one (a known limit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from glamdonor.core.words import QT_TRANSLATE_NOOP, counted
from glamdonor.metrics.figures import Impact

UNUSED = QT_TRANSLATE_NOOP(
    "Headlines", "None of your {files} is shown on a page of a wiki yet."
)
UNUSED_ONE = QT_TRANSLATE_NOOP("Headlines", "Your file is not shown on a page of a wiki yet.")
SHOWN = QT_TRANSLATE_NOOP("Headlines", "Your {files} are shown on {pages} of {wikis}.")
SHOWN_ONE = QT_TRANSLATE_NOOP("Headlines", "Your file is shown on {pages} of {wikis}.")
LANGUAGES = QT_TRANSLATE_NOOP(
    "Headlines", "{articles} of those pages are articles, in {languages}."
)
LANGUAGES_ONE = QT_TRANSLATE_NOOP("Headlines", "One of those pages is an article, in {languages}.")
ARTICLES = QT_TRANSLATE_NOOP("Headlines", "{articles} of those pages are articles.")
ARTICLES_ONE = QT_TRANSLATE_NOOP("Headlines", "One of those pages is an article.")
NO_ARTICLE = QT_TRANSLATE_NOOP("Headlines", "None of those pages is an article.")
SHARE = QT_TRANSLATE_NOOP(
    "Headlines", "{used} of the files ({share}) are shown on at least one article."
)
SHARE_ONE = QT_TRANSLATE_NOOP(
    "Headlines", "One of the files ({share}) is shown on at least one article."
)
ITEMS = QT_TRANSLATE_NOOP(
    "Headlines",
    "{items} Wikidata items show them too: Wikipedias and search engines show those images "
    "wherever they show the items.",
)
ITEMS_ONE = QT_TRANSLATE_NOOP(
    "Headlines",
    "A Wikidata item shows them too: Wikipedias and search engines show its image wherever "
    "they show the item.",
)
READ = QT_TRANSLATE_NOOP(
    "Headlines", "The articles that show them were read {views} from {first} to {last}."
)
REQUESTED = QT_TRANSLATE_NOOP(
    "Headlines", "The files themselves were requested {requests} in those months."
)
COMMUNITY = QT_TRANSLATE_NOOP(
    "Headlines",
    "Since the upload, {editors} improved the files' pages with {edits}: {changes} to "
    "categories, descriptions and data.",
)
NOT_COUNTED = QT_TRANSLATE_NOOP(
    "Headlines", "This wiki counts no page views, so how often they were seen is not known."
)
NO_MONTH = QT_TRANSLATE_NOOP(
    "Headlines", "No month is complete since the first upload: views are counted from next month."
)
# Counted nouns: the singular, then the plural.
FILES = (QT_TRANSLATE_NOOP("Headlines", "{n} file"), QT_TRANSLATE_NOOP("Headlines", "{n} files"))
PAGES = (QT_TRANSLATE_NOOP("Headlines", "{n} page"), QT_TRANSLATE_NOOP("Headlines", "{n} pages"))
WIKIS = (QT_TRANSLATE_NOOP("Headlines", "{n} wiki"), QT_TRANSLATE_NOOP("Headlines", "{n} wikis"))
LANGUAGE_WORDS = (
    QT_TRANSLATE_NOOP("Headlines", "{n} language"),
    QT_TRANSLATE_NOOP("Headlines", "{n} languages"),
)
TIMES = (QT_TRANSLATE_NOOP("Headlines", "once"), QT_TRANSLATE_NOOP("Headlines", "{n} times"))
EDITORS = (
    QT_TRANSLATE_NOOP("Headlines", "{n} volunteer"),
    QT_TRANSLATE_NOOP("Headlines", "{n} volunteers"),
)
EDITS = (QT_TRANSLATE_NOOP("Headlines", "{n} edit"), QT_TRANSLATE_NOOP("Headlines", "{n} edits"))
CHANGES = (
    QT_TRANSLATE_NOOP("Headlines", "{n} change"),
    QT_TRANSLATE_NOOP("Headlines", "{n} changes"),
)


@dataclass(frozen=True)
class Counted:
    """A count said with its noun: "1 wiki", "3 wikis"."""

    count: int
    said: str  # the count as the figures write it: "12,400"
    forms: tuple[str, str]  # singular, plural templates

    def text(self, translate: Callable[[str], str]) -> str:
        one, many = self.forms
        return counted(self.count, translate(one), translate(many), said=self.said)


Values = dict[str, "str | Counted"]


def headlines(impact: Impact) -> list[tuple[str, Values]]:
    """Three to six sentences: (template, its values), for the report and the window."""
    figure = {f.name: f for f in impact.figures}

    def counted(name: str, forms: tuple[str, str]) -> Counted:
        return Counted(int(figure[name].value or 0), figure[name].said(), forms)

    files = counted("files", FILES)
    one = files.count == 1
    if not figure["pages"].value:
        found: list[tuple[str, Values]] = [(UNUSED_ONE if one else UNUSED, {"files": files})]
    else:
        articles, languages = figure["articles"], counted("languages", LANGUAGE_WORDS)
        if not articles.value:
            about_articles: tuple[str, Values] = (NO_ARTICLE, {})
        elif articles.value == 1:
            about_articles = (LANGUAGES_ONE if languages.count else ARTICLES_ONE,
                              {"languages": languages})  # fmt: skip
        else:
            about_articles = (LANGUAGES if languages.count else ARTICLES,
                              {"articles": articles.said(), "languages": languages})  # fmt: skip
        used = figure["files used"]
        found = [
            (
                SHOWN_ONE if one else SHOWN,
                {
                    "files": files,
                    "pages": counted("pages", PAGES),
                    "wikis": counted("wikis", WIKIS),
                },
            ),
            about_articles,
        ]
        if not one:
            share = figure["share of files used"].said()
            found.append(
                (SHARE_ONE, {"share": share})
                if used.value == 1
                else (SHARE, {"used": used.said(), "share": share})
            )
        if items := figure["Wikidata items"].value:
            found.append((ITEMS_ONE, {}) if items == 1 else (ITEMS, {"items": f"{items:,}"}))
    if "editors" in figure and figure["editors"].value:
        found.append(
            (COMMUNITY, {"editors": counted("editors", EDITORS),
                         "edits": counted("edits by others", EDITS),
                         "changes": counted("changes by others", CHANGES)})
        )  # fmt: skip
    views = figure["page-context views"]
    if views.value is None:
        found.append((NOT_COUNTED, {}))
    elif impact.first > impact.last:
        found.append((NO_MONTH, {}))
    elif figure["pages"].value:
        found.append(
            (READ, {"views": counted("page-context views", TIMES), "first": str(impact.first),
                    "last": str(impact.last)})
        )  # fmt: skip
        found.append((REQUESTED, {"requests": counted("media requests", TIMES)}))
    return found


def filled(template: str, values: Values, translate: Callable[[str], str] = str) -> str:
    """A headline in words: ``translate`` gives the window's language (English as it is)."""
    return translate(template).format(
        **{k: v.text(translate) if isinstance(v, Counted) else v for k, v in values.items()}
    )


def said(impact: Impact) -> list[str]:
    """The sentences in English, for the reports."""
    return [filled(template, values) for template, values in headlines(impact)]
