"""Each row's structured data (``sdc.py`` writes the JSON), from the mapping's
[structured_data] sources, its licenses and the partner profile.

Built a column of statements at a time, with repeated values (dates, licenses, creators)
written once, then joined row by row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from json.encoder import encode_basestring
from typing import overload

from glamdonor.core import sdc
from glamdonor.core.catalog import Catalog
from glamdonor.core.dates import parse_date, wikidata_time
from glamdonor.core.filling import form
from glamdonor.core.licenses import known_license
from glamdonor.core.mapping import Mapping, Statement
from glamdonor.core.partner import QID, Partner
from glamdonor.core.problems import Problem, problem

Problems = dict[int, list[Problem]]


def structured_data(
    catalog: Catalog,
    mapping: Mapping,
    partner: Partner,
    licenses: list[list[str]],
    extra: dict[str, str],
    problems: Problems,
) -> Documents:
    spec = mapping.structured
    n = len(catalog)

    def texts(key: str) -> list[str]:
        sources = spec.get(key)
        return sources[0].texts(catalog, extra) if sources else [""] * n

    # Each cell ends in a comma where it says anything: the holdings, which always say
    # something (the source of file), come last without one.
    def column(key: str) -> str | None:
        return spec[key][0].column

    artworks = _artworks(texts("artwork"), column("artwork"), problems) if "artwork" in spec else []
    creators = (
        _creators(spec, texts, problems) if "creator" in spec or "creator_name" in spec else []
    )
    inception = _cached(texts("inception"), _inception) if "inception" in spec else []
    for index, said in enumerate(artworks):  # the artwork's creator and date are its item's
        if said:
            for column in (creators, inception):
                if column:
                    column[index] = ""
    columns = [
        artworks,
        _depicts(catalog, mapping, extra, problems),
        creators,
        inception,
        _points_of_view(texts("point_of_view"), column("point_of_view"), problems)
        if "point_of_view" in spec
        else [],
        _addresses(texts("described_at"), column("described_at"), problems)
        if "described_at" in spec
        else [],
        *(_added(catalog, statement, extra, problems) for statement in mapping.statements),
        _cached([tuple(names) for names in licenses], _copyright),
    ]
    return Documents(
        _captions(catalog, mapping, extra),
        [column for column in columns if column],
        [number.strip() for number in texts("inventory_number")],
        partner.wikidata,
    )


class Documents(Sequence[str]):
    """Each row's wbeditentity JSON, kept as its parts until an item is taken.

    The parts are JSON already written: statements mostly shared between rows (a date, a
    license, a creator), and per row only the caption and the inventory number, with the
    statements around the number written once. Joining them for every row at once would only
    fill memory with 100,000 copies of the same text.
    """

    def __init__(
        self, labels: list[str], columns: list[list[str]], numbers: list[str], institution: str
    ) -> None:
        self._labels, self._columns, self._numbers = labels, columns, numbers
        head = '{{"labels":{{{}}},"claims":[' + "{}" * len(columns)
        marker = "\ue000"  # where the inventory number goes
        numbered = [sdc.collection(institution, marker)] if institution else []
        numbered.append(sdc.inventory(marker, institution))
        plain = [sdc.collection(institution, "")] if institution else []
        source = sdc.source_of_file(institution)
        holdings = _braces(",".join([*numbered, source])).replace(f'"{marker}"', "{number}")
        self._with_number = form(head + holdings + "]}}")
        self._number_fields = holdings.count("{number}")  # a collection's and an inventory's
        self._without_number = form(head + _braces(",".join([*plain, source])) + "]}}")

    def __len__(self) -> int:
        return len(self._labels)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> list[str]: ...
    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        parts = [column[index] for column in self._columns]
        return self._document(self._labels[index], self._numbers[index], parts)

    def __iter__(self) -> Iterator[str]:  # each row in turn, without an index a part
        if not any(self._numbers):  # one pattern for every row: filled in C
            return map(self._without_number.__mod__, zip(self._labels, *self._columns, strict=True))
        if all(self._numbers):  # every row numbered: the other pattern, filled in C too
            quoted = list(map(encode_basestring, self._numbers))
            numbers = [quoted] * self._number_fields
            rows = zip(self._labels, *self._columns, *numbers, strict=True)
            return map(self._with_number.__mod__, rows)
        rows = zip(self._labels, *self._columns, strict=True)
        numbered = zip(rows, self._numbers, strict=True)
        return (self._document(row[0], number, row[1:]) for row, number in numbered)

    def _document(self, label: str, number: str, parts: Sequence[str]) -> str:
        if number:
            numbers = (encode_basestring(number),) * self._number_fields
            return self._with_number % (label, *parts, *numbers)
        return self._without_number % (label, *parts)


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def _cached(values: list, make: object) -> list[str]:
    """``make`` of each value, made once for each distinct value."""
    made = {value: make(value) for value in dict.fromkeys(values)}
    return [made[value] for value in values]


def _with_comma(statements: str) -> str:
    return f"{statements}," if statements else ""


def _inception(text: str) -> str:
    date = parse_date(text) if text.strip() else None
    return _with_comma(sdc.inception(date) if date and date.kind != "unknown" else "")


def _copyright(names: tuple[str, ...]) -> str:
    known = next((k for k in map(known_license, names) if k), None)
    return _with_comma(",".join(sdc.copyright_statements(known)) if known else "")


def _depicts(catalog: Catalog, mapping: Mapping, extra: dict, problems: Problems) -> list[str]:
    sources = mapping.structured.get("depicts", [])
    if not sources:
        return []
    rows: list[list[str]] = [[] for _ in range(len(catalog))]
    made: dict[str, str] = {}
    for source in sources:
        for index, ids in enumerate(source.lists(catalog, extra)):
            for qid in ids:
                if qid in made:
                    rows[index].append(made[qid])
                elif QID.fullmatch(qid.strip()):
                    made[qid] = sdc.statement("P180", sdc.item(qid.strip()))
                    rows[index].append(made[qid])
                elif qid.strip():
                    _bad_id(problems, index, qid.strip(), "depicts", source.column)
    return [_with_comma(",".join(statements)) for statements in rows]


def _creators(spec: dict, texts: object, problems: Problems) -> list[str]:
    where = spec["creator"][0].column if "creator" in spec else None
    pairs = list(zip(texts("creator"), texts("creator_name"), strict=True))
    made: dict[tuple[str, str], tuple[str, str]] = {}  # as written -> statement, id refused
    for written in dict.fromkeys(pairs):  # each artist once, however many rows are theirs
        qid, name = written[0].strip(), written[1].strip()
        refused = qid if qid and not QID.fullmatch(qid) else ""
        qid = "" if refused else qid
        made[written] = (_with_comma(sdc.creator(qid, name) if qid or name else ""), refused)
    if any(refused for _, refused in made.values()):
        for index, written in enumerate(pairs):
            if refused := made[written][1]:
                _bad_id(problems, index, refused, "creator", where)
    return [made[written][0] for written in pairs]


def _statements(
    values: list[str],
    prop: str,
    datavalue_of: Callable[[str], str | None],
    invalid: Callable[[str], Problem],
    problems: Problems,
) -> list[str]:
    """A statement of ``prop`` for each row whose value ``datavalue_of`` takes (each distinct
    value made once); a value it refuses is left out, with the problem ``invalid`` gives."""
    stripped = list(map(str.strip, values))
    made: dict[str, str | None] = {}
    for value in dict.fromkeys(stripped):
        datavalue = datavalue_of(value) if value else None
        made[value] = _with_comma(sdc.statement(prop, datavalue)) if datavalue else None
    if any(value and said is None for value, said in made.items()):
        for index, value in enumerate(stripped):
            if value and made[value] is None:
                problems[index].append(invalid(value))
    return [made[value] or "" for value in stripped]


def _artworks(values: list[str], column: str | None, problems: Problems) -> list[str]:
    """P6243 with each row's artwork item, where the row gives one."""
    return _statements(
        values,
        "P6243",
        partial(_datavalue, "item"),
        lambda value: problem("wikidata-id-invalid", column, value=value, statement="artwork"),
        problems,
    )


