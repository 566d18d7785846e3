"""What a job tells its front end as it goes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchStarted:
    total: int  # rows in the batch (or in the pilot)
    target: str
    account: str
    files_to_send: int = 0  # rows not done yet
    bytes_to_send: int = 0  # their files' sizes
    pace: float = 0.0  # seconds at least between two uploads (the account's rate limit)


@dataclass(frozen=True)
class FileSent:
    """A file went to the wiki; whether it arrived as sent comes with ItemUploaded."""

    row: int
    title: str
    size: int


@dataclass(frozen=True)
class ItemUploaded:
    row: int
    title: str
    page_url: str
    already_there: bool = False  # the wiki held this exact file under this title before


@dataclass(frozen=True)
class ItemSkipped:
    row: int
    title: str
    message: str  # why it was not sent: the same file is on the wiki already
    code: str = "duplicate"  # the reason's stable code, as a problem's


@dataclass(frozen=True)
class ItemFailed:
    row: int
    title: str
    message: str
    hint: str = ""
    code: str = ""  # the reason's stable code, as a problem's: the window translates it


@dataclass(frozen=True)
class BatchFinished:
    uploaded: int
    already_there: int
    skipped: int
    failed: int
    cancelled: bool = False


Event = BatchStarted | FileSent | ItemUploaded | ItemSkipped | ItemFailed | BatchFinished


def said(event: ItemUploaded | ItemSkipped | ItemFailed) -> str:
    """One line about a row's outcome, as the command line and the window tell it."""
    if isinstance(event, ItemUploaded):
        done = "already there" if event.already_there else "uploaded"
        return f"row {event.row}: {done}: {event.page_url}"
    if isinstance(event, ItemSkipped):
        return f"row {event.row}: skipped: {event.message}"
    return f"row {event.row}: not uploaded: {event.message} {event.hint}".rstrip()
