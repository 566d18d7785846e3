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


SANDBOX_NAME = "glamdonor sandbox"  # the sandbox's $wgSitename


@dataclass(frozen=True)
class WikiIdentity:
    """Which wiki a journal's records are true of: what the wiki says of itself (siteinfo),
    not only where it was reached. A sandbox made anew at the same address is another wiki:
    each sandbox install has a database name of its own, which siteinfo gives as ``wikiid``."""

    wikiid: str  # siteinfo's wikiid: the database name ("commonswiki", "glamdonor_sandbox_…")
    server: str  # siteinfo's server: "//commons.wikimedia.org", "http://127.0.0.1:8080"
    name: str = ""  # siteinfo's sitename
    api_url: str = ""  # where it was reached

    @property
    def key(self) -> str:
        """What the journal files the records under. A sandbox install's id is its own (the
        port it is served on may change between starts); other wikis add their server."""
        if self.wikiid.startswith("glamdonor_sandbox_"):
            return self.wikiid
        return f"{self.wikiid}@{self.server.split('//', 1)[-1]}"

    @property
    def is_sandbox(self) -> bool:
        return self.name == SANDBOX_NAME

    def words(self) -> str:
        """The wiki as users are told of it: "Wikimedia Commons", "the sandbox wiki on this
        computer (127.0.0.1:8080)", "Some Wiki (wiki.example.org)". English; the window
        translates the named ones."""
        host = self.server.split("//", 1)[-1]
        for named in NAMED_WIKIS.values():
            if named.api_url.split("//", 1)[-1].startswith(host + "/"):
                return named.words
        if self.is_sandbox:
            return f"the sandbox wiki on this computer ({host})"
        return f"{self.name} ({host})" if self.name else host


def identity_of(api_url: str, general: dict) -> WikiIdentity:
    """The identity in a siteinfo reply's ``general`` part."""
    return WikiIdentity(
        wikiid=str(general.get("wikiid", "")),
        server=str(general.get("server", "")),
        name=str(general.get("sitename", "")),
        api_url=api_url,
    )
