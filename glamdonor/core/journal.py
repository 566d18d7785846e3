"""The batch's journal: a SQLite database beside the batch file.

For now it remembers what checking each media file found (its SHA-1, its kind, its problems,
its EXIF), keyed by path, size and modification time, so that checking an unchanged batch
again reads no file. WAL mode, and every write committed at once.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

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
"""


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

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        with self._db:
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
