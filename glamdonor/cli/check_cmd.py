"""``glamdonor check BATCH``: everything the wiki would refuse, found before anything is sent."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.cli.targets import add_target_options, wiki_for
from glamdonor.core.batch import load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.problems import Severity

if TYPE_CHECKING:
    from glamdonor.jobs.check import CheckReport


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check",
        help="find every problem of a batch before uploading, row by row",
        description="Check every row: the mapping's values, every media file (type, damage, "
        "duplicates, EXIF) and, unless --offline, what the wiki would refuse.",
    )
    parser.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    parser.add_argument("--report", type=Path, help="write the problems to a .csv or .xlsx")
    parser.add_argument("--offline", action="store_true", help="do not ask the wiki")
    add_target_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.catalog.write import write_sheet
    from glamdonor.jobs.check import REPORT_HEADER, CheckFinished, CheckProgress, check, report_rows

    if arguments.report and arguments.report.suffix.lower() not in (".csv", ".xlsx"):
        raise InputError(
            "the report is written as .csv or .xlsx.",
            "Name the report file with one of these endings.",
            file=arguments.report,
        )  # said before the check, which may take long, not after
    batch = load_batch(arguments.batch)
    wiki = None if arguments.offline else wiki_for(batch, arguments).connect()
    report = None
    for event in check(batch, wiki=wiki):
        if isinstance(event, CheckProgress) and sys.stderr.isatty():
            print(f"\r{event.phase}: {event.done}/{event.total}", end="", file=sys.stderr)
        elif isinstance(event, CheckFinished):
            report = event.report
    assert report is not None
    if sys.stderr.isatty():
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
    if arguments.report:
        write_sheet(arguments.report, REPORT_HEADER, report_rows(report))
    print(summary(report, arguments.report))
    if said := report.plan.read_as():
        print(said, file=sys.stderr)
    return 0 if report.ready == len(report.plan) else 1


def summary(report: CheckReport, written: Path | None) -> str:
    total, ready = len(report.plan), report.ready
    lines = [
        f"{total} rows: {ready} ready to upload, {total - ready} blocked by an error."
        + ("" if not report.offline else " (Checked offline: the wiki was not asked.)"),
    ]
    counts = report.counts()
    if counts:
        lines.append("Problems by kind:")
        lines += [f"  {count:>6}  {code}" for code, count in counts.most_common()]
    found = [(i, p) for i in sorted(report.problems) for p in report.problems[i]]
    errors = [(i, p) for i, p in found if p.severity is Severity.ERROR]
    if found:  # the first error when there is one: what blocks comes before what is worth a look
        first, problem = (errors or found)[0]
        sentence, hint = problem.said()
        kind = "error" if errors else "warning"
        lines.append(f"First {kind}: row {report.plan.rows[first]}: {sentence} {hint}")
    if written:
        lines.append(f"Every problem, row by row: {written}")
    lines.append(f"Files read this time: {report.files_read} (the others were unchanged).")
    return "\n".join(lines)

