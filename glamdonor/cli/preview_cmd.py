"""``glamdonor preview BATCH --row N``: what one catalog row becomes on the wiki."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from glamdonor.core.batch import load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.item import Item
from glamdonor.jobs.plan import plan_of


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "preview",
        help="show the title, page text, structured data and problems of a catalog row",
        description="Show what a catalog row becomes on the wiki: the file's title, its "
        "page text, its structured data and its problems, without asking the wiki.",
    )
    parser.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    parser.add_argument("--row", type=int, required=True, help="the row number in the catalog")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="text or json (text)"
    )
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
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
        if arguments.format == "json"
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
        "problems": [
            {
                "code": p.code,
                "severity": str(p.severity),
                "column": p.column,
                "message": p.message,
                "hint": p.hint,
            }
            for p in item.problems
        ],
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
