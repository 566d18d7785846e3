"""The User-Agent of every request glamdonor makes, as Wikimedia's User-Agent policy asks of a
tool: its name and version, its address, a way to reach whoever runs it, and the library.

    glamdonor/0.1.0 (https://github.com/glamdonor/glamdonor; operator@museum.example) requests/2.34

The contact is GLAMDONOR_CONTACT (an e-mail address or a user page) when set; else the wiki
account's user page, which pywikibot fills in request by request for uploads
(``User:{username}``, wiki/pwb.py) and ``contact()`` gives for glamdonor's own requests.
"""

from __future__ import annotations

import os

from glamdonor import __version__
from glamdonor.core.secrets import LOGIN_VARIABLE

HOME = "https://github.com/glamdonor/glamdonor"
CONTACT_VARIABLE = "GLAMDONOR_CONTACT"


def contact(account: str = "") -> str:
    """Who runs this glamdonor: GLAMDONOR_CONTACT, else the account's user page (the account
    given, else that of GLAMDONOR_LOGIN), else "" (the caller then has the wiki say it)."""
    given = os.environ.get(CONTACT_VARIABLE, "").strip()
    if given:
        return given
    account = account or os.environ.get(LOGIN_VARIABLE, "").partition("@")[0].strip()
    return f"User:{account}" if account else ""


def user_agent(library: str, who: str) -> str:
    """The whole User-Agent: ``who`` is the contact, ``library`` the library and its version."""
    return f"glamdonor/{__version__} ({HOME}; {who}) {library}"
