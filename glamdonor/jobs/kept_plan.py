"""The plan of a batch as `glamdonor preview` shows it, kept between runs: one JSON line a row
(its row number, identifier, file, title, page text, structured data and problems), in
glamdonor's cache folder (never in the batch's folder), renewed only when what the plan is
made of changed: the batch file, the catalog, the mapping, the partner profile, the media
folder's list of files, or glamdonor itself. A preview of one row then reads one line.

A plan that reads the files' EXIF data (``exif = ...`` in the mapping) is not kept: the
files themselves would have to be looked at to tell whether it still holds."""

from __future__ import annotations

import hashlib
import json
import os
from array import array
from collections.abc import Callable, Iterator
from itertools import accumulate
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor import __version__
from glamdonor.core.batch import Batch
from glamdonor.core.mapping import load_mapping
from glamdonor.core.places import cache_dir
from glamdonor.core.problems import Problem

if TYPE_CHECKING:
    from glamdonor.core.plan import Plan


def keepable(batch: Batch) -> bool:
    """Whether the batch's plan can be kept: not if it reads the files' EXIF data."""
    return not load_mapping(batch.mapping).exif_fields()


LINE = (
    '{"row": %d, "identifier": %s, "file": %s, "title": %s, "wikitext": %s, '
    '"structured_data": %s, "problems": %s}\n'
)


def plan_lines(plan: Plan) -> Iterator[str]:
    """Each row of the plan as one JSON line: row, identifier, file, title, page text,
    structured data, problems. Built from the plan's columns, without an Item a row, each
    text encoded as JSON by the json module's own C function and each line filled by ``%``,
    a column at a time: as ``json.dumps`` would write the line, in a fraction of the time."""
    encode, quoted = json.JSONEncoder(ensure_ascii=False).encode, encode_basestring
    problems = ["[]"] * len(plan)
    for index, found in plan.problems.items():
        if found:
            problems[index] = encode([problem_json(p) for p in found])
    columns = (plan.identifiers or [""] * len(plan), plan.file_names, plan.titles, plan.pages)
    quoted_columns = [map(quoted, column) for column in columns]
    rows = zip(plan.rows, *quoted_columns, plan.structured, problems, strict=True)
    return map(LINE.__mod__, rows)


def problem_json(found: Problem) -> dict:
    return {
        "code": found.code,
        "severity": str(found.severity),
        "column": found.column,
        "message": found.message,
        "hint": found.hint,
    }


def fingerprint(batch: Batch) -> str:
    """What the batch's plan is made of, hashed: the small files' bytes, the catalog's and
    the media folder's size and time of change, glamdonor's version."""
    digest = hashlib.sha1(__version__.encode())
    for path in (batch.manifest, batch.mapping, batch.partner):
        digest.update(path.read_bytes() if path is not None and path.is_file() else b"-")
    for path in (batch.catalog, batch.media):
        try:
            status = os.stat(path)  # noqa: PTH116 - the size and time, nothing else
        except OSError:
            return ""
        digest.update(f"{path}|{status.st_size}|{status.st_mtime_ns}".encode())
    return digest.hexdigest()


def _files(batch: Batch) -> tuple[Path, Path, Path]:
    name = hashlib.sha1(str(batch.manifest.resolve()).encode()).hexdigest()[:16]
    folder = cache_dir() / "plans"
    return folder / f"{name}.jsonl", folder / f"{name}.offsets", folder / f"{name}.key"


def kept_lines(batch: Batch) -> tuple[Path, array] | None:
    """The kept plan's lines and where each starts, if it is still the batch's plan."""
    lines, offsets, key = _files(batch)
    try:
        if key.read_text(encoding="utf-8") != fingerprint(batch):
            return None
        starts = array("q")
        starts.frombytes(offsets.read_bytes())
    except OSError:
        return None
    return lines, starts


def keep(
    batch: Batch,
    lines: Iterator[str],
    rows: list[int],
    echo: Callable[[bytes], object] | None = None,
) -> None:
    """Write the plan's lines (one a row, in the order of ``rows``) as the kept plan, and
    give them to ``echo`` too (a thousand at a time, as UTF-8) when it is given. The key goes
    first and comes back last: a plan half written (a run killed meanwhile) is never taken for
    the batch's."""
    path, offsets, key = _files(batch)
    path.parent.mkdir(parents=True, exist_ok=True)
    key.unlink(missing_ok=True)
    said = fingerprint(batch)
    starts = array("q", [0])  # where each line starts, in bytes, and where the last ends
    with path.open("wb") as out:
        for chunk in chunks(lines):
            data = "".join(chunk).encode("utf-8")
            bodies = data.split(b"\n")[:-1]  # JSON holds no line break but each line's end
            sizes = (
                map((1).__add__, map(len, bodies))
                if len(bodies) == len(chunk)
                else (len(line.encode("utf-8")) for line in chunk)
            )
            starts.extend(accumulate(sizes, initial=starts.pop()))
            out.write(data)
            if echo is not None:
                echo(data)
    index = array("q", rows)
    offsets.write_bytes(index.tobytes() + starts.tobytes())
    key.write_text(said, encoding="utf-8")


def chunks(lines: Iterator[str], size: int = 1000) -> Iterator[list[str]]:
    chunk = []
    for line in lines:
        chunk.append(line)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def line_of(batch: Batch, row: int) -> dict | None:
    """The kept plan's line of one catalog row, if the kept plan is current and holds it."""
    found = kept_lines(batch)
    if found is None:
        return None
    path, numbers = found
    count = (len(numbers) - 1) // 2
    rows, starts = numbers[:count], numbers[count:]
    try:
        index = rows.index(row)
    except ValueError:
        return {}
    with path.open("rb") as handle:
        handle.seek(starts[index])
        return json.loads(handle.read(starts[index + 1] - starts[index]).decode("utf-8"))
