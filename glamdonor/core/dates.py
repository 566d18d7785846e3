"""Catalog dates, as museums write them, turned into Commons' forms and Wikidata times.

"1898", "01/05/1898", "May 1898", "c. 1905", "vers 1905", "1910-1912", "1890s", "before 1900"
and their French, German, Spanish and Dutch wordings become ISO 8601 (``1898-05-01``) or
``{{other date|circa|1905}}``, ``{{other date|between|1910|1912}}``...
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier janv januar jänner enero ene januari",
            "february feb février févr fevrier februar febrero febr februari",
            "march mar mars märz maerz marzo mrt maart",
            "april apr avril abril",
            "may mai mayo mei",
            "june jun juin juni junio",
            "july jul juillet juil juli julio",
            "august aug août aout agosto ago augustus",
            "september sep sept septembre septiembre setiembre",
            "october oct octobre oktober okt octubre",
            "november nov novembre noviembre",
            "december dec décembre decembre dezember dez diciembre dic",
        ),
        start=1,
    )
    for name in names.split()
}
_CIRCA = (
    r"(?:c\.?|ca\.?|circa|approx\.?|about|around|~|vers|environ|env\.|um|etwa|hacia|h\.|"
    r"omstreeks|rond|ongeveer)"
)
_BEFORE = r"(?:before|avant|vor|antes de|voor)"
_AFTER = r"(?:after|après|apres|nach|después de|despues de|na)"
_UNKNOWN = {
    "unknown",
    "undated",
    "n.d.",
    "nd",
    "s.d.",
    "sd",
    "o.j.",
    "inconnu",
    "unbekannt",
    "desconocido",
    "onbekend",
    "sans date",
    "ohne jahr",
    "sin fecha",
    "z.j.",
    "?",
}
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?)?)?")
_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_YMD = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_WORDY = re.compile(r"(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})")
_RANGE = re.compile(
    r"(?:between\s+|entre\s+|zwischen\s+|tussen\s+)?(\d{4})\s*"
    r"(?:-|–|—|/|to|until|and|et|und|y|en|à|a|bis|tot)\s*(\d{2,4})"
)
_DECADE = re.compile(
    r"(?:the\s+)?(\d{3})0\s*'?s|(?:les\s+)?années\s+(\d{3})0|(\d{3})0er(?: jahre)?|"
    r"jaren\s+(\d{3})0|década de\s+(\d{3})0|años\s+(\d{3})0"
)
_CENTURY = re.compile(
    r"(\d{1,2})(?:st|nd|rd|th|e|ème|eme|\.)\s+(?:century|siècle|siecle|jahrhundert|eeuw|siglo)"
)


@dataclass(frozen=True)
class CommonsDate:
    kind: str  # exact, circa, between, before, after, decade, century, unknown
    year: int = 0
    month: int = 0  # 0: not given
    day: int = 0
    end_year: int = 0  # for "between"

    def wikitext(self) -> str:
        if self.kind == "exact":
            return self.iso()
        if self.kind == "unknown":
            return "{{Unknown|date}}"
        if self.end_year:  # between, or circa between
            return f"{{{{other date|{self.kind}|{self.year}|{self.end_year}}}}}"
        if self.kind == "century":
            return f"{{{{other date|century|{self.year}}}}}"
        return f"{{{{other date|{self.kind}|{self.iso()}}}}}"

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text


def parse_date(text: str, *, day_first: bool = True) -> CommonsDate | None:
    """The date ``text`` means, or None when it cannot be read with confidence."""
    value = " ".join(text.strip().lower().split()).rstrip(".")
    if not value:
        return None
    if value in _UNKNOWN or f"{value}." in _UNKNOWN:
        return CommonsDate("unknown")
    for kind, words in (("circa", _CIRCA), ("before", _BEFORE), ("after", _AFTER)):
        match = re.fullmatch(rf"{words}(?:\s+|(?<=[.~])|(?=\d))(.+)", value)
        if match:
            inner = _exact(match.group(1), day_first)
            if inner is None and kind == "circa" and (ranged := _range(match.group(1))):
                return CommonsDate("circa", ranged.year, end_year=ranged.end_year)
            return CommonsDate(kind, inner.year, inner.month, inner.day) if inner else None
    if match := _DECADE.fullmatch(value):
        digits = next(group for group in match.groups() if group)
        return CommonsDate("decade", int(digits) * 10)
    if match := _CENTURY.fullmatch(value):
        return CommonsDate("century", int(match.group(1)))
    return _exact(value, day_first) or _range(value)


def _range(value: str) -> CommonsDate | None:
    match = _RANGE.fullmatch(value)
    if not match:
        return None
    start, end = match.group(1), match.group(2)
    end = start[: 4 - len(end)] + end  # 1910-12 is 1910 to 1912
    if int(end) <= int(start):
        return None
    return CommonsDate("between", int(start), end_year=int(end))


def _exact(value: str, day_first: bool) -> CommonsDate | None:
    year = month = day = 0
    if match := _ISO.fullmatch(value):
        year, month, day = (int(group or 0) for group in match.groups())
    elif match := _YMD.fullmatch(value):
        year, month, day = (int(group) for group in match.groups())
    elif match := _NUMERIC.fullmatch(value):
        first, second, year = (int(group) for group in match.groups())
        day, month = (first, second) if day_first else (second, first)
    elif match := _WORDY.fullmatch(value):
        day_before, name, day_after, year_text = match.groups()
        month = MONTHS.get(name, 0)
        if not month:
            return None
        day, year = int(day_before or day_after or 0), int(year_text)
    else:
        return None
    return _valid(year, month, day)


def _valid(year: int, month: int, day: int) -> CommonsDate | None:
    if not 1 <= year <= datetime.date.today().year + 1:
        return None
    if month and not 1 <= month <= 12:
        return None
    if day:
        try:
            datetime.date(year, month, day)
        except ValueError:
            return None
    return CommonsDate("exact", year, month, day)


def wikidata_time(date: CommonsDate) -> dict | None:
    """The Wikidata ``time`` value of a date (for P571), or None where none fits."""
    if date.kind in ("exact", "circa") and not date.end_year:
        precision = 11 if date.day else 10 if date.month else 9
        return time_value(date.year, date.month, date.day, precision)
    if date.kind == "decade":
        return time_value(date.year, 0, 0, 8)
    if date.kind == "century":
        return time_value(date.year * 100, 0, 0, 7)
    return None


def time_value(year: int, month: int, day: int, precision: int) -> dict:
    return {
        "time": f"+{year:04d}-{month:02d}-{day:02d}T00:00:00Z",
        "timezone": 0,
        "before": 0,
        "after": 0,
        "precision": precision,
        "calendarmodel": "http://www.wikidata.org/entity/Q1985727",
    }
