"""The results sheet a museum keeps: one line per catalog row, with its page on the wiki,
its media id and its state there. Written by ``glamdonor results`` and by the window's Upload
step, from the journal's records of one wiki."""

from __future__ import annotations

from pathlib import Path

from glamdonor.catalog.write import write_sheet
from glamdonor.core.journal import ItemRecord
from glamdonor.core.plan import Plan

RESULTS_HEADER = (
    "row",
    "identifier",  # the catalog's own number for the object (Plan.identifier_column)
    "title",
    "url",
    "media id",
    "state",
    "message",
    "structured data",
)


def results_rows(plan: Plan, records: dict[int, ItemRecord]) -> list[tuple]:
    """A line per row of the plan; a record of a row whose title changed since is not its."""
    rows = []
    identifiers = plan.identifiers or [""] * len(plan)
    for row, identifier, title in zip(plan.rows, identifiers, plan.titles, strict=True):
        record = records.get(row)
        if record is None or record.title != title:
            rows.append((row, identifier, title, "", "", "pending", "", ""))
            continue
        media_id = f"M{record.page_id}" if record.page_id else ""
        state, message, data = str(record.state), record.message, record.structured_data
        rows.append((row, identifier, title, record.page_url, media_id, state, message, data))
    return rows


def write_results(path: Path, plan: Plan, records: dict[int, ItemRecord]) -> int:
    """Write the sheet (.csv or .xlsx); how many lines it has."""
    rows = results_rows(plan, records)
    write_sheet(path, RESULTS_HEADER, rows)
    return len(rows)


def results_path(manifest: Path) -> Path:
    """Where the window writes a batch's results: beside its batch file."""
    return manifest.with_name(f"{manifest.stem.removesuffix('-batch')}-results.xlsx")
