"""Which wiki the window talks to, with which account: the batch's target; the sandbox's own
uploader, or the BotPassword kept in the system keyring (or given in the environment)."""

from __future__ import annotations

import os

from glamdonor.core.batch import SANDBOX, Batch
from glamdonor.core.errors import GlamdonorError
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import LOGIN_VARIABLE, PASSWORD_VARIABLE, Credentials, saved


def wiki_for(batch: Batch) -> Wiki:
    """The batch's wiki, not yet connected (the sandbox is started: call it off the UI thread)."""
    if batch.target == SANDBOX:
        from glamdonor.wiki.sandbox import Sandbox

        sandbox = Sandbox()
        status = sandbox.start()
        return Wiki(status.api_url, sandbox.credentials(), throttle=0)
    login, password = os.environ.get(LOGIN_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if login and password:
        return Wiki(batch.target, Credentials.from_login_name(login, password))
    kept = saved(batch.target)
    if kept is None:
        raise GlamdonorError(
            f"no account is kept for {batch.target}.",
            "Log in on the Upload step with a BotPassword of the wiki.",
        )
    return Wiki(batch.target, kept)
