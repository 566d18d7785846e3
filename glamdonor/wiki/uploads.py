"""Sending a file to the wiki: in one request, or in chunks through the wiki's stash, and
what the wiki answered. Called through ``Wiki.upload`` and ``Wiki.upload_in_chunks``."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.core.errors import WikiError
from glamdonor.core.problems import KINDS, Problem, problem
from glamdonor.core.words import N_
from glamdonor.wiki import pwb

if TYPE_CHECKING:
    from glamdonor.wiki.connection import Wiki

# Warnings that say nothing against the file: the upload goes on. Every other warning stops
# it, and the file is reported with the warning's meaning (core/problems.py, stage "upload");
# none is ignored wholesale. Codes: docs/commons.md, "Uploading".
HARMLESS = frozenset({"large-file"})


@dataclass(frozen=True)
class UploadResult:
    published: bool
    warnings: list[tuple[str, str]] = field(default_factory=list)
    refusal: str = ""  # what the wiki said when it refused the file, if it did
    duplicates: tuple[str, ...] = ()  # titles holding the same bytes (the "duplicate" warning)
    # The wiki had lost track of the half-sent upload it held: the file was sent again from
    # its first byte (what was sent before waits in the wiki's stash until the wiki clears it).
    started_over: bool = False

    def problem(self) -> Problem:
        """Why the file was not published, as a problem of its row."""
        if self.refusal or not self.warnings:
            return problem("refused", info=self.refusal or "the wiki did not publish the file")
        code, info = self.warnings[0]
        return problem(code) if code in KINDS else problem("warned", info=info)


# What the wiki answers a chunk of an upload it no longer goes on with: its status was lost,
# or it has put the file together already (and removed the key the chunks went to).
GONE = frozenset({"stashfailed", "uploadstash-file-not-found"})


class TooSlow(Exception):
    """The file's deadline passed between two chunks; its stash is kept for the next run."""


class Halted(Exception):
    """The person asked to stop (``pwb.STOP``) while a file went in chunks: no further chunk
    was sent; the stash and its offset are noted, and the next run goes on from there."""


class SourceChanged(Exception):
    """The file's bytes are no longer those that were hashed: nothing was published."""


class SourceGone(Exception):
    """The file can no longer be read (deleted, moved, its drive disconnected, or its
    permissions changed: ``unreadable``)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or type(error).__name__)
        self.unreadable = isinstance(error, PermissionError)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise SourceGone(error) from None


def whole(
    wiki: Wiki, path: Path, title: str, text: str, summary: str, *, sha1: str = ""
) -> UploadResult:
    """Upload one file in one request. Warnings are decided one by one: when all of them are
    harmless the file is published from the wiki's stash, where it waits, not sent again.
    The bytes sent are those read once here: with ``sha1``, they must be the ones hashed."""
    token = wiki.site.tokens["csrf"]
    parameters = {"action": "upload", "filename": title, "comment": summary, "text": text}
    content = _read(path)
    if sha1 and hashlib.sha1(content).hexdigest() != sha1:
        raise SourceChanged(title)
    mime = {"file": (content, ("application", "octet-stream"), {"filename": "FILE"})}
    return _decided(wiki, {**parameters, "token": token}, mime)


def in_chunks(
    wiki: Wiki,
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
    """Send the file in chunks to the wiki's stash, then publish it from there.

    After each chunk the wiki has taken, ``noted(stash_key, offset)`` is called so that the
    caller can write it down. Given such a ``stash_key``, the upload goes on from the offset
    the wiki reports for it (``checkstatus``). When the wiki no longer reports it, the
    account's stash is looked at (``_going_on``): a whole copy of the file (its SHA-1) is
    published as it is, never assembled again; a half-sent upload goes on from the size the
    stash lists; only if the wiki refuses to go on is the file sent again from its first byte,
    once, and the result says so. Past ``deadline`` (``time.monotonic()``), no further chunk
    is sent: ``TooSlow`` is raised; asked to stop (``pwb.STOP``), ``Halted``. With ``sha1``,
    the stash is published only if the wiki's SHA-1 of it is that one: chunks of a file that
    changed while it was sent (here or in an earlier run) are never published. Driven here
    rather than by pywikibot's uploader, which keeps the stash key to itself.
    """
    from pywikibot import exceptions
    from pywikibot.data import api

    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as error:
        raise SourceGone(error) from None
    token = wiki.site.tokens["csrf"]
    asking = time.monotonic()
    offset = _stash_offset(wiki, stash_key, token, size) if stash_key else None
    if offset is None:
        stash_key, offset = _going_on(wiki, stash_key, size, sha1)
    if deadline is not None:  # the deadline is for sending: asking where to go on is not
        deadline += time.monotonic() - asking
    renewed = started_over = False
    with handle:
        while offset < size:
            if deadline is not None and time.monotonic() > deadline:
                raise TooSlow(offset)
            if pwb.STOP.is_set() and offset:  # a stop within a chunk's time, whatever the size
                raise Halted(offset)
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
                reply = api.Request(site=wiki.site, parameters=parameters, mime=mime).submit()
            except exceptions.APIError as error:
                if error.code == "badtoken" and not renewed:  # a new session: a new token
                    wiki.site.tokens.clear()
                    token, renewed = wiki.site.tokens["csrf"], True
                    continue
                expected = error.other.get("offset") if error.code == "stashfailed" else None
                if expected is not None and int(expected) != offset:
                    offset = int(expected)  # the wiki had more (or less) than we thought
                    continue
                lost = error.code in GONE and stash_key and not started_over
                if lost and _stash_offset(wiki, stash_key, token, size) is None:
                    # the wiki no longer knows this upload: it may have assembled the file
                    # before its answer was lost; if not, the file goes again, once
                    stash_key, offset = _going_on(wiki, "", size, sha1)
                    started_over = offset == 0
                    continue
                _stop_if_not_allowed(wiki, error)
                return UploadResult(False, refusal=f"{error.info} (a chunk)")
            answer, renewed = reply["upload"], False
            stash_key = answer.get("filekey", stash_key)
            if answer["result"] == "Continue":
                offset = int(answer["offset"])
            elif answer["result"] == "Success":
                offset = size
            else:
                return UploadResult(False, refusal=f"it answered “{answer['result']}”")
            noted(stash_key, offset)
    if sha1 and _stash_sha1(wiki, stash_key) != sha1:
        noted("", 0)  # those chunks are not the file: the next run starts over
        raise SourceChanged(title)
    parameters = {"action": "upload", "filename": title, "comment": summary, "text": text}
    result = _decided(wiki, {**parameters, "filekey": stash_key, "token": token})
    return replace(result, started_over=started_over)


def _going_on(wiki: Wiki, stash_key: str, size: int, sha1: str) -> tuple[str, int]:
    """Where an upload goes on when the wiki no longer reports the stash it was noted in:
    (stash key, offset). From a whole copy of the file in the account's stash (the wiki put
    it together but its answer was lost, or a warning stopped its publishing): nothing more
    to send. Else from the half-sent upload under ``stash_key``, at the size the stash lists
    for it (the wiki refuses the next chunk if it cannot go on). Else from nothing."""
    from pywikibot.data import api

    stashed = api.ListGenerator("mystashedfiles", site=wiki.site, parameters={"msfprop": "size"})
    half_sent = 0
    for entry in stashed:
        if entry.get("status") == "finished" and entry.get("size") == size and sha1:
            if _stash_sha1(wiki, entry["filekey"]) == sha1:
                return entry["filekey"], size
        elif entry.get("filekey") == stash_key and stash_key:
            half_sent = int(entry.get("size") or 0)
    return (stash_key, half_sent) if half_sent else ("", 0)


def _stash_sha1(wiki: Wiki, stash_key: str) -> str:
    """The SHA-1 of what the wiki's stash holds under this key ("" if it holds nothing)."""
    from pywikibot import exceptions
    from pywikibot.data import api

    parameters = {
        "action": "query",
        "prop": "stashimageinfo",
        "siifilekey": stash_key,
        "siiprop": "sha1",
    }
    try:
        found = api.Request(site=wiki.site, parameters=parameters).submit()
    except exceptions.APIError:  # the stash is gone: it holds nothing
        return ""
    return next((info.get("sha1", "") for info in found["query"]["stashimageinfo"]), "")


