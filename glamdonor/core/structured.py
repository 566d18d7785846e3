"""Each row's structured data (``sdc.py`` writes the JSON), from the mapping's
[structured_data] sources, its licenses and the partner profile."""

from __future__ import annotations

from glamdonor.core import sdc
from glamdonor.core.catalog import Catalog
from glamdonor.core.dates import parse_date
from glamdonor.core.item import Problem, Severity
from glamdonor.core.licenses import known_license
from glamdonor.core.mapping import Mapping
from glamdonor.core.partner import QID, Partner

Problems = dict[int, list[Problem]]


def structured_data(
    catalog: Catalog,
    mapping: Mapping,
    partner: Partner,
    licenses: list[list[str]],
    extra: dict[str, str],
    problems: Problems,
) -> list[str]:
    n = len(catalog)
    spec = mapping.structured
    statements: list[list[str]] = [[] for _ in range(n)]

    def column(key: str) -> list[str]:
        sources = spec.get(key)
        return sources[0].texts(catalog, extra) if sources else [""] * n

    for source in spec.get("depicts", []):
        where = source.column
        values = (
            source.lists(catalog, extra)
            if source.split
            else [[v] for v in source.texts(catalog, extra)]
        )
        for index, ids in enumerate(values):
            for qid in ids:
                qid = qid.strip()
                if QID.fullmatch(qid):
                    statements[index].append(sdc.statement("P180", sdc.item(qid)))
                elif qid:
                    _bad_id(problems, index, qid, "depicts", where)
    if "creator" in spec or "creator_name" in spec:
        where = spec["creator"][0].column if "creator" in spec else None
        for index, (qid, name) in enumerate(
            zip(column("creator"), column("creator_name"), strict=True)
        ):
            qid = qid.strip()
            if qid and not QID.fullmatch(qid):
                _bad_id(problems, index, qid, "creator", where)
                qid = ""
            if qid or name.strip():
                statements[index].append(sdc.creator(qid, name.strip()))
    if "inception" in spec:
        cache: dict[str, str] = {}
        for index, text in enumerate(column("inception")):
            if text not in cache:
                date = parse_date(text) if text.strip() else None
                cache[text] = sdc.inception(date) if date and date.kind != "unknown" else ""
            if cache[text]:
                statements[index].append(cache[text])
    license_cache: dict[tuple[str, ...], list[str]] = {}
    for index, names in enumerate(licenses):
        key = tuple(names)
        if key not in license_cache:
            known = next((k for k in map(known_license, names) if k), None)
            license_cache[key] = sdc.copyright_statements(known) if known else []
        statements[index] += license_cache[key]
    institution = partner.wikidata
    numbers = column("inventory_number")
    fixed_source = sdc.source_of_file(institution)
    for index, number in enumerate(numbers):
        number = number.strip()
        if institution:
            statements[index].append(sdc.collection(institution, number))
        if number:
            statements[index].append(sdc.inventory(number, institution))
        statements[index].append(fixed_source)
    captions = _captions(catalog, mapping, extra)
    return [sdc.entity(captions[index], statements[index]) for index in range(n)]


def _captions(catalog: Catalog, mapping: Mapping, extra: dict[str, str]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = [{} for _ in range(len(catalog))]
    for source in mapping.structured.get("captions", []):
        language = source.language or mapping.language
        for index, text in enumerate(source.texts(catalog, extra)):
            if text.strip() and language not in out[index]:
                out[index][language] = sdc.caption(text)
    return out


def _bad_id(problems: Problems, index: int, value: str, what: str, column: str | None) -> None:
    problems[index].append(
        Problem(
            "wikidata-id-invalid",
            f"“{value}” is not a Wikidata id, so “{what}” gets no statement from it.",
            "Write Wikidata item ids such as Q42, separated as the mapping says.",
            Severity.WARNING,
            column,
        )
    )
