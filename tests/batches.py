"""Batches for the check tests: the example batch with files and rows of a test's own."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import time

from glamdonor.core.batch import load_batch
from glamdonor.core.journal import journal_path
from glamdonor.jobs.check import CheckFinished, check
from tests.media import write

HEADER = "inventory,title,creator,date,description,file,license,keywords\n"


INFORMATION = """
format_version = 1
template = "Information"
file = { column = "file" }
title = { pattern = "{title} - {institution} {inventory}" }
license = { column = "license" }
[fields]
description = { column = "description" }
date = { column = "date", transforms = ["date"] }
source = { value = "Example Museum" }
author = { column = "creator" }
"""


def batch_with(folder, files: dict[str, bytes], rows: list[str], template: str = "Artwork"):
    """A copy of the example batch whose media folder holds ``files`` and catalog ``rows``."""
    media = folder / "media"
    for path in media.iterdir():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    for name, data in files.items():
        write(media, name, data)
    (folder / "catalog.csv").write_text(HEADER + "\n".join(rows) + "\n")
    if template == "Information":
        (folder / "mapping.toml").write_text(INFORMATION)
    return load_batch(folder / "batch.toml")


def row(n: int, file: str, title: str = "", date: str = "1900") -> str:
    return f"EM-{n:04d},{title or f'Object {n}'},Anna Example,{date},x,{file},cc-zero,"


def run(batch, plan=None):
    events = list(check(batch, plan=plan))
    assert isinstance(events[-1], CheckFinished)
    return events[-1].report


def codes(report) -> dict[int, list[str]]:
    return {report.plan.rows[i]: [p.code for p in ps] for i, ps in report.problems.items()}


def upload_command(manifest, sandbox) -> list[str]:
    """``glamdonor upload`` of this batch to the test session's sandbox, as a process."""
    return [
        sys.executable,
        "-m",
        "glamdonor.cli.main",
        "upload",
        str(manifest),
        "--yes",
        "--sandbox-dir",
        str(sandbox.folder),
    ]


def progress(manifest) -> int:
    """A number that grows with every chunk taken and every row done, read from the journal.

    Read-only and without the journal's own set-up, so as never to take a lock from the
    upload being watched.
    """
    path = journal_path(manifest)
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
            offsets, done = db.execute(
                "select coalesce(sum(stash_offset), 0), "
                "coalesce(sum(state = 'verified'), 0) from records"
            ).fetchone()
    except sqlite3.OperationalError:  # the table is not there yet
        return 0
    return offsets + 10**9 * done


def wait_for_steps(manifest, steps: int, process: subprocess.Popen, limit: float = 60.0) -> bool:
    seen, changes, deadline = progress(manifest), 0, time.monotonic() + limit
    while changes < steps and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
        now = progress(manifest)
        if now != seen:
            seen, changes = now, changes + 1
    return changes >= steps or process.poll() is not None
