"""Reconciling a catalog column with Wikidata, the same job for the command line and the window.

The column's distinct values (split into terms if asked) are sent to a reconciliation service
in batches, with the other columns the coordinator names as properties (an artist's years of
birth and death); each answer is decided (core/reconciled.py, ``decide``) and the lookup file
is written after every batch, so that a stop or a fault loses nothing. A value already in the
file is never asked again, and a person's choice is never changed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from glamdonor.core.batch import Batch
from glamdonor.core.catalog import Catalog
from glamdonor.core.errors import InputError
from glamdonor.core.reconciled import DEFAULT_THRESHOLD, Decision, State, decide, read, write
from glamdonor.core.words import N_
from glamdonor.wiki.reconciliation import BATCH, Service


@dataclass(frozen=True)
class Column:
    """What to reconcile: a catalog column, of what type, with which properties."""

    name: str
    type: str = ""  # a Wikidata class: Q5 people, Q6256 countries; "" for any
    split: str = ""  # the cell holds several values, separated by this
    properties: tuple[tuple[str, str], ...] = ()  # (Wikidata property, catalog column)


@dataclass(frozen=True)
class Reconciling:
    done: int  # values decided or asked so far, of ``total`` not in the file before
    total: int


@dataclass(frozen=True)
class Reconciled:
    path: Path
    asked: int  # values sent to the service this time
    states: dict[State, int] = field(default_factory=dict)  # every value of the file, by state


def distinct_values(catalog: Catalog, column: Column) -> dict[str, dict[str, str]]:
    """The column's distinct values, in the catalog's order, each with its properties (from
    the first row that has the value)."""
    if column.name not in catalog.columns:
        raise InputError(
            N_("the catalog has no column “{column}”."),
            N_("The catalog's columns are: {columns}."),
            file=catalog.path,
            column=column.name,
            columns=", ".join(catalog.columns),
        )
    for _, source in column.properties:
        if source not in catalog.columns:
            raise InputError(
                N_("the catalog has no column “{column}” for a property."),
                N_("The catalog's columns are: {columns}."),
                file=catalog.path,
                column=source,
                columns=", ".join(catalog.columns),
            )
    found: dict[str, dict[str, str]] = {}
    for index, cell in enumerate(catalog.columns[column.name]):
        terms = cell.split(column.split) if column.split else [cell]
        for term in (t.strip() for t in terms):
            if term and term not in found:
                found[term] = {
                    pid: catalog.columns[source][index].strip()
                    for pid, source in column.properties
                    if catalog.columns[source][index].strip()
                }
    return found


def reconcile(
    catalog: Catalog,
    column: Column,
    path: Path,
    service: Service,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    cancel: threading.Event | None = None,
) -> Iterator[Reconciling | Reconciled]:
    """Ask the service about the values not yet in ``path``; write each batch's decisions."""
    decisions = read(path)
    values = distinct_values(catalog, column)
    asking = [value for value in values if value not in decisions]
    yield Reconciling(0, len(asking))
    written = False
    for start in range(0, len(asking), BATCH):
        if cancel is not None and cancel.is_set():
            break
        part = asking[start : start + BATCH]
        queries = {f"q{n}": _query(value, values[value], column) for n, value in enumerate(part)}
        answers = service.candidates(queries)
        for n, value in enumerate(part):
            decisions[value] = decide(value, answers.get(f"q{n}", []), threshold)
        write(path, decisions)
        written = True
        yield Reconciling(min(start + BATCH, len(asking)), len(asking))
    if not written:
        write(path, decisions)  # a file even when nothing was asked
    yield Reconciled(path, service.asked, count_states(decisions))


def count_states(decisions: dict[str, Decision]) -> dict[State, int]:
    counts = dict.fromkeys(State, 0)
    for decision in decisions.values():
        counts[decision.state] += 1
    return counts


def _query(value: str, properties: dict[str, str], column: Column) -> dict:
    query: dict = {"query": value}
    if column.type:
        query["type"] = column.type
    if properties:
        query["properties"] = [{"pid": pid, "v": v} for pid, v in properties.items()]
    return query


def catalog_of(batch: Batch) -> Catalog:
    from glamdonor.catalog import read_catalog

    options = batch.catalog_options
    return read_catalog(
        batch.catalog,
        sheet=options.sheet,
        header_row=options.header_row,
        encoding=options.encoding,
    )
