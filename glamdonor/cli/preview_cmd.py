"""``glamdonor preview BATCH``: what the catalog's rows become on the wiki, from one plan:
one row (``--row N``), every row as JSON lines (``--format jsonl``), or a sheet to review and
filter (``--out plan.xlsx``), as Pattypan users review the sheet it makes."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from glamdonor.core.batch import Batch, load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.item import Item
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


def _plan_kept(batch: Batch, echo: Callable[[bytes], object] | None = None) -> Plan:
    """The batch's plan, made now; kept for the next previews where it can be. ``echo`` is
    given its JSON lines (UTF-8) as they are written, whether the plan can be kept or not."""
    from glamdonor.jobs.kept_plan import chunks, keep, keepable, plan_lines
    from glamdonor.jobs.plan import plan_of

    plan = plan_of(batch)
    if keepable(batch):
        keep(batch, plan_lines(plan), plan.rows, echo)
    elif echo is not None:
        for chunk in chunks(plan_lines(plan)):
            echo("".join(chunk).encode("utf-8"))
    return plan


def _every_row(arguments: argparse.Namespace, batch: Batch) -> int:
    from glamdonor.jobs.kept_plan import kept_lines

    if arguments.out:
        _write_sheet(arguments.out, _plan_kept(batch))
        return 0
    kept = kept_lines(batch)
    if kept is None:  # planned now: its lines are printed as they are kept
        _plan_kept(batch, _write_lines)
        return 0
    with kept[0].open("rb") as lines:
        for chunk in iter(lambda: b"".join(lines.readlines(1 << 20)), b""):  # whole lines
            _write_lines(chunk)
    return 0


def _write_lines(data: bytes) -> None:
    """JSON lines to standard output in UTF-8, JSON's own encoding, whatever the terminal's;
    as they are, for JSON escapes every control character but DEL, which is shown."""
    out = getattr(sys.stdout, "buffer", None)
    if out is None or b"\x7f" in data:
        sys.stdout.write(data.decode("utf-8"))  # whole lines, shown visibly (main.py)
        return
    sys.stdout.flush()
    out.write(data)


def _write_sheet(out: Path, plan: Plan) -> None:
    from glamdonor.catalog.write import write_sheet

    identifiers = plan.identifiers or [""] * len(plan)
    lines = []
    for index in range(len(plan)):
        item = plan.item(index)
        said = "; ".join(f"{p.severity}: {p.message}" for p in item.problems)
        lines.append(
            (item.row, identifiers[index], item.file_name, item.title, item.wikitext,
             item.structured_data, said)
        )  # fmt: skip
    write_sheet(out, PLAN_HEADER, lines)
    print(f"Wrote {out}: {len(lines)} rows.")


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.kept_plan import keepable, line_of

    batch = load_batch(arguments.batch)
    if arguments.row is None and arguments.format not in (None, "jsonl") and not arguments.out:
        raise InputError(
            f"--format {arguments.format} shows one row.",
            "Give --row N, or --format jsonl (or --out plan.xlsx) for every row.",
        )
    if arguments.row is None:
        return _every_row(arguments, batch)
    line = line_of(batch, arguments.row) if keepable(batch) else None
    if line is None:  # no plan kept, or the batch changed since: made anew, and kept
        plan = _plan_kept(batch)
        if arguments.row in plan.rows:
            item = plan.item(plan.rows.index(arguments.row))
            line = as_json(item) | {"identifier": _identifier(plan, arguments.row)}
        else:
            line = {}
    if not line:
        raise InputError(
            f"row {arguments.row} is not a row of the catalog with content.",
            "Give the row's number as the spreadsheet shows it (the header is row 1).",
            file=batch.catalog,
        )
    print(
        json.dumps(line, ensure_ascii=False, indent=2)
        if arguments.format in ("json", "jsonl")
        else as_text(line)
    )
    return 0


def _identifier(plan: Plan, row: int) -> str:
    return plan.identifiers[plan.rows.index(row)] if plan.identifiers else ""


def as_json(item: Item) -> dict:
    from glamdonor.jobs.kept_plan import problem_json

    return {
        "row": item.row,
        "file": item.file_name,
        "title": item.title,
        "wikitext": item.wikitext,
        "structured_data": json.loads(item.structured_data),
        "problems": [problem_json(p) for p in item.problems],
    }


def as_text(line: dict) -> str:
    """A row's preview as a person reads it."""
    lines = [f"Row {line['row']}: {line['file']}", f"Title: {line['title'] or '(none)'}", ""]
    lines += [line["wikitext"].rstrip(), "", "Structured data:"]
    lines.append(json.dumps(line["structured_data"], ensure_ascii=False, indent=2))
    lines.append("")
    if line["problems"]:
        lines.append("Problems:")
        for p in line["problems"]:
            where = f" (column “{p['column']}”)" if p["column"] else ""
            lines.append(f"  {p['severity']}: {p['message']}{where} {p['hint']}".rstrip())
    else:
        lines.append("No problems.")
    return "\n".join(lines)
