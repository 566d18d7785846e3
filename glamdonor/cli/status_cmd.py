"""``glamdonor status`` and ``glamdonor results``: where a batch stands, and the sheet a museum
files back into its catalog system."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from glamdonor.catalog.write import write_sheet
from glamdonor.core.batch import load_batch
from glamdonor.core.journal import ItemRecord, Journal, State, journal_path
from glamdonor.core.plan import Plan
from glamdonor.jobs.plan import plan_of

RESULTS_HEADER = ("row", "title", "url", "media id", "state", "message", "structured data")


def add_parser(commands: argparse._SubParsersAction) -> None:
    status = commands.add_parser("status", help="how many rows of a batch are in each state")
    status.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    status.add_argument("--format", choices=("text", "json"), default="text")
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
    results.set_defaults(run=_results)


def rows_and_records(batch_file: Path) -> tuple[Plan, dict[int, ItemRecord]]:
    batch = load_batch(batch_file)
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        records = journal.records()
    titles = dict(zip(plan.rows, plan.titles, strict=True))
    # a record of a row whose title has changed since is of no use any more
    return plan, {row: r for row, r in records.items() if titles.get(row) == r.title}


def _status(arguments: argparse.Namespace) -> int:
    plan, records = rows_and_records(arguments.batch)
    counts = Counter(str(records[row].state) if row in records else "pending" for row in plan.rows)
    states = {str(state): counts.get(str(state), 0) for state in State}
    if arguments.format == "json":
        print(json.dumps({"rows": len(plan), "states": states}, indent=2))
    else:
        print(f"{len(plan)} rows:")
        print("\n".join(f"  {count:>7}  {state}" for state, count in states.items() if count))
    return 0


def _results(arguments: argparse.Namespace) -> int:
    plan, records = rows_and_records(arguments.batch)
    rows = []
    for row, title in zip(plan.rows, plan.titles, strict=True):
        record = records.get(row)
        if record is None:
            rows.append((row, title, "", "", "pending", "", ""))
            continue
        media_id = f"M{record.page_id}" if record.page_id else ""
        rows.append(
            (
                row,
                title,
                record.page_url,
                media_id,
                str(record.state),
                record.message,
                record.structured_data,
            )
        )
    write_sheet(arguments.out, RESULTS_HEADER, rows)
    print(f"Wrote {arguments.out}: {len(rows)} rows.")
    return 0
