"""Upload a batch: each ready item once, with its state in the journal before and after every
request, so that a batch stopped at any moment resumes without sending anything twice.

Per item: done already (journal) → nothing; blocked, or its file damaged, mislabelled or gone
(``media.inspect``, or what ``glamdonor check`` found, from the journal) → failed; the title
on the wiki with the same bytes → done; with other bytes → failed; the same bytes under
another title → skipped, with the link; else "uploading" is written, the file is sent, and
what the wiki holds is read back. An item found "uploading" (the process stopped
mid-request) is settled by what the wiki holds at its title, never by sending blindly.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from glamdonor.core.batch import DEFAULT_CHUNKING, Chunking
from glamdonor.core.errors import WikiError
from glamdonor.core.item import Item, Severity
from glamdonor.core.journal import DONE, FileFacts, ItemRecord, Journal, State
from glamdonor.core.plan import Plan
from glamdonor.jobs.events import (
    BatchFinished,
    BatchStarted,
    Event,
    ItemFailed,
    ItemSkipped,
    ItemUploaded,
)
from glamdonor.media.inspect import inspect
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.uploads import UploadResult


def upload(
    plan: Plan,
    wiki: Wiki,
    journal: Journal,
    *,
    chunking: Chunking = DEFAULT_CHUNKING,
    cancel: threading.Event | None = None,
    limit: int | None = None,
) -> Iterator[Event]:
    """Upload the plan's items in catalog order, one event per row; ``limit`` rows at most
    are sent this time (rows already done do not count)."""
    items = plan.items()
    counts: Counter = Counter()
    with journal.only_user():
        known = journal.records()
        yield BatchStarted(len(items), target=wiki.api_url, account=wiki.credentials.account)
        for item in items:
            if cancel is not None and cancel.is_set():
                yield _finished(counts, cancelled=True)
                return
            if limit is not None and counts["sent"] >= limit:
                break
            event = _upload_item(wiki, journal, item, known.get(item.row), plan.summary, chunking)
            if isinstance(event, ItemUploaded) and not event.already_there:
                counts["sent"] += 1
            counts[type(event).__name__, getattr(event, "already_there", False)] += 1
            yield event
    yield _finished(counts)


def _finished(counts: Counter, cancelled: bool = False) -> BatchFinished:
    return BatchFinished(
        uploaded=counts["ItemUploaded", False],
        already_there=counts["ItemUploaded", True],
        skipped=counts["ItemSkipped", False],
        failed=counts["ItemFailed", False],
        cancelled=cancelled,
    )


def _upload_item(
    wiki: Wiki,
    journal: Journal,
    item: Item,
    known: ItemRecord | None,
    summary: str,
    chunking: Chunking,
) -> ItemUploaded | ItemSkipped | ItemFailed:
    if known and known.state in DONE and known.title == item.title:
        if known.state is State.SKIPPED:
            return ItemSkipped(item.row, item.title, known.message)
        return ItemUploaded(item.row, item.title, known.page_url, already_there=True)
    record = ItemRecord(
        item.row, item.title, State.PENDING, attempts=known.attempts if known else 0
    )
    errors = [p for p in item.problems if p.severity is Severity.ERROR]
    if errors or item.file is None:
        first = errors[0]
        journal.record(replace(record, state=State.FAILED, code=first.code, message=first.message))
        return ItemFailed(item.row, item.title, first.message, first.hint)
    facts = _checked(wiki, journal, str(item.file))
    if facts.problems:  # damaged, mislabelled, vanished...: found here if no check ran before
        code, message, hint = facts.problems[0]
        return _failed(journal, record, code, message, hint)
    record = replace(record, sha1=facts.sha1)
    before = wiki.file_info([item.title])[item.title]
    if before.exists:
        if before.sha1 == record.sha1:  # sent before: by an earlier run, or a lost reply
            return _verify(wiki, journal, item, record, before, already_there=True)
        return _failed(
            journal,
            record,
            "title-taken",
            f"a different file already has the title “{item.title}” on the wiki.",
            "Change the title columns of this row so the title is unique.",
        )
    elsewhere = [name for name in wiki.files_with_sha1(record.sha1) if name != item.title]
    if elsewhere:
        message = f"the same file is already on the wiki as “File:{elsewhere[0]}”."
        journal.record(replace(record, state=State.SKIPPED, code="duplicate", message=message))
        return ItemSkipped(item.row, item.title, message)
    resumable = known and known.state is State.UPLOADING and known.sha1 == record.sha1
    record = journal.record(
        replace(
            record,
            state=State.UPLOADING,
            attempts=record.attempts + 1,
            stash_key=known.stash_key if resumable else "",
            stash_offset=known.stash_offset if resumable else 0,
        )
    )
    try:
        result = _send(wiki, journal, item, record, summary, chunking)
    except WikiError:
        raise  # the account may not upload: the batch stops, this item stays "uploading"
    except Exception as error:
        result = None
        lost = f"the wiki's reply was lost ({type(error).__name__})"
    after = wiki.file_info([item.title])[item.title]
    if after.exists and after.sha1 == record.sha1:
        return _verify(wiki, journal, item, record, after, already_there=False)
    if result is None:
        return _failed(
            journal,
            record,
            "reply-lost",
            f"{lost}, and the file is not there.",
            "Upload the batch again: this row is tried again.",
        )
    code = result.warnings[0][0] if result.warnings else "refused"
    return _failed(journal, record, code, result.explain() + ".", result.hint())


def _checked(wiki: Wiki, journal: Journal, path: str) -> FileFacts:
    """What checking the file finds: from the journal if a check saw it unchanged, else now."""
    known = journal.file_facts(path)
    if known is not None and known.still_true_of(path):
        return known
    facts = inspect(path, wiki.file_extensions())
    journal.remember_files({path: facts})
    return facts


def _send(
    wiki: Wiki, journal: Journal, item: Item, record: ItemRecord, summary: str, chunking: Chunking
) -> UploadResult:
    assert item.file is not None
    if item.file.stat().st_size <= chunking.above:
        return wiki.upload(item.file, item.title, item.wikitext, summary)

    def noted(stash_key: str, offset: int) -> None:  # in the journal after every chunk
        journal.record(replace(record, stash_key=stash_key, stash_offset=offset))

    return wiki.upload_in_chunks(
        item.file,
        item.title,
        item.wikitext,
        summary,
        chunk_size=chunking.size,
        stash_key=record.stash_key,
        noted=noted,
    )


def _verify(
    wiki: Wiki,
    journal: Journal,
    item: Item,
    record: ItemRecord,
    info: object,
    already_there: bool,
) -> ItemUploaded | ItemFailed:
    """Read the page back: the item is done when the wiki shows what was sent."""
    record = journal.record(
        replace(record, state=State.PUBLISHED, page_id=info.page_id, page_url=info.page_url)
    )
    if wiki.page_text(f"File:{item.title}").strip() != item.wikitext.strip():
        if already_there:  # an earlier upload, or a file someone else placed with other text
            journal.record(replace(record, state=State.VERIFIED, message="page text differs"))
            return ItemUploaded(item.row, item.title, info.page_url, already_there=True)
        return _failed(
            journal,
            record,
            "page-differs",
            "the file arrived, but its page does not read as sent.",
            f"Look at the page: {info.page_url}",
        )
    journal.record(replace(record, state=State.VERIFIED))
    return ItemUploaded(item.row, item.title, info.page_url, already_there=already_there)


def _failed(journal: Journal, record: ItemRecord, code: str, message: str, hint: str) -> ItemFailed:
    journal.record(replace(record, state=State.FAILED, code=code, message=message))
    return ItemFailed(record.row, record.title, message, hint)
