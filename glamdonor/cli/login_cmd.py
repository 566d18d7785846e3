"""``glamdonor login`` and ``glamdonor logout``: keep a wiki's BotPassword in the system
keyring, so that uploads to that wiki need no password typed or written anywhere."""

from __future__ import annotations

import argparse
import getpass
import sys

from glamdonor.cli.targets import LOGIN_VARIABLE, PASSWORD_VARIABLE
from glamdonor.core.wikis import api_url_of
from glamdonor.wiki.credentials import Credentials, forget, save

HOW_TO = (
    "Make a BotPassword on the wiki first: log in there, open Special:BotPasswords, give it a "
    "name (for example “glamdonor”) and the rights “High-volume editing”, “Edit existing "
    "pages”, “Create, edit, and move pages” and “Upload new files”; the wiki then shows a "
    "login name such as “YourName@glamdonor” and a password."
)


def add_parser(commands: argparse._SubParsersAction) -> None:
    login = commands.add_parser(
        "login",
        help="keep a wiki's BotPassword in this computer's keyring",
        description=f"Check a BotPassword on a wiki and keep it in the system keyring. "
        f"{HOW_TO} On a server without a keyring, set {LOGIN_VARIABLE} and "
        f"{PASSWORD_VARIABLE} instead.",
    )
    login.add_argument("wiki", help="the wiki: test-commons, commons, or its api.php URL")
    login.add_argument("--name", required=True, help="the BotPassword's login name (Name@bot)")
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of asking for it",
    )
    login.set_defaults(run=_login)
    logout = commands.add_parser(
        "logout",
        help="remove a wiki's BotPassword from the keyring",
        description="Remove the BotPassword kept for a wiki from this computer's keyring.",
    )
    logout.add_argument("wiki", help="the wiki: test-commons, commons, or its api.php URL")
    logout.set_defaults(run=_logout)


def _login(arguments: argparse.Namespace) -> int:
    if arguments.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password of {arguments.name}: ")
    credentials = Credentials.from_login_name(arguments.name, password)
    from glamdonor.wiki.connection import Wiki  # requests and the rest: when it logs in

    Wiki(api_url_of(arguments.wiki), credentials).connect()  # refuses a wrong name or password
    save(api_url_of(arguments.wiki), credentials)
    print(f"Logged in to {arguments.wiki} as {credentials.login_name}; kept in the keyring.")
    return 0


def _logout(arguments: argparse.Namespace) -> int:
    if forget(api_url_of(arguments.wiki)):
        print(f"The BotPassword for {arguments.wiki} is no longer kept on this computer.")
    else:
        print(f"No BotPassword was kept for {arguments.wiki}.")
    return 0
