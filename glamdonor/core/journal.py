"""The batch's journal: a SQLite database beside the batch file, in WAL mode, every write
committed at once.

- ``files``: what checking each media file found (SHA-1, kind, problems, EXIF), keyed by path,
  size and modification time, so that checking an unchanged batch again reads no file.
- ``records``: the state of each catalog row's upload *on one wiki*, written before and after
  every request to it, so that a batch stopped at any moment resumes without sending a file
  twice. A state is true of the wiki it was reached on and of no other: a rehearsal on the
  sandbox vouches for nothing on Commons. ``use(wiki)`` chooses the wiki whose records are read
  and written; the others are kept (a rehearsal's results stay readable).
- ``wikis``: each wiki the batch has talked to: what it says of itself, and when it was seen.
- ``pages``: the text of each file page as glamdonor last wrote it (or took it up), with its
  revision: what a correction (``glamdonor update``) merges against, and what the community's
  changes (``glamdonor community``) are counted from.

A journal of an earlier version (one ``items`` table, no wiki) is migrated when opened: its
records are kept aside, under no wiki, until a wiki they can be told to belong to is used
(their pages' addresses are on it); those that cannot be told stay aside, and their rows are
treated as not yet sent to that wiki. Nothing is dropped.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from filelock import FileLock, Timeout

from glamdonor.core.errors import GlamdonorError
from glamdonor.core.problems import KINDS, Problem, blocks, kept, read_kept
from glamdonor.core.wikis import WikiIdentity
from glamdonor.core.words import N_

COLUMNS = """
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
    structured_data text not null default '',  -- written, not applicable, nothing to write
    details text not null default '{}'  -- the values of the problem named by code (JSON)
