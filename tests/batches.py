"""Batches for the check tests: the example batch with files and rows of a test's own."""

from __future__ import annotations

from glamdonor.core.batch import load_batch
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
        path.unlink()
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
