"""A logged-in connection to one wiki: look files up, upload, read pages back."""

from __future__ import annotations

import contextlib
import hashlib
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import requests

from glamdonor.core.errors import WikiError
from glamdonor.wiki import pwb
from glamdonor.wiki.credentials import Credentials

REACH_TIMEOUT = 20  # seconds

# What an upload warning means, said to a registrar. Codes: FACTS.md §1.
WARNING_TEXT = {
    "exists": "a different file already has this title on the wiki",
    "exists-normalized": "a file with nearly the same title already exists on the wiki",
    "page-exists": "a page with this title already exists on the wiki",
    "duplicate": "the same file is already on the wiki under another title",
    "duplicate-archive": "the same file was on the wiki before and was deleted",
    "was-deleted": "a file with this title was deleted from the wiki before",
    "badfilename": "the wiki would change this file name",
    "bad-prefix": "the title starts like a camera's automatic file name",
    "filetype-unwanted-type": "the wiki does not want this file type",
    "large-file": "the file is larger than the wiki recommends",
    "empty-file": "the file is empty",
    "nochange": "the wiki already holds exactly this version",
    "duplicateversions": "this content is already an older version of the file",
}


@dataclass(frozen=True)
class FileInfo:
    title: str
    exists: bool
    sha1: str = ""
    file_url: str = ""
    page_url: str = ""
    page_id: int = 0  # the file page's id; its structured data is the entity M<page_id>


@dataclass(frozen=True)
class UploadResult:
    published: bool
    warnings: list[tuple[str, str]] = field(default_factory=list)
    error: str = ""

    def explain(self) -> str:
        if self.error:
            return self.error
        said = [WARNING_TEXT.get(code, f"the wiki warned: {info}") for code, info in self.warnings]
        return "; ".join(said) or "the wiki did not publish the file"


