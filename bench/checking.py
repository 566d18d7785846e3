"""Benchmark: checking a batch's files.

1. Hashing: a folder of large files (2 GiB by default, generated), hashed by the check's own
   file pass (SHA-1 and kind of content, on all cores) and by ``sha1sum`` over the same files,
   page cache warm, in turns, best of 3. Prints the throughput of each and the ratio (goal:
   at least 2.0).
2. The journal: the same files checked twice as a batch; prints how many files had their
   content read each time (goal: none the second time).
3. Memory: a check of 100,000 rows (tiny distinct PNGs, generated), offline; prints the peak
   memory (tracemalloc) and its cost per row, against a check of 20,000 rows.

    .venv/bin/python bench/checking.py [--gigabytes 2] [--rows 100000]
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import tempfile
import time
import tracemalloc
from pathlib import Path

from batches import write_batch  # bench/batches.py
from PIL import Image

from glamdonor.core.batch import load_batch
from glamdonor.jobs.check import CheckFinished, check
from glamdonor.media.inspect import content_reads, inspect, parallel
from glamdonor.media.kinds import COMMONS_EXTENSIONS


def make_big_files(folder: Path, gigabytes: float) -> list[Path]:
    count = max(2, int(gigabytes * 8))  # files of 128 MiB
    block = os.urandom(8 * 1024 * 1024)
    files = []
    for n in range(count):
        path = folder / f"recording-{n:03d}.webm"
        with path.open("wb") as handle:
            for k in range(16):
                handle.write(block[k:] + block[:k])  # every block differs a little
        files.append(path)
    return files


def run_check(manifest: Path):
    for event in check(load_batch(manifest)):
        if isinstance(event, CheckFinished):
            return event.report
    raise AssertionError("the check gave no report")


def hashing(folder: Path, gigabytes: float) -> None:
    files = make_big_files(folder, gigabytes)
    size = sum(path.stat().st_size for path in files)
    names = [str(path) for path in files]
    subprocess.run(["sha1sum", *names], check=True, capture_output=True)  # warm the page cache
    ours, theirs = [], []
    for _ in range(3):
        start = time.perf_counter()
        sums = [facts.sha1 for facts in parallel(lambda p: inspect(p, COMMONS_EXTENSIONS), names)]
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        out = subprocess.run(["sha1sum", *names], check=True, capture_output=True, text=True)
        theirs.append(time.perf_counter() - start)
    assert sums == [line.split()[0] for line in out.stdout.splitlines()]  # the same SHA-1s
    gib = size / 1024**3
    print(f"{len(files)} files, {gib:.2f} GiB, page cache warm, best of 3")
    print(f"sha1sum                     {min(theirs):6.2f} s  {gib / min(theirs):6.2f} GiB/s")
    print(f"glamdonor check (file pass) {min(ours):6.2f} s  {gib / min(ours):6.2f} GiB/s")
    print(f"ratio to sha1sum            {min(theirs) / min(ours):6.2f} x  (goal: at least 2.0)")

    names = [path.name for path in files]
    manifest = write_batch(
        folder, folder, names, [f"Benchmark file {n}" for n in range(len(names))]
    )
    first = run_check(manifest)
    second = run_check(manifest)
    print(f"files read by a first check:  {first.files_read} of {len(files)}")
    print(f"files read by a second check: {second.files_read} of {len(files)}  (goal: 0)")
    assert content_reads.count > 0


def tiny_pngs(folder: Path, rows: int) -> list[str]:
    folder.mkdir()
    names = []
    for n in range(rows):
        buffer = io.BytesIO()
        Image.new("RGB", (2, 1), (n % 256, (n // 256) % 256, (n // 65536) % 256)).save(
            buffer, "PNG"
        )
        name = f"{n:06d}.png"
        (folder / name).write_bytes(buffer.getvalue())
        names.append(name)
    return names


def memory(folder: Path, rows: int) -> None:
    sizes = sorted({min(rows, 20_000), rows})
    for count in sizes:
        work = folder / f"rows-{count}"
        work.mkdir()
        names = tiny_pngs(work / "media", count)
        titles = [f"Benchmark file {n}" for n in range(count)]
        manifest = write_batch(work, work / "media", names, titles)
        tracemalloc.start()
        start = time.perf_counter()
        report = run_check(manifest)
        spent = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        assert report.ready == count, report.counts()
        print(
            f"check of {count:7,} rows: {spent:6.1f} s, peak memory {peak / 2**20:7.1f} MiB"
            f" ({peak / count / 1024:.1f} KiB a row)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gigabytes", type=float, default=2.0)
    parser.add_argument("--rows", type=int, default=100_000)
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="glamdonor-bench-"))
    os.environ.setdefault("GLAMDONOR_HOME", str(folder / "home"))
    try:
        (folder / "big").mkdir()
        hashing(folder / "big", arguments.gigabytes)
        memory(folder, arguments.rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
