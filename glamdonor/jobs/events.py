"""What a job tells its front end as it goes."""

from __future__ import annotations

from dataclasses import dataclass

from glamdonor.core.journal import ItemRecord
from glamdonor.core.problems import Problem
from glamdonor.core.words import counted


@dataclass(frozen=True)
class BatchStarted:
    total: int  # rows in the batch (or in the pilot)
    target: str
    account: str
    files_to_send: int = 0  # rows not done yet
    bytes_to_send: int = 0  # their files' sizes
    pace: float = 0.0  # seconds at least between two uploads (the account's rate limit)
    wiki: str = ""  # the target in words: "Wikimedia Commons", "the sandbox wiki on ..."
    rehearsed: tuple[tuple[str, int], ...] = ()  # other wikis, and the rows done there
    kept_aside: int = 0  # records of an earlier version whose wiki could not be told
    journal_set_aside: str = ""  # a damaged journal found, renamed: its new name
    journal_damage: str = ""  # what was wrong with it


def before_the_first_byte(event: BatchStarted) -> list[str]:
    """What is said before anything is sent: a rehearsal elsewhere, and where the files go."""
    lines = []
    if event.journal_set_aside:
        lines.append(
            f"The batch's journal was damaged ({event.journal_damage}): it is kept, untouched, "
            f"as {event.journal_set_aside}, and a new one is started; each row's state is asked "
            "of the wiki again (by title and SHA-1), so nothing is sent twice."
        )
    if event.kept_aside:
        lines.append(
            counted(event.kept_aside, "{n} row", "{n} rows")
            + f" recorded by an earlier glamdonor cannot be told to be on {event.wiki}: kept aside "
            "in the journal, they are sent there unless the wiki already holds their files."
        )
    rehearsals = "; ".join(
        f"{words} ({done} rows verified there)" for words, done in event.rehearsed
    )
    going = f"{event.files_to_send} rows to send"
    if rehearsals:
        lines.append(f"Rehearsed on {rehearsals}; now uploading to {event.wiki}: {going}.")
    else:
        lines.append(f"Uploading to {event.wiki}: {going}.")
    return lines


@dataclass(frozen=True)
class RecordContradicted:
    """The journal said a row was done on this wiki; the wiki says otherwise: it goes again."""

    row: int
    title: str
    why: str  # what the wiki holds instead: nothing, other bytes


@dataclass(frozen=True)
class FileSent:
    """A file went to the wiki; whether it arrived as sent comes with ItemUploaded."""

    row: int
    title: str
    size: int


@dataclass(frozen=True)
class PilotChosen:
    """The rows of a pilot, drawn at random among those ready, before any is sent."""

    rows: tuple[int, ...]


@dataclass(frozen=True)
class RowRecorded:
    """A row's record as the journal holds it after its outcome, for a table of states."""

    record: ItemRecord


@dataclass(frozen=True)
class WouldUpload:
    """A dry run: this file would be sent."""

    row: int
    title: str
    file_name: str
    size: int


@dataclass(frozen=True)
class ItemUploaded:
    row: int
    title: str
    page_url: str
    already_there: bool = False  # the wiki held this exact file under this title before
    started_over: bool = False  # the wiki had lost the half-sent upload: sent again from byte 0


@dataclass(frozen=True)
class _RowProblem:
    row: int
    title: str
    problem: Problem  # why: declared in core/problems.py, translated by the window

    @property
    def code(self) -> str:
        return self.problem.code

    @property
    def message(self) -> str:
        return self.problem.message

    @property
    def hint(self) -> str:
        return self.problem.hint


@dataclass(frozen=True)
class ItemSkipped(_RowProblem):
    """Not sent on purpose: the same file is on the wiki already."""


@dataclass(frozen=True)
class ItemFailed(_RowProblem):
    """Not uploaded: the problem says why and what to do."""


@dataclass(frozen=True)
class BatchFinished:
    uploaded: int
    already_there: int
    skipped: int
    failed: int
    cancelled: bool = False
    would_upload: int = 0  # a dry run: the files the upload would send


Event = (
    BatchStarted
    | FileSent
    | ItemUploaded
    | ItemSkipped
    | ItemFailed
    | RecordContradicted
    | WouldUpload
    | BatchFinished
)


def said(
    event: ItemUploaded | ItemSkipped | ItemFailed | RecordContradicted | WouldUpload,
) -> str:
    """One line about a row's outcome, as the command line and the window tell it."""
    if isinstance(event, WouldUpload):
        return f"row {event.row}: would upload {event.file_name} as “{event.title}”"
    if isinstance(event, RecordContradicted):
        return f"row {event.row}: the journal had it done, but {event.why}: it goes again"
    if isinstance(event, ItemUploaded):
        done = "already there" if event.already_there else "uploaded"
        again = (
            " (the wiki had lost track of the half-sent upload: the file was sent again from "
            "its first byte)"
            if event.started_over
            else ""
        )
        return f"row {event.row}: {done}: {event.page_url}{again}"
    if isinstance(event, ItemSkipped):
        return f"row {event.row}: skipped: {event.message}"
    return f"row {event.row}: not uploaded: {event.message} {event.hint}".rstrip()
