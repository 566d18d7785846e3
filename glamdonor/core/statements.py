"""A correction of a file's structured data (captions and statements, Commons' MediaInfo)
without touching what others wrote: the wbeditentity change from the data glamdonor last
wrote (``written``), the entity as it is now (``current``, as wbgetentities gives it) and the
data rendered again from the corrected catalog (``new``).

A statement is glamdonor's when the entity still holds one of the same property and value as
one glamdonor wrote. The catalog's dropped or changed values are removed where they are still
glamdonor's; its new values are added unless the entity has them already; statements others
added, or whose value others changed, are never removed. A caption takes the catalog's new
text where it is still the one glamdonor wrote (or there is none); a caption others changed
keeps their text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class DataChange:
    data: dict  # for wbeditentity: {"labels": {...}, "claims": [...]}
    changed: tuple[str, ...]  # "captions", "P571", ...

    @property
    def edits(self) -> bool:
        return bool(self.data.get("labels") or self.data.get("claims"))


def data_change(written: str, current: dict, new: str) -> DataChange:
    ours, theirs, wanted = _data(written), current, _data(new)
    ours_keys = {_key(c) for c in ours.get("claims", [])}
    now = {
        _key(claim): claim
        for claims in (theirs.get("statements") or {}).values()
        for claim in claims
    }
    wanted_claims = {_key(c): c for c in wanted.get("claims", [])}
    changed: list[str] = []
    claims: list[dict] = []
    for key in ours_keys - wanted_claims.keys():  # dropped or changed by the catalog
        if key in now and now[key].get("id"):
            claims.append({"id": now[key]["id"], "remove": ""})
            changed.append(key[0])
    for key, claim in wanted_claims.items():
        if key not in ours_keys and key not in now:
            claims.append(claim)
            changed.append(key[0])
    labels = _labels(ours.get("labels", {}), theirs.get("labels") or {}, wanted.get("labels", {}))
    if labels:
        changed.insert(0, "captions")
    data = {key: value for key, value in (("labels", labels), ("claims", claims)) if value}
    return DataChange(data, tuple(dict.fromkeys(changed)))


def _labels(ours: dict, theirs: dict, wanted: dict) -> dict:
    out = {}
    for language in dict.fromkeys([*ours, *wanted]):
        o, t, w = (_text(x.get(language)) for x in (ours, theirs, wanted))
        if w in (o, t) or t != o:  # unchanged, there already, or changed by others
            continue
        out[language] = {"language": language, "value": w} if w else {"language": language,
                                                                         "remove": ""}  # fmt: skip
    return out


def _text(label: dict | None) -> str:
    return (label or {}).get("value", "")


def _data(text: str) -> dict:
    try:
        found = json.loads(text) if text else {}
    except json.JSONDecodeError:
        return {}
    return found if isinstance(found, dict) else {}


def _key(claim: dict) -> tuple[str, str]:
    """A statement's property and value, as compared: the same value written twice is one."""
    snak = claim.get("mainsnak", {})
    value = json.dumps(snak.get("datavalue", {}).get("value"), sort_keys=True)
    return snak.get("property", ""), f"{snak.get('snaktype', 'value')}:{value}"


@dataclass(frozen=True)
class OthersData:
    """What others changed in a file's structured data since glamdonor wrote it."""

    added: list[tuple[str, str]]  # (property, value as text: "Q1144593", "+1901-00-00...")
    removed: list[tuple[str, str]]  # glamdonor's statements others took away
    captions: list[tuple[str, str]]  # (language, text) of captions in new languages


def others_data(written: str, current: dict) -> OthersData:
    ours = _data(written)
    ours_claims = {_key(c): c for c in ours.get("claims", [])}
    now = {
        _key(claim): claim
        for claims in (current.get("statements") or {}).values()
        for claim in claims
    }
    added = [(key[0], value_text(claim)) for key, claim in now.items() if key not in ours_claims]
    removed = [(key[0], value_text(c)) for key, c in ours_claims.items() if key not in now]
    labels = current.get("labels") or {}
    captions = [
        (language, _text(label))
        for language, label in labels.items()
        if language not in ours.get("labels", {})
    ]
    return OthersData(added, removed, captions)


def value_text(claim: dict) -> str:
    """A statement's value as a person reads it: an item's id, a date, a text, an amount."""
    value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
    if isinstance(value, dict):
        for key in ("id", "time", "text", "amount"):
            if key in value:
                return str(value[key])
        if "latitude" in value:
            return f"{value['latitude']}, {value['longitude']}"
        return json.dumps(value, sort_keys=True)
    return "" if value is None else str(value)
