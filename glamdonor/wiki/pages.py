"""File pages already on the wiki: read as they are now, edited without overwriting a
concurrent edit, their histories since glamdonor's revision, the files of a category.

Every read asks for 50 pages a request (the API's limit for an account without ``apihighlimits``),
continuations followed; a page's history since a revision is one request for up to 50
revisions, asked only of pages whose latest revision is not glamdonor's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from glamdonor.core.errors import WikiError
from glamdonor.core.words import N_
from glamdonor.wiki.connection import Wiki

BATCH = 50


@dataclass(frozen=True)
class PageNow:
    page_id: int
    title: str  # without "File:"; another than glamdonor's when the file was moved
    revision: int = 0
    text: str = ""
    missing: bool = False  # deleted (or never there)
    redirect: bool = False  # the page now leads elsewhere: merged into another file


@dataclass(frozen=True)
class Revision:
    revision: int
    user: str
    timestamp: str
    comment: str
    text: str


@dataclass(frozen=True)
class FileOnWiki:
    """A file found in a category, as `catalog from-category` lists it."""

    title: str
    page_id: int
    revision: int
    uploader: str
    uploaded: str  # the first upload's time (ISO 8601)
    text: str
    url: str


class EditConflict(Exception):
    """The page changed since the revision the edit was based on: nothing was written."""


class PageGone(Exception):
    """The page to edit no longer exists."""


def pages_now(wiki: Wiki, page_ids: Iterable[int]) -> dict[int, PageNow]:
    """The pages with these ids as they are now, text included."""
    wanted = list(dict.fromkeys(page_ids))
    found: dict[int, PageNow] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        for page in _all_pages(
            wiki, pageids="|".join(map(str, chunk)), prop="info|revisions",
            rvprop="ids|content", rvslots="main",
        ):  # fmt: skip
            page_id = int(page.get("pageid", 0))
            if page.get("missing") or not page_id:
                continue
            revision = (page.get("revisions") or [{}])[0]
            found[page_id] = PageNow(
                page_id,
                page["title"].split(":", 1)[-1],
                int(revision.get("revid", 0)),
                revision.get("slots", {}).get("main", {}).get("content", ""),
                redirect=bool(page.get("redirect")),
            )
    for page_id in wanted:  # ids the wiki no longer knows: deleted
        found.setdefault(page_id, PageNow(page_id, "", missing=True))
    return found


def latest_revisions(wiki: Wiki, page_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    """Each page's latest revision and title (without "File:"), 50 pages a request, no text:
    which pages changed at all."""
    wanted = list(dict.fromkeys(page_ids))
    found: dict[int, tuple[int, str]] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        for page in _all_pages(wiki, pageids="|".join(map(str, chunk)), prop="info"):
            if not page.get("missing") and page.get("pageid"):
                title = page["title"].split(":", 1)[-1]
                found[int(page["pageid"])] = (int(page.get("lastrevid", 0)), title)
    return found


def revision_texts(wiki: Wiki, revisions: Iterable[int]) -> dict[int, str]:
    """The text of each of these revisions (of any pages), 50 a request."""
    wanted = [r for r in dict.fromkeys(revisions) if r]
    found: dict[int, str] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        for page in _all_pages(
            wiki, revids="|".join(map(str, chunk)), prop="revisions", rvprop="ids|content",
            rvslots="main",
        ):  # fmt: skip
            for revision in page.get("revisions", []):
                found[int(revision["revid"])] = (
                    revision.get("slots", {}).get("main", {}).get("content", "")
                )
    return found


def history_since(wiki: Wiki, page_id: int, revision: int) -> list[Revision]:
    """The page's revisions after ``revision``, oldest first, with their text."""
    found: list[Revision] = []
    for page in _all_pages(
        wiki, pageids=str(page_id), prop="revisions", rvprop="ids|user|timestamp|comment|content",
        rvslots="main", rvstartid=str(revision), rvdir="newer", rvlimit=str(BATCH),
    ):  # fmt: skip
        for entry in page.get("revisions", []):
            if int(entry["revid"]) == revision:
                continue
            found.append(
                Revision(
                    int(entry["revid"]),
                    entry.get("user", ""),
                    entry.get("timestamp", ""),
                    entry.get("comment", ""),
                    entry.get("slots", {}).get("main", {}).get("content", ""),
                )
            )
    return sorted(found, key=lambda r: r.revision)


