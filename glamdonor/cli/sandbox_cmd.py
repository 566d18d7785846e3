"""``glamdonor sandbox start|stop|status|reset``: the private test wiki on this computer."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.cli.confirm import confirm

if TYPE_CHECKING:
    from glamdonor.wiki.sandbox import SandboxStatus


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "sandbox",
        help="run a private MediaWiki on this computer to try uploads safely",
        description="A private MediaWiki on this computer, the default target of uploads.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, text in (
        ("start", "install if needed, create and start the wiki (reuses a running one)"),
        ("stop", "stop the wiki's server"),
        ("status", "say whether the wiki runs, and where"),
        ("reset", "throw the wiki away (all its files and pages) and start a fresh one"),
    ):
        action = actions.add_parser(name, help=text, description=text)
        action.add_argument(
            "--dir", type=Path, help="the wiki's folder (default: your data folder)"
        )
        if name in ("start", "reset"):
            action.add_argument("--port", type=int, help="the loopback port (default: a free one)")
        if name == "status":
            action.add_argument(
                "--format", choices=("text", "json"), default="text", help="text or json (text)"
            )
        if name == "reset":
            action.add_argument("--yes", action="store_true", help="do not ask first")
        action.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.wiki.sandbox import Sandbox  # PHP, processes, locks: only to run

    sandbox = Sandbox(arguments.dir)
    if arguments.action == "start":
        _print_status(sandbox.start(arguments.port))
    elif arguments.action == "stop":
        print("Sandbox wiki stopped." if sandbox.stop() else "The sandbox wiki was not running.")
    elif arguments.action == "reset":
        confirm(
            f"Delete every file and page of the sandbox wiki in {sandbox.folder}?", arguments.yes
        )
        _print_status(sandbox.reset(arguments.port))
    elif arguments.format == "json":
        print(json.dumps(sandbox.status().as_dict(), indent=2))
    else:
        _print_status(sandbox.status())
    return 0


def _print_status(status: SandboxStatus) -> None:
    from glamdonor.wiki.sandbox import unavailable

    if status.running:
        print(f"The sandbox wiki runs at {status.api_url.removesuffix('api.php')}")
        if status.port_taken:
            print(
                f"  Port {status.port_taken}, where it ran before, is taken by another program: "
                f"it runs on port {status.port} now. Uploads under way find it there by themselves."
            )
        print(f"  API: {status.api_url}")
        print(f"  Uploader account: {status.login_name} (its password is kept in the folder)")
    elif reason := unavailable():
        print(f"Not here: {reason.message}\n  {reason.hint}")
    else:
        print("The sandbox wiki is not running. Start it with `glamdonor sandbox start`.")
    print(f"  Folder: {status.folder}")
