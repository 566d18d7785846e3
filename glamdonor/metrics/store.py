"""The metrics store: a SQLite database of dated snapshots, so that history builds up here.

- ``files``: each file by its page id (renames keep its history), with its SHA-1 and title.
- ``snapshots``: one per refresh of a scope (a batch, a category, a list of titles), dated;
  ``snapshot_files`` and ``usages``: the scope's files then, and which page showed which file.
- ``views`` (pages) and ``requests`` (files), per month; ``fetched`` notes every month asked
  for, with or without data, so that a past month is never asked for again.
- ``item_uses``: the Wikidata items that showed a file at a snapshot, with the property.
- ``engagement``: what the community did on a batch's file pages (``glamdonor community``),
  dated: edits and editors since the upload, bots apart.
- ``sites``: each Wikimedia wiki's language (code and English name), from the site matrix.
- ``category_metrics``: Commons Impact Metrics of allow-listed categories, per month.
"""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from glamdonor.metrics.months import Month
from glamdonor.metrics.sources import FileUsage, ItemUse

SCHEMA = """
create table if not exists files (
    page_id integer primary key, sha1 text not null, title text not null, uploaded text not null
);
create table if not exists snapshots (
    id integer primary key, scope text not null, taken text not null, wiki text not null
);
create table if not exists snapshot_files (
    snapshot integer not null, page_id integer not null, primary key (snapshot, page_id)
);
create table if not exists usages (
    snapshot integer not null, page_id integer not null,
    wiki text not null, page text not null, namespace integer not null,
    primary key (snapshot, page_id, wiki, page)
);
create table if not exists views (
    wiki text not null, page text not null, month text not null, views integer not null,
    primary key (wiki, page, month)
);
create table if not exists requests (
    page_id integer not null, month text not null, requests integer not null,
    primary key (page_id, month)
);
create table if not exists item_uses (
    snapshot integer not null, item text not null, label text not null,
    property text not null, page_id integer not null,
    primary key (snapshot, item, property, page_id)
);
create table if not exists engagement (
    scope text not null, taken text not null, pages integer not null, edited integer not null,
    edits integer not null, editors integer not null, bot_edits integer not null,
    changes integer not null, primary key (scope, taken)
);
create table if not exists sites (
    host text primary key, language text not null, language_name text not null
);
create table if not exists category_metrics (
    category text not null, month text not null, name text not null, value integer not null,
    primary key (category, month, name)
);
"""


@dataclass(frozen=True)
class Engagement:
    """The community's work on a batch's file pages since the upload."""

    pages: int  # the batch's pages looked at
    edited: int  # of them, edited by others
    edits: int  # by others, bots included
    editors: int  # distinct accounts, bots apart
    bot_edits: int
    changes: int  # categories, descriptions, statements... added or changed


@dataclass(frozen=True)
class Snapshot:
    id: int
    scope: str
    taken: datetime.date
    wiki: str
    counted: bool = True  # whether views and requests are counted on this wiki (no sandbox)
    site_name: str = ""  # the wiki's name for itself ("glamdonor sandbox", "Museum Wiki")


