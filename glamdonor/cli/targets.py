"""Which wiki a command talks to, and with which account: the same for upload and check."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.core.batch import Batch
from glamdonor.core.secrets import LOGIN_VARIABLE, PASSWORD_VARIABLE

if TYPE_CHECKING:
    from glamdonor.wiki.connection import Wiki


def add_target_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wiki",
        help="override the batch's target: sandbox, test-commons, commons, or an api.php URL",
    )
    parser.add_argument("--sandbox-dir", type=Path, help="the sandbox wiki's folder")


def wiki_for(batch: Batch, arguments: argparse.Namespace) -> Wiki:
    """The batch's target wiki (not yet connected); the sandbox is started when needed."""
    return wiki_named(arguments.wiki or batch.target, arguments)


def wiki_named(target: str, arguments: argparse.Namespace) -> Wiki:
    """The wiki ``target`` names (not yet connected), with the account kept for it."""
    from glamdonor.wiki.target import wiki_at  # requests and the rest: when a wiki is asked

    return wiki_at(
        target,
        sandbox_folder=arguments.sandbox_dir,
        how_to_log_in=f"Run `glamdonor login {target} --name YourName@bot` to keep its "
        f"BotPassword in this computer's keyring; or, headless, set {LOGIN_VARIABLE} to the "
        f"login name and {PASSWORD_VARIABLE} to the password.",
    )
