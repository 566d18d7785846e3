"""``glamdonor reconcile BATCH --column artist --type Q5``: link a column's values to Wikidata
items, in a lookup file a person reviews (core/reconciled.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glamdonor.core.batch import load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.reconciled import DEFAULT_THRESHOLD, WIKIDATA_SERVICE, State, default_path
from glamdonor.core.words import counted


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "reconcile",
        help="link a column's values (artists, subjects, places) to Wikidata items",
        description="Send the distinct values of a catalog column to a reconciliation "
        "service and write what it finds to a lookup file beside the mapping, for review: "
        "values it marks as a match (scoring at least --threshold) are taken, the rest wait "
        "for a person (in the window's Wikidata step, or in the file itself). A rerun asks "
        "only for values not yet in the file, and never changes a person's choice.",
    )
    parser.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    parser.add_argument("--column", required=True, help="the catalog column to reconcile")
    parser.add_argument(
        "--type", default="", help="the Wikidata class of its values: Q5 for people (any)"
    )
    parser.add_argument("--split", default="", help="a cell holds several values, split by this")
    parser.add_argument(
        "--property",
        action="append",
        default=[],
        metavar="PID=COLUMN",
        help="send a column as a property, such as P569=born (repeat for more)",
    )
    parser.add_argument(
        "--service", default=WIKIDATA_SERVICE, help=f"the service's address ({WIKIDATA_SERVICE})"
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"the score a match needs to be taken without review ({DEFAULT_THRESHOLD:.0f})",
    )
    parser.add_argument(
        "--out", type=Path, help="the lookup file (default: COLUMN.reconciled.csv by the mapping)"
    )
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.reconcile import Column, Reconciled, Reconciling, catalog_of, reconcile
    from glamdonor.wiki.reconciliation import Service

    batch = load_batch(arguments.batch)
    column = Column(
        arguments.column, arguments.type, arguments.split, _properties(arguments.property)
    )
    path = arguments.out or default_path(batch.mapping, arguments.column)
    finished = None
    for event in reconcile(
        catalog_of(batch), column, path, Service(arguments.service), threshold=arguments.threshold
    ):
        if isinstance(event, Reconciling) and event.total:
            values = counted(event.total, "{n} value", "{n} values")
            print(f"\rAsked about {event.done:,} of {values}", end="", file=sys.stderr)
        elif isinstance(event, Reconciled):
            finished = event
    print(file=sys.stderr)
    assert finished is not None
    states = finished.states
    values = counted(sum(states.values()), "{n} value", "{n} values")
    print(
        f"Wrote {finished.path}: {values}: {states[State.MATCHED]} "
        f"matched, {states[State.CHOSEN]} chosen, {states[State.NO_MATCH]} with no item, "
        f"{states[State.TO_REVIEW]} to review. Asked the service about {finished.asked}."
    )
    if states[State.TO_REVIEW]:
        print(
            "Review the rest in the window's Wikidata step, or in the file: write the item in "
            "the qid column and “chosen” in the state column (or “no match”)."
        )
    print(
        f"To use the items, add to the mapping: [lookups.{_table(arguments.column)}] "
        f'file = "{finished.path.name}", and {{ lookup = "{_table(arguments.column)}" }} '
        "among the transforms of the fields and statements that take them."
    )
    return 0


def _properties(given: list[str]) -> tuple[tuple[str, str], ...]:
    found = []
    for text in given:
        pid, _, column = text.partition("=")
        if not (pid.strip().startswith("P") and pid.strip()[1:].isdigit() and column.strip()):
            raise InputError(
                f"--property {text} is not PID=COLUMN.",
                "Give a Wikidata property and a catalog column, such as --property P569=born.",
            )
        found.append((pid.strip(), column.strip()))
    return tuple(found)


def _table(column: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in column.strip().lower()) or "column"
