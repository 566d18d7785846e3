"""The reviewable lookup file of a reconciled column: each distinct catalog value, the Wikidata
item it stands for, and how that was decided.

    value        the catalog's text ("Vincent van Gogh")
    qid          the item (Q5582); empty until matched or chosen
    label        the item's label, description: its description (what a person checks)
    score        the service's score of that item (0-100)
    state        matched      the service marked it a match, scoring at least the threshold
                 chosen       a person chose the item (never changed by glamdonor again)
                 no match     no item stands for it (decided by the service or a person)
                 to review    candidates are waiting for a person
    candidates   the service's candidates, as JSON, for the review

A CSV a coordinator can open, filter and edit; the mapping reads it as a lookup table
(``[lookups.artists] file = "artist.reconciled.csv"``): matched and chosen values become
their Q-ids, all others stay as the catalog writes them.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.words import N_

WIKIDATA_SERVICE = "https://wikidata.reconci.link/en/api"  # Wikidata's reconciliation service

QID = re.compile(r"Q[1-9][0-9]*")
HEADER = ("value", "qid", "label", "description", "score", "state", "candidates")
DEFAULT_THRESHOLD = 90.0


class State(StrEnum):
    MATCHED = "matched"
    CHOSEN = "chosen"
    NO_MATCH = "no match"
    TO_REVIEW = "to review"


STANDS_FOR_AN_ITEM = (State.MATCHED, State.CHOSEN)


@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    description: str = ""
    score: float = 0.0
    match: bool = False  # the service's own verdict

    def as_json(self) -> dict:
        return {
            "id": self.qid,
            "name": self.label,
            "description": self.description,
            "score": self.score,
            "match": self.match,
        }


@dataclass(frozen=True)
class Decision:
    value: str
    state: State
    qid: str = ""
    label: str = ""
    description: str = ""
    score: float | None = None
    candidates: tuple[Candidate, ...] = field(default=())

    def chosen(self, candidate: Candidate | None) -> Decision:
        """A person's choice: this candidate, or no item at all (None)."""
        if candidate is None:
            return replace(self, state=State.NO_MATCH, qid="", label="", description="")
        return replace(
            self,
            state=State.CHOSEN,
            qid=candidate.qid,
            label=candidate.label,
            description=candidate.description,
            score=candidate.score,
        )


def decide(value: str, candidates: list[Candidate], threshold: float) -> Decision:
    """The decision the service's answer allows without a person: its match, when it scores
    at least ``threshold``; no match when it offers nothing; else a review."""
    found = tuple(candidates)
    best = next((c for c in found if c.match and c.score >= threshold), None)
    if best is not None:
        return Decision(
            value, State.MATCHED, best.qid, best.label, best.description, best.score, found
        )
    if not found:
        return Decision(value, State.NO_MATCH)
    return Decision(value, State.TO_REVIEW, candidates=found)


def default_path(mapping: Path, column: str) -> Path:
    """Where the lookup file of a column goes: beside the mapping, named after the column."""
    name = re.sub(r"[^\w-]+", "-", column.strip()).strip("-") or "column"
    return mapping.with_name(f"{name}.reconciled.csv")


def read(path: Path) -> dict[str, Decision]:
    """The decisions kept in ``path`` by value (none if there is no file yet). A line a
    person broke (a Q-id that is none, a state glamdonor does not know) is said, naming it."""
    try:
        lines = _lines(path)
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(
            N_("the reconciled values in {path} cannot be read ({error})."),
            N_("Save it again as CSV in UTF-8, or move it aside to reconcile anew."),
            file=path,
            path=path,
            error=getattr(error, "strerror", None) or type(error).__name__,
        ) from None
    if not _is_header(lines):
        raise InputError(
            N_("{path} is not a file of reconciled values: its first line is not {header}."),
            N_("Give another file with --out, or move this one aside."),
            file=path,
            path=path,
            header=",".join(HEADER),
        )
    return _decisions(lines, path)


def _lines(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def _is_header(lines: list[list[str]]) -> bool:
    """Whether the first line is the header of a file of reconciled values."""
    return bool(lines) and tuple(c.strip().lower() for c in lines[0][: len(HEADER)]) == HEADER


def _decisions(lines: list[list[str]], path: Path) -> dict[str, Decision]:
    decisions = {}
    for number, cells in enumerate(lines[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        decision = _decision(cells + [""] * (len(HEADER) - len(cells)), path, number)
        decisions[decision.value] = decision
    return decisions


def _decision(cells: list[str], path: Path, line: int) -> Decision:
    value, qid, label, description, score, state, candidates = (c.strip() for c in cells[:7])
    try:
        known = State(state.lower())
    except ValueError:
        raise InputError(
            N_("line {line} of {path} has the state “{state}”, which glamdonor does not know."),
            N_("Write one of: matched, chosen, no match, to review."),
            file=path,
            row=line,
            line=line,
            path=path,
            state=state,
        ) from None
    if known in STANDS_FOR_AN_ITEM and not QID.fullmatch(qid):
        raise InputError(
            N_("line {line} of {path} gives “{qid}” as the item of “{value}”: not a Wikidata id."),
            N_("Write the item's id, such as Q5582, or the state “to review”."),
            file=path,
            row=line,
            line=line,
            path=path,
            qid=qid,
            value=value,
        )
    return Decision(
        value,
        known,
        qid,
        label,
        description,
        _score(score),
        _candidates(candidates),
    )


def _score(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None  # empty, or not a number: no score


def _candidates(text: str) -> tuple[Candidate, ...]:
    try:
        found = json.loads(text) if text else []
        return tuple(
            Candidate(
                str(c["id"]),
                str(c.get("name", "")),
                str(c.get("description", "")),
                float(c.get("score", 0)),
                bool(c.get("match", False)),
            )
            for c in found
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return ()  # a person's edit of the candidates costs only the review's list


def write(path: Path, decisions: dict[str, Decision]) -> None:
    """All decisions, in the order given, written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            sheet = csv.writer(out)
            sheet.writerow(HEADER)
            for d in decisions.values():
                candidates = [c.as_json() for c in d.candidates]
                sheet.writerow(
                    (
                        d.value,
                        d.qid,
                        d.label,
                        d.description,
                        "" if d.score is None else f"{d.score:.1f}",
                        str(d.state),
                        json.dumps(candidates, ensure_ascii=False) if candidates else "",
                    )
                )
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def as_lookup(path: Path) -> dict[str, str] | None:
    """The Q-ids of a file of reconciled values, by value, for the mapping's lookups (only
    matched and chosen values); None when ``path`` is no such file."""
    try:
        lines = _lines(path)
    except (OSError, UnicodeDecodeError):
        return None  # said by the lookup table's own reading
    if not _is_header(lines):
        return None
    decided = _decisions(lines, path)
    return {value: d.qid for value, d in decided.items() if d.state in STANDS_FOR_AN_ITEM}
