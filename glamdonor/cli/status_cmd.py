"""``glamdonor status`` and ``glamdonor results``: where a batch stands, and the sheet a museum
files back into its catalog system."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.cli.targets import add_target_options, wiki_for
from glamdonor.core.batch import load_batch

if TYPE_CHECKING:  # the journal (SQLite, file locks) is loaded when a command runs
    from glamdonor.core.journal import ItemRecord
    from glamdonor.core.plan import Plan


def add_parser(commands: argparse._SubParsersAction) -> None:
    status = commands.add_parser(
        "status",
        help="how many rows of a batch are in each state",
        description="Count the batch's rows in each state on its wiki (or --wiki's), from "
        "its journal: pending, uploading, verified, skipped, failed...",
    )
    status.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    status.add_argument(
        "--format", choices=("text", "json"), default="text", help="text or json (text)"
    )
    status.add_argument(
        "--verify",
        action="store_true",
        help="ask the wiki whether every row done there is still there with the same bytes; "
        "rows it contradicts go again at the next upload (needs the account, as upload does)",
    )
    add_target_options(status)
    status.set_defaults(run=_status)
    results = commands.add_parser(
        "results",
        help="write a sheet of every row's title, page address, media id and state",
        description="Write, for every catalog row, the title on the wiki, the page's address, "
        "the media id of its structured data (M...), its state and any message: the sheet "
        "to file back into the catalog system.",
    )
    results.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    results.add_argument("--out", type=Path, required=True, help="a .csv or .xlsx file")
    add_target_options(results)
    results.set_defaults(run=_results)


def rows_and_records(
    arguments: argparse.Namespace,
) -> tuple[Plan, str, dict[int, ItemRecord]]:
    """The plan, the target wiki in words, and the records of that wiki (``--wiki`` names
    another: a rehearsal's results stay readable)."""
    from glamdonor.core.journal import Journal, journal_path
    from glamdonor.jobs.events import said
    from glamdonor.jobs.plan import plan_of, records_on
    from glamdonor.jobs.upload import verify

    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    target = arguments.wiki or batch.target
    with Journal(journal_path(batch.manifest)) as journal:
        if said_of_damage := journal.said_of_damage():
            print(said_of_damage, file=sys.stderr)
        known = None
        if getattr(arguments, "verify", False):
            connected = wiki_for(batch, arguments).connect()
            for event in verify(plan, connected, journal):
                print(said(event), file=sys.stderr)
            known = connected.identity
        wiki, records = records_on(
            journal, target, sandbox_folder=arguments.sandbox_dir, wiki=known
        )
    titles = dict(zip(plan.rows, plan.titles, strict=True))
    words = wiki.words() if wiki else f"{target} (nothing is known of it yet)"
    # a record of a row whose title has changed since is of no use any more
    return plan, words, {row: r for row, r in records.items() if titles.get(row) == r.title}


def _status(arguments: argparse.Namespace) -> int:
    from glamdonor.core.journal import State

    plan, words, records = rows_and_records(arguments)
    counts = Counter(str(records[row].state) if row in records else "pending" for row in plan.rows)
    states = {str(state): counts.get(str(state), 0) for state in State}
    if arguments.format == "json":
        print(json.dumps({"rows": len(plan), "wiki": words, "states": states}, indent=2))
    else:
        print(f"{len(plan)} rows, on {words}:")
        print("\n".join(f"  {count:>7}  {state}" for state, count in states.items() if count))
    return 0


def _results(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.results import write_results

    plan, _, records = rows_and_records(arguments)
    count = write_results(arguments.out, plan, records)
    print(f"Wrote {arguments.out}: {count} rows.")
    return 0
