"""``glamdonor upload BATCH``: send a batch's files to the wiki, row by row."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from glamdonor.cli.confirm import confirm
from glamdonor.core.batch import SANDBOX, load_batch
from glamdonor.core.errors import GlamdonorError
from glamdonor.jobs.events import BatchFinished, ItemFailed, ItemUploaded
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import Credentials
from glamdonor.wiki.sandbox import Sandbox

LOGIN_VARIABLE, PASSWORD_VARIABLE = "GLAMDONOR_LOGIN", "GLAMDONOR_PASSWORD"


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
    parser.add_argument("--wiki", help="override the target: 'sandbox' or an api.php URL")
    parser.add_argument("--sandbox-dir", type=Path, help="the sandbox wiki's folder")
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    batch = load_batch(arguments.batch)
    plan = plan_of(batch)
    wiki = _wiki_for(arguments.wiki or batch.target, arguments.sandbox_dir)
    confirm(
        f"Upload {len(plan)} file(s) of “{batch.name}” to {wiki.api_url} as "
        f"{wiki.credentials.login_name}?",
        arguments.yes,
    )
    wiki.connect()
    finished = None
    for event in upload(plan, wiki):
        if isinstance(event, ItemUploaded):
            said = "already there" if event.already_there else "uploaded"
            print(f"row {event.row}: {said}: {event.page_url}")
        elif isinstance(event, ItemFailed):
            print(f"row {event.row}: not uploaded: {event.message} {event.hint}".rstrip())
        elif isinstance(event, BatchFinished):
            finished = event
    assert finished is not None
    print(
        f"{finished.uploaded} uploaded, {finished.already_there} already there, "
        f"{finished.failed} not uploaded.",
        file=sys.stderr,
    )
    return 1 if finished.failed else 0


def _wiki_for(target: str, sandbox_dir: Path | None) -> Wiki:
    if target == SANDBOX:
        sandbox = Sandbox(sandbox_dir)
        status = sandbox.start()
        return Wiki(status.api_url, sandbox.credentials(), throttle=0)
    login, password = os.environ.get(LOGIN_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if not (login and password):
        raise GlamdonorError(
            f"no account is given for {target}.",
            f"Set {LOGIN_VARIABLE} to the BotPassword's login name (Name@bot) and "
            f"{PASSWORD_VARIABLE} to its password.",
        )
    return Wiki(target, Credentials.from_login_name(login, password))