def bots_among(wiki: Wiki, users: Iterable[str]) -> set[str]:
    """Which of these accounts are bots (in the wiki's ``bot`` group), 50 a request."""
    wanted = [u for u in dict.fromkeys(users) if u]
    bots: set[str] = set()
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        reply = wiki._query(list="users", ususers="|".join(chunk), usprop="groups")
        for user in reply.get("query", {}).get("users", []):
            if "bot" in user.get("groups", []):
                bots.add(user["name"])
    return bots


def edit(wiki: Wiki, page_id: int, text: str, summary: str, base_revision: int) -> int:
    """Replace the page's text, unless it changed since ``base_revision`` (``EditConflict``)
    or is gone (``PageGone``); the new revision (``base_revision`` when nothing changed)."""
    from pywikibot import exceptions
    from pywikibot.data import api

    request = api.Request(
        site=wiki.site,
        parameters={
            "action": "edit",
            "pageid": str(page_id),
            "text": text,
            "summary": summary,
            "baserevid": str(base_revision),
            "nocreate": True,
            "bot": True,
            "watchlist": "nochange",
            "token": wiki.site.tokens["csrf"],
        },
    )
    try:
        reply = request.submit()["edit"]
    except exceptions.APIError as error:
        if error.code == "editconflict":
            raise EditConflict() from None
        if error.code in ("missingtitle", "nosuchpageid", "pagedeleted"):
            raise PageGone() from None
        raise WikiError(
            N_("the wiki refused to edit a page: {info}"),
            N_("Look at the page on the wiki; run the same command again to retry."),
            info=error.info,
        ) from None
    if reply.get("result") != "Success":
        raise WikiError(
            N_("the wiki did not save an edit: {info}"),
            N_("Run the same command again: what was saved is known, nothing is edited twice."),
            info=str(reply),
        )
    return int(reply.get("newrevid") or base_revision)


def files_in_category(wiki: Wiki, category: str, depth: int) -> list[str]:
    """The files (titles without "File:") of a category and its subcategories, ``depth``
    levels down, each once."""
    name = category.split(":", 1)[1] if category.lower().startswith("category:") else category
    seen, files = {name}, {}
    level = [name]
    for _ in range(depth + 1):
        below = []
        for current in level:
            for member in _members(wiki, f"Category:{current}"):
                title = member["title"].split(":", 1)[-1]
                if member.get("ns") == 6:
                    files.setdefault(title, None)
                elif member.get("ns") == 14 and title not in seen:
                    seen.add(title)
                    below.append(title)
        level = below
    return list(files)


def files_on_wiki(wiki: Wiki, titles: list[str]) -> list[FileOnWiki]:
    """Each file's page id, current revision and text, first uploader and time, 50 a request."""
    found: dict[str, FileOnWiki] = {}
    for start in range(0, len(titles), BATCH):
        chunk = [f"File:{t}" for t in titles[start : start + BATCH]]
        for page in _all_pages(
            wiki, titles="|".join(chunk), prop="revisions|imageinfo", rvprop="ids|content",
            rvslots="main", iiprop="user|timestamp|url", iilimit="max",
        ):  # fmt: skip
            if page.get("missing") or not page.get("pageid"):
                continue
            revision = (page.get("revisions") or [{}])[0]
            versions = page.get("imageinfo") or [{}]  # the newest first
            info = {**versions[-1], "descriptionurl": versions[0].get("descriptionurl", "")}
            title = page["title"].split(":", 1)[-1]
            found[title] = FileOnWiki(
                title,
                int(page["pageid"]),
                int(revision.get("revid", 0)),
                info.get("user", ""),
                info.get("timestamp", ""),
                revision.get("slots", {}).get("main", {}).get("content", ""),
                info.get("descriptionurl", ""),
            )
    return [found[t] for t in titles if t in found]


