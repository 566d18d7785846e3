"""Benchmark: glamdonor at scale.

1. A catalog of 1,000,000 rows (each naming a tiny distinct PNG, generated) checked offline,
   in a process of its own; prints its peak memory (the kernel's peak resident size, VmHWM), the
   same for a quarter of the rows, and for the baseline: the same catalog read by pandas
   alone. Goal: memory bounded by the rows, about linear (ratio of the two check peaks at
   most 4.4 for 4 times the rows), and no more than 3 KiB a row.
2. A journal of 100,000 items: opened, read and the rows still to send found, as the upload
   does when it resumes; against the baseline of reading the same table with sqlite3 alone,
   best of 5. Goal: within 2.5 times the baseline.

    .venv/bin/python bench/scale.py [--rows 1000000] [--journal 100000] [--json FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from batches import write_batch  # bench/batches.py
from PIL import Image


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 1), (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


PNG = _png()  # a 2x1 PNG; a tEXt chunk with the row's number before its end makes each distinct


def tiny_png(n: int) -> bytes:
    data = b"n\x00" + str(n).encode()
    chunk = b"tEXt" + data
    text = struct.pack(">I", len(data)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    return PNG[:-12] + text + PNG[-12:]  # the last 12 bytes are the IEND chunk


def make_batch(folder: Path, rows: int) -> Path:
    media = folder / "media"
    media.mkdir(parents=True)
    names = [f"{n:07d}.png" for n in range(rows)]
    for n, name in enumerate(names):
        (media / name).write_bytes(tiny_png(n))
    return write_batch(folder, media, names, [f"Scale test file {n}" for n in range(rows)])


def peak_of(*arguments: str) -> tuple[float, float]:
    """Seconds and peak resident MiB of this script run as a child with ``arguments``."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, *arguments], capture_output=True, text=True, check=True
    )
    return time.perf_counter() - start, float(done.stdout.split()[-1])


def child(kind: str, manifest: str) -> None:
    if kind == "check":
        from glamdonor.core.batch import load_batch
        from glamdonor.jobs.check import CheckFinished, check

        events = list(check(load_batch(Path(manifest))))  # no wiki: offline
        report = events[-1]
        assert isinstance(report, CheckFinished), report
        assert report.report.ready == len(report.report.plan), report.report.counts()
    else:
        import pandas as pd

        pd.read_csv(Path(manifest).with_name("catalog.csv"), dtype=object)
    # the process's peak resident size; VmHWM starts afresh at exec, unlike ru_maxrss, which
    # keeps the peak of the parent it was forked from
    status = Path("/proc/self/status").read_text()
    print(
        int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM")))
        / 1024
    )


def memory(folder: Path, rows: int, found: dict) -> None:
    quarter = make_batch(folder / "quarter", rows // 4)
    whole = make_batch(folder / "whole", rows)
    for label, manifest, count in (("quarter", quarter, rows // 4), ("whole", whole, rows)):
        seconds, peak = peak_of("--child", "check", str(manifest))
        found[f"check {label}"] = {"rows": count, "seconds": seconds, "peak MiB": peak}
        print(
            f"check of {count:9,} rows offline: {seconds:7.1f} s, peak {peak:7.1f} MiB "
            f"({peak * 1024 / count:.2f} KiB a row)"
        )
    _, baseline = peak_of("--child", "read", str(whole))
    found["pandas read whole"] = {"peak MiB": baseline}
    scaling = found["check whole"]["peak MiB"] / found["check quarter"]["peak MiB"]
    print(f"baseline, the catalog read by pandas alone: peak {baseline:7.1f} MiB")
    print(f"ratio to the baseline: {found['check whole']['peak MiB'] / baseline:.2f} x")
    print(f"4 times the rows take {scaling:.2f} times the memory (goal: at most 4.4)")


def journal(folder: Path, items: int, found: dict) -> None:
    from glamdonor.core.journal import DONE, ItemRecord, Journal, State
    from glamdonor.core.wikis import WikiIdentity

    path = folder / "big.journal"
    with Journal(path) as made:
        made.use(WikiIdentity("benchwiki", "http://127.0.0.1:1", "bench", "http://127.0.0.1:1/api.php"))
        made._db.execute("begin")
        for n in range(items):
            state = State.VERIFIED if n % 10 else State.UPLOADING  # a tenth left to settle
            made.record(ItemRecord(n + 2, f"Scale test file {n}.png", state, sha1=f"{n:040x}"))
        made._db.execute("commit")
    ours, theirs = [], []
    for _ in range(5):
        start = time.perf_counter()
        with Journal(path) as opened:
            records = opened.records()
            to_send = [row for row, r in records.items() if r.state not in DONE]
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        with sqlite3.connect(path) as db:
            rows = db.execute("select * from records").fetchall()
        theirs.append(time.perf_counter() - start)
    assert len(records) == len(rows) == items and len(to_send) == items // 10
    found["journal"] = {"items": items, "seconds": min(ours), "baseline seconds": min(theirs)}
    print(
        f"journal of {items:,} items opened and resumed: {min(ours):.3f} s; "
        f"sqlite3 alone: {min(theirs):.3f} s; "
        f"ratio {min(ours) / min(theirs):.2f} (goal: at most 2.5)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--journal", type=int, default=100_000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(*arguments.child)
        return
    folder = Path(tempfile.mkdtemp(prefix="glamdonor-scale-"))
    os.environ.setdefault("GLAMDONOR_HOME", str(folder / "home"))
    found: dict = {}
    try:
        journal(folder, arguments.journal, found)
        memory(folder, arguments.rows, found)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if arguments.json:
        arguments.json.write_text(json.dumps(found, indent=2))


if __name__ == "__main__":
    main()
