"""What a job tells its front end as it goes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BatchStarted:
    total: int
    target: str
    account: str


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


@dataclass(frozen=True)
class ItemFailed:
    row: int
    title: str
    message: str
    hint: str = ""


@dataclass(frozen=True)
class BatchFinished:
    uploaded: int
    already_there: int
    skipped: int
    failed: int
    cancelled: bool = False


Event = BatchStarted | ItemUploaded | ItemSkipped | ItemFailed | BatchFinished
