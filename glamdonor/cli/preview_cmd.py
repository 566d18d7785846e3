"""``glamdonor preview BATCH``: what the catalog's rows become on the wiki, from one plan:
one row (``--row N``), every row as JSON lines (``--format jsonl``), or a sheet to review and
filter (``--out plan.xlsx``), as Pattypan users review the sheet it makes."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from glamdonor.core.batch import load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.item import Item, Problem
from glamdonor.core.plan import Plan


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "preview",
        help="show the title, page text, structured data and problems of a catalog row",
        description="Show what a catalog row becomes on the wiki: the file's title, its "
        "page text, its structured data and its problems, without asking the wiki.",
    )
    parser.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    parser.add_argument(
        "--row", type=int, help="the row number in the catalog (every row if not given)"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        help="text or json for one row (text); jsonl, one JSON line a row, for every row",
    )
    parser.add_argument(
        "--out", type=Path, help="write every row to this sheet (.xlsx or .csv) to review"
    )
    parser.set_defaults(run=_run)


PLAN_HEADER = ("row", "identifier", "file", "title", "page text", "structured data", "problems")


def _every_row(arguments: argparse.Namespace, plan: Plan) -> int:
    identifiers = plan.identifiers or [""] * len(plan)
    if arguments.out:
        from glamdonor.catalog.write import write_sheet

        lines = []
        for index in range(len(plan)):
            item = plan.item(index)
            said = "; ".join(f"{p.severity}: {p.message}" for p in item.problems)
            lines.append(
                (item.row, identifiers[index], item.file_name, item.title, item.wikitext,
                 item.structured_data, said)
            )  # fmt: skip
        write_sheet(arguments.out, PLAN_HEADER, lines)
        print(f"Wrote {arguments.out}: {len(lines)} rows.")
        return 0
    dumps, lines = json.JSONEncoder(ensure_ascii=False).encode, []
    for index in range(len(plan)):  # each line built from the plan's columns: no Item made
        said = {
            "row": plan.rows[index],
            "identifier": identifiers[index],
            "file": plan.file_names[index],
            "title": plan.titles[index],
            "wikitext": plan.pages[index],
        }
        found = plan.problems.get(index)
        problems = dumps([_problem(p) for p in found]) if found else "[]"
        lines.append(
            f'{dumps(said)[:-1]}, "structured_data": {plan.structured[index]}, '
            f'"problems": {problems}}}\n'
        )
        if len(lines) == 1000:
            sys.stdout.write("".join(lines))
            lines = []
    sys.stdout.write("".join(lines))
    return 0


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.plan import plan_of

    batch = load_batch(arguments.batch)
    if arguments.row is None and arguments.format not in (None, "jsonl") and not arguments.out:
        raise InputError(
            f"--format {arguments.format} shows one row.",
            "Give --row N, or --format jsonl (or --out plan.xlsx) for every row.",
        )
    plan = plan_of(batch)
    if arguments.row is None:
        return _every_row(arguments, plan)
    try:
        index = plan.rows.index(arguments.row)
    except ValueError:
        raise InputError(
            f"row {arguments.row} is not a row of the catalog.",
            f"Its rows with content are {plan.rows[0]} to {plan.rows[-1]}.",
            file=batch.catalog,
        ) from None
    item = plan.item(index)
    print(
        json.dumps(as_json(item), ensure_ascii=False, indent=2)
        if arguments.format in ("json", "jsonl")
        else as_text(item)
    )
    return 0


def as_json(item: Item) -> dict:
    return {
        "row": item.row,
        "file": item.file_name,
        "title": item.title,
        "wikitext": item.wikitext,
        "structured_data": json.loads(item.structured_data),
        "problems": [_problem(p) for p in item.problems],
    }


def _problem(found: Problem) -> dict:
    return {
        "code": found.code,
        "severity": str(found.severity),
        "column": found.column,
        "message": found.message,
        "hint": found.hint,
    }


def as_text(item: Item) -> str:
    lines = [f"Row {item.row}: {item.file_name}", f"Title: {item.title or '(none)'}", ""]
    lines += [item.wikitext.rstrip(), "", "Structured data:"]
    lines.append(json.dumps(json.loads(item.structured_data), ensure_ascii=False, indent=2))
    lines.append("")
    if item.problems:
        lines.append("Problems:")
        for p in item.problems:
            where = f" (column “{p.column}”)" if p.column else ""
            lines.append(f"  {p.severity}: {p.message}{where} {p.hint}".rstrip())
    else:
        lines.append("No problems.")
    return "\n".join(lines)
