"""A BotPassword: the account, the bot's name and its secret, never shown or logged; kept
between runs in the system's keyring (never in a file of ours), one per wiki."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from glamdonor.core.errors import WikiError
from glamdonor.core.secrets import keep_out
from glamdonor.core.words import N_


@dataclass(frozen=True)
class Credentials:
    account: str  # the main account, "Uploader"
    bot: str  # the BotPassword's name, "glamdonor"
    password: str = field(repr=False)

    def __post_init__(self) -> None:
        keep_out(self.password)  # never written anywhere by us, blotted out of reports

    @property
    def login_name(self) -> str:
        return f"{self.account}@{self.bot}"

    @classmethod
    def from_login_name(cls, login_name: str, password: str) -> Credentials:
        account, _, bot = login_name.partition("@")
        if not (account and bot and password):
            raise WikiError(
                N_("“{login_name}” is not a BotPassword login name."),
                N_(
                    "Create a BotPassword at Special:BotPasswords on the wiki and give its login "
                    "name, which looks like “YourName@glamdonor”, with its password."
                ),
                login_name=login_name,
            )
        return cls(account=account, bot=bot, password=password)


KEYRING_SERVICE = "glamdonor"


def saved(api_url: str) -> Credentials | None:
    """The BotPassword kept in the system keyring for this wiki, if any."""
    import keyring
    from keyring.errors import KeyringError

    try:
        secret = keyring.get_password(KEYRING_SERVICE, api_url)
    except KeyringError:
        return None  # no keyring on this computer: nothing was saved there
    if not secret:
        return None
    kept = json.loads(secret)
    return Credentials.from_login_name(kept["login"], kept["password"])


def save(api_url: str, credentials: Credentials) -> None:
    """Keep the BotPassword for this wiki in the system keyring."""
    import keyring
    from keyring.errors import KeyringError

    secret = json.dumps({"login": credentials.login_name, "password": credentials.password})
    try:
        keyring.set_password(KEYRING_SERVICE, api_url, secret)
    except KeyringError as error:
        raise WikiError(
            N_("the system keyring could not keep the password ({error})."),
            N_(
                "On a computer without a keyring (a server), give the BotPassword in the "
                "GLAMDONOR_LOGIN and GLAMDONOR_PASSWORD environment variables instead."
            ),
            error=type(error).__name__,
        ) from None


def forget(api_url: str) -> bool:
    """Remove this wiki's BotPassword from the keyring; whether there was one."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, api_url)
    except PasswordDeleteError:
        return False
    except KeyringError:
        return False
    return True