class Store:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("pragma journal_mode=wal")
        # Each page's months are committed as they come, so a stop loses nothing fetched;
        # without a disk flush at each (WAL): what a power cut could take is fetched again.
        self.db.execute("pragma synchronous=normal")
        self.db.executescript(SCHEMA)
        columns = {row[1] for row in self.db.execute("pragma table_info(snapshots)")}
        if "counted" not in columns:  # a store of an earlier glamdonor: they were counted
            self.db.execute("alter table snapshots add column counted integer not null default 1")
        if "site_name" not in columns:  # the wiki's name for itself, asked since
            self.db.execute("alter table snapshots add column site_name text not null default ''")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def add_snapshot(
        self,
        scope: str,
        wiki: str,
        taken: datetime.date,
        files: Iterable[FileUsage],
        *,
        counted: bool = True,
        items: Iterable[ItemUse] = (),
        site_name: str = "",
    ) -> Snapshot:
        """Keep what the wiki said today about the scope's files, in one transaction. One
        snapshot a day: a second refresh the same day replaces the first."""
        with self.db:
            self.db.execute("begin")
            for (earlier,) in self.db.execute(
                "select id from snapshots where scope = ? and taken = ? and wiki = ?",
                (scope, taken.isoformat(), wiki),
            ).fetchall():
                for table in ("usages", "snapshot_files", "item_uses"):
                    self.db.execute(f"delete from {table} where snapshot = ?", (earlier,))
                self.db.execute("delete from snapshots where id = ?", (earlier,))
            cursor = self.db.execute(
                "insert into snapshots (scope, taken, wiki, counted, site_name)"
                " values (?, ?, ?, ?, ?)",
                (scope, taken.isoformat(), wiki, int(counted), site_name),
            )
            snapshot = int(cursor.lastrowid or 0)
            ids: dict[str, int] = {}
            for file in files:
                self.db.execute(
                    "insert or replace into files values (?, ?, ?, ?)",
                    (file.page_id, file.sha1, file.title, file.uploaded),
                )
                self.db.execute(
                    "insert into snapshot_files values (?, ?)", (snapshot, file.page_id)
                )
                self.db.executemany(
                    "insert or ignore into usages values (?, ?, ?, ?, ?)",
                    [(snapshot, file.page_id, u.wiki, u.title, u.namespace) for u in file.uses],
                )
                ids[file.title] = file.page_id
            self.db.executemany(
                "insert or ignore into item_uses values (?, ?, ?, ?, ?)",
                [(snapshot, i.item, i.label, i.property, ids[i.file]) for i in items
                 if i.file in ids],
            )  # fmt: skip
        return Snapshot(snapshot, scope, taken, wiki, counted, site_name)

    def add_views(self, wiki: str, page: str, views: dict[Month, int]) -> None:
        with self.db:
            self.db.execute("begin")
            self.db.executemany(
                "insert or replace into views values (?, ?, ?, ?)",
                [(wiki, page, str(month), count) for month, count in views.items()],
            )

    def add_requests(self, page_id: int, requests: dict[Month, int]) -> None:
        with self.db:
            self.db.execute("begin")
            self.db.executemany(
                "insert or replace into requests values (?, ?, ?)",
                [(page_id, str(month), count) for month, count in requests.items()],
            )

    def add_category_metrics(self, category: str, found: dict[Month, dict[str, int]]) -> None:
        with self.db:
            self.db.execute("begin")
            self.db.executemany(
                "insert or replace into category_metrics values (?, ?, ?, ?)",
                [
                    (category, str(month), name, value)
                    for month, values in found.items()
                    for name, value in values.items()
                ],
            )

    def add_engagement(self, scope: str, taken: datetime.date, found: Engagement) -> None:
        """Keep what ``glamdonor community`` found for a scope, once a day (the last wins)."""
        with self.db:
            self.db.execute("begin")
            self.db.execute(
                "insert or replace into engagement values (?, ?, ?, ?, ?, ?, ?, ?)",
                (scope, taken.isoformat(), found.pages, found.edited, found.edits, found.editors,
                 found.bot_edits, found.changes),
            )  # fmt: skip

    def keep_sites(self, sites: dict[str, tuple[str, str]]) -> None:
        with self.db:
            self.db.execute("begin")
            self.db.executemany(
                "insert or replace into sites values (?, ?, ?)",
                [(host, code, name) for host, (code, name) in sites.items()],
            )

    def sites(self) -> dict[str, tuple[str, str]]:
        rows = self.db.execute("select host, language, language_name from sites")
        return {host: (code, name) for host, code, name in rows}

    def engagement(self, scope: str) -> Engagement | None:
        row = self.db.execute(
            "select pages, edited, edits, editors, bot_edits, changes from engagement"
            " where scope = ? order by taken desc limit 1",
            (scope,),
        ).fetchone()
        return Engagement(*row) if row else None

    # -- reading ---------------------------------------------------------------------------

    def months_known(self, table: str, key: tuple) -> set[Month]:
        """The months already fetched for a page (views) or a file (requests)."""
        if table == "views":
            rows = self.db.execute("select month from views where wiki = ? and page = ?", key)
        else:
            rows = self.db.execute("select month from requests where page_id = ?", key)
        return {Month.parse(month) for (month,) in rows}

    def snapshots(self, scope: str) -> list[Snapshot]:
        rows = self.db.execute(
            "select id, scope, taken, wiki, counted, site_name from snapshots where scope = ?"
            " order by id",
            (scope,),
        )
        return [
            Snapshot(i, s, datetime.date.fromisoformat(t), w, bool(c), n)
            for i, s, t, w, c, n in rows
        ]
