"""Upload a batch: each ready item once, with its state in the journal before and after every
request, so that a batch stopped at any moment resumes without sending anything twice.

The journal's records are those of the wiki talked to (``Journal.use``): a rehearsal on
another wiki vouches for nothing here. The items go in windows of 50. For a window, the wiki
is asked once what its titles hold, done rows included: a row the journal has done on this
wiki but the wiki contradicts (no such file, other bytes) is said and goes again.
Per item: done already (journal, and the wiki agrees) → nothing; blocked, or its file damaged,
mislabelled or gone (``media.inspect``, or what ``glamdonor check`` found, from the journal)
→ failed; the title with the same bytes → done, not sent; with other bytes → failed. Else
"uploading" is written and the file is sent (a large one in chunks, after asking whether the
same bytes are on the wiki already; a small one is asked by the upload itself: the wiki's
"duplicate" warning).
Then the window's pages are read back at once (SHA-1, page text, page id): what the wiki
holds settles every item, whatever the replies said or whether they came at all. The item's
structured data is written where the wiki has it, and the item is verified.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from glamdonor.core.batch import DEFAULT_CHUNKING, DEFAULT_DEADLINE, Batch, Chunking, Deadline
from glamdonor.core.errors import GlamdonorError, WikiError
from glamdonor.core.item import Item
from glamdonor.core.journal import (
    DONE,
    FileFacts,
    ItemRecord,
    Journal,
    State,
    Written,
    journal_path,
)
from glamdonor.core.plan import Plan
from glamdonor.core.problems import Problem, blocks, problem
from glamdonor.core.words import N_
from glamdonor.jobs.events import (
    BatchFinished,
    BatchStarted,
    Event,
    FileSent,
    ItemFailed,
    ItemSkipped,
    ItemUploaded,
    PilotChosen,
    RecordContradicted,
    RowRecorded,
    WouldUpload,
)
from glamdonor.jobs.gate import WikiVerdicts
from glamdonor.jobs.guard import sending
from glamdonor.media.inspect import inspect
from glamdonor.wiki.connection import (
    FileInfo,
    StructuredDataLost,
    StructuredDataRefused,
    Wiki,
)
from glamdonor.wiki.uploads import Halted, SourceChanged, SourceGone, TooSlow, UploadResult

WINDOW = 50  # titles the wiki is asked about in one request
# A row's outcome is said within about this many seconds of its file being sent: on a fast
# wiki a window of 50 is read back at once; on a slow or paced one, file by file.
SAY_WITHIN = 2.0

NO_DATA = "{}"


class _Halted:
    """A file stopped between two chunks, as asked: its row stays half-sent for the next run."""


HALTED = _Halted()
Outcome = ItemUploaded | ItemSkipped | ItemFailed


@dataclass(frozen=True)
class _Sent:
    """An item sent, or found there: the read-back settles it."""

    item: Item
    record: ItemRecord
    result: UploadResult | None = None  # None: the reply never came
    lost: str = ""  # what happened to the reply
    already_there: bool = False


def upload(
    plan: Plan,
    wiki: Wiki,
    journal: Journal,
    *,
    chunking: Chunking = DEFAULT_CHUNKING,
    deadline: Deadline = DEFAULT_DEADLINE,
    cancel: threading.Event | None = None,
    limit: int | None = None,
    only: Collection[int] | None = None,
    dry_run: bool = False,
) -> Iterator[Event]:
    """Upload the plan's items in catalog order (``only`` these rows, if given), one event
    per row; ``limit`` files at most are sent this time (rows already done do not count).
    A row the check would block (jobs/gate.py) is left out, said with its problem. With
    ``dry_run``, everything is decided as for the upload but nothing is sent and no row's
    state is written: ``WouldUpload`` stands for each file the upload would send."""
    items = [item for item in plan.items() if only is None or item.row in only]
    index_of = {row: index for index, row in enumerate(plan.rows)}
    counts: Counter = Counter()
    with journal.only_user():
        attribution = journal.use(wiki.identity)
        known = journal.records()
        pace = Pace(wiki.upload_pace(), cancel)
        to_send = [
            item
            for item in items
            if not item.blocked and item.file is not None and not _done(known.get(item.row), item)
        ]
        yield BatchStarted(
            len(items),
            target=wiki.api_url,
            account=wiki.credentials.account,
            files_to_send=len(to_send),
            bytes_to_send=sum(_size(item) for item in to_send),
            pace=pace.seconds,
            wiki=wiki.identity.words(),
            rehearsed=tuple(
                (other.words(), states[State.VERIFIED] + states[State.SKIPPED])
                for other, states in journal.elsewhere()
                if states[State.VERIFIED] + states[State.SKIPPED]
            ),
            kept_aside=attribution.kept_aside,
            journal_set_aside=journal.set_aside.name if journal.set_aside else "",
            journal_damage=journal.damage,
        )
        writing = _Unwritten(journal) if dry_run else journal
        context = _Context(wiki, writing, plan.summary, chunking, deadline, pace, dry_run)
        verdicts = WikiVerdicts(wiki, plan, journal)
        earliest: dict[str, int] = {}  # the first row (plan index) of the batch with these bytes
        for row, record in known.items():
            if record.sha1 and row in index_of:
                earliest[record.sha1] = min(earliest.get(record.sha1, len(plan)), index_of[row])
        stopped = False
        for start in range(0, len(items), WINDOW):
            window = items[start : start + WINDOW]
            before = wiki.file_info([item.title for item in window])  # done rows confirmed too
            facts = context.facts_of(
                [i for i in window if not i.blocked and not _done(known.get(i.row), i)]
            )
            found = verdicts.of(
                {index_of[row]: f for row, f in facts.items() if f.sha1},
                ask="all" if dry_run else "pages",  # a dry run counts what the upload is told
            )
            for row, file in facts.items():  # the same bytes as an earlier row's: as the check
                index = index_of[row]
                first = earliest.setdefault(file.sha1, index) if file.sha1 else index
                if first < index:
                    again = problem(
                        "file-duplicate-in-batch", plan.file_column, row=plan.rows[first]
                    )
                    found[index] = [*found.get(index, []), again]
                elif file.sha1:
                    earliest[file.sha1] = index
            sent: list[_Sent] = []
            first_unsaid = 0.0  # when the oldest file not yet read back was sent
            for item in window:
                if (cancel is not None and cancel.is_set()) or counts["sent"] == limit:
                    stopped = True
                    break
                if _done(known.get(item.row), item) and (
                    why := contradicted(known[item.row], before.get(item.title))
                ):
                    known[item.row] = sent_again(writing, known[item.row], why)
                    yield RecordContradicted(item.row, item.title, why)
                outcome = context.try_item(
                    item,
                    known.get(item.row),
                    before.get(item.title),
                    facts.get(item.row),
                    found.get(index_of[item.row], []),
                )
                if outcome is HALTED:
                    stopped = True
                    break
                if isinstance(outcome, WouldUpload):
                    counts["sent"] += 1
                    counts["would upload"] += 1
                    yield outcome
                    continue
                if isinstance(outcome, _Sent):
                    sent.append(outcome)
                    first_unsaid = first_unsaid or time.monotonic()
                    if not outcome.already_there:
                        counts["sent"] += 1
                        yield FileSent(item.row, item.title, _size(item))
                    if pace.delay() > 0 or time.monotonic() - first_unsaid >= SAY_WITHIN:
                        # a paced or slow wiki: read back now, while the next file waits anyway
                        for settled in context.settle(sent):
                            counts[_kind(settled)] += 1
                            yield settled
                        sent, first_unsaid = [], 0.0
                    continue
                counts[_kind(outcome)] += 1
                yield outcome
            for outcome in context.settle(sent):
                counts[_kind(outcome)] += 1
                yield outcome
            if stopped:
                break
    yield BatchFinished(
        uploaded=counts["uploaded"],
        already_there=counts["already there"],
        skipped=counts["skipped"],
        failed=counts["failed"],
        cancelled=cancel is not None and cancel.is_set(),
        would_upload=counts["would upload"],
    )


def contradicted(record: ItemRecord, info: FileInfo | None) -> str:
    """What the wiki holds that a record of an uploaded row does not agree with, or ""."""
    if record.state is not State.VERIFIED:
        return ""  # a skipped row is the same bytes under another title: not ours to confirm
    if info is None or not info.exists:
        return f"the wiki has no file “{record.title}” (deleted, or never there)"
    if info.sha1 != record.sha1:
        return f"the wiki holds other bytes as “{record.title}”"
    return ""


def sent_again(journal: Journal, record: ItemRecord, why: str) -> ItemRecord:
    """A record the wiki contradicted: back to waiting, with why, its file to be sent anew."""
    return journal.record(
        ItemRecord(
            record.row,
            record.title,
            State.PENDING,
            sha1=record.sha1,
            code="not-on-wiki",
            message=f"{why}.",
            attempts=record.attempts,
        )
    )


def verify(plan: Plan, wiki: Wiki, journal: Journal) -> Iterator[RecordContradicted]:
    """What ``upload`` confirms before trusting its journal, without uploading: every row done
    on this wiki is looked up (50 titles a request); a row the wiki contradicts goes back to
    waiting, so that the next upload sends it."""
    with journal.only_user():
        journal.use(wiki.identity)
        known = journal.records()
        items = [item for item in plan.items() if _done(known.get(item.row), item)]
        for start in range(0, len(items), WINDOW):
            window = items[start : start + WINDOW]
            found = wiki.file_info([item.title for item in window])
            for item in window:
                if why := contradicted(known[item.row], found.get(item.title)):
                    sent_again(journal, known[item.row], why)
                    yield RecordContradicted(item.row, item.title, why)


def upload_batch(
    batch: Batch,
    plan: Plan,
    wiki: Wiki,
    *,
    pilot: int = 0,
    limit: int | None = None,
    cancel: threading.Event | None = None,
    dry_run: bool = False,
    rng: random.Random | None = None,
) -> Iterator[Event | PilotChosen | RowRecorded]:
    """The upload as both front ends run it: the batch's journal on this wiki, a pilot of
    ``pilot`` rows drawn at random if asked (said first), then ``upload`` with the batch's
    chunking and deadline; after each row's outcome, its record as the journal holds it."""
    with Journal(journal_path(batch.manifest)) as journal:
        journal.use(wiki.identity)
        only = None
        if pilot:
            only = pilot_rows(plan, journal, pilot, rng or random.Random())
            yield PilotChosen(tuple(only))
        for event in upload(
            plan,
            wiki,
            journal,
            chunking=batch.chunking,
            deadline=batch.deadline,
            cancel=cancel,
            limit=limit,
            only=only,
            dry_run=dry_run,
        ):
            yield event
            outcome = ItemUploaded | ItemSkipped | ItemFailed | RecordContradicted
            if isinstance(event, outcome) and (record := journal.record_of(event.row)):
                yield RowRecorded(record)


