"""How a report says its words: as written (English), or in the window's language when the
window writes it. Each word is looked up in the context it was marked in: ``Headlines`` (the
first sentences), ``Figures`` (the definitions), ``ImpactPage`` (the figures' names, the
tables' titles and headings) and ``Report`` (the rest of the report's own words)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from glamdonor.core.words import QT_TRANSLATE_NOOP

Translate = Callable[[str, str], str]  # (context, English) -> the words to write


def _as_written(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Words:
    translate: Translate = _as_written
    language: str = "en"  # for the HTML's lang
    right_to_left: bool = False  # Arabic, Hebrew, Persian...

    def headline(self, text: str) -> str:
        return self.translate("Headlines", text)

    def figures(self, text: str) -> str:
        return self.translate("Figures", text)

    def name(self, text: str) -> str:
        return self.translate("ImpactPage", text)

    def report(self, text: str) -> str:
        return self.translate("Report", text)

    def wiki(self, text: str) -> str:
        """A named wiki's words ("Wikimedia Commons", marked in core/wikis.py)."""
        return self.translate("", text)


ENGLISH = Words()

TITLE = QT_TRANSLATE_NOOP("Report", "Impact of {title}")
HEADING = QT_TRANSLATE_NOOP(
    "Report", "Impact of {title} on {wiki}: snapshot of {date}, months {first} to {last}"
)
HEADING_NO_MONTH = QT_TRANSLATE_NOOP(
    "Report",
    "Impact of {title} on {wiki}: snapshot of {date}, no month complete since the first "
    "upload ({first})",
)
METHODS_TITLE = QT_TRANSLATE_NOOP("Report", "Methods")
NONE = QT_TRANSLATE_NOOP("Report", "none")
MORE_ROWS = QT_TRANSLATE_NOOP("Report", "… and {rows} more rows (in the XLSX report).")
MONTHLY = QT_TRANSLATE_NOOP("Report", "Page-context views and media requests per month")
LANGUAGES = QT_TRANSLATE_NOOP("Report", "Languages reached (pages showing the files)")
SOME_LANGUAGES = QT_TRANSLATE_NOOP(
    "Report",
    "Languages reached (pages showing the files): the {shown} with the most pages, of {reached}",
)
CURVES = QT_TRANSLATE_NOOP("Report", "Share of files in use after 30, 90 and 365 days")
PAGES = QT_TRANSLATE_NOOP("Report", "pages")
IN_USE = QT_TRANSLATE_NOOP("Report", "% of files in use")
AFTER = QT_TRANSLATE_NOOP("Report", "after {days} days\n({files} files)")
NO_VIEWS = QT_TRANSLATE_NOOP("Report", "no views or requests counted in these months")
NO_LANGUAGE = QT_TRANSLATE_NOOP("Report", "no page in a language wiki shows these files yet")
TOP_PAGES = QT_TRANSLATE_NOOP(
    "Report", "The {shown} most viewed of the {total} pages that show the files."
)
TOP_FILES = QT_TRANSLATE_NOOP(
    "Report", "The {shown} most viewed of the {total} files shown on a page."
)
