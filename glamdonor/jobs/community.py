"""``community``: what others changed on the batch's file pages since glamdonor wrote them,
for the museum's collection system and the coordinator's report.

Read with the fewest requests the wiki allows: the latest revision of every page, 50 pages a
request, then the history since glamdonor's revision only of the pages someone else edited
(one request for up to 50 revisions). Each revision by another account is compared with the one
before it, part by part (core/merge.py reads the pages): categories added and removed, fields
of the page's template changed, descriptions in new languages; the change is dated and signed
with the last revision that made it. Changes undone later (a category added, then removed) are
not listed. Glamdonor's own revisions (corrections by ``update``) are not the community's.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from glamdonor.core.batch import Batch
from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.core.merge import categories_of, language_text, languages_of, template_fields
from glamdonor.core.plan import Plan
from glamdonor.core.statements import OthersData, others_data
from glamdonor.core.words import counted
from glamdonor.metrics.store import Engagement as Kept
from glamdonor.metrics.store import Store
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.pages import (
    Revision,
    bots_among,
    entities,
    history_since,
    item_labels,
    latest_revisions,
    revision_texts,
)

HEADER = (
    "row",
    "identifier",
    "file",
    "change",
    "value",
    "before",
    "date",
    "editor",
    "edits by others",
    "editors",
    "bot edits",
)
CATEGORY_ADDED, CATEGORY_REMOVED = "category added", "category removed"
LANGUAGE_ADDED, FIELD_CHANGED = "description added", "field changed"
RENAMED, OTHER = "file renamed", "other edits"
STATEMENT_ADDED, STATEMENT_REMOVED = "statement added", "statement removed"
CAPTION_ADDED = "caption added"


@dataclass(frozen=True)
class Change:
    row: int
    identifier: str
    file: str
    change: str  # one of the kinds above
    value: str  # the category, "description (fr): text", "date: c. 1897", the new name
    before: str  # what it was ("" for an addition)
    date: str
    editor: str


@dataclass(frozen=True)
class Engagement:
    """A row's edits by others since glamdonor wrote its page."""

    edits: int
    editors: int  # distinct accounts, bots left out
    bot_edits: int


@dataclass(frozen=True)
class Community:
    changes: list[Change]
    engagement: dict[int, Engagement]
    pages: int  # pages looked at
    edited: int  # pages someone else edited
    editors: int = 0  # distinct accounts among the others, bots apart

    def keep(self, store: Store, scope: str, taken: datetime.date) -> None:
        """Keep the whole batch's figures in the metrics store, for its impact report."""
        rows = self.engagement.values()
        kept = Kept(self.pages, self.edited, sum(e.edits for e in rows), self.editors,
                    sum(e.bot_edits for e in rows), len(self.changes))  # fmt: skip
        store.add_engagement(scope, taken, kept)

    def lines(self) -> list[tuple]:
        lines = []
        for c in self.changes:
            e = self.engagement[c.row]
            lines.append((c.row, c.identifier, c.file, c.change, c.value, c.before, c.date,
                          c.editor, e.edits, e.editors, e.bot_edits))  # fmt: skip
        return lines


