"""A logged-in connection to one wiki: look files up, upload, read pages back."""

from __future__ import annotations

import contextlib
import hashlib
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import requests

from glamdonor.core.agent import HOME, contact, user_agent
from glamdonor.core.errors import WikiError
from glamdonor.core.wikis import WikiIdentity, api_url_of, identity_of
from glamdonor.core.words import N_
from glamdonor.wiki import pwb, uploads
from glamdonor.wiki.credentials import Credentials
from glamdonor.wiki.uploads import UploadResult

WIKIDATA_API = "https://www.wikidata.org/w/api.php"
REACH_TIMEOUT = 20  # seconds
REACH_TRIES = 3  # the first question, asked again after a dropped connection
WRITE_ATTEMPTS = 3  # for structured data, each after asking whether the last one arrived


@dataclass(frozen=True)
class FileInfo:
    title: str
    exists: bool
    sha1: str = ""
    file_url: str = ""
    page_url: str = ""
    page_id: int = 0  # the file page's id; its structured data is the entity M<page_id>
    revision: int = 0  # the page's current revision
    text: str = ""  # the page's text, when asked for
    invalid: str = ""  # why the wiki takes no page of this title, if it takes none


class Wiki:
    def __init__(
        self,
        api_url: str,
        credentials: Credentials,
        *,
        throttle: float = 0,
        where_now: Callable[[], str | None] | None = None,
    ) -> None:
        """``where_now`` tells where a wiki that stops answering answers again, if it can move
        (the sandbox, started again on another port)."""
        self.api_url = api_url
        self.credentials = credentials
        self.throttle = throttle
        self.where_now = where_now
        # Where the properties of its structured data are defined: Wikidata for Commons. Other
        # wikis (the test wiki for Commons among them) may take theirs from elsewhere: their
        # properties' types are not asked unless this is given.
        self.entity_api = WIKIDATA_API if api_url == api_url_of("commons") else ""
        self._site = None
        self._identity: WikiIdentity | None = None

    def connect(self) -> Wiki:
        if self._identity is None:  # not asked yet who the wiki is, which tells it answers
            self._reachable()
        pywikibot = pwb.load()
        from pywikibot import config, exceptions

        if self.where_now is not None:
            pwb.follow(self.api_url, self.where_now)

        # pywikibot's own throttle waits 10 s before every write, chunks included, and longer
        # for every process it believes runs (killed ones count for 10 minutes). glamdonor
        # paces files itself, by the account's own rate limits (upload_pace): pywikibot's
        # throttle is off unless asked for.
        config.put_throttle = self.throttle
        config.minthrottle = min(config.minthrottle, self.throttle)
        family = "gd" + hashlib.sha1(self.api_url.encode()).hexdigest()[:12]
        account = self.credentials.account
        try:
            with pwb.logging_in(self.api_url, account):  # pywikibot reads its cookies here too
                site = pywikibot.Site(url=self.api_url, fam=family, user=account)
            self._log_in(site)
            # When the wiki says the session is gone (it expired, the wiki restarted),
            # pywikibot calls the site's _relogin, which would ask for a password: ours logs
            # in again with the BotPassword, and the request goes on. No question asked.
            site._relogin = lambda: self._log_in(site)
            pwb.for_the_user_alone()  # the cookie jar pywikibot has just written is a credential
        except exceptions.NoUsernameError:
            raise WikiError(
                N_(
                    "the account {account} does not exist on {api_url}, or its BotPassword is "
                    "wrong."
                ),
                N_("Check the login name and password of the BotPassword."),
                account=account,
                api_url=self.api_url,
            ) from None
        except (exceptions.ServerError, exceptions.ApiTimeoutError, OSError) as error:
            raise WikiError(
                N_("the wiki at {api_url} stopped answering ({error})."),
                N_(
                    "Check the address and your network connection; for the sandbox, run "
                    "`glamdonor sandbox start`."
                ),
                api_url=self.api_url,
                error=type(error).__name__,
            ) from None
        self._site = site
        return self

    def _log_in(self, site: object) -> None:
        from pywikibot.login import ClientLoginManager

        _forget_session(site)  # log in with the credentials given, never a leftover cookie
        manager = ClientLoginManager(
            site=site, user=self.credentials.account, password=self.credentials.password
        )
        manager.login_name = self.credentials.login_name
        with pwb.logging_in(self.api_url, self.credentials.account):  # this wiki's cookie file
            manager.login(retry=False)
            site.login(cookie_only=True)
        if not site.logged_in():
            raise WikiError(
                N_("the wiki at {api_url} refused the login of {login_name}."),
                N_("Check the BotPassword's name and password on Special:BotPasswords."),
                api_url=self.api_url,
                login_name=self.credentials.login_name,
            )

    def user_agent(self) -> str:
        """The User-Agent of glamdonor's own requests to this wiki (pywikibot's: wiki/pwb.py)."""
        who = contact(self.credentials.account) or f"{HOME}/issues"
        return user_agent(f"requests/{requests.__version__}", who)

    @property
    def identity(self) -> WikiIdentity:
        """Who the wiki says it is (siteinfo), asked without logging in: the journal's records
        are filed under it."""
        if self._identity is None:
            self._reachable()
        assert self._identity is not None
        return self._identity

    def _reachable(self) -> None:
        """Ask once, quickly, before pywikibot, which would retry a wrong address for minutes;
        what the wiki says of itself is its identity."""
        try:
            reply = self._first_answer()
            self._identity = identity_of(self.api_url, reply.json()["query"]["general"])
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise WikiError(
                N_("no wiki answers at {api_url} ({error})."),
                N_(
                    "Check the address (it ends in api.php) and your network connection; for the "
                    "sandbox, run `glamdonor sandbox start`."
                ),
                api_url=self.api_url,
                error=type(error).__name__,
            ) from None

    def _first_answer(self) -> requests.Response:
        """The wiki's answer to the first question; a dropped connection, a time-out or a
        server error is tried again twice (1 s, then 2 s later), as any later request is."""
        for attempt in range(REACH_TRIES):
            try:
                reply = requests.get(
                    self.api_url,
                    params={"action": "query", "meta": "siteinfo", "format": "json"},
                    headers={"User-Agent": self.user_agent()},
                    timeout=REACH_TIMEOUT,
                )
                if reply.status_code < 500 or attempt == REACH_TRIES - 1:
                    return reply
            except (requests.ConnectionError, requests.Timeout):
                if attempt == REACH_TRIES - 1:
                    raise
            time.sleep(attempt + 1)
        raise AssertionError("unreachable")

    @property
    def site(self):  # noqa: ANN201 - a pywikibot APISite; its type stays inside this package
        if self._site is None:
            self.connect()
        return self._site

    def _query(self, **parameters: str) -> dict:
        from pywikibot import exceptions
        from pywikibot.data import api

        try:
            request = api.Request(site=self.site, parameters={"action": "query", **parameters})
            return request.submit()
        except (exceptions.ApiTimeoutError, exceptions.ServerError) as error:
            raise WikiError(
                N_("the wiki at {api_url} did not answer, however often it was asked ({error})."),
                N_(
                    "When it answers again (for the sandbox: `glamdonor sandbox start`), run the "
                    "same command again: nothing is lost, nothing is sent twice."
                ),
                api_url=self.api_url,
                error=type(error).__name__,
            ) from None
        except exceptions.APIError as error:
            raise WikiError(
                N_("the wiki at {api_url} answered a question with an error: {info}"),
                N_("Try again later; if it persists, report it with the batch."),
                api_url=self.api_url,
                info=error.info,
            ) from None

    def file_info(self, titles: Iterable[str], *, text: bool = False) -> dict[str, FileInfo]:
        """What the wiki holds at these titles, keyed by the given titles: 50 titles a
        request (more when the wiki splits a long answer), with the page text if asked."""
        wanted = list(titles)
        found: dict[str, FileInfo] = {}
        asked = {"prop": "imageinfo|revisions", "iiprop": "sha1|url", "rvprop": "ids"}
        if text:
            asked |= {"rvprop": "ids|content", "rvslots": "main"}
        for start in range(0, len(wanted), 50):
            chunk = [f"File:{title}" for title in wanted[start : start + 50]]
            pages, renamed = self._pages(titles="|".join(chunk), formatversion="2", **asked)
            for page in pages.values():
                name = renamed.get(page["title"], page["title"]).removeprefix("File:")
                info = (page.get("imageinfo") or [{}])[0]
                revision = (page.get("revisions") or [{}])[0]
                found[name] = FileInfo(
                    title=page["title"].removeprefix("File:"),
                    exists="missing" not in page and bool(info),
                    sha1=info.get("sha1", ""),
                    file_url=info.get("url", ""),
                    page_url=info.get("descriptionurl", ""),
                    page_id=int(page.get("pageid", 0)),
                    revision=int(revision.get("revid", 0)),
                    text=revision.get("slots", {}).get("main", {}).get("content", ""),
                    invalid=page.get("invalidreason", "") if page.get("invalid") else "",
                )
        return found

    def _pages(self, **parameters: str) -> tuple[dict[str, dict], dict[str, str]]:
        """The pages a query answers (formatversion 2), its continuations followed: a wiki
        that cuts a long answer short gives the rest of the revisions in the next parts."""
        pages: dict[str, dict] = {}
        renamed: dict[str, str] = {}
        going_on: dict[str, str] = {}
        while True:
            reply = self._query(**parameters, **going_on)
            query = reply.get("query", {})
            renamed |= {entry["to"]: entry["from"] for entry in query.get("normalized", [])}
            for page in query.get("pages", []):
                known = pages.setdefault(page["title"], page)
                for key in ("imageinfo", "revisions"):
                    if key in page and key not in known:
                        known[key] = page[key]
            if "continue" not in reply:
                return pages, renamed
            going_on = reply["continue"]

    def siteinfo(self) -> dict:
        if not hasattr(self, "_siteinfo"):
            reply = self._query(meta="siteinfo", siprop="general|fileextensions|extensions")
            self._siteinfo = reply["query"]
        return self._siteinfo

    def file_extensions(self) -> frozenset[str]:
        return frozenset(entry["ext"].lower() for entry in self.siteinfo()["fileextensions"])

    def has_extension(self, name: str) -> bool:
        return any(entry.get("name") == name for entry in self.siteinfo().get("extensions", []))

    def files_with_sha1(self, sha1: str) -> list[str]:
        """The current files (titles without "File:") holding exactly these bytes."""
        reply = self._query(list="allimages", aisha1=sha1, ailimit="50")
        return [image["name"].replace("_", " ") for image in reply["query"]["allimages"]]

    def missing_pages(self, titles: Iterable[str]) -> set[str]:
        """Which of these pages (full titles, "Category:X") do not exist, 50 titles a request."""
        wanted = list(dict.fromkeys(titles))
        missing: set[str] = set()
        for start in range(0, len(wanted), 50):
            chunk = wanted[start : start + 50]
            reply = self._query(titles="|".join(chunk), formatversion="2")["query"]
            renamed = {entry["to"]: entry["from"] for entry in reply.get("normalized", [])}
            for page in reply.get("pages", []):
                if page.get("missing") or page.get("invalid"):
                    missing.add(renamed.get(page["title"], page["title"]))
        return missing

    def title_refusal(self, title: str) -> str:
        """Why the wiki's title blacklist refuses uploading File:``title``, or ""."""
        from pywikibot.data import api

        reply = api.Request(
            site=self.site,
            parameters={
                "action": "titleblacklist",
                "tbtitle": f"File:{title}",
                "tbaction": "upload",
            },
        ).submit()["titleblacklist"]
        if reply.get("result") != "blacklisted":
            return ""
        return str(reply.get("reason") or reply.get("message") or "the title is blacklisted")

    def render(self, text: str, title: str) -> str:
        """The page's HTML as the wiki's parser draws ``text`` (nothing is saved)."""
        from pywikibot.data import api

        reply = api.Request(
            site=self.site,
            parameters={
                "action": "parse",
                "text": text,
                "title": f"File:{title}",
                "contentmodel": "wikitext",
                "prop": "text",
                "disablelimitreport": True,
                "formatversion": "2",
            },
        ).submit()
        return reply["parse"]["text"]

    def upload(
        self, path: Path, title: str, text: str, summary: str, *, sha1: str = ""
    ) -> UploadResult:
        """Upload one file in one request; every warning stops it and is returned. With
        ``sha1``, bytes other than those (the file changed) are not sent: ``SourceChanged``."""
        return uploads.whole(self, path, title, text, summary, sha1=sha1)

    def upload_in_chunks(
        self,
        path: Path,
        title: str,
        text: str,
        summary: str,
        *,
        chunk_size: int,
        stash_key: str = "",
        noted: Callable[[str, int], None] = lambda key, offset: None,
        deadline: float | None = None,
        sha1: str = "",
    ) -> UploadResult:
        """Upload in chunks through the wiki's stash (``uploads.in_chunks``)."""
        return uploads.in_chunks(
            self,
            path,
            title,
            text,
            summary,
            chunk_size=chunk_size,
            stash_key=stash_key,
            noted=noted,
            deadline=deadline,
            sha1=sha1,
        )

    def upload_pace(self, action: str = "upload") -> float:
        """Seconds to leave between two uploads (or edits: ``action="edit"``), from the
        account's rate limits on the wiki; 0 when it has none (bots, administrators).

        A limit of L uploads in W seconds is kept as one upload every W / (L - 1) seconds: the
        wiki counts what it took over the whole window just before each request, so an upload
        every W / L seconds would find the limit reached at every window's edge."""
        userinfo = self._query(meta="userinfo", uiprop="ratelimits|rights")["query"]["userinfo"]
        if "noratelimit" in userinfo.get("rights", []):
            return 0.0
        limits = userinfo.get("ratelimits", {}).get(action, {}).values()
        paces = [
            limit["seconds"] / (limit["hits"] - 1) if limit["hits"] > 1 else limit["seconds"] + 1
            for limit in limits
            if limit.get("hits")
        ]
        return max(paces, default=0.0)

    def property_types(self, properties: list[str]) -> dict[str, str]:
        """The datatype of each property ("wikibase-item", "string", "url", ...), from the
        entity source of the wiki's structured data (Wikidata for Commons: ``entity_api``),
        asked with ``wbgetentities``; a property it does not know is left out."""
        try:
            reply = requests.get(
                self.entity_api,
                params={
                    "action": "wbgetentities",
                    "ids": "|".join(properties),
                    "props": "datatype",
                    "format": "json",
                },
                headers={"User-Agent": self.user_agent()},
                timeout=REACH_TIMEOUT,
            )
            entities = reply.json().get("entities", {})
        except (requests.RequestException, ValueError, AttributeError) as error:
            raise WikiError(
                N_("the types of the properties could not be asked of {api_url} ({error})."),
                N_("Check your network connection and run the same command again."),
                api_url=self.entity_api,
                error=type(error).__name__,
            ) from None
        return {
            key: str(found["datatype"])
            for key, found in entities.items()
            if isinstance(found, dict) and "datatype" in found and "missing" not in found
        }

    def has_structured_data(self) -> bool:
        """Whether files on the wiki have structured data (MediaInfo), as on Commons."""
        return self.has_extension("WikibaseMediaInfo")

    def write_structured_data(self, page_id: int, data: str, summary: str) -> None:
        """Write captions and statements to the file page's MediaInfo entity ``M<page_id>``,
        once: a request whose reply is lost is not sent again blindly (that would add every
        statement twice) but only when the wiki shows no data for the file.

        Raises ``StructuredDataRefused`` when the wiki refuses them, ``StructuredDataLost``
        when it cannot be told whether they arrived."""
        from pywikibot import exceptions
        from pywikibot.data import api

        for attempt in range(WRITE_ATTEMPTS):
            parameters = {
                "action": "wbeditentity",
                "id": f"M{page_id}",
                "data": data,
                "summary": summary,
                "token": self.site.tokens["csrf"],
                "bot": True,
            }
            request = api.Request(site=self.site, parameters=parameters)
            request.max_retries = 0  # no blind retry by pywikibot: asked first, below
            try:
                request.submit()
                return
            except exceptions.APIError as error:
                raise StructuredDataRefused(error.info) from None
            except WikiError:
                raise  # the login cannot be renewed: the batch stops
            except Exception as error:  # whatever broke, the wiki is asked
                lost = error
            try:
                if self.structured_data_present(page_id):
                    return
            except Exception as error:  # it cannot tell: said so below
                lost = error
            if attempt + 1 < WRITE_ATTEMPTS:
                time.sleep(pwb.jittered(attempt + 1))
        raise StructuredDataLost(type(lost).__name__)

    def structured_data_present(self, page_id: int) -> bool:
        """Whether the file's MediaInfo entity holds captions or statements already."""
        from pywikibot.data import api

        entity_id = f"M{page_id}"
        reply = api.Request(
            site=self.site, parameters={"action": "wbgetentities", "ids": entity_id}
        ).submit()
        entity = reply.get("entities", {}).get(entity_id, {})
        return "missing" not in entity and bool(entity.get("labels") or entity.get("statements"))


class StructuredDataRefused(Exception):
    """The wiki refused the captions and statements; the message says why."""


class StructuredDataLost(Exception):
    """Whether the captions and statements arrived could not be told: the replies were lost."""


def _forget_session(site: object) -> None:
    from pywikibot.comms import http

    host = urllib.parse.urlsplit(site.base_url("")).hostname or ""
    for cookie in list(http.cookie_jar):
        if cookie.domain.lstrip(".") in (host, f"{host}.local"):
            http.cookie_jar.clear(cookie.domain, cookie.path, cookie.name)
    site.tokens.clear()  # tokens belong to the old session
    with contextlib.suppress(AttributeError):
        del site.userinfo