def pilot_rows(plan: Plan, journal: Journal, count: int, rng: random.Random) -> list[int]:
    """``count`` rows drawn at random among those ready and not done: a pilot to review."""
    known = journal.records()
    ready = [
        item.row
        for item in plan.items()
        if not item.blocked and not _done(known.get(item.row), item)
    ]
    return sorted(rng.sample(ready, min(count, len(ready))))


class Pace:
    """Leaves at least ``seconds`` between two uploads (the account's rate limit)."""

    def __init__(self, seconds: float, cancel: threading.Event | None) -> None:
        self.seconds = seconds
        self._cancel = cancel or threading.Event()
        self._next = 0.0

    def delay(self) -> float:
        """How long the next upload has to wait."""
        return max(0.0, self._next - time.monotonic())

    def wait(self) -> None:
        if (delay := self.delay()) > 0:
            self._cancel.wait(delay)
        self._next = time.monotonic() + self.seconds


def _done(record: ItemRecord | None, item: Item) -> bool:
    return record is not None and record.state in DONE and record.title == item.title


def _still_there(file: Path) -> None:
    """A file gone with its whole folder (a drive or a network share disconnected, or the
    folder made unreadable) stops the batch, rather than failing every row after it; the rows
    wait for the next run."""
    try:
        if file.exists():
            return
    except OSError:  # the folder may not be looked into any more
        pass
    try:
        with os.scandir(file.parent) as entries:
            empty = next(entries, None) is None
    except OSError:
        empty = True
    if empty:
        raise GlamdonorError(
            N_("the folder {folder} cannot be read any more: was a drive or a share disconnected?"),
            N_("Connect it again, then run the same upload again: nothing is lost."),
            folder=file.parent,
        )


