"""Which wiki a job talks to, with which account, for the command line and the window alike:
the sandbox with its own uploader (started when needed), or another wiki with the BotPassword
from the environment (headless runs; it wins) or from the system keyring."""

from __future__ import annotations

import os
from pathlib import Path

from glamdonor.core.errors import GlamdonorError, WikiError
from glamdonor.core.secrets import LOGIN_VARIABLE, PASSWORD_VARIABLE
from glamdonor.core.wikis import SANDBOX, WikiIdentity, api_url_of
from glamdonor.core.words import N_
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import Credentials, saved


def wiki_at(target: str, *, sandbox_folder: Path | None = None, how_to_log_in: str = "") -> Wiki:
    """The wiki, not yet connected (starting the sandbox can take a while: not on a UI thread).
    Without an account for it, the error's hint is ``how_to_log_in``."""
    if target == SANDBOX:
        from glamdonor.wiki.sandbox import Sandbox

        sandbox = Sandbox(sandbox_folder)
        status = sandbox.start()
        return Wiki(status.api_url, sandbox.credentials(), where_now=sandbox.api_url_now)
    api_url = api_url_of(target)
    login, password = os.environ.get(LOGIN_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if login and password:
        return Wiki(api_url, Credentials.from_login_name(login, password))
    kept = saved(api_url)
    if kept is None:
        raise GlamdonorError(N_("no account is given for {target}."), how_to_log_in, target=target)
    return Wiki(api_url, kept)


def identity_at(target: str, *, sandbox_folder: Path | None = None) -> WikiIdentity | None:
    """Who the target wiki is, asked without starting the sandbox or logging in: the
    sandbox's from its folder, another wiki's from its siteinfo; None when that cannot be told
    (no sandbox installed there, the wiki unreachable)."""
    if target == SANDBOX:
        from glamdonor.wiki.sandbox import Sandbox

        return Sandbox(sandbox_folder).identity()
    try:
        return Wiki(api_url_of(target), Credentials("", "", "")).identity
    except WikiError:
        return None