class Wiki:
    def __init__(self, api_url: str, credentials: Credentials, *, throttle: float = 10) -> None:
        self.api_url = api_url
        self.credentials = credentials
        self.throttle = throttle
        self._site = None

    def connect(self) -> Wiki:
        self._reachable()
        pywikibot = pwb.load()
        from pywikibot import config, exceptions
        from pywikibot.login import ClientLoginManager

        config.put_throttle = self.throttle
        # pywikibot waits at least minthrottle between requests, times the processes it
        # believes run (killed ones count for 10 minutes): none for a wiki without a throttle.
        config.minthrottle = min(config.minthrottle, self.throttle)
        family = "gd" + hashlib.sha1(self.api_url.encode()).hexdigest()[:12]
        account = self.credentials.account
        try:
            site = pywikibot.Site(url=self.api_url, fam=family, user=account)
            _forget_session(site)  # log in with the credentials given, never a leftover cookie
            manager = ClientLoginManager(
                site=site, user=account, password=self.credentials.password
            )
            manager.login_name = self.credentials.login_name
            manager.login(retry=False)
            site.login(cookie_only=True)
            if not site.logged_in():
                raise WikiError(
                    f"the wiki at {self.api_url} refused the login of "
                    f"{self.credentials.login_name}.",
                    "Check the BotPassword's name and password on Special:BotPasswords.",
                )
        except exceptions.NoUsernameError:
            raise WikiError(
                f"the account {account} does not exist on {self.api_url}, or its "
                "BotPassword is wrong.",
                "Check the login name and password of the BotPassword.",
            ) from None
        except (exceptions.ServerError, exceptions.ApiTimeoutError, OSError) as error:
            raise WikiError(
                f"the wiki at {self.api_url} stopped answering ({type(error).__name__}).",
                "Check the address and your network connection; for the sandbox, run "
                "`glamdonor sandbox start`.",
            ) from None
        self._site = site
        return self

    def _reachable(self) -> None:
        """Ask once, quickly, before pywikibot, which would retry a wrong address for minutes."""
        try:
            reply = requests.get(
                self.api_url,
                params={"action": "query", "meta": "siteinfo", "format": "json"},
                headers={"User-Agent": pwb.USER_AGENT.replace(" {pwb}", "")},
                timeout=REACH_TIMEOUT,
            )
            reply.json()["query"]["general"]
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise WikiError(
                f"no wiki answers at {self.api_url} ({type(error).__name__}).",
                "Check the address (it ends in api.php) and your network connection; for the "
                "sandbox, run `glamdonor sandbox start`.",
            ) from None

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
        except exceptions.APIError as error:
            raise WikiError(
                f"the wiki at {self.api_url} answered a question with an error: {error.info}",
                "Try again later; if it persists, report it with the batch.",
            ) from None

    def file_info(self, titles: Iterable[str]) -> dict[str, FileInfo]:
        """What the wiki holds at these titles, 50 titles a request, keyed by the given titles."""
        wanted = list(titles)
        found: dict[str, FileInfo] = {}
        for start in range(0, len(wanted), 50):
            chunk = [f"File:{title}" for title in wanted[start : start + 50]]
            reply = self._query(titles="|".join(chunk), prop="imageinfo", iiprop="sha1|url")
            query = reply.get("query", {})
            renamed = {entry["to"]: entry["from"] for entry in query.get("normalized", [])}
            for page in query.get("pages", {}).values():
                asked = renamed.get(page["title"], page["title"]).removeprefix("File:")
                info = (page.get("imageinfo") or [{}])[0]
                found[asked] = FileInfo(
                    title=page["title"].removeprefix("File:"),
                    exists="missing" not in page and bool(info),
                    sha1=info.get("sha1", ""),
                    file_url=info.get("url", ""),
                    page_url=info.get("descriptionurl", ""),
                    page_id=int(page.get("pageid", 0)),
                )
        return found

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

    def page_text(self, title: str) -> str:
        reply = self._query(
            titles=title, prop="revisions", rvprop="content", rvslots="main", formatversion="2"
        )
        page = reply["query"]["pages"][0]
        if page.get("missing"):
            return ""
        return page["revisions"][0]["slots"]["main"]["content"]

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
    ) -> UploadResult:
        """Send the file in chunks to the wiki's stash, then publish it from there.

        After each chunk the wiki has taken, ``noted(stash_key, offset)`` is called so that the
        caller can write it down. Given such a ``stash_key``, the upload goes on from the offset
        the wiki reports for it (``checkstatus``), or from the start if the stash is gone. Driven
        here rather than by pywikibot's uploader, which keeps the stash key to itself.
        """
        from pywikibot import exceptions
        from pywikibot.data import api

        size = path.stat().st_size
        token = self.site.tokens["csrf"]
        offset = self._stash_offset(stash_key, token, size) if stash_key else 0
        if offset is None:
            stash_key, offset = "", 0
        with path.open("rb") as handle:
            while offset < size:
                handle.seek(offset)
                chunk = handle.read(chunk_size)
                if len(chunk) < chunk_size or (offset + len(chunk) == size and chunk[-1:] == b"\r"):
                    chunk += b"\r"  # pywikibot's multipart encoding drops one (T132676)
                parameters = {
                    "action": "upload",
                    "token": token,
                    "stash": True,
                    "filesize": size,
                    "offset": offset,
                    "filename": title,
                    "ignorewarnings": True,  # warnings come when publishing, and are decided then
                }
                if stash_key:
                    parameters["filekey"] = stash_key
                mime = {"chunk": (chunk, ("application", "octet-stream"), {"filename": "chunk"})}
                try:
                    reply = api.Request(site=self.site, parameters=parameters, mime=mime).submit()
                except exceptions.APIError as error:
                    expected = error.other.get("offset") if error.code == "stashfailed" else None
                    if expected is not None and int(expected) != offset:
                        offset = int(expected)  # the wiki had more (or less) than we thought
                        continue
                    return UploadResult(False, error=f"the wiki refused a chunk: {error.info}")
                answer = reply["upload"]
                stash_key = answer.get("filekey", stash_key)
                if answer["result"] == "Continue":
                    offset = int(answer["offset"])
                elif answer["result"] == "Success":
                    offset = size
                else:
                    return UploadResult(False, error=f"the wiki answered “{answer['result']}”")
                noted(stash_key, offset)
        return self._publish(title, stash_key, text, summary, token)

    def _stash_offset(self, stash_key: str, token: str, size: int) -> int | None:
        """How many bytes of the stashed upload the wiki holds; None if it holds none."""
        from pywikibot import exceptions
        from pywikibot.data import api

        parameters = {"action": "upload", "checkstatus": True, "filekey": stash_key, "token": token}
        try:
            answer = api.Request(site=self.site, parameters=parameters).submit()["upload"]
        except exceptions.APIError:
            return None  # missingresult, or the stash expired: start over
        if answer.get("result") == "Success":
            return size
        return int(answer["offset"]) if answer.get("result") == "Continue" else None

    def _publish(
        self, title: str, stash_key: str, text: str, summary: str, token: str
    ) -> UploadResult:
        from pywikibot import exceptions
        from pywikibot.data import api

        parameters = {
            "action": "upload",
            "filename": title,
            "filekey": stash_key,
            "comment": summary,
            "text": text,
            "token": token,
        }
        try:
            answer = api.Request(site=self.site, parameters=parameters).submit()["upload"]
        except exceptions.APIError as error:
            if error.code in {"permissiondenied", "mustbeloggedin"}:
                raise WikiError(
                    f"the account {self.credentials.account} may not upload here ({error.code}).",
                    "Ask the wiki's administrators for upload rights, or use another account.",
                ) from None
            return UploadResult(False, error=f"the wiki refused it: {error.info}")
        if answer.get("result") == "Success":
            return UploadResult(True)
        warnings = [(code, str(info)) for code, info in answer.get("warnings", {}).items()]
        return UploadResult(False, warnings=warnings)

    def upload(self, path: Path, title: str, text: str, summary: str) -> UploadResult:
        """Upload one file; every warning stops it and is returned, none is ignored."""
        pywikibot = pwb.load()
        from pywikibot import exceptions

        seen: list[tuple[str, str]] = []

        def refuse_warnings(warnings: list) -> bool:
            seen.extend((warning.code, str(warning.info)) for warning in warnings)
            return False

        page = pywikibot.FilePage(self.site, f"File:{title}")
        try:
            published = self.site.upload(
                page,
                source_filename=str(path),
                summary=summary,
                text=text,
                ignore_warnings=refuse_warnings,
                report_success=False,
            )
        except exceptions.UploadError as error:
            if error.code in WARNING_TEXT:
                return UploadResult(False, warnings=[*seen, (error.code, str(error.info))])
            return UploadResult(False, warnings=seen, error=f"the wiki refused it: {error.info}")
        except exceptions.APIError as error:
            if error.code in {"permissiondenied", "mustbeloggedin", "badtoken"}:
                raise WikiError(
                    f"the account {self.credentials.account} may not upload here ({error.code}).",
                    "Ask the wiki's administrators for upload rights, or use another account.",
                ) from None
            return UploadResult(False, warnings=seen, error=f"the wiki refused it: {error.info}")
        return UploadResult(bool(published), warnings=seen)


def _forget_session(site: object) -> None:
    from pywikibot.comms import http

    host = urllib.parse.urlsplit(site.base_url("")).hostname or ""
    for cookie in list(http.cookie_jar):
        if cookie.domain.lstrip(".") in (host, f"{host}.local"):
            http.cookie_jar.clear(cookie.domain, cookie.path, cookie.name)
    site.tokens.clear()  # tokens belong to the old session
    with contextlib.suppress(AttributeError):
        del site.userinfo
