"""``update``: the catalog's corrections carried to the file pages already on the wiki,
without overwriting what the community did there (core/merge.py).

For each row the journal knows as uploaded (or taken up) on the wiki: the page is read as it
is now, rendered again from the batch, and merged with the text glamdonor last wrote there
(the journal's ``pages``). The edit names the batch and the fields it changes, and is based
on the revision it was merged with (``baserevid``): a page edited meanwhile is read and merged
again, never overwritten. The new revision goes into the journal once the wiki took it; a run
stopped before that finds the page already holding the merge on the next run, and edits
nothing twice (an edit to the same text makes no revision).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from glamdonor.core.batch import Batch
from glamdonor.core.journal import Journal, State, Written, journal_path
from glamdonor.core.merge import Merged, diff, merge
from glamdonor.core.plan import Plan
from glamdonor.core.problems import Problem, problem
from glamdonor.core.statements import DataChange, data_change
from glamdonor.jobs.upload import NO_DATA, Pace
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.pages import (
    EditConflict,
    PageGone,
    PageNow,
    edit,
    edit_entity,
    entities,
    pages_now,
    revision_texts,
)

TRIES = 3  # edits of one page, each after reading it again, when others edit it meanwhile
_REDIRECT = re.compile(r"#REDIRECT\s*\[\[([^\]|]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Correction:
    """What the update would do to one row's page."""

    row: int
    identifier: str
    title: str  # the file's title on the wiki now
    page_id: int
    revision: int  # the page's revision the merge was made with
    base: str  # the page's text as glamdonor last left it
    rendered: str  # the batch's rendering of it then
    before: str  # the page's text now
    merged: Merged | None  # None: the page is not corrected (gone, redirected)
    notes: tuple[Problem, ...] = ()
    data: DataChange | None = None  # the change of its captions and statements, if any
    written_data: str = ""  # the structured data glamdonor last wrote

    @property
    def page_edits(self) -> bool:
        return self.merged is not None and self.merged.text != self.before

    @property
    def edits(self) -> bool:
        """Whether the page or its structured data is to be edited."""
        return self.page_edits or (self.merged is not None and bool(self.data and self.data.edits))

    @property
    def changed(self) -> tuple[str, ...]:
        parts = self.merged.changed if self.page_edits and self.merged else ()
        return (*parts, *(self.data.changed if self.data and self.data.edits else ()))

    def diff(self) -> str:
        said = diff(self.before, self.merged.text, self.title) if self.page_edits else ""
        if self.data and self.data.edits:
            said += ("\n" if said else "") + "Structured data: " + json.dumps(
                self.data.data, ensure_ascii=False, indent=1
            )
        return said


@dataclass(frozen=True)
class RowCorrected:
    row: int
    title: str
    fields: tuple[str, ...]
    revision: int


@dataclass(frozen=True)
class RowNoted:
    row: int
    title: str
    problem: Problem


@dataclass(frozen=True)
class UpdateFinished:
    corrected: int
    unchanged: int
    noted: int
    cancelled: bool = False
    conflicts: list[tuple[int, Problem]] = field(default_factory=list)


def corrections(batch: Batch, plan: Plan, wiki: Wiki) -> list[Correction]:
    """What correcting every uploaded row's page would do, read from the wiki now."""
    with Journal(journal_path(batch.manifest)) as journal:
        journal.use(wiki.identity)
        records = {r: rec for r, rec in journal.records().items() if rec.state == State.VERIFIED}
        written = journal.written()
    index = {row: i for i, row in enumerate(plan.rows)}
    rows = [row for row in sorted(records) if row in index and records[row].page_id]
    now = pages_now(wiki, [records[row].page_id for row in rows])
    unknown = [records[row].revision for row in rows if row not in written]
    texts = revision_texts(wiki, unknown)  # uploaded before the journal kept the text
    identifiers = plan.identifiers or [""] * len(plan)
    with_data = wiki.has_structured_data()
    present = [records[row].page_id for row in rows if not now[records[row].page_id].missing]
    data_now = entities(wiki, present) if with_data else {}
    found = []
    for row in rows:
        record, page = records[row], now[records[row].page_id]
        known = written.get(row)
        base = known.text if known else texts.get(record.revision, "")
        rendered = known.rendered if known else base
        i = index[row]
        correction = _correction(row, identifiers[i], record.title, (base, rendered), page,
                                 plan.pages[i], plan.template)  # fmt: skip
        if page.page_id in data_now and plan.structured[i] != NO_DATA:
            ours = known.data if known else ""
            change = data_change(ours, data_now[page.page_id], plan.structured[i])
            correction = replace(correction, data=change, written_data=ours)
        found.append(correction)
    return found


