"""Benchmark: a 100,000-row, 20-column catalog read, mapped and rendered (titles, wikitext,
structured data, problems), from CSV and from XLSX.

Prints rows per second and ratios against baselines measured in the same run:
- the whole CSV pipeline against a bare ``pandas.read_csv`` of the same file (goal: within 6x);
- reading the XLSX through calamine (glamdonor's reader) against openpyxl (goal: 5x faster);
- peak memory of the pipeline (tracemalloc, in a separate pass so it does not slow the timing).

    .venv/bin/python bench/pipeline.py [--rows 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import openpyxl
import pandas as pd

from glamdonor.catalog import read_catalog
from glamdonor.core.mapping import load_mapping
from glamdonor.core.partner import Partner
from glamdonor.core.plan import make_plan

COLUMNS = [
    "inventory_number",
    "title",
    "creator",
    "date",
    "description",
    "file",
    "license",
    "keywords",
    "medium",
    "dimensions",
    "department",
    "place",
    "provenance",
    "inscriptions",
    "references",
    "depicts",
    "notes",
    "object_type",
    "acquired",
    "credit",
]
WORDS = [
    "oil",
    "canvas",
    "portrait",
    "of",
    "a",
    "young",
    "woman",
    "landscape",
    "river",
    "museum",
    "gift",
    "bequest",
    "unknown",
    "painting",
    "drawing",
    "ink",
    "paper",
    "red",
    "study",
    "evening",
    "garden",
    "bench",
    "window",
    "canal",
    "light",
    "Été",
    "Müller",
    "Ωmega",
]
DATES = ["1898", "c. 1905", "1910-1912", "01/05/1898", "May 1898", "1890s", "before 1900", "n.d."]
LICENSES = ["CC0", "Public domain", "CC BY 4.0", "cc-by-sa-4.0"]


def phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def make_rows(count: int) -> list[list[str]]:
    rng = random.Random(7)
    rows = []
    for i in range(count):
        rows.append(
            [
                f"EM-{i:06d}",
                phrase(rng, 4).capitalize(),
                phrase(rng, 2).title(),
                rng.choice(DATES),
                phrase(rng, 25),
                f"img{i:06d}.jpg",
                rng.choice(LICENSES),
                "Paintings;Gifts",
                phrase(rng, 3),
                "30 x 40 cm",
                phrase(rng, 2),
                phrase(rng, 2),
                phrase(rng, 10),
                phrase(rng, 5) if i % 7 else "signed | [[x]] {{y}}",
                phrase(rng, 6),
                "Q42;Q1" if i % 3 else "",
                phrase(rng, 8),
                "painting",
                "1990",
                phrase(rng, 5),
            ]
        )
    return rows


def best(repeat: int, *works: Callable[[], object]) -> list[float]:
    """The best time of each piece of work, run in turns so that each meets the same machine."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(repeat):
        for work, spent in zip(works, times, strict=True):
            start = time.perf_counter()
            work()
            spent.append(time.perf_counter() - start)
    return [min(spent) for spent in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()
    n = arguments.rows
    folder = Path(tempfile.mkdtemp(prefix="glamdonor-bench-"))
    try:
        rows = make_rows(n)
        csv_path, xlsx_path, media = (
            folder / "catalog.csv",
            folder / "catalog.xlsx",
            folder / "media",
        )
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([COLUMNS, *rows])
        media.mkdir()
        for row in rows:
            (media / row[5]).touch()
        mapping = load_mapping(Path(str(resources.files("glamdonor.mappings") / "artwork.toml")))
        partner = Partner(
            name="Example Museum", wikidata="Q123", category="Media of Example Museum"
        )

        def pipeline(path: Path) -> None:
            plan = make_plan(read_catalog(path), mapping, media, partner, batch_date="2026-11-23")
            assert len(plan.pages) == len(plan.structured) == len(plan.titles) == n

        print(f"{n:,} rows x {len(COLUMNS)} columns; best of {arguments.repeat}")
        bare, ours = best(
            arguments.repeat, lambda: pd.read_csv(csv_path), lambda: pipeline(csv_path)
        )
        print(f"CSV  pandas.read_csv (baseline)        {bare:7.2f} s  {n / bare:10,.0f} rows/s")
        print(f"CSV  glamdonor read+map+render         {ours:7.2f} s  {n / ours:10,.0f} rows/s")
        print(f"CSV  ratio to read_csv                 {ours / bare:7.2f} x   (goal: at most 6)")

        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("Objects")
        for row in [COLUMNS, *rows]:
            sheet.append(row)
        workbook.save(xlsx_path)
        (slow,) = best(1, lambda: pd.read_excel(xlsx_path, engine="openpyxl", dtype=str))
        fast, whole = best(
            arguments.repeat, lambda: read_catalog(xlsx_path), lambda: pipeline(xlsx_path)
        )
        print(f"XLSX openpyxl through pandas (baseline){slow:7.2f} s  {n / slow:10,.0f} rows/s")
        print(f"XLSX glamdonor reader (calamine)       {fast:7.2f} s  {n / fast:10,.0f} rows/s")
        print(f"XLSX speed-up over openpyxl            {slow / fast:7.2f} x   (goal: at least 5)")
        print(f"XLSX glamdonor read+map+render         {whole:7.2f} s  {n / whole:10,.0f} rows/s")

        tracemalloc.start()
        pipeline(csv_path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tracemalloc.start()
        pd.read_csv(csv_path)
        _, bare_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        size = csv_path.stat().st_size
        print(f"CSV file                               {size / 2**20:7.1f} MiB")
        print(f"peak memory, pandas.read_csv           {bare_peak / 2**20:7.1f} MiB")
        print(
            f"peak memory, glamdonor pipeline        {peak / 2**20:7.1f} MiB"
            f"  ({peak / bare_peak:.1f} x read_csv)"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
