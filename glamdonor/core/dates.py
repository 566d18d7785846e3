"""Catalog dates, as museums write them, turned into Commons' forms and Wikidata times.

In English, French, Spanish, German and Dutch: "1898", "01/05/1898", "May 1898", "c. 1905",
"vers 1905", "1910-1912" and "1670-1" (a range whose end keeps only its last digits),
"1839 or 1840", "1833 and 1836", "before 1900", "1850s", "c. 1850s", "19th century",
"XIXe siècle", "siglo XIX", "19. Jahrhundert", "late 19th century", "500 BC", "?1822",
"[1900]" and "1900?" (uncertain: circa), "date not known", "exhibited 1827",
"1981, printed 1992", and EDTF ("1900~", "185X", "1850/1860", "-0500"). They become ISO 8601
(``1898-05-01``), ``{{other date|...}}``, ``{{complex date|...}}`` or ``{{Unknown|date}}``.
What cannot be read is None: the caller keeps the text as written, with a warning.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

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
    r"(?:c\.?|ca\.?|circa|approx\.?|approximately|about|around|~|vers|environ|env\.|um|etwa|"
    r"hacia|h\.|aprox\.?|omstreeks|rond|ongeveer|omstr\.)"
)
_BEFORE = r"(?:before|avant|vor|antes de|voor|not after)"
_AFTER = r"(?:after|après|apres|nach|después de|despues de|na|not before)"
_UNKNOWN = {
    "unknown", "undated", "n.d", "nd", "n. d", "s.d", "sd", "s. d", "s/f", "o.j", "o. j",
    "inconnu", "inconnue", "unbekannt", "desconocido", "desconocida", "onbekend", "sans date",
    "ohne jahr", "ohne datum", "undatiert", "sin fecha", "z.j", "z. j", "ongedateerd", "?",
    "date not known", "not known", "date unknown", "unknown date", "not dated", "no date",
    "date inconnue", "non daté", "non datée", "fecha desconocida", "datum unbekannt",
    "datum onbekend", "niet gedateerd", "year unknown", "année inconnue",
}  # fmt: skip
# Words that say what a date is the date of; kept beside it ("exhibited 1827").
QUALIFIERS = frozenset({
    "exhibited", "exposé", "exposée", "ausgestellt", "expuesto", "expuesta", "tentoongesteld",
    "printed", "imprimé", "imprimée", "gedruckt", "impreso", "impresa", "gedrukt", "reprinted",
    "cast", "fondu", "fondue", "gegossen", "fundido", "gegoten", "published", "publié", "publiée",
    "publiziert", "veröffentlicht", "erschienen", "publicado", "publicada", "gepubliceerd",
    "uitgegeven", "painted", "peint", "gemalt", "pintado", "geschilderd", "dated", "daté",
    "datée", "datiert", "fechado", "gedateerd", "signed", "signé", "signiert", "firmado",
    "gesigneerd", "executed", "designed", "made", "photographed", "taken", "built", "completed",
    "begun", "acquired", "restored",
})  # fmt: skip
_ADJECTIVES = {  # early, mid, late of a decade or century, as the five languages say them
    "early": "early", "early-": "early", "beginning of the": "early", "début du": "early",
    "début des": "early", "début": "early", "principios del": "early",
    "principios de": "early", "inicios del": "early", "comienzos del": "early",
    "anfang des": "early", "anfang": "early", "frühes": "early", "frühe": "early",
    "begin": "early", "begin van de": "early", "vroeg": "early", "vroege": "early",
    "mid": "mid", "mid-": "mid", "middle of the": "mid", "milieu du": "mid",
    "milieu des": "mid", "milieu": "mid", "mediados del": "mid", "mediados de": "mid",
    "mitte des": "mid", "mitte": "mid", "midden": "mid", "midden van de": "mid",
    "late": "late", "late-": "late", "end of the": "late", "fin du": "late", "fin des": "late",
    "fin": "late", "finales del": "late", "finales de": "late", "fines del": "late",
    "ende des": "late", "ende": "late", "spätes": "late", "späte": "late", "eind": "late",
    "eind van de": "late", "laat": "late", "late ": "late",
}  # fmt: skip
_BC = (
    r"(?:bc|b\.c\.?|bce|b\.c\.e\.?|av\.? j\.?-?c\.?|avant j\.?-?c\.?|a\.? ?c\.?|"
    r"v\.? ?chr\.?|vor christus|a\.? de c\.?|v\.?c\.?)"
)
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?)?)?")
_NUMERIC = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_YMD = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_WORDY = re.compile(
    r"(?:(\d{1,2})\.?\s+)?(?:de\s+)?([^\W\d_]+)\.?\s+(?:de\s+)?(?:(\d{1,2}),?\s+)?(\d{4})"
)
_YEAR = re.compile(r"\d{3,4}")
_JOINT = re.compile(
    r"\s*(–|-|/)\s*|\s+(to|until|till|à|a|al|hasta|bis|tot|or|ou|oder|o|of|and|et|und|y|en)\s+"
)
_BETWEEN = re.compile(r"(between|entre|zwischen|tussen)\s+(.+)")
_SEPARATORS = {
    **dict.fromkeys(("–", "-", "/", "to", "until", "till", "à", "a", "al", "hasta"), "between"),
    **dict.fromkeys(("bis", "tot"), "between"),
    **dict.fromkeys(("or", "ou", "oder", "o", "of"), "or"),
    **dict.fromkeys(("and", "et", "und", "y", "en"), "and"),
}
_DECADE = re.compile(
    r"(?:the\s+)?(\d{3})0\s*'?s|(?:les\s+)?années\s+(\d{3})0|(\d{3})0er(?:\s+jahre)?|"
    r"jaren\s+(\d{3})0|décadas?\s+de\s+(?:los\s+)?(\d{3})0|años\s+(\d{3})0|(\d{3})x"
)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_CENTURY = re.compile(
    r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|ème|eme|de|ste|\.)?\s*"
    r"(?:century|cent\.?|c\.?|siècle|siecle|s\.|jahrhunderts?|jh\.?|eeuw|e\.|siglo)"
    r"|(?:siglo|s\.)\s*([ivxl]+)|([ivxl]+)(?:e|ème|eme)?\s+(?:siècle|siecle|s\.)|(\d{2})xx"
)


@dataclass(frozen=True)
class CommonsDate:
    # exact, circa, before, after, between, or, and, decade, century, unknown, qualified
    kind: str
    year: int = 0  # negative: before Christ
    month: int = 0  # 0: not given
    day: int = 0
    end_year: int = 0  # of the second year in between, or, and (and a circa range)
    end: str = ""  # the second date in ISO form, where it has a month (or a day)
    adjective: str = ""  # of a decade or century: early, mid, late, circa
    words: str = ""  # qualified: what the date is of ("exhibited"); compound: the joint
    parts: tuple[CommonsDate, ...] = ()  # qualified: the date; compound: both

    def wikitext(self) -> str:
        if self.kind == "unknown":
            return "{{Unknown|date}}"
        if self.kind == "qualified":
            return f"{self.words} {self.parts[0].wikitext()}"
        if self.kind == "compound":
            return f"{self.parts[0].wikitext()}{self.words} {self.parts[1].wikitext()}"
        if self.kind in ("decade", "century"):
            return self._period()
        if self.year < 0:  # before Christ: Complex date takes the era
            conj = "" if self.kind == "exact" else f"|adj1={self.kind}"
            return f"{{{{complex date|date1={-self.year}|era1=BC{conj}}}}}"
        if self.kind == "exact":
            return self.iso()
        if self.end_year:  # between, or, and, or a circa range
            return f"{{{{other date|{self.kind}|{self.iso()}|{self.end or self.end_year}}}}}"
        return f"{{{{other date|{self.kind}|{self.iso()}}}}}"

    def _period(self) -> str:
        era = "|era1=BC" if self.year < 0 else ""
        if not self.adjective and not era:
            return f"{{{{other date|{self.kind}|{self.year}}}}}"
        adjective = f"|adj1={self.adjective}" if self.adjective else ""
        return f"{{{{complex date|date1={abs(self.year)}|precision1={self.kind}{adjective}{era}}}}}"

    def iso(self) -> str:
        text = f"{self.year:04d}" if self.year >= 1000 or self.month else str(self.year)
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text


def parse_date(text: str, *, day_first: bool = True) -> CommonsDate | None:
    """The date ``text`` means, or None when it cannot be read with confidence."""
    value = " ".join(text.strip().lower().replace("—", "–").split())
    value = value.rstrip(".") if not re.search(_BC + r"$", value) else value
    if not value:
        return None
    return _read(value, day_first, depth=0)


def _read(value: str, day_first: bool, depth: int) -> CommonsDate | None:
    value = value.strip().strip(",;").strip()
    if depth > 3 or not value:
        return None
    if value in _UNKNOWN or value.rstrip(".") in _UNKNOWN:
        return CommonsDate("unknown")
    if found := _qualified(value, day_first, depth):
        return found
    if found := _uncertain(value, day_first, depth):
        return found
    if found := _bc(value):
        return found
    for kind, words in (("circa", _CIRCA), ("before", _BEFORE), ("after", _AFTER)):
        match = re.fullmatch(rf"{words}(?:\s+|(?<=[.~])|(?=\d))(.+)", value)
        if match:
            return _around(kind, match.group(1), day_first, depth)
    if found := _period(value):
        return found
    return _exact(value, day_first) or _two(value, day_first, depth)


def _qualified(value: str, day_first: bool, depth: int) -> CommonsDate | None:
    """ "exhibited 1827", "1981, printed 1992": the words kept beside the date they qualify."""
    match = re.fullmatch(r"([^\W\d_]+)\s+(?:in\s+|en\s+|im\s+|in het\s+)?(.+)", value)
    if match and match.group(1) in QUALIFIERS:
        inner = _read(match.group(2), day_first, depth + 1)
        if inner is not None:
            return CommonsDate("qualified", words=match.group(1), parts=(inner,))
    match = re.fullmatch(r"(.+?)(,|;)\s*([^\W\d_]+\s+.+)", value)
    if match:
        first = _read(match.group(1), day_first, depth + 1)
        second = _qualified(match.group(3), day_first, depth + 1)
        if first is not None and second is not None:
            return CommonsDate("compound", words=match.group(2), parts=(first, second))
    return None


def _uncertain(value: str, day_first: bool, depth: int) -> CommonsDate | None:
    """ "?1822", "1822?", "[1822]", EDTF "1822~" and "1822%": uncertain, said as circa."""
    match = (
        re.fullmatch(r"\?\s*(.+)", value)
        or re.fullmatch(r"(.+?)\s*[?~%]", value)
        or re.fullmatch(r"\[(.+)\]", value)
    )
    if not match:
        return None
    inner = _read(match.group(1), day_first, depth + 1)
    if inner is None or inner.kind in ("unknown", "qualified", "compound"):
        return None
    if inner.kind in ("exact", "between"):
        return replace(inner, kind="circa")
    if inner.kind in ("decade", "century") and not inner.adjective:
        return replace(inner, adjective="circa")
    return inner  # already circa, before, after: as uncertain as it says


def _bc(value: str) -> CommonsDate | None:
    match = re.fullmatch(rf"(\d{{1,4}})\s*{_BC}", value) or re.fullmatch(r"-(\d{4})", value)
    return CommonsDate("exact", -int(match.group(1))) if match else None


def _around(kind: str, rest: str, day_first: bool, depth: int) -> CommonsDate | None:
    inner = _read(rest, day_first, depth + 1)
    if inner is None:
        return None
    if inner.kind == "exact" and inner.year > 0:
        return CommonsDate(kind, inner.year, inner.month, inner.day)
    if kind == "circa" and inner.kind == "between":
        return replace(inner, kind="circa")
    if inner.kind in ("decade", "century") and not inner.adjective and kind == "circa":
        return replace(inner, adjective="circa")
    if inner.kind == "exact" and inner.year < 0:
        return replace(inner, kind=kind)
    return None


def _period(value: str) -> CommonsDate | None:
    """A decade or a century, with early, mid or late, and before Christ."""
    adjective = ""
    for words in sorted(_ADJECTIVES, key=len, reverse=True):
        after = value[len(words) : len(words) + 1]
        if value.startswith(words) and (words.endswith("-") or after == " "):
            adjective, value = _ADJECTIVES[words], value[len(words) :].strip(" -")
            break
    era = 1
    if match := re.fullmatch(rf"(.+?)\s*{_BC}", value):
        era, value = -1, match.group(1)
    if match := _DECADE.fullmatch(value):
        digits = next(group for group in match.groups() if group)
        return CommonsDate("decade", era * int(digits) * 10, adjective=adjective)
    if match := _CENTURY.fullmatch(value):
        number, roman, roman_before, edtf = match.groups()
        if edtf:
            century = int(edtf) + 1
        elif roman or roman_before:
            century = _roman(roman or roman_before)
        else:
            century = int(number)
        if 1 <= century <= 21:
            return CommonsDate("century", era * century, adjective=adjective)
    return None


def _roman(text: str) -> int:
    total = 0
    for here, after in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN[here]
        total += -value if after and _ROMAN[after] > value else value
    return total


def _two(value: str, day_first: bool, depth: int) -> CommonsDate | None:
    """Two dates: "1910-1912", "1670-1" (the end's last digits), "between 1850 and 1860",
    "1839 or 1840", "1833 and 1836", EDTF "1850-05/1851-06"."""
    between = _BETWEEN.fullmatch(value)
    if between:
        value = between.group(2)
    for joint in _JOINT.finditer(value):
        word = joint.group(1) or joint.group(2)
        kind = "between" if between else _SEPARATORS[word]
        found = _pair(value[: joint.start()], value[joint.end() :], kind, day_first)
        if found is not None:
            return found
    return None


def _pair(start_text: str, end_text: str, kind: str, day_first: bool) -> CommonsDate | None:
    start = _exact(start_text, day_first)
    if start is None:
        return None
    if re.fullmatch(r"\d{1,4}", end_text) and not start.month:
        digits = str(start.year)
        kept = digits[: max(len(digits) - len(end_text), 0)]  # 1670-1 is 1670 to 1671
        end: CommonsDate | None = CommonsDate("exact", int(kept + end_text))
    else:
        end = _exact(end_text, day_first)
    if end is None or (end.year, end.month, end.day) <= (start.year, start.month, start.day):
        return None
    if start.month or end.month:  # dates with months: both kept as they are
        return CommonsDate(kind, start.year, start.month, start.day, end.year, end=end.iso())
    return CommonsDate(kind, start.year, end_year=end.year)


def _exact(value: str, day_first: bool) -> CommonsDate | None:
    year = month = day = 0
    if match := _ISO.fullmatch(value):
        year, month, day = (int(group or 0) for group in match.groups())
    elif _YEAR.fullmatch(value):
        year = int(value)
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
    if date.year < 0:
        return None
    if date.kind in ("exact", "circa") and not date.end_year:
        precision = 11 if date.day else 10 if date.month else 9
        return time_value(date.year, date.month, date.day, precision)
    if date.kind == "decade" and date.adjective in ("", "circa"):
        return time_value(date.year, 0, 0, 8)
    if date.kind == "century" and date.adjective in ("", "circa"):
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