def _members(wiki: Wiki, category: str) -> Iterator[dict]:
    going_on: dict[str, str] = {}
    while True:
        reply = wiki._query(
            list="categorymembers", cmtitle=category, cmtype="file|subcat", cmlimit="500",
            formatversion="2", **going_on,
        )  # fmt: skip
        yield from reply.get("query", {}).get("categorymembers", [])
        if "continue" not in reply:
            return
        going_on = reply["continue"]


def _all_pages(wiki: Wiki, **parameters: str) -> Iterator[dict]:
    """The pages of a query (formatversion 2), the parts of a long answer put together."""
    pages: dict[int | str, dict] = {}
    going_on: dict[str, str] = {}
    while True:
        reply = wiki._query(formatversion="2", **parameters, **going_on)
        for page in reply.get("query", {}).get("pages", []):
            key = page.get("pageid") or page.get("title")
            known = pages.setdefault(key, page)
            if known is not page:
                for part in ("revisions", "imageinfo"):
                    known.setdefault(part, []).extend(page.get(part, []))
        if "continue" not in reply:
            return iter(pages.values())  # type: ignore[return-value]
        going_on = reply["continue"]


def entities(wiki: Wiki, page_ids: Iterable[int]) -> dict[int, dict]:
    """The MediaInfo entity (captions and statements) of each of these file pages, 50 a
    request; an entity with no data yet is {}."""
    from pywikibot.data import api

    wanted = list(dict.fromkeys(page_ids))
    found: dict[int, dict] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        reply = api.Request(
            site=wiki.site,
            parameters={"action": "wbgetentities", "ids": "|".join(f"M{p}" for p in chunk)},
        ).submit()
        for key, entity in reply.get("entities", {}).items():
            if key.startswith("M") and key[1:].isdigit():
                found[int(key[1:])] = {} if "missing" in entity else entity
    return found


def edit_entity(wiki: Wiki, page_id: int, data: dict, summary: str) -> None:
    """Change the file's captions and statements as ``data`` says (wbeditentity: claims with
    an ``id`` and ``remove`` are removed, those without are added; labels are set)."""
    from pywikibot import exceptions
    from pywikibot.data import api

    request = api.Request(
        site=wiki.site,
        parameters={
            "action": "wbeditentity",
            "id": f"M{page_id}",
            "data": json.dumps(data, ensure_ascii=False),
            "summary": summary,
            "bot": True,
            "token": wiki.site.tokens["csrf"],
        },
    )
    try:
        request.submit()
    except exceptions.APIError as error:
        raise WikiError(
            N_("the wiki refused to change the structured data of a file: {info}"),
            N_("Look at the file's structured data on the wiki; run the same command again."),
            info=error.info,
        ) from None


def item_labels(wiki: Wiki, qids: Iterable[str], language: str = "en") -> dict[str, str]:
    """The labels of these Wikidata items, from the wiki's entity source (Wikidata for
    Commons), 50 a request; {} where the wiki has none, or it cannot be reached."""
    import requests

    wanted = [q for q in dict.fromkeys(qids) if q]
    found: dict[str, str] = {}
    if not wiki.entity_api:
        return found
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start : start + BATCH]
        try:
            reply = requests.get(
                wiki.entity_api,
                params={"action": "wbgetentities", "ids": "|".join(chunk), "props": "labels",
                        "languages": language, "languagefallback": "1", "format": "json"},
                headers={"User-Agent": wiki.user_agent()},
                timeout=30,
            ).json()  # fmt: skip
        except (requests.RequestException, ValueError):
            return found  # the labels are a help: the ids are said without them
        for qid, entity in reply.get("entities", {}).items():
            label = (entity.get("labels") or {}).get(language, {}).get("value")
            if label:
                found[qid] = label
    return found
