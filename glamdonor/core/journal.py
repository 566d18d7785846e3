"""The batch's journal: a SQLite database beside the batch file, in WAL mode, every write
committed at once.

- ``files``: what checking each media file found (SHA-1, kind, problems, EXIF), keyed by path,
  size and modification time, so that checking an unchanged batch again reads no file.
- ``items``: the state of each catalog row's upload, written before and after every request
  to the wiki, so that a batch stopped at any moment resumes without sending a file twice.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from filelock import FileLock, Timeout

from glamdonor.core.errors import GlamdonorError
from glamdonor.core.words import N_

SCHEMA = """
create table if not exists files (
    path text primary key,
    size integer not null,
    mtime_ns integer not null,
    sha1 text not null,
    kind text not null,
    problems text not null,
    exif text not null
);
create table if not exists items (
    row integer primary key,    -- the catalog's row number
    title text not null,
    state text not null,
    sha1 text not null default '',
    page_id integer not null default 0,
    page_url text not null default '',
    code text not null default '',
    message text not null default '',
    attempts integer not null default 0,
    changed text not null,
    stash_key text not null default '',  -- a chunked upload's stash, while it is being sent
    stash_offset integer not null default 0,
    revision integer not null default 0,
    structured_data text not null default ''  -- written, not applicable, nothing to write
);
"""


class State(StrEnum):
    PENDING = "pending"  # not tried yet
    HASHED = "hashed"  # its file's SHA-1 is known
    CHECKED = "checked"  # its file was found sound: it may be sent
    UPLOADING = "uploading"  # sent, or being sent: the next run asks the wiki what arrived
    PUBLISHED = "published"  # on the wiki with the right SHA-1 (page id and revision known)
    DATA_WRITTEN = "data written"  # its captions and statements are on the wiki too
    VERIFIED = "verified"  # file and page read back and found as sent: done
    SKIPPED = "skipped"  # not sent on purpose: the same file is on the wiki already
    FAILED = "failed"  # could not be uploaded; the message says why


DONE = frozenset({State.VERIFIED, State.SKIPPED})


@dataclass(frozen=True)
class ItemRecord:
    row: int
    title: str
    state: State
    sha1: str = ""
    page_id: int = 0
    page_url: str = ""
    code: str = ""
    message: str = ""
    attempts: int = 0
    stash_key: str = ""  # where the chunks of a file being sent in chunks are kept
    stash_offset: int = 0  # how many bytes of it the wiki had, when last told
    revision: int = 0  # the file page's revision, once published
    structured_data: str = ""  # "written", "not applicable" (the wiki has none), "none to write"


@dataclass(frozen=True)
class FileFacts:
    """What checking one media file found."""

    size: int
    mtime_ns: int
    sha1: str = ""
    kind: str = ""  # what the content is: jpeg, png, tiff, pdf, html, ... or "" if unknown
    problems: tuple[tuple[str, str, str], ...] = ()  # (code, message, hint): all errors
    exif: dict[str, str] = field(default_factory=dict)  # date, camera, gps

    def still_true_of(self, path: str) -> bool:
        """Whether the file at ``path`` is unchanged since (same size and modification time)."""
        try:
            status = os.stat(path)  # noqa: PTH116 - once a file, on a hot path
        except OSError:
            return False
        return status.st_size == self.size and status.st_mtime_ns == self.mtime_ns


def journal_path(manifest: Path) -> Path:
    return manifest.with_name(f"{manifest.stem}.journal")


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.execute("pragma journal_mode=wal")
        self._db.execute("pragma synchronous=normal")
        self._db.executescript(SCHEMA)
        columns = {row[1] for row in self._db.execute("pragma table_info(items)")}
        for name, kind in (
            ("stash_key", "text not null default ''"),
            ("stash_offset", "integer not null default 0"),
            ("revision", "integer not null default 0"),
            ("structured_data", "text not null default ''"),
        ):
            if name not in columns:  # a journal written by an earlier version
                self._db.execute(f"alter table items add column {name} {kind}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def only_user(self) -> Iterator[None]:
        """Hold the batch for this process: a second one refuses, saying so. The lock is the
        operating system's (filelock: flock on Linux and macOS, LockFileEx on Windows), so it
        ends with the process however that ends."""
        lock = FileLock(self.path.with_name(self.path.name + ".lock"), timeout=0)
        holder_note = self.path.with_name(self.path.name + ".holder")
        try:
            lock.acquire()
        except Timeout:
            try:
                holder = holder_note.read_text(encoding="utf-8").strip()
            except OSError:
                holder = ""
            raise GlamdonorError(
                N_("another glamdonor ({holder}) is working on this batch right now."),
                N_("Wait until it has finished, or stop it, then start again: nothing is lost."),
                holder=holder or "another process",
            ) from None
        try:
            with contextlib.suppress(OSError):
                holder_note.write_text(f"process {os.getpid()}", encoding="utf-8")
            yield
        finally:
            with contextlib.suppress(OSError):
                holder_note.unlink()
            lock.release()

    def records(self) -> dict[int, ItemRecord]:
        rows = self._db.execute(
            "select row, title, state, sha1, page_id, page_url, code, message, attempts,"
            " stash_key, stash_offset, revision, structured_data from items"
        )
        return {row[0]: ItemRecord(row[0], row[1], State(row[2]), *row[3:]) for row in rows}

    def record_of(self, row: int) -> ItemRecord | None:
        found = self._db.execute(
            "select row, title, state, sha1, page_id, page_url, code, message, attempts,"
            " stash_key, stash_offset, revision, structured_data from items where row = ?",
            (row,),
        ).fetchone()
        return ItemRecord(found[0], found[1], State(found[2]), *found[3:]) if found else None

    def record(self, record: ItemRecord) -> ItemRecord:
        """Write an item's state, committed before this returns."""
        fields = {name: getattr(record, name) for name in ItemRecord.__dataclass_fields__}
        fields["state"] = str(record.state)
        fields["changed"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        names = ", ".join(fields)
        with self._writing():
            self._db.execute(
                f"insert or replace into items ({names}) values ({', '.join('?' * len(fields))})",
                list(fields.values()),
            )
        return record

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write that fails (a full disk, a folder made read-only) stops the batch with a
        sentence: what was committed before stays, and the wiki settles the rest next time."""
        try:
            yield
        except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as error:
            raise GlamdonorError(
                N_("the batch's journal {path} cannot be written ({error})."),
                N_(
                    "Free some space on the disk (or check the folder's permissions), then run "
                    "the same command again: nothing is lost, nothing is sent twice."
                ),
                path=self.path,
                error=error,
            ) from None

    def file_facts(self, path: str) -> FileFacts | None:
        """What checking one file found, if it was checked."""
        row = self._db.execute(
            "select size, mtime_ns, sha1, kind, problems, exif from files where path = ?", (path,)
        ).fetchone()
        if row is None:
            return None
        size, mtime, sha1, kind, problems, exif = row
        return FileFacts(
            size, mtime, sha1, kind, tuple(map(tuple, json.loads(problems))), json.loads(exif)
        )

    def known_files(self) -> dict[str, FileFacts]:
        rows = self._db.execute(
            "select path, size, mtime_ns, sha1, kind, problems, exif from files"
        )
        return {
            path: FileFacts(
                size, mtime, sha1, kind, tuple(map(tuple, json.loads(problems))), json.loads(exif)
            )
            for path, size, mtime, sha1, kind, problems, exif in rows
        }

    def remember_files(self, facts: dict[str, FileFacts]) -> None:
        with self._writing(), self._db:
            self._db.execute("begin")
            self._db.executemany(
                "insert or replace into files values (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        path,
                        f.size,
                        f.mtime_ns,
                        f.sha1,
                        f.kind,
                        json.dumps(f.problems),
                        json.dumps(f.exif),
                    )
                    for path, f in facts.items()
                ],
            )
