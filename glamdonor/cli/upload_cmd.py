"""``glamdonor upload BATCH``: send a batch's files to the wiki, row by row."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from glamdonor.cli.confirm import confirm
from glamdonor.cli.exits import EXIT_STOPPED, EXITS
from glamdonor.cli.targets import LOGIN_VARIABLE, PASSWORD_VARIABLE, add_target_options, wiki_for
from glamdonor.core.batch import load_batch
from glamdonor.core.words import counted

FILE, FILES = "{n} file", "{n} files"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "upload",
        help="upload a batch to the wiki",
        description=(
            "Upload every row of a batch. The target is the batch's [target] wiki: the "
            "sandbox wiki on this computer by default, started if needed. For another wiki, "
            "keep its BotPassword in the keyring with `glamdonor login`, or give it in "
            f"{LOGIN_VARIABLE} (Name@bot) and {PASSWORD_VARIABLE}. Each row's state is kept in "
            "the batch's journal: run the same command again to resume after a stop, a crash "
            "or a lost connection; nothing is sent twice."
        ),
        epilog="exit codes:\n" + "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXITS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("batch", type=Path, help="the batch file (batch.toml)")
    parser.add_argument("--yes", action="store_true", help="upload without asking first")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="say what the upload would send and what it would leave out, asking the wiki as "
        "the upload does, and send nothing",
    )
    parser.add_argument("--limit", type=int, help="upload at most this many rows this time")
    parser.add_argument(
        "--pilot",
        type=int,
        metavar="N",
        help="upload N rows drawn at random, then stop, so that they can be reviewed on the "
        "wiki before the rest goes",
    )
    add_target_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.cli.progress import Progress
    from glamdonor.jobs.events import (
        BatchFinished,
        BatchStarted,
        FileSent,
        ItemFailed,
        PilotChosen,
        RowRecorded,
        before_the_first_byte,
        said,
    )
    from glamdonor.jobs.plan import plan_of
    from glamdonor.jobs.upload import upload_batch

    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    wiki = wiki_for(batch, arguments)
    if not arguments.dry_run:
        if arguments.pilot:
            pilot = counted(min(arguments.pilot, len(plan)), FILE, FILES)
            how_many = f"a pilot of {pilot}, drawn at random,"
        elif arguments.limit:
            how_many = f"at most {arguments.limit} of the {counted(len(plan), FILE, FILES)}"
        else:
            how_many = counted(len(plan), FILE, FILES)
        confirm(
            f"Upload {how_many} of “{batch.name}” to {wiki.identity.words()} "
            f"({wiki.api_url}) as {wiki.credentials.login_name}?",
            arguments.yes,
        )
    wiki.connect()
    stop = threading.Event()
    finished = None
    left_out: Counter[str] = Counter()
    with _ctrl_c_stops(stop):
        events = upload_batch(
            batch,
            plan,
            wiki,
            pilot=arguments.pilot or 0,
            limit=arguments.limit,
            cancel=stop,
            dry_run=arguments.dry_run,
        )
        progress: Progress | None = None
        for event in events:
            if isinstance(event, PilotChosen):
                print(f"Pilot: rows {', '.join(map(str, event.rows))}.", file=sys.stderr)
            elif isinstance(event, BatchStarted):
                progress = Progress(event)
                for line in before_the_first_byte(event):
                    print(line, file=sys.stderr)
            elif isinstance(event, FileSent) and progress:
                progress.sent(event)
            elif isinstance(event, BatchFinished):
                finished = event
            elif isinstance(event, RowRecorded):
                continue
            elif progress:
                if isinstance(event, ItemFailed) and event.problem.kind.stage != "upload":
                    left_out[event.code] += 1
                progress.say(said(event))
        if progress:
            progress.clear()
    assert finished is not None
    done = (
        f"{finished.would_upload} would be uploaded"
        if arguments.dry_run
        else f"{finished.uploaded} uploaded"
    )
    print(
        f"{done}, {finished.already_there} already there, {finished.skipped} skipped, "
        f"{finished.failed} not uploaded. Wiki: {wiki.identity.words()}."
        + (" Nothing was sent (a dry run)." if arguments.dry_run else "")
        + (" Stopped: run the same command to go on." if finished.cancelled else ""),
        file=sys.stderr,
    )
    if left_out:
        kinds = ", ".join(f"{code} {count}" for code, count in sorted(left_out.items()))
        rows = counted(sum(left_out.values()), "{n} row", "{n} rows")
        print(
            f"Left out by the check: {rows} ({kinds}). Fix them as each "
            "row's line says, then run the same command again: the rest is not sent again.",
            file=sys.stderr,
        )
    if arguments.pilot and not finished.cancelled and not arguments.dry_run:
        print(
            "Review the pilot's pages on the wiki; then run the same command without --pilot "
            "for the rest.",
            file=sys.stderr,
        )
    if finished.cancelled:
        return EXIT_STOPPED
    return 1 if finished.failed and not arguments.dry_run else 0


@contextlib.contextmanager
def _ctrl_c_stops(stop: threading.Event) -> Iterator[None]:
    """The first Ctrl-C stops the batch after the request under way (a file sent whole, or a
    chunk); a second one at once."""

    from glamdonor.wiki import pwb

    def first(signum: int, frame: object) -> None:
        print(
            "\nStopping after the file or chunk under way (Ctrl-C again to stop at once)...",
            file=sys.stderr,
        )
        stop.set()
        pwb.STOP.set()  # a wait for a wiki that does not answer ends now
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def waiting(seconds: float) -> None:
        print(
            f"The wiki does not answer; trying again in {seconds:.0f} s (Ctrl-C to stop).",
            file=sys.stderr,
        )

    def moved(api_url: str) -> None:
        print(f"The wiki answers again, at {api_url}: going on there.", file=sys.stderr)

    pwb.STOP.clear()
    pwb.waiting, pwb.moved = waiting, moved
    previous = signal.signal(signal.SIGINT, first)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        pwb.waiting = pwb.moved = None
