"""``glamdonor update BATCH``: carry the catalog's corrections to the pages already on the
wiki, keeping what the community did there; ``glamdonor community BATCH``: what others changed."""

from __future__ import annotations

import argparse
import datetime
import sys
import threading
from pathlib import Path

from glamdonor.cli.confirm import confirm
from glamdonor.cli.exits import EXIT_STOPPED
from glamdonor.cli.targets import add_target_options, wiki_for
from glamdonor.core.batch import load_batch
from glamdonor.core.places import data_dir
from glamdonor.core.problems import Problem
from glamdonor.core.words import counted

PAGE, PAGES = "{n} page", "{n} pages"


def add_parser(commands: argparse._SubParsersAction) -> None:
    updating = commands.add_parser(
        "update",
        help="correct the pages of files already uploaded, keeping the community's changes",
        description="Render each uploaded row's page again from the batch (after a change of "
        "the catalog, the mapping or the partner profile) and merge it with the page as it is "
        "on the wiki, field by field: fields others changed keep their value (a conflict is "
        "said when the catalog changed them too), categories and descriptions others added "
        "stay. Each edit names the batch and the fields it changes; a page edited meanwhile is "
        "merged again, never overwritten. Stopped, run it again: nothing is edited twice.",
    )
    updating.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    updating.add_argument(
        "--dry-run", action="store_true", help="print each page's change and edit nothing"
    )
    updating.add_argument("--yes", action="store_true", help="edit without asking first")
    add_target_options(updating)
    updating.set_defaults(run=_update)
    looking = commands.add_parser(
        "community",
        help="list what others changed on the batch's file pages since the upload",
        description="For each uploaded row, what other accounts changed on its file page "
        "since glamdonor wrote it: categories added and removed, fields changed, "
        "descriptions in new languages, renamed files, with the date and the editor, and how "
        "many edits and editors (bots counted apart). A sheet for the collection system.",
    )
    looking.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    looking.add_argument("--out", type=Path, required=True, help="the sheet (.xlsx or .csv)")
    looking.add_argument(
        "--store", type=Path, help="the metrics store, where the figures are kept for the report"
    )
    add_target_options(looking)
    looking.set_defaults(run=_community)


def _update(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.plan import plan_of
    from glamdonor.jobs.update import RowCorrected, RowNoted, apply_corrections, corrections

    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    wiki = wiki_for(batch, arguments).connect()
    found = corrections(batch, plan, wiki)
    to_edit = [c for c in found if c.edits]
    if arguments.dry_run:
        for correction in found:
            for note in correction.notes:
                _say(correction.row, note)
            if correction.edits:
                print(correction.diff())
        print(
            f"{len(to_edit)} of {counted(len(found), PAGE, PAGES)} would be corrected on "
            f"{wiki.identity.words()}. Nothing was edited (a dry run).",
            file=sys.stderr,
        )
        return 0
    if to_edit:
        confirm(
            f"Correct {counted(len(to_edit), PAGE, PAGES)} of “{batch.name}” on "
            f"{wiki.identity.words()} "
            f"({wiki.api_url}) as {wiki.credentials.login_name}?",
            arguments.yes,
        )
    finished = None  # with nothing to edit, the journal still learns what the pages hold
    for event in apply_corrections(batch, plan, wiki, found, cancel=threading.Event()):
        if isinstance(event, RowCorrected):
            print(f"Row {event.row}: corrected {', '.join(event.fields)} of File:{event.title}")
        elif isinstance(event, RowNoted):
            _say(event.row, event.problem)
        else:
            finished = event
    assert finished is not None
    if not to_edit:
        said = (
            "Nothing to correct: the page agrees with the batch."
            if len(found) == 1
            else f"Nothing to correct: the {len(found):,} pages agree with the batch."
        )
        print(said, file=sys.stderr)
        return 0
    corrected = counted(finished.corrected, PAGE, PAGES)
    conflicts = counted(len(finished.conflicts), "{n} conflict", "{n} conflicts")
    print(
        f"{corrected} corrected, {finished.unchanged:,} unchanged, {conflicts} (the wiki's value "
        f"kept). Wiki: {wiki.identity.words()}.",
        file=sys.stderr,
    )
    return EXIT_STOPPED if finished.cancelled else 0


def _say(row: int, found: Problem) -> None:
    print(f"Row {row}: {found.message} {found.hint}", file=sys.stderr)


def _community(arguments: argparse.Namespace) -> int:
    from glamdonor.catalog.write import write_sheet
    from glamdonor.jobs.community import HEADER, community
    from glamdonor.jobs.plan import plan_of
    from glamdonor.metrics.store import Store

    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    wiki = wiki_for(batch, arguments).connect()
    found = community(batch, plan, wiki)
    write_sheet(arguments.out, HEADER, found.lines())
    with Store(arguments.store or data_dir() / "metrics.sqlite") as store:  # for the report
        found.keep(store, f"{batch.name} (batch)", datetime.date.today())
    changes = counted(len(found.changes), "{n} change", "{n} changes")
    editors = counted(found.editors, "{n} editor", "{n} editors")
    print(
        f"Wrote {arguments.out}: {changes} on {found.edited:,} of "
        f"{counted(found.pages, PAGE, PAGES)}, by {editors} (bots apart). "
        f"Wiki: {wiki.identity.words()}."
    )
    return 0
