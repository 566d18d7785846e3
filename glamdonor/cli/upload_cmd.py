"""``glamdonor upload BATCH``: send a batch's files to the wiki, row by row."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from glamdonor.cli.confirm import confirm
from glamdonor.cli.exits import EXIT_STOPPED
from glamdonor.cli.targets import LOGIN_VARIABLE, PASSWORD_VARIABLE, add_target_options, wiki_for
from glamdonor.core.batch import load_batch
from glamdonor.core.journal import Journal, journal_path
from glamdonor.core.plan import Plan
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
    parser.add_argument(
        "--dry-run", action="store_true", help="say what would be uploaded, and send nothing"
    )
    parser.add_argument("--limit", type=int, help="upload at most this many rows this time")
    add_target_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    if arguments.dry_run:
        return _dry_run(plan)
    wiki = wiki_for(batch, arguments)
    confirm(
        f"Upload {len(plan)} file(s) of “{batch.name}” to {wiki.api_url} as "
        f"{wiki.credentials.login_name}?",
        arguments.yes,
    )
    wiki.connect()
    stop = threading.Event()
    finished = None
    with Journal(journal_path(batch.manifest)) as journal, _ctrl_c_stops(stop):
        events = upload(
            plan,
            wiki,
            journal,
            chunking=batch.chunking,
            deadline=batch.deadline,
            cancel=stop,
            limit=arguments.limit,
        )
        for event in events:
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
        f"{finished.skipped} skipped, {finished.failed} not uploaded."
        + (" Stopped: run the same command to go on." if finished.cancelled else ""),
        file=sys.stderr,
    )
    if finished.cancelled:
        return EXIT_STOPPED
    return 1 if finished.failed else 0


def _dry_run(plan: Plan) -> int:
    ready = [plan.item(i) for i in range(len(plan)) if not plan.item(i).blocked]
    for item in ready:
        print(f"row {item.row}: would upload {item.file_name} as “{item.title}”")
    print(f"{len(ready)} of {len(plan)} rows would be uploaded; nothing was sent.", file=sys.stderr)
    return 0


@contextlib.contextmanager
def _ctrl_c_stops(stop: threading.Event) -> Iterator[None]:
    """The first Ctrl-C stops the batch after the request under way; a second one at once."""

    def first(signum: int, frame: object) -> None:
        print(
            "\nStopping after the current file (Ctrl-C again to stop at once)...", file=sys.stderr
        )
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, first)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
