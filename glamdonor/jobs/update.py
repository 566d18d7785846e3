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

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from glamdonor.core.batch import Batch
from glamdonor.core.journal import Journal, State, Written, journal_path
from glamdonor.core.merge import Merged, diff, merge
from glamdonor.core.plan import Plan
from glamdonor.core.problems import Problem, problem
from glamdonor.jobs.upload import Pace
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.pages import EditConflict, PageGone, PageNow, edit, pages_now, revision_texts

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

    @property
    def edits(self) -> bool:
        return self.merged is not None and self.merged.text != self.before

    def diff(self) -> str:
        return diff(self.before, self.merged.text, self.title) if self.edits else ""


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
    found = []
    for row in rows:
        record, page = records[row], now[records[row].page_id]
        known = written.get(row)
        base = known.text if known else texts.get(record.revision, "")
        rendered = known.rendered if known else base
        i = index[row]
        found.append(
            _correction(row, identifiers[i], record.title, (base, rendered), page, plan.pages[i],
                        plan.template)
        )  # fmt: skip
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
            if not correction.edits:
                unchanged += 1
                new = plan.pages[index[correction.row]]
                if correction.merged is not None and new != correction.rendered:
                    _settled(journal, correction, new)  # its correction is there already
                continue
            pace.wait()
            if cancel.is_set():
                break
            new = plan.pages[index[correction.row]]
            outcome = _edit(wiki, batch, correction, new, plan.template)
            if isinstance(outcome, Problem):
                noted += 1
                yield RowNoted(correction.row, correction.title, outcome)
                continue
            revision, merged, title = outcome
            journal.remember_written(
                Written(correction.row, correction.page_id, revision, title, merged.text, new)
            )
            corrected += 1
            yield RowCorrected(correction.row, title, merged.changed, revision)
    yield UpdateFinished(corrected, unchanged, noted, cancel.is_set(), conflicts)


def _settled(journal: Journal, correction: Correction, new: str) -> None:
    """A page that needs no edit for the batch's new rendering (it holds the correction
    already: an update stopped after its edit, before the journal heard; or only conflicts,
    said once): the page now and the new rendering become the base, so the next update
    agrees with it."""
    journal.remember_written(
        Written(correction.row, correction.page_id, correction.revision, correction.title,
                correction.before, new)
    )  # fmt: skip


def summary_of(batch: Batch, fields: tuple[str, ...]) -> str:
    return f"Corrections from the catalog of “{batch.name}”: {', '.join(fields)} (glamdonor)"


def _edit(
    wiki: Wiki, batch: Batch, correction: Correction, new: str, template: str
) -> tuple[int, Merged, str] | Problem:
    """Save the correction; merged again with the page as it is when others edited it meanwhile."""
    merged, page_revision, title = correction.merged, correction.revision, correction.title
    assert merged is not None
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