def _correction(
    row: int,
    identifier: str,
    title: str,
    left: tuple[str, str],
    page: PageNow,
    new: str,
    template: str,
) -> Correction:
    base, rendered = left
    if page.missing:
        return Correction(row, identifier, title, page.page_id, 0, base, rendered, "", None,
                          (problem("page-deleted"),))  # fmt: skip
    if page.redirect:
        target = _REDIRECT.search(page.text)
        said = problem("page-redirected", target=target.group(1) if target else page.title)
        return Correction(row, identifier, title, page.page_id, page.revision, base, rendered,
                          page.text, None, (said,))  # fmt: skip
    merged = merge(base, page.text, new, template, rendered)
    notes = [
        problem("correction-conflict", c.field, field=c.field, theirs=c.theirs, ours=c.ours)
        for c in merged.conflicts
    ]
    if page.title != title:
        notes.append(problem("page-moved", title=page.title))
    return Correction(
        row, identifier, page.title, page.page_id, page.revision, base, rendered, page.text,
        merged, tuple(notes),
    )  # fmt: skip


def apply_corrections(
    batch: Batch,
    plan: Plan,
    wiki: Wiki,
    found: list[Correction],
    *,
    cancel: threading.Event | None = None,
) -> Iterator[RowCorrected | RowNoted | UpdateFinished]:
    """Make each correction, paced as the account's edit limits ask, each once."""
    cancel = cancel or threading.Event()
    pace = Pace(wiki.upload_pace("edit"), cancel)
    corrected = unchanged = noted = 0
    conflicts: list[tuple[int, Problem]] = []
    with Journal(journal_path(batch.manifest)) as journal, journal.only_user():
        journal.use(wiki.identity)
        index = {row: i for i, row in enumerate(plan.rows)}
        for correction in found:
            if cancel.is_set():
                break
            for note in correction.notes:
                noted += 1
                if note.code == "correction-conflict":
                    conflicts.append((correction.row, note))
                yield RowNoted(correction.row, correction.title, note)
            i = index[correction.row]
            new, new_data = plan.pages[i], plan.structured[i]
            if not correction.edits:
                unchanged += 1
                data = new_data if correction.data is not None else correction.written_data
                if correction.merged is not None and (
                    new != correction.rendered or data != correction.written_data
                ):
                    _settled(journal, correction, new, data)  # its correction is there already
                continue
            pace.wait()
            if cancel.is_set():
                break
            outcome = _edit(wiki, batch, correction, new, plan.template)
            if isinstance(outcome, Problem):
                noted += 1
                yield RowNoted(correction.row, correction.title, outcome)
                continue
            revision, merged, title = outcome
            data = correction.written_data
            if correction.data is not None and correction.data.edits:
                edit_entity(wiki, correction.page_id, correction.data.data,
                            summary_of(batch, correction.data.changed))  # fmt: skip
            if correction.data is not None:
                data = new_data
            journal.remember_written(
                Written(correction.row, correction.page_id, revision, title, merged.text, new,
                        data)
            )  # fmt: skip
            corrected += 1
            fields = (*merged.changed, *(correction.data.changed if correction.data else ()))
            yield RowCorrected(correction.row, title, tuple(dict.fromkeys(fields)), revision)
    yield UpdateFinished(corrected, unchanged, noted, cancel.is_set(), conflicts)


def _settled(journal: Journal, correction: Correction, new: str, data: str) -> None:
    """A page that needs no edit for the batch's new rendering (it holds the correction
    already: an update stopped after its edit, before the journal heard; or only conflicts,
    said once): the page now and the new rendering become the base, so the next update
    agrees with it."""
    journal.remember_written(
        Written(correction.row, correction.page_id, correction.revision, correction.title,
                correction.before, new, data)
    )  # fmt: skip


def summary_of(batch: Batch, fields: tuple[str, ...]) -> str:
    return f"Corrections from the catalog of “{batch.name}”: {', '.join(fields)} (glamdonor)"


def _edit(
    wiki: Wiki, batch: Batch, correction: Correction, new: str, template: str
) -> tuple[int, Merged, str] | Problem:
    """Save the correction; merged again with the page as it is when others edited it meanwhile."""
    merged, page_revision, title = correction.merged, correction.revision, correction.title
    assert merged is not None
    if not correction.page_edits:  # its structured data alone is corrected
        return page_revision, merged, title
    for _ in range(TRIES):
        try:
            summary = summary_of(batch, merged.changed)
            revision = edit(wiki, correction.page_id, merged.text, summary, page_revision)
            return revision, merged, title
        except PageGone:
            return problem("page-deleted")
        except EditConflict:
            page = pages_now(wiki, [correction.page_id])[correction.page_id]
            if page.missing:
                return problem("page-deleted")
            merged = merge(correction.base, page.text, new, template, correction.rendered)
            page_revision, title = page.revision, page.title
            if merged.text == page.text:
                return page.revision, merged, title
    return problem("page-edited-meanwhile")