def _stash_offset(wiki: Wiki, stash_key: str, token: str, size: int) -> int | None:
    """How many bytes of the stashed upload the wiki holds; None if it holds none."""
    from pywikibot import exceptions
    from pywikibot.data import api

    parameters = {"action": "upload", "checkstatus": True, "filekey": stash_key, "token": token}
    try:
        answer = api.Request(site=wiki.site, parameters=parameters).submit()["upload"]
    except exceptions.APIError:
        return None  # missingresult, or the stash expired: start over
    if answer.get("result") == "Success":
        return size
    return int(answer["offset"]) if answer.get("result") == "Continue" else None


def _decided(wiki: Wiki, parameters: dict, mime: dict | None = None) -> UploadResult:
    """Send an upload request and decide its warnings: harmless ones only, and the file is
    published from the stash the wiki put it in (one more request, without the bytes)."""
    from pywikibot import exceptions
    from pywikibot.data import api

    for attempt in range(2):
        try:
            request = api.Request(site=wiki.site, parameters=parameters, mime=mime)
            answer = request.submit()["upload"]
            break
        except exceptions.APIError as error:
            if error.code == "badtoken" and attempt == 0:
                # the first upload after a renewed login can carry the old session's token
                wiki.site.tokens.clear()
                parameters = {**parameters, "token": wiki.site.tokens["csrf"]}
                continue
            _stop_if_not_allowed(wiki, error)
            return UploadResult(False, refusal=str(error.info))
    if answer.get("result") == "Success":
        return UploadResult(True)
    warnings = answer.get("warnings", {})
    stopping = [(code, str(info)) for code, info in warnings.items() if code not in HARMLESS]
    if warnings and not stopping and answer.get("filekey") and "ignorewarnings" not in parameters:
        again = {key: value for key, value in parameters.items() if key != "filekey"}
        return _decided(wiki, {**again, "filekey": answer["filekey"], "ignorewarnings": True})
    duplicates = warnings.get("duplicate") or []
    return UploadResult(
        False,
        warnings=stopping,
        duplicates=tuple(str(name).replace("_", " ") for name in duplicates),
    )


def _stop_if_not_allowed(wiki: Wiki, error: Exception) -> None:
    if getattr(error, "code", "") in {"permissiondenied", "mustbeloggedin", "badtoken"}:
        raise WikiError(
            N_("the account {account} may not upload here ({code})."),
            N_("Ask the wiki's administrators for upload rights, or use another account."),
            account=wiki.credentials.account,
            code=error.code,
        ) from None
