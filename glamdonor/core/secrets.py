"""Secrets kept out of every text glamdonor writes. A BotPassword, once known to this process,
is blotted out of crash reports and log lines, should a library quote a request that carried
it; the wiki's session cookies stay in pywikibot's private folder (wiki/pwb.py)."""

from __future__ import annotations

import logging

BLOT = "•••"
# For headless runs: the BotPassword in the environment, which wins over the keyring.
LOGIN_VARIABLE, PASSWORD_VARIABLE = "GLAMDONOR_LOGIN", "GLAMDONOR_PASSWORD"
_known: set[str] = set()


def keep_out(secret: str) -> None:
    """From now on, ``secret`` is blotted out of what ``blotted`` is given."""
    if len(secret) >= 4:
        _known.add(secret)


def blotted(text: str) -> str:
    for secret in _known:
        text = text.replace(secret, BLOT)
    return text


class BlotFilter(logging.Filter):
    """A log filter that blots secrets out of each record's message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _known and blotted(message) != message:
            record.msg, record.args = blotted(message), None
        return True
