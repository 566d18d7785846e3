"""A BotPassword: the account, the bot's name and its secret, never shown or logged."""

from __future__ import annotations

from dataclasses import dataclass, field

from glamdonor.core.errors import WikiError


@dataclass(frozen=True)
class Credentials:
    account: str  # the main account, "Uploader"
    bot: str  # the BotPassword's name, "glamdonor"
    password: str = field(repr=False)

    @property
    def login_name(self) -> str:
        return f"{self.account}@{self.bot}"

    @classmethod
    def from_login_name(cls, login_name: str, password: str) -> Credentials:
        account, _, bot = login_name.partition("@")
        if not (account and bot and password):
            raise WikiError(
                f"“{login_name}” is not a BotPassword login name.",
                "Create a BotPassword at Special:BotPasswords on the wiki and give its "
                "login name, which looks like “YourName@glamdonor”, with its password.",
            )
        return cls(account=account, bot=bot, password=password)
