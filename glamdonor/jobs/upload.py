"""Upload a batch: each ready item once, checked against the wiki before and after."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from glamdonor.core.item import Item
from glamdonor.core.plan import Plan
from glamdonor.jobs.events import BatchFinished, BatchStarted, Event, ItemFailed, ItemUploaded
from glamdonor.media.hashing import sha1_of
from glamdonor.wiki.connection import Wiki


def upload(plan: Plan, wiki: Wiki, *, cancel: threading.Event | None = None) -> Iterator[Event]:
    """Upload the plan's items in catalog order, one event per row."""
    items = plan.items()
    yield BatchStarted(total=len(items), target=wiki.api_url, account=wiki.credentials.account)
    counts = {"uploaded": 0, "already": 0, "failed": 0}
    for item in items:
        if cancel is not None and cancel.is_set():
            yield BatchFinished(counts["uploaded"], counts["already"], counts["failed"], True)
            return
        event = _upload_item(wiki, item, plan.summary)
        if isinstance(event, ItemFailed):
            counts["failed"] += 1
        else:
            counts["already" if event.already_there else "uploaded"] += 1
        yield event
    yield BatchFinished(counts["uploaded"], counts["already"], counts["failed"])


def _upload_item(wiki: Wiki, item: Item, summary: str) -> ItemUploaded | ItemFailed:
    if item.blocked:
        first = next(problem for problem in item.problems if problem.severity == "error")
        return ItemFailed(item.row, item.title, first.message, first.hint)
    assert item.file is not None
    sha1 = sha1_of(item.file)
    before = wiki.file_info([item.title])[item.title]
    if before.exists:
        if before.sha1 == sha1:
            return ItemUploaded(item.row, item.title, before.page_url, already_there=True)
        return ItemFailed(
            item.row,
            item.title,
            f"a different file already has the title “{item.title}” on the wiki.",
            "Change the title columns of this row so the title is unique.",
        )
    result = wiki.upload(item.file, item.title, item.wikitext, summary)
    if not result.published:
        return ItemFailed(item.row, item.title, result.explain() + ".", "")
    after = wiki.file_info([item.title])[item.title]
    if after.sha1 != sha1:
        return ItemFailed(
            item.row,
            item.title,
            "the wiki holds other bytes than the file that was sent.",
            "Check the file on the wiki and upload it again.",
        )
    return ItemUploaded(item.row, item.title, after.page_url)
