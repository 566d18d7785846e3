"""How fast the command line answers before doing any work, as whole commands in new
processes, each against the start of a bare Python in the same run:

    .venv/bin/python bench/startup.py [--runs N]

Goal (issue 17): `glamdonor --version` within 0.2 s. Prints the best of N runs of each, and
each one's ratio to the bare interpreter's."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

GLAMDONOR = Path(sys.executable).with_name("glamdonor")


def best_of(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    bare = best_of([sys.executable, "-c", "pass"], runs)
    print(f"bare python: {bare:.3f} s (the baseline)")
    for words in (["--version"], ["--help"], ["upload", "--help"]):
        seconds = best_of([str(GLAMDONOR), *words], runs)
        print(f"glamdonor {' '.join(words)}: {seconds:.3f} s, {seconds / bare:.1f}x the baseline")


if __name__ == "__main__":
    main()
