"""Sending a file to the wiki: in one request, or in chunks through the wiki's stash, and
what the wiki answered. Called through ``Wiki.upload`` and ``Wiki.upload_in_chunks``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.core.errors import WikiError
from glamdonor.wiki import pwb

if TYPE_CHECKING:
    from glamdonor.wiki.connection import Wiki

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


# Warnings that say nothing against the file: the upload goes on. Every other warning stops
# it, and the file is reported with the warning's meaning; none is ignored wholesale.
HARMLESS = frozenset({"large-file"})
# What to do about the warnings that stop a file.
WARNING_HINT = {
    "was-deleted": "Check the deletion log of the title on the wiki: the file may have been "
    "removed for a reason. Then change the title, or ask an administrator.",
    "duplicate-archive": "The same file was deleted from the wiki before: check the deletion "
    "log; upload it only if the reason no longer holds.",
    "exists": "Change the title columns of this row so that the title is unique.",
    "duplicate": "Leave this row out, or use the file that is there.",
}


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

    def hint(self) -> str:
        return next((WARNING_HINT[code] for code, _ in self.warnings if code in WARNING_HINT), "")


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
    token = wiki.site.tokens["csrf"]
    offset = _stash_offset(wiki, stash_key, token, size) if stash_key else 0
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
                reply = api.Request(site=wiki.site, parameters=parameters, mime=mime).submit()
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
    return _publish(wiki, title, stash_key, text, summary, token)


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


def _publish(
    wiki: Wiki, title: str, stash_key: str, text: str, summary: str, token: str
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
        answer = api.Request(site=wiki.site, parameters=parameters).submit()["upload"]
    except exceptions.APIError as error:
        if error.code in {"permissiondenied", "mustbeloggedin"}:
            raise WikiError(
                f"the account {wiki.credentials.account} may not upload here ({error.code}).",
                "Ask the wiki's administrators for upload rights, or use another account.",
            ) from None
        return UploadResult(False, error=f"the wiki refused it: {error.info}")
    if answer.get("result") == "Success":
        return UploadResult(True)
    warnings = [(code, str(info)) for code, info in answer.get("warnings", {}).items()]
    if (
        warnings
        and all(code in HARMLESS for code, _ in warnings)
        and "ignorewarnings" not in parameters
    ):
        parameters["ignorewarnings"] = True  # only harmless warnings: publish all the same
        return _answer_of(wiki, parameters)
    return UploadResult(False, warnings=[w for w in warnings if w[0] not in HARMLESS])


def _answer_of(wiki: Wiki, parameters: dict) -> UploadResult:
    from pywikibot.data import api

    answer = api.Request(site=wiki.site, parameters=parameters).submit()["upload"]
    if answer.get("result") == "Success":
        return UploadResult(True)
    return UploadResult(False, warnings=list(answer.get("warnings", {}).items()))


def whole(wiki: Wiki, path: Path, title: str, text: str, summary: str) -> UploadResult:
    """Upload one file; every warning stops it and is returned, none is ignored."""
    pywikibot = pwb.load()
    from pywikibot import exceptions

    seen: list[tuple[str, str]] = []

    def decide(warnings: list) -> bool:
        """True (go on) only when every warning is harmless."""
        if all(warning.code in HARMLESS for warning in warnings):
            return True
        seen.extend((w.code, str(w.info)) for w in warnings if w.code not in HARMLESS)
        return False

    page = pywikibot.FilePage(wiki.site, f"File:{title}")
    for attempt in range(2):
        try:
            published = wiki.site.upload(
                page,
                source_filename=str(path),
                summary=summary,
                text=text,
                ignore_warnings=decide,
                report_success=False,
            )
        except exceptions.UploadError as error:
            if error.code in WARNING_TEXT:
                return UploadResult(False, warnings=[*seen, (error.code, str(error.info))])
            return UploadResult(False, warnings=seen, error=f"the wiki refused it: {error.info}")
        except exceptions.APIError as error:
            if error.code == "badtoken" and attempt == 0:
                # the first upload after a renewed login can carry the old session's token
                wiki.site.tokens.clear()
                continue
            if error.code in {"permissiondenied", "mustbeloggedin", "badtoken"}:
                raise WikiError(
                    f"the account {wiki.credentials.account} may not upload here ({error.code}).",
                    "Ask the wiki's administrators for upload rights, or use another account.",
                ) from None
            return UploadResult(False, warnings=seen, error=f"the wiki refused it: {error.info}")
        return UploadResult(bool(published), warnings=seen)
    raise AssertionError("unreachable: the loop returns or raises")