def _size(item: Item) -> int:
    try:
        return item.file.stat().st_size if item.file else 0
    except OSError:
        return 0


def _kind(outcome: Outcome) -> str:
    if isinstance(outcome, ItemUploaded):
        return "already there" if outcome.already_there else "uploaded"
    return "skipped" if isinstance(outcome, ItemSkipped) else "failed"


class _Unwritten:
    """The journal as a dry run sees it: read as it is, no row's state written."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def record(self, record: ItemRecord) -> ItemRecord:
        return record

    def __getattr__(self, name: str) -> object:
        return getattr(self._journal, name)


@dataclass
class _Context:
    wiki: Wiki
    journal: Journal
    summary: str
    chunking: Chunking
    deadline: Deadline
    pace: Pace
    dry_run: bool = False

    def facts_of(self, items: list[Item]) -> dict[int, FileFacts]:
        """What checking the files of these items finds, by row (a file gone with its whole
        folder stops the batch first)."""
        files = {item.row: item.file for item in items if item.file is not None}
        for file in files.values():
            _still_there(file)
        checked = self._checked_all([str(file) for file in files.values()])
        return {row: checked[str(file)] for row, file in files.items()}

    def try_item(
        self,
        item: Item,
        known: ItemRecord | None,
        before: FileInfo | None,
        facts: FileFacts | None = None,
        found: list[Problem] | None = None,
    ) -> Outcome | _Sent | WouldUpload | _Halted:
        """Send one item if it needs sending; what the read-back must settle, or the end.
        ``facts`` and ``found``: what checking its file and asking the wiki found."""
        if _done(known, item):
            assert known is not None
            if known.state is State.SKIPPED:
                return ItemSkipped(item.row, item.title, known.problem())
            return ItemUploaded(item.row, item.title, known.page_url, already_there=True)
        journal = self.journal
        record = ItemRecord(item.row, item.title, State.PENDING)
        if known is not None:  # what an earlier run learned and sent
            record = replace(record, attempts=known.attempts, structured_data=known.structured_data)
        if (first := blocks(item.problems)) or item.file is None:
            missing = problem("file-not-named")  # a plan always says why; never met
            return _failed(journal, record, first or missing)
        if facts is None:
            _still_there(item.file)
            facts = self._checked(str(item.file))
        if known is not None and known.stash_key and known.sha1 == facts.sha1:
            # the same bytes as the chunks in the wiki's stash: where they got to is kept,
            # so that a stop before the next chunk still goes on from there
            record = replace(record, stash_key=known.stash_key, stash_offset=known.stash_offset)
        record = journal.record(replace(record, state=State.HASHED, sha1=facts.sha1))
        if broken := blocks(facts.problems):  # damaged, mislabelled, vanished...: no check ran
            return _failed(journal, record, broken)
        record = journal.record(replace(record, state=State.CHECKED))
        if (first := blocks(found or [])) and first.code == "file-on-wiki-elsewhere":
            return _duplicate(journal, record, [str(first.value("other"))])
        if first and first.code != "title-taken":  # a title taken is said just below
            return _failed(journal, record, first)
        if before is not None and before.exists:
            if before.sha1 == record.sha1:  # sent before: by an earlier run, or a lost reply
                if self.dry_run:
                    return ItemUploaded(item.row, item.title, before.page_url, already_there=True)
                return _Sent(item, record, already_there=True)
            return _failed(
                journal, record, problem("title-taken", title=item.title, url=before.page_url)
            )
        with sending(self.wiki.identity.key, record.sha1):  # no other process sends these bytes
            return self._send_one(item, known, record)

    def _send_one(
        self, item: Item, known: ItemRecord | None, record: ItemRecord
    ) -> Outcome | _Sent | WouldUpload | _Halted:
        """Send an item's file (the caller holds its bytes for this process); what the
        read-back must settle, or the end."""
        journal = self.journal
        size = _size(item)
        if size > self.chunking.above:  # ask before sending a large file for nothing
            on_the_wiki = self.wiki.files_with_sha1(record.sha1)  # another process's, maybe
            if item.title in on_the_wiki:
                return _Sent(item, record, already_there=True)
            elsewhere = [name for name in on_the_wiki if name != item.title]
            if elsewhere:
                return _duplicate(journal, record, elsewhere)
        if self.dry_run:
            return WouldUpload(item.row, item.title, item.file_name, size)
        resumable = known is not None and known.stash_key and known.sha1 == record.sha1
        record = journal.record(
            replace(
                record,
                state=State.UPLOADING,
                attempts=record.attempts + 1,
                stash_key=known.stash_key if resumable else "",
                stash_offset=known.stash_offset if resumable else 0,
            )
        )
        self.pace.wait()
        try:
            result = self._send(item, record, size)
        except Halted:
            return HALTED
        except TooSlow as stopped:
            minutes = self.deadline.seconds_for(size) / 60
            return _failed(
                journal,
                journal.records()[item.row],  # with the stash key of the last chunk taken
                problem(
                    "too-slow",
                    minutes=f"{minutes:.0f}",
                    held=f"{stopped.args[0]:,}",
                    size=f"{size:,}",
                ),
            )
        except SourceChanged:
            return _failed(
                journal,
                replace(record, stash_key="", stash_offset=0),  # those chunks are not the file
                problem("file-changed"),
            )
        except SourceGone as gone:
            _still_there(item.file)
            said = "file-unreadable" if gone.unreadable else "file-vanished"
            return _failed(journal, record, problem(said))
        except WikiError:
            raise  # the account may not upload: the batch stops, this item stays "uploading"
        except Exception as error:  # the reply is lost; what the wiki holds will tell
            return _Sent(item, record, lost=type(error).__name__)
        return _Sent(item, record, result)

    def _checked(self, path: str) -> FileFacts:
        """What checking the file finds: from the journal if a check saw it unchanged."""
        return self._checked_all([path])[path]

    def _checked_all(self, paths: list[str]) -> dict[str, FileFacts]:
        """What checking these files finds, by path: from the journal where a check saw a
        file unchanged, the others inspected and kept in one write, not one a file."""
        found: dict[str, FileFacts] = {}
        fresh: dict[str, FileFacts] = {}
        for path in paths:
            known = self.journal.file_facts(path)
            if known is not None and known.still_true_of(path):
                found[path] = known
            else:
                found[path] = fresh[path] = inspect(path, self.wiki.file_extensions())
        if fresh:
            self.journal.remember_files(fresh)
        return found

    def _send(self, item: Item, record: ItemRecord, size: int) -> UploadResult:
        assert item.file is not None
        if size <= self.chunking.above:
            return self.wiki.upload(
                item.file, item.title, item.wikitext, self.summary, sha1=record.sha1
            )

        def noted(stash_key: str, offset: int) -> None:  # in the journal after every chunk
            self.journal.record(replace(record, stash_key=stash_key, stash_offset=offset))

        return self.wiki.upload_in_chunks(
            item.file,
            item.title,
            item.wikitext,
            self.summary,
            chunk_size=self.chunking.size,
            stash_key=record.stash_key,
            noted=noted,
            deadline=time.monotonic() + self.deadline.seconds_for(size),
            sha1=record.sha1,
        )

    def settle(self, sent: list[_Sent]) -> Iterator[Outcome]:
        """Read the window's pages back at once; each item ends as the wiki shows it."""
        if not sent:
            return
        found = self.wiki.file_info([s.item.title for s in sent], text=True)
        with_data = self.wiki.has_structured_data()
        for s in sent:
            info = found[s.item.title]
            if info.exists and info.sha1 == s.record.sha1:
                yield self._verify(s, info, with_data)
            elif s.result is None:
                yield _failed(self.journal, s.record, problem("reply-lost", reason=s.lost))
            elif s.result.duplicates:
                yield _duplicate(self.journal, s.record, list(s.result.duplicates))
            else:
                yield _failed(self.journal, s.record, s.result.problem())

    def _verify(self, s: _Sent, info: FileInfo, with_data: bool) -> Outcome:
        """The file is there: its page must read as sent, then its structured data goes."""
        item, journal = s.item, self.journal
        record = journal.record(
            replace(
                s.record,
                state=State.PUBLISHED,
                page_id=info.page_id,
                page_url=info.page_url,
                revision=info.revision,
                stash_key="",
                stash_offset=0,
            )
        )
        # What a correction of the page (and of its structured data) merges against.
        data = item.structured_data if with_data and item.structured_data != NO_DATA else ""
        journal.remember_written(
            Written(item.row, info.page_id, info.revision, info.title, info.text, item.wikitext,
                    data)
        )  # fmt: skip
        if info.text.strip() != item.wikitext.strip():
            if not s.already_there:
                return _failed(journal, record, problem("page-differs", url=info.page_url))
            # an earlier upload, or a file someone else placed with other text: left as it is
            record = replace(record, message="page text differs")
        if not with_data:
            record = replace(record, structured_data="not applicable")
        elif item.structured_data == NO_DATA:
            record = replace(record, structured_data="none to write")
        elif (s.already_there or record.structured_data == "sending") and (
            self.wiki.structured_data_present(info.page_id)
        ):  # written by an earlier run whose reply was lost: statements are not added twice
            record = journal.record(
                replace(record, state=State.DATA_WRITTEN, structured_data="written")
            )
        elif record.structured_data != "written":
            record = journal.record(replace(record, structured_data="sending"))
            try:
                self.wiki.write_structured_data(info.page_id, item.structured_data, self.summary)
            except StructuredDataRefused as refusal:
                return _failed(journal, record, problem("data-refused", reason=str(refusal)))
            except StructuredDataLost as lost:  # the next run asks the wiki again
                return _failed(journal, record, problem("data-reply-lost", reason=str(lost)))
            record = journal.record(
                replace(record, state=State.DATA_WRITTEN, structured_data="written")
            )
        journal.record(replace(record, state=State.VERIFIED))
        started_over = s.result is not None and s.result.started_over
        return ItemUploaded(
            item.row, item.title, info.page_url, s.already_there, started_over=started_over
        )


def _duplicate(journal: Journal, record: ItemRecord, elsewhere: list[str]) -> ItemSkipped:
    found = problem("duplicate", other=elsewhere[0])
    journal.record(replace(record, state=State.SKIPPED).noting(found))
    return ItemSkipped(record.row, record.title, found)


def _failed(journal: Journal, record: ItemRecord, found: Problem) -> ItemFailed:
    journal.record(replace(record, state=State.FAILED).noting(found))
    return ItemFailed(record.row, record.title, found)
