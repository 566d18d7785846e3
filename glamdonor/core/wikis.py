"""The wikis a batch can name by a word instead of an address (``[target] wiki = "..."``).

    sandbox        the private MediaWiki glamdonor runs on this computer (Linux only)
    test-commons   Wikimedia's test wiki for Commons: a rehearsal with structured data, from
                   any computer, with an account and a BotPassword of that wiki
    commons        Wikimedia Commons itself

Any other target is the address of a wiki's api.php.
"""

from __future__ import annotations

from dataclasses import dataclass

from glamdonor.core.words import N_

SANDBOX = "sandbox"


@dataclass(frozen=True)
class NamedWiki:
    name: str  # as written in a batch file
    api_url: str
    words: str  # what the wiki is called when users are told where their files go


NAMED_WIKIS: dict[str, NamedWiki] = {
    wiki.name: wiki
    for wiki in (
        NamedWiki(
            "test-commons",
            "https://test-commons.wikimedia.org/w/api.php",
            N_("Wikimedia's test wiki for Commons"),
        ),
        NamedWiki("commons", "https://commons.wikimedia.org/w/api.php", N_("Wikimedia Commons")),
    )
}


def api_url_of(target: str) -> str:
    """The api.php address of a target other than the sandbox: a named wiki's, or as written."""
    named = NAMED_WIKIS.get(target.strip().casefold())
    return named.api_url if named else target.strip()


def is_known_target(target: str) -> bool:
    """A word glamdonor knows, or something written as a web address."""
    word = target.strip().casefold()
    return word == SANDBOX or word in NAMED_WIKIS or word.startswith(("http://", "https://"))
