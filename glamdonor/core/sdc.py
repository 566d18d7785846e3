"""Structured data on Commons: captions and statements as the JSON ``wbeditentity`` takes.

Written as strings from validated parts (Wikidata ids checked against Q\\d+, text through
``json.dumps``) rather than dictionaries, which keeps 100,000 rows within the speed goal.
Properties: P180 depicts, P170 creator (or unknown with P2093 author name string), P571
inception, P6216 copyright status, P275 license, P195 collection, P217 inventory number,
P7482 source of file, P6243 digital representation of (the artwork's item), P1259 coordinates
of the point of view, P973 described at URL.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # json.dumps of a str, without its overhead

from glamdonor.core.dates import CommonsDate, time_value, wikidata_time
from glamdonor.core.licenses import License

CAPTION_LIMIT = 250  # characters MediaInfo allows in a caption
CIRCA = "Q5727902"
FILE_AVAILABLE_ON_THE_INTERNET = "Q74228490"


def item(qid: str) -> str:
    return f'{{"type":"wikibase-entityid","value":{{"entity-type":"item","id":"{qid}"}}}}'


def string(text: str) -> str:
    return f'{{"type":"string","value":{encode_basestring(text)}}}'


def time(value: dict) -> str:
    return f'{{"type":"time","value":{json.dumps(value, separators=(",", ":"))}}}'


def quantity(amount: float) -> str:
    number = f"{amount:+f}".rstrip("0").rstrip(".")
    return f'{{"type":"quantity","value":{{"amount":"{number}","unit":"1"}}}}'


def globe_coordinate(latitude: float, longitude: float) -> str:
    value = {
        "latitude": latitude,
        "longitude": longitude,
        "altitude": None,
        "precision": 0.000001,
        "globe": "http://www.wikidata.org/entity/Q2",
    }
    return f'{{"type":"globecoordinate","value":{json.dumps(value, separators=(",", ":"))}}}'


def snak(prop: str, datavalue: str | None) -> str:
    if datavalue is None:
        return f'{{"snaktype":"somevalue","property":"{prop}"}}'
    return f'{{"snaktype":"value","property":"{prop}","datavalue":{datavalue}}}'


def statement(
    prop: str, datavalue: str | None, qualifiers: dict[str, list[str]] | None = None
) -> str:
    text = f'{{"mainsnak":{snak(prop, datavalue)},"type":"statement","rank":"normal"'
    if qualifiers:
        parts = ",".join(f'"{p}":[{",".join(snaks)}]' for p, snaks in qualifiers.items())
        order = ",".join(f'"{p}"' for p in qualifiers)
        text += f',"qualifiers":{{{parts}}},"qualifiers-order":[{order}]'
    return text + "}"


def labels(captions: dict[str, str]) -> str:
    """The inside of ``"labels":{...}``: one caption per language."""
    return ",".join(
        f'"{lang}":{{"language":"{lang}","value":{encode_basestring(text)}}}'
        for lang, text in captions.items()
    )


def entity(captions: dict[str, str], statements: list[str]) -> str:
    return f'{{"labels":{{{labels(captions)}}},"claims":[{",".join(statements)}]}}'


def caption(text: str) -> str:
    """A caption is plain text on one line, at most 250 characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= CAPTION_LIMIT else flat[: CAPTION_LIMIT - 1].rstrip() + "…"


def inception(date: CommonsDate) -> str:
    value = wikidata_time(date)
    if value is not None:
        qualifiers = {"P1480": [snak("P1480", item(CIRCA))]} if date.kind == "circa" else None
        return statement("P571", time(value), qualifiers)
    earliest = snak("P1319", time(time_value(date.year, 0, 0, 9)))
    latest = snak("P1326", time(time_value(date.end_year or date.year, 0, 0, 9)))
    qualifiers: dict[str, list[str]] = {}
    if date.kind == "circa":
        qualifiers["P1480"] = [snak("P1480", item(CIRCA))]
    if date.kind in ("between", "circa", "after"):
        qualifiers["P1319"] = [earliest]
    if date.kind in ("between", "circa", "before"):
        qualifiers["P1326"] = [latest]
    return statement("P571", None, qualifiers) if qualifiers else ""


def copyright_statements(license: License) -> list[str]:
    qualifiers = {}
    if license.determination:
        qualifiers["P459"] = [snak("P459", item(license.determination))]
    if license.jurisdiction:
        qualifiers["P1001"] = [snak("P1001", item(license.jurisdiction))]
    found = [statement("P6216", item(license.copyright_status), qualifiers or None)]
    if license.license:
        found.append(statement("P275", item(license.license)))
    return found


def creator(qid: str, name: str) -> str:
    if qid:
        return statement("P170", item(qid))
    return statement("P170", None, {"P2093": [snak("P2093", string(name))]})


def collection(institution: str, inventory_number: str) -> str:
    qualifiers = {"P217": [snak("P217", string(inventory_number))]} if inventory_number else None
    return statement("P195", item(institution), qualifiers)


def inventory(number: str, institution: str) -> str:
    qualifiers = {"P195": [snak("P195", item(institution))]} if institution else None
    return statement("P217", string(number), qualifiers)


def source_of_file(institution: str) -> str:
    qualifiers = {"P137": [snak("P137", item(institution))]} if institution else None
    return statement("P7482", item(FILE_AVAILABLE_ON_THE_INTERNET), qualifiers)