def _points_of_view(values: list[str], column: str | None, problems: Problems) -> list[str]:
    """P1259 from "latitude, longitude" (what EXIF's GPS position gives)."""
    return _statements(
        values,
        "P1259",
        lambda text: sdc.globe_coordinate(*found) if (found := _position(text)) else None,
        lambda value: problem("coordinates-invalid", column, value=value),
        problems,
    )


def _position(text: str) -> tuple[float, float] | None:
    parts = text.replace(";", ",").split(",")
    if len(parts) != 2:
        return None
    try:
        latitude, longitude = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    return latitude, longitude


def _addresses(values: list[str], column: str | None, problems: Problems) -> list[str]:
    """P973 with each row's web address, where it is one."""
    return _statements(
        values,
        "P973",
        partial(_datavalue, "url"),
        lambda value: problem("url-invalid", column, value=value),
        problems,
    )


def _added(
    catalog: Catalog, statement: Statement, extra: dict[str, str], problems: Problems
) -> list[str]:
    """A statement of [[structured_data.statements]] for each row with a value of its type."""
    return _statements(
        statement.source.texts(catalog, extra),
        statement.property,
        partial(_datavalue, statement.type),
        lambda value: problem(
            "statement-value-invalid",
            statement.source.column,
            value=value,
            property=statement.property,
            type=statement.type,
        ),
        problems,
    )


def _datavalue(kind: str, value: str) -> str | None:
    """The Wikibase datavalue of ``value`` as a value of ``kind``; None if it is none."""
    if kind == "item":
        return sdc.item(value) if QID.fullmatch(value) else None
    if kind == "url":
        return sdc.string(value) if re.fullmatch(r"https?://\S+", value) else None
    if kind in ("string", "external-id"):
        return sdc.string(value)
    if kind == "quantity":
        try:
            amount = float(value.replace(",", "."))
        except ValueError:
            return None
        return sdc.quantity(amount)
    date = parse_date(value)  # "time"
    found = wikidata_time(date) if date is not None else None
    return sdc.time(found) if found is not None else None


def _captions(catalog: Catalog, mapping: Mapping, extra: dict[str, str]) -> list[str]:
    sources = mapping.structured.get("captions", [])
    if not sources:
        return [""] * len(catalog)
    if len(sources) == 1:  # the usual case, without a dictionary per row
        language = sources[0].language or mapping.language
        head = f'"{language}":{{"language":"{language}","value":'
        return [
            f"{head}{encode_basestring(sdc.caption(text))}}}" if text.strip() else ""
            for text in sources[0].texts(catalog, extra)
        ]
    labels: list[dict[str, str]] = [{} for _ in range(len(catalog))]
    for source in sources:
        language = source.language or mapping.language
        for index, text in enumerate(source.texts(catalog, extra)):
            if text.strip() and language not in labels[index]:
                labels[index][language] = sdc.caption(text)
    return [sdc.labels(row) for row in labels]


def _bad_id(problems: Problems, index: int, value: str, what: str, column: str | None) -> None:
    problems[index].append(problem("wikidata-id-invalid", column, value=value, statement=what))
