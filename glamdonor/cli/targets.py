"""Which wiki a command talks to, and with which account: the same for upload and check."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from glamdonor.core.batch import SANDBOX, Batch
from glamdonor.core.errors import GlamdonorError
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import LOGIN_VARIABLE, PASSWORD_VARIABLE, Credentials, saved
from glamdonor.wiki.sandbox import Sandbox


def add_target_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wiki", help="override the batch's target: 'sandbox' or an api.php URL")
    parser.add_argument("--sandbox-dir", type=Path, help="the sandbox wiki's folder")


def wiki_for(batch: Batch, arguments: argparse.Namespace) -> Wiki:
    """The batch's target wiki (not yet connected); the sandbox is started when needed."""
    target = arguments.wiki or batch.target
    if target == SANDBOX:
        sandbox = Sandbox(arguments.sandbox_dir)
        status = sandbox.start()
        return Wiki(status.api_url, sandbox.credentials(), throttle=0)
    login, password = os.environ.get(LOGIN_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if login and password:  # headless runs: the environment wins over the keyring
        return Wiki(target, Credentials.from_login_name(login, password))
    kept = saved(target)
    if kept is None:
        raise GlamdonorError(
            f"no account is given for {target}.",
            f"Run `glamdonor login {target} --name YourName@bot` to keep its BotPassword in "
            f"this computer's keyring; or, headless, set {LOGIN_VARIABLE} to the login name "
            f"and {PASSWORD_VARIABLE} to the password.",
        )
    return Wiki(target, kept)
