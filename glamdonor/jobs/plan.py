"""Reading a batch from disk into its plan: the first step of every job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.catalog import read_catalog
from glamdonor.core.batch import Batch
from glamdonor.core.item import Item
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import NO_PARTNER, load_partner
from glamdonor.core.plan import Plan, make_plan
from glamdonor.core.wikis import SANDBOX, WikiIdentity, api_url_of

if TYPE_CHECKING:  # a plan alone needs no journal (SQLite, file locks)
    from glamdonor.core.journal import ItemRecord, Journal


def plan_of(batch: Batch) -> Plan:
    options = batch.catalog_options
    catalog = read_catalog(
        batch.catalog,
        sheet=options.sheet,
        header_row=options.header_row,
        encoding=options.encoding,
    )
    return make_plan(
        catalog,
        load_mapping(batch.mapping),
        batch.media,
        load_partner(batch.partner) if batch.partner else NO_PARTNER,
        batch_name=batch.name,
        batch_date=batch.date,
        summary=batch.summary,
        exif=lambda paths: exif_of(batch, paths),
    )


def exif_of(batch: Batch, paths: list[str]) -> dict[str, dict[str, str]]:
    """The EXIF values of these files: from the journal where a check read them, else read."""
    from glamdonor.core.journal import Journal, journal_path
    from glamdonor.media.inspect import parallel, read_exif  # Pillow, exifread: only here

    with Journal(journal_path(batch.manifest)) as journal:
        known = journal.known_files()
    found = {p: known[p].exif for p in paths if p in known and known[p].still_true_of(p)}
    unread = [p for p in dict.fromkeys(paths) if p not in found]
    return found | dict(zip(unread, parallel(read_exif, unread), strict=True))


def items_of(batch: Batch) -> list[Item]:
    return plan_of(batch).items()


def records_on(
    journal: Journal,
    target: str,
    *,
    sandbox_folder: Path | None = None,
    wiki: WikiIdentity | None = None,
) -> tuple[WikiIdentity | None, dict[int, ItemRecord]]:
    """The target wiki and the journal's records of that wiki: ``wiki`` when the caller knows
    who it is; else asked, without logging in or starting the sandbox (or as last seen at its
    address). None and no records where it cannot be told, for a rehearsal elsewhere vouches
    for nothing there."""
    from glamdonor.wiki.target import identity_at  # requests and the rest: not for a plan

    wiki = wiki or identity_at(target, sandbox_folder=sandbox_folder)
    if wiki is None and target != SANDBOX:
        wiki = journal.last_seen(api_url_of(target))
    if wiki is None:
        return None, {}
    journal.use(wiki)
    return wiki, journal.records()
