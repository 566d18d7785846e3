"""``glamdonor upload BATCH``: send a batch's files to the wiki, row by row."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glamdonor.cli.confirm import confirm
from glamdonor.cli.targets import LOGIN_VARIABLE, PASSWORD_VARIABLE, add_target_options, wiki_for
from glamdonor.core.batch import load_batch
from glamdonor.core.journal import Journal, journal_path
from glamdonor.jobs.events import BatchFinished, ItemFailed, ItemSkipped, ItemUploaded
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "upload",
        help="upload a batch to the wiki",
        description=(
            "Upload every row of a batch. The target is the batch's [target] wiki: the "
            "sandbox wiki on this computer by default, started if needed. For another wiki, "
            f"give its BotPassword in {LOGIN_VARIABLE} (Name@bot) and {PASSWORD_VARIABLE}."
        ),
    )
    parser.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    parser.add_argument("--yes", action="store_true", help="upload without asking first")
    add_target_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    wiki = wiki_for(batch, arguments)
    confirm(
        f"Upload {len(plan)} file(s) of “{batch.name}” to {wiki.api_url} as "
        f"{wiki.credentials.login_name}?",
        arguments.yes,
    )
    wiki.connect()
    finished = None
    with Journal(journal_path(batch.manifest)) as journal:
        for event in upload(plan, wiki, journal, chunking=batch.chunking):
            if isinstance(event, ItemUploaded):
                said = "already there" if event.already_there else "uploaded"
                print(f"row {event.row}: {said}: {event.page_url}")
            elif isinstance(event, ItemSkipped):
                print(f"row {event.row}: skipped: {event.message}")
            elif isinstance(event, ItemFailed):
                print(f"row {event.row}: not uploaded: {event.message} {event.hint}".rstrip())
            elif isinstance(event, BatchFinished):
                finished = event
    assert finished is not None
    print(
        f"{finished.uploaded} uploaded, {finished.already_there} already there, "
        f"{finished.skipped} skipped, {finished.failed} not uploaded.",
        file=sys.stderr,
    )
    return 1 if finished.failed else 0