"""
SCHEMA = f"""
create table if not exists records (
    wiki text not null,  -- wikis.key; '' for a record of an earlier version, kept aside
    row integer not null,  -- the catalog's row number
    {COLUMNS},
    primary key (wiki, row)
);
create table if not exists wikis (
    key text primary key,
    wikiid text not null,
    server text not null,
    name text not null,
    api_url text not null,
    last_seen text not null
);
create table if not exists findings (
    wiki text not null,  -- wikis.key: the wiki that was asked
    row integer not null,
    basis text not null,  -- what it was asked about: SHA-1 of the file's SHA-1, title and page
    problems text not null,  -- what it would refuse: [[code, values], ...]
    primary key (wiki, row)
);
create table if not exists pages (
    wiki text not null,  -- wikis.key
    row integer not null,
    page_id integer not null,
    revision integer not null,  -- the revision glamdonor made (or took up) of the file page
    title text not null,  -- the file's title then
    text text not null,  -- the page's text in that revision
    rendered text not null,  -- the page as glamdonor rendered it then: a correction's base
    data text not null,  -- the structured data glamdonor wrote then (wbeditentity JSON), or ''
    written text not null,  -- when
    primary key (wiki, row)
);
create table if not exists files (
    path text primary key,
    size integer not null,
    mtime_ns integer not null,
    sha1 text not null,
    kind text not null,
    problems text not null,
    exif text not null
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
    details: str = "{}"  # the values of the problem ``code`` names (core/problems.py), as JSON

    def noting(self, found: Problem) -> ItemRecord:
        """This record with the problem its row met: its code, its English sentence (for the
        results sheet) and its values (for the window, which translates it)."""
        details = json.dumps(dict(found.values), ensure_ascii=False, default=str)
        return replace(self, code=found.code, message=found.message, details=details)

    def problem(self) -> Problem:
        """The problem noted on this record, as it was found."""
        if self.code not in KINDS:  # a code no longer declared: its sentence as it was kept
            return Problem("warned", (("info", self.message),))
        return Problem(self.code, tuple(json.loads(self.details or "{}").items()))


@dataclass(frozen=True)
class Written:
    """A file page as glamdonor last wrote it (or took it up) on one wiki."""

    row: int
    page_id: int
    revision: int
    title: str
    text: str  # the page's text in that revision
    rendered: str  # the page as glamdonor rendered it from the batch: what a correction merges over
    data: str = ""  # the captions and statements glamdonor wrote (wbeditentity JSON)
    written: str = ""  # when, in UTC (ISO 8601)


@dataclass(frozen=True)
class FileFacts:
    """What checking one media file found."""

    size: int
    mtime_ns: int
    sha1: str = ""
    kind: str = ""  # what the content is: jpeg, png, tiff, pdf, html, ... or "" if unknown
    problems: tuple[Problem, ...] = ()  # what it shows, with no column (the row's file column)
    exif: dict[str, str] = field(default_factory=dict)  # date, camera, gps

    def still_true_of(self, path: str) -> bool:
        """Whether what checking found can be used again for the file at ``path``: it was
        found sound, and is unchanged since (same size and modification time). A file found
        unreadable, damaged or gone is always looked at again: making it readable (chmod) or
        putting a copy back changes neither its size nor its time."""
        if blocks(self.problems):
            return False
        try:
            status = os.stat(path)  # noqa: PTH116 - once a file, on a hot path
        except OSError:
            return False
        return status.st_size == self.size and status.st_mtime_ns == self.mtime_ns


def _facts(size: int, mtime: int, sha1: str, kind: str, problems: str, exif: str) -> FileFacts:
    """FileFacts as the ``files`` table keeps them. Problems kept as sentences by a version
    before core/problems.py have no values: the facts are then stale (mtime 0), checked anew."""
    found = read_kept(problems)
    if found is None:
        return FileFacts(size, 0, sha1, kind, (), json.loads(exif))
    return FileFacts(size, mtime, sha1, kind, found, json.loads(exif))


def _cut_to_nothing(path: Path) -> bool:
    """A journal file of 0 bytes with no write-ahead log beside it: what a journal cut to
    nothing looks like (a new journal is never left empty: its tables are written at once)."""
    try:
        return path.stat().st_size == 0 and not path.with_name(path.name + "-wal").exists()
    except OSError:
        return False


def journal_path(manifest: Path) -> Path:
    return manifest.with_name(f"{manifest.stem}.journal")


@dataclass(frozen=True)
class Attribution:
    """What ``Journal.use`` did with the records an earlier version kept without a wiki."""

    adopted: int = 0  # found to be of this wiki (their pages' addresses are on it)
    kept_aside: int = 0  # of a wiki that cannot be told: their rows go to this wiki anew


FIELDS = (
    "row, title, state, sha1, page_id, page_url, code, message, attempts, stash_key,"
    " stash_offset, revision, structured_data, details"
)


class Journal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.wiki: WikiIdentity | None = None  # whose records are read and written: use()
        # Where a damaged journal found here was put, untouched, and what was wrong with it.
        self.set_aside: Path | None = None
        self.damage = ""
        try:
            if _cut_to_nothing(path):  # SQLite would take it for a new journal, silently
                raise sqlite3.DatabaseError("cut to 0 bytes")
            self._db = self._open()
        except sqlite3.DatabaseError as error:  # damaged, cut short, or another program's
            self.damage = str(error)
            self.set_aside = self._put_aside()
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db = db
        try:
            tables = {row[0] for row in db.execute("select name from sqlite_master")}
            if tables and not tables & {"records", "items", "files"}:
                raise sqlite3.DatabaseError("tables of another program")
            if tables:  # pages overwritten in the middle: SQLite reads on, and loses records
                (verdict,) = db.execute("pragma quick_check(1)").fetchone()
                if verdict != "ok":
                    raise sqlite3.DatabaseError(verdict)
            db.execute("pragma journal_mode=wal")
            db.execute("pragma synchronous=normal")
            with self._writing():
                db.executescript(SCHEMA)
                self._migrate()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _put_aside(self) -> Path:
        """Rename a damaged journal (and its WAL files) with the date: kept whole, for a
        person to look at; a new journal starts, whose rows the wiki settles again."""
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            for ending in ("", "-wal", "-shm"):
                here = self.path.with_name(self.path.name + ending)
                if here.exists():
                    here.rename(aside.with_name(aside.name + ending))
        except OSError as error:
            raise GlamdonorError(
                N_(
                    "the journal {path} is damaged, or is not a glamdonor journal, and cannot "
                    "be moved aside ({error})."
                ),
                N_(
                    "Move it aside (rename it), then run the same command again: a new journal "
                    "is started, and the upload asks the wiki what is there already, so nothing "
                    "is sent twice."
                ),
                path=self.path,
                error=error.strerror or type(error).__name__,
            ) from None
        return aside

    def said_of_damage(self) -> str:
        """The sentence a front end says when a damaged journal was put aside, else ""."""
        if self.set_aside is None:
            return ""
        return (
            f"The journal {self.path} was damaged ({self.damage}): it is kept, untouched, as "
            f"{self.set_aside.name}, and a new one is started; each row's state is asked of "
            "the wiki again (by title and SHA-1), so nothing is sent twice."
        )

    def _migrate(self) -> None:
        """Records of a journal written before they belonged to a wiki: kept aside, whole."""
        kept = [row[1] for row in self._db.execute("pragma table_info(records)")]
        if "details" not in kept:  # a journal of a version before core/problems.py
            self._db.execute("alter table records add column details text not null default '{}'")
        columns = [row[1] for row in self._db.execute("pragma table_info(items)")]
        if not columns:
            return
        wanted = [*FIELDS.replace(" ", "").split(","), "changed"]
        numbers = {"page_id", "attempts", "stash_offset", "revision"}
        empty = {name: "0" for name in numbers} | {"details": "'{}'"}
        taken = ", ".join(name if name in columns else empty.get(name, "''") for name in wanted)
        with self._db:
            self._db.execute("begin")
            self._db.execute(
                f"insert or ignore into records (wiki, {', '.join(wanted)})"
                f" select '', {taken} from items"
            )
            self._db.execute("drop table items")

    def use(self, wiki: WikiIdentity) -> Attribution:
        """Read and write the records of this wiki from now on; note that the batch has seen
        it. Records kept aside whose pages are on this wiki's server become its own."""
        now = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        with self._writing(), self._db:
            self._db.execute("begin")
            self._db.execute(
                "insert or replace into wikis values (?, ?, ?, ?, ?, ?)",
                (wiki.key, wiki.wikiid, wiki.server, wiki.name, wiki.api_url, now),
            )
            adopted = 0
            host = wiki.server.split("//", 1)[-1]
            for row, page_url in self._db.execute(
                "select row, page_url from records where wiki = '' and page_url != ''"
            ).fetchall():
                if page_url.split("//", 1)[-1].startswith(host + "/"):
                    adopted += self._db.execute(
                        "update or ignore records set wiki = ? where wiki = '' and row = ?",
                        (wiki.key, row),
                    ).rowcount
        self.wiki = wiki
        (aside,) = self._db.execute("select count(*) from records where wiki = ''").fetchone()
        return Attribution(adopted, aside)

    def last_seen(self, api_url: str) -> WikiIdentity | None:
        """The wiki last reached at this address, for when it cannot be asked who it is."""
        found = self._db.execute(
            "select wikiid, server, name, api_url from wikis where api_url = ?"
            " order by rowid desc limit 1",
            (api_url,),
        ).fetchone()
        return WikiIdentity(*found) if found else None

    def elsewhere(self) -> list[tuple[WikiIdentity, Counter]]:
        """Every other wiki the batch has records of, with how many rows are in each state."""
        counted: dict[str, Counter] = {}
        for key, state, count in self._db.execute(
            "select wiki, state, count(*) from records where wiki != ? and wiki != ''"
            " group by wiki, state",
            (self._key(),),
        ):
            counted.setdefault(key, Counter())[state] = count
        wikis = {
            key: WikiIdentity(wikiid, server, name, api_url)
            for key, wikiid, server, name, api_url in self._db.execute(
                "select key, wikiid, server, name, api_url from wikis"
            )
        }
        return [(wikis[key], states) for key, states in counted.items() if key in wikis]

    def _key(self, *, writing: bool = False) -> str:
        """The wiki whose records are read and written: the one in use; for reading, before
        any is chosen, the one the batch last talked to."""
        if self.wiki is not None:
            return self.wiki.key
        if writing:
            raise RuntimeError("a record belongs to a wiki: call Journal.use(wiki) first")
        last = self._db.execute("select key from wikis order by rowid desc limit 1").fetchone()
        return last[0] if last else "\0"  # no wiki yet: the records of none

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
        except OSError as error:  # a full disk, a folder made read-only: said, nothing lost
            raise self._cannot_write(error.strerror or type(error).__name__) from None
        try:
            with contextlib.suppress(OSError):
                holder_note.write_text(f"process {os.getpid()}", encoding="utf-8")
            yield
        finally:
            with contextlib.suppress(OSError):
                holder_note.unlink()
            lock.release()

    def records(self) -> dict[int, ItemRecord]:
        """The records of the wiki in use, by row."""
        rows = self._db.execute(f"select {FIELDS} from records where wiki = ?", (self._key(),))
        return {row[0]: ItemRecord(row[0], row[1], State(row[2]), *row[3:]) for row in rows}

    def record_of(self, row: int) -> ItemRecord | None:
        found = self._db.execute(
            f"select {FIELDS} from records where wiki = ? and row = ?", (self._key(), row)
        ).fetchone()
        return ItemRecord(found[0], found[1], State(found[2]), *found[3:]) if found else None

    def record(self, record: ItemRecord) -> ItemRecord:
        """Write an item's state on the wiki in use, committed before this returns."""
        fields = {"wiki": self._key(writing=True)}
        fields |= {name: getattr(record, name) for name in ItemRecord.__dataclass_fields__}
        fields["state"] = str(record.state)
        fields["changed"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        names = ", ".join(fields)
        with self._writing():
            self._db.execute(
                f"insert or replace into records ({names}) values ({', '.join('?' * len(fields))})",
                list(fields.values()),
            )
        return record

    def remember_written(self, written: Written) -> None:
        """Keep the text of a file page glamdonor wrote (or took up), with its revision."""
        now = written.written or datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
        with self._writing():
            self._db.execute(
                "insert or replace into pages values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self._key(writing=True), written.row, written.page_id, written.revision,
                 written.title, written.text, written.rendered, written.data, now),
            )  # fmt: skip

    def written(self) -> dict[int, Written]:
        """The pages glamdonor wrote on the wiki in use, by row."""
        rows = self._db.execute(
            "select row, page_id, revision, title, text, rendered, data, written from pages"
            " where wiki = ?",
            (self._key(),),
        )
        return {row[0]: Written(*row) for row in rows}

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write that fails (a full disk, a folder made read-only) stops the batch with a
        sentence: what was committed before stays, and the wiki settles the rest next time."""
        try:
            yield
        except (sqlite3.OperationalError, sqlite3.DatabaseError, OSError) as error:
            raise self._cannot_write(error) from None

    def _cannot_write(self, error: object) -> GlamdonorError:
        """The sentence for a journal the disk refuses: nothing committed before is lost."""
        return GlamdonorError(
            N_("the batch's journal {path} cannot be written ({error})."),
            N_(
                "Free some space on the disk (or check the folder's permissions), then run "
                "the same command again: nothing is lost, nothing is sent twice."
            ),
            path=self.path,
            error=error,
        )

    def file_facts(self, path: str) -> FileFacts | None:
        """What checking one file found, if it was checked."""
        row = self._db.execute(
            "select size, mtime_ns, sha1, kind, problems, exif from files where path = ?", (path,)
        ).fetchone()
        if row is None:
            return None
        return _facts(*row)

    def known_files(self) -> dict[str, FileFacts]:
        rows = self._db.execute(
            "select path, size, mtime_ns, sha1, kind, problems, exif from files"
        )
        return {path: _facts(*facts) for path, *facts in rows}

    def findings(self) -> dict[int, tuple[str, tuple[Problem, ...]]]:
        """What the wiki in use was found to refuse of each row, and what it was asked about
        (``basis``): a row whose file, title and page did not change need not be asked again."""
        rows = self._db.execute(
            "select row, basis, problems from findings where wiki = ?", (self._key(),)
        )
        found = {}
        for row, basis, problems in rows:
            if (read := read_kept(problems)) is not None:
                found[row] = (basis, read)
        return found

    def remember_findings(self, found: dict[int, tuple[str, list[Problem]]]) -> None:
        key = self._key(writing=True)
        with self._writing(), self._db:
            self._db.execute("begin")
            self._db.executemany(
                "insert or replace into findings values (?, ?, ?, ?)",
                [(key, row, basis, kept(problems)) for row, (basis, problems) in found.items()],
            )

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
                        kept(f.problems),
                        json.dumps(f.exif),
                    )
                    for path, f in facts.items()
                ],
            )
