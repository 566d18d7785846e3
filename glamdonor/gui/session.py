"""The batch open in the window, shared by its steps: the batch file, its plan (read on a
worker thread), and what each step has found, so that every step shows whether it is done."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from glamdonor.catalog import read_catalog
from glamdonor.core.batch import Batch, load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.journal import ItemRecord, Journal, journal_path
from glamdonor.core.places import config_dir
from glamdonor.core.plan import Plan
from glamdonor.gui.words import error_said
from glamdonor.jobs.plan import plan_of, records_on

RECENT = 8


@dataclass(frozen=True)
class Loaded:
    batch: Batch
    plan: Plan | None  # None: the mapping does not fit the catalog yet (``problem`` says how)
    records: dict[int, ItemRecord]
    problem: str = ""
    columns: tuple[str, ...] = ()  # the catalog's headers
    needs_partner: bool = False  # the mapping uses the institution's name; no profile named


def load(path: Path) -> Callable[[threading.Event], Iterator[Loaded]]:
    """The job that opens a batch: read on a worker thread, however large the catalog. A
    batch whose mapping does not fit its catalog still opens, to fix it in the Mapping step."""

    def job(cancel: threading.Event) -> Iterator[Loaded]:
        batch = load_batch(path)
        try:
            plan = plan_of(batch)
        except InputError as error:
            if error.file is None or Path(error.file) != batch.mapping:
                raise
            options = batch.catalog_options
            catalog = read_catalog(
                batch.catalog,
                sheet=options.sheet,
                header_row=options.header_row,
                encoding=options.encoding,
            )
            problem = error_said(error)
            needs = batch.partner is None and "{institution}" in error.template
            yield Loaded(batch, None, {}, problem, tuple(catalog.columns), needs)
            return
        with Journal(journal_path(batch.manifest)) as journal:
            records = records_on(journal, batch.target)[1]  # of the batch's own wiki only
        yield Loaded(batch, plan, records, columns=plan.columns)

    return job


class Session(QObject):
    opened = Signal()  # a batch was opened
    step_done = Signal(str)  # a step found its work done: "catalog", "check", ...

    def __init__(self) -> None:
        super().__init__()
        self.batch: Batch | None = None
        self.plan: Plan | None = None
        self.records: dict[int, ItemRecord] = {}
        self.columns: tuple[str, ...] = ()
        self.done: set[str] = set()

    def take(self, loaded: Loaded) -> None:
        self.batch, self.plan, self.records = loaded.batch, loaded.plan, loaded.records
        self.columns = loaded.columns
        self.done = {"catalog", "mapping"} if loaded.plan is not None else set()
        if loaded.batch.partner and loaded.plan is not None:
            self.done.add("partner")
        remember(loaded.batch.manifest)
        self.opened.emit()

    def mark(self, step: str) -> None:
        self.done.add(step)
        self.step_done.emit(step)


def settings() -> QSettings:
    """The window's settings, in glamdonor's own config folder (GLAMDONOR_HOME too)."""
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


def recent() -> list[Path]:
    kept = settings().value("recent", []) or []
    return [Path(p) for p in (kept if isinstance(kept, list) else [kept]) if Path(p).is_file()]


def remember(manifest: Path) -> None:
    paths = [str(manifest.resolve())] + [str(p) for p in recent() if p != manifest.resolve()]
    settings().setValue("recent", paths[:RECENT])