def community(batch: Batch, plan: Plan, wiki: Wiki) -> Community:
    with Journal(journal_path(batch.manifest)) as journal:
        journal.use(wiki.identity)
        records = {r: rec for r, rec in journal.records().items() if rec.state == State.VERIFIED}
        written = journal.written()
    identifiers = dict(zip(plan.rows, plan.identifiers or [""] * len(plan), strict=True))
    rows = [row for row in sorted(records) if records[row].page_id]
    since = {row: records[row].revision for row in rows}  # the upload's (or take-up's)
    latest = latest_revisions(wiki, [records[row].page_id for row in rows])
    edited = [
        row for row in rows if latest.get(records[row].page_id, (since[row],))[0] != since[row]
    ]
    ours = wiki.credentials.account
    histories = {row: history_since(wiki, records[row].page_id, since[row]) for row in edited}
    others = {r.user for history in histories.values() for r in history if r.user != ours}
    bots = bots_among(wiki, others)
    base_texts = revision_texts(wiki, [since[row] for row in edited])
    # Captions and statements (MediaInfo): their edits are revisions of the file page too,
    # so only the pages edited since are asked.
    data_now = (
        entities(wiki, [records[row].page_id for row in edited])
        if wiki.has_structured_data()
        else {}
    )
    theirs = {
        row: others_data(written[row].data if row in written else "", data_now[page])
        for row in edited
        if (page := records[row].page_id) in data_now
    }
    labels = item_labels(
        wiki, [v for o in theirs.values() for _, v in o.added + o.removed if v.startswith("Q")]
    )
    changes: list[Change] = []
    engagement: dict[int, Engagement] = {}
    for row in edited:
        history = histories[row]
        text = base_texts.get(since[row], "")
        title = records[row].title
        change = _signer(row, identifiers.get(row, ""), title)

        found = _changes(text, history, ours, plan.template, change)
        by_others = [r for r in history if r.user != ours]
        if row in theirs and by_others:
            found += _data_changes(theirs[row], labels, change, by_others[-1])
        now_title = latest.get(records[row].page_id, (0, title))[1]
        moves = [r for r in by_others if "moved" in r.comment.lower()] if now_title != title else []
        edits = [r for r in by_others if r not in moves]  # a move's own revision changes no text
        if edits and not found:
            found = [change(OTHER, counted(len(edits), "{n} edit", "{n} edits"), "", edits[-1])]
        if moves:
            found.append(change(RENAMED, now_title, title, moves[-1]))
        changes += found
        people = {r.user for r in by_others if r.user not in bots}
        engagement[row] = Engagement(
            len(by_others), len(people), sum(r.user in bots for r in by_others)
        )
    people = {r.user for h in histories.values() for r in h if r.user != ours} - bots
    return Community(changes, engagement, len(rows), len(edited), len(people))


def _data_changes(
    theirs: OthersData, labels: dict[str, str], change: Callable[..., Change], last: Revision
) -> list[Change]:
    """Statements and captions others added or took away, dated by their last edit."""

    def said(prop: str, value: str) -> str:
        return f"{prop}: {value} ({labels[value]})" if value in labels else f"{prop}: {value}"

    found = [change(STATEMENT_ADDED, said(p, v), "", last) for p, v in theirs.added]
    found += [change(STATEMENT_REMOVED, said(p, v), "", last) for p, v in theirs.removed]
    found += [change(CAPTION_ADDED, f"caption ({lang}): {text}", "", last)
              for lang, text in theirs.captions]  # fmt: skip
    return found


def _signer(row: int, identifier: str, file: str) -> Callable[..., Change]:
    def change(kind: str, value: str, before: str, revision: Revision) -> Change:
        return Change(row, identifier, file, kind, value, before, revision.timestamp, revision.user)

    return change


def _changes(
    text: str, history: list[Revision], ours: str, template: str, change: Callable[..., Change]
) -> list[Change]:
    """The net changes others made, each signed by the last revision that made it."""
    made: dict[tuple[str, str], Change] = {}
    first: dict[tuple[str, str], str] = {}  # a field's value before others first changed it
    names = (template, "Information", "Artwork", "Photograph", "Book")
    for revision in history:
        before, text = text, revision.text
        if revision.user == ours:
            continue
        old, new = set(categories_of(before)), set(categories_of(text))
        for name in sorted(new - old):
            key = ("category", name)
            if made.get(key) and made[key].change == CATEGORY_REMOVED:
                del made[key]  # removed, then put back: no change
            else:
                made[key] = change(CATEGORY_ADDED, name, "", revision)
        for name in sorted(old - new):
            key = ("category", name)
            if made.get(key) and made[key].change == CATEGORY_ADDED:
                del made[key]
            else:
                made[key] = change(CATEGORY_REMOVED, name, "", revision)
        fields_before, fields_now = (template_fields(t, names) for t in (before, text))
        for name in dict.fromkeys([*fields_before, *fields_now]):
            was, now = fields_before.get(name, ""), fields_now.get(name, "")
            if was == now:
                continue
            old_languages, new_languages = languages_of(was), languages_of(now)
            if new_languages and old_languages is not None:
                for language in new_languages.keys() - old_languages.keys():
                    key = ("language", f"{name} ({language})")
                    value = f"{name} ({language}): {language_text(new_languages[language])}"
                    made[key] = change(LANGUAGE_ADDED, value, "", revision)
                rest = {k: v for k, v in new_languages.items() if k in old_languages}
                if rest == old_languages or not old_languages:
                    continue
            key = ("field", name)
            first.setdefault(key, was)
            if now == first[key]:
                made.pop(key, None)  # changed back
            else:
                was = f"{name}: {first[key]}"
                made[key] = change(FIELD_CHANGED, f"{name}: {now}", was, revision)
    return list(made.values())
