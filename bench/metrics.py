"""Benchmark: refreshing usage for 10,000 files against a local server answering like Commons
(tests/metricsserver.py: up to 500 usage rows a reply, as ``gulimit`` allows).

Prints the requests made for usage and their ratio to the fewest possible: one request per 50
titles, plus one per continuation the answers hold (counted from the made-up world, apart
from glamdonor). Goal: 1.0.

    .venv/bin/python bench/metrics.py [--files 10000]
"""

from __future__ import annotations

import argparse
import datetime
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from glamdonor.jobs.metrics import MetricsFinished, Scope, refresh
from glamdonor.metrics.http import Http
from glamdonor.metrics.store import Store
from tests.metricsserver import MetricsServer, World

PAGE = 500  # usage rows in one reply


def fewest(world: World, titles: list[str]) -> int:
    total = 0
    for start in range(0, len(titles), 50):
        rows = sum(len(world.files[t]["uses"]) for t in titles[start : start + 50])
        total += max(1, math.ceil(rows / PAGE))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    arguments = parser.parse_args()
    world = World.made(arguments.files)
    for n, title in enumerate(world.files):  # some files used very widely: continuations
        if n % 97 == 0:
            world.files[title]["uses"] = [
                {"title": f"Wide_{n}_{k}", "wiki": "en.wikipedia.org", "ns": 0} for k in range(700)
            ]
    server = MetricsServer(world, usage_page=PAGE)
    titles = list(world.files)
    try:
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "m.sqlite") as store:
            start = time.perf_counter()
            scope = Scope("bench", server.api_url)  # usage only: no REST API
            events = list(refresh(store, Http(), scope, titles, today=datetime.date(2026, 11, 23)))
            spent = time.perf_counter() - start
    finally:
        server.close()
    finished = events[-1]
    assert isinstance(finished, MetricsFinished)
    least = fewest(world, titles)
    print(f"{len(titles):,} files, {sum(len(f['uses']) for f in world.files.values()):,} usages")
    print(f"usage requests made        {finished.usage_requests:6,}")
    print(
        f"fewest possible            {least:6,}  ({math.ceil(len(titles) / 50):,} + "
        f"{least - math.ceil(len(titles) / 50):,} continuations)"
    )
    print(f"ratio                      {finished.usage_requests / least:6.2f}  (goal: 1.0)")
    print(f"and 1 request asking which usage the wiki has; {spent:.1f} s in all")


if __name__ == "__main__":
    main()
