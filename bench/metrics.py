"""Benchmark: refreshing usage for 10,000 files against a local server answering like Commons
(tests/metricsserver.py: up to 500 usage rows a reply, as ``gulimit`` allows).

Prints the requests made for usage and their ratio to the fewest possible: one request per 50
titles, plus one per continuation the answers hold (counted from the made-up world, apart
from glamdonor). Goal: 1.0.

Then a donation at scale: 100,000 files used on 200,000 article pages, refreshed whole (usage,
then the views of every page and the requests of every file, 24 months), against the same
server: the requests of each kind made against the fewest possible (one usage request per 50
files and continuation; one views request per page and one requests request per file, each
asking all its months at once), the time it took here, and the least time it takes against
Wikimedia at the rate its REST API allows (200 requests a second, its documented limit) with
the action API asked one request at a time.

    .venv/bin/python bench/metrics.py [--files 10000] [--large-files 100000] [--skip-large]
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
    parser.add_argument("--large-files", type=int, default=100_000)
    parser.add_argument("--skip-large", action="store_true")
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
    if not arguments.skip_large:
        at_scale(arguments.large_files)


REST_RATE = 200  # requests a second: the Wikimedia REST API's documented limit per client
API_SECONDS = 0.5  # a usage request of 50 files answered by Commons, a generous guess


def at_scale(files: int) -> None:
    pages = 2 * files  # each file shown on two article pages of its own
    world = World()
    for n in range(files):
        uses = [{"title": f"Article_{2 * n + k}", "wiki": "en.wikipedia.org", "ns": 0}
                for k in range(2)]  # fmt: skip
        world.files[f"Large {n:06d}.jpg"] = {
            "pageid": 5_000_000 + n, "sha1": f"{n:040x}",
            "timestamp": "2024-11-15T10:00:00Z", "uses": uses,
        }  # fmt: skip
    server = MetricsServer(world, usage_page=PAGE)
    titles = list(world.files)
    try:
        with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "m.sqlite") as store:
            start = time.perf_counter()
            scope = Scope("large", server.api_url, server.rest_url)
            http = Http()
            events = list(refresh(store, http, scope, titles, months=24,
                                  today=datetime.date(2026, 11, 23)))  # fmt: skip
            spent = time.perf_counter() - start
    finally:
        server.close()
    finished = events[-1]
    assert isinstance(finished, MetricsFinished)
    usage = math.ceil(files / 50) * max(1, math.ceil(100 / PAGE))  # 100 usage rows a request
    least = {"api": usage + 1, "rest": pages + files}  # + 1: which usage the wiki has
    print(f"\n{files:,} files used on {pages:,} pages, refreshed whole (24 months)")
    for source, made in sorted(http.counts.items()):
        print(f"{source} requests made {made:9,}  fewest possible {least[source]:9,}  "
              f"ratio {made / least[source]:.2f} (goal 1.0)")  # fmt: skip
    at_wikimedia = http.counts["rest"] / REST_RATE + http.counts["api"] * API_SECONDS
    print(
        f"here: {spent / 60:.1f} min; against Wikimedia, at least {at_wikimedia / 3600:.1f} h "
        f"({REST_RATE} REST requests a second, usage {API_SECONDS} s a request, one at a time)"
    )


if __name__ == "__main__":
    main()
