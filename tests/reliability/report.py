"""Regenerates the figures of docs/reliability.md from a run of the reliability suite and of
bench/scale.py on this machine: ``python -m tests.reliability.report [--rows N]``.

Only the part between the ``figures`` markers is written; the rest of the page is prose."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "reliability.md"
START, END = "<!-- figures: written by tests/reliability/report.py -->", "<!-- /figures -->"


def run_suite(figures_file: Path) -> tuple[str, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/reliability"],
        cwd=ROOT,
        env=os.environ | {"GLAMDONOR_RELIABILITY_FIGURES": str(figures_file)},
        capture_output=True,
        text=True,
        check=False,
    )
    summary = done.stdout.strip().splitlines()[-1]
    if done.returncode != 0:
        sys.exit(f"the reliability suite failed; docs/reliability.md is left as it was:\n{summary}")
    return re.sub(r" in [\d.]+s.*", "", summary.strip("= ")), time.perf_counter() - start


def run_scale(rows: int, scale_file: Path) -> None:
    subprocess.run(
        [sys.executable, "scale.py", "--rows", str(rows), "--json", str(scale_file)],
        cwd=ROOT / "bench",
        check=True,
    )


def figures_text(suite: str, seconds: float, found: dict, scale: dict) -> str:
    kills, soak, local = found["kills"], found["soak"], found["local faults"]
    fuzzing, secrets = found["fuzzing"], found["secrets"]
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    lines = [
        f"Last run: {datetime.date.today().isoformat()}, commit {commit}, {os.cpu_count()} "
        f"cores; `tests/reliability`: {suite} in {seconds:.0f} s.",
        "",
        "| What | Figure |",
        "| --- | --- |",
        f"| Processes killed (SIGKILL) at a boundary, then resumed | {kills['killed']} killed, "
        f"{kills['resumed']} resumed |",
        f"| Soak run: files, runs, faults injected at random | {soak['files']} files, "
        f"{soak['runs']} run(s), {soak['faults injected']} faults ("
        + ", ".join(f"{kind} {n}" for kind, n in sorted(found["soak faults by kind"].items()))
        + ") |",
    ]
    lines += [f"| {name.capitalize()} | {count} |" for name, count in sorted(local.items())]
    lines += [
        f"| {name[0].upper()}{name[1:]} | {count} |"
        for name, count in sorted(found.get("rehearsal", {}).items())
    ]
    lines += [
        f"| The tester's table: {name} | {count} |"
        for name, count in sorted(found.get("tester's table", {}).items())
    ]
    lines += [
        f"| The wiki away: {name} | {count} |"
        for name, count in sorted(found.get("wiki away", {}).items())
    ]
    lines += [
        f"| **Duplicates created** (copies on the wiki, second revisions) | "
        f"**{kills['duplicates'] + soak['duplicates']}** |",
        f"| **Items lost** (not on the wiki, or not verified in the journal) | "
        f"**{kills['lost'] + soak['lost']}** |",
        f"| Inputs fuzzed | {sum(fuzzing.values()):,} |",
    ]
    lines += [f"| &nbsp;&nbsp;{name} | {count:,} |" for name, count in sorted(fuzzing.items())]
    lines += [
        f"| Files searched for the BotPassword and session cookies | "
        f"{secrets['files searched for secrets']} (found in {secrets['secrets found in them']}) |",
    ]
    whole, quarter = scale["check whole"], scale["check quarter"]
    journal = scale["journal"]
    lines += [
        f"| Peak memory, offline check of {whole['rows']:,} rows | "
        f"{whole['peak MiB']:,.0f} MiB ({whole['peak MiB'] * 1024 / whole['rows']:.2f} KiB a row, "
        f"{whole['seconds']:.0f} s) |",
        f"| &nbsp;&nbsp;of {quarter['rows']:,} rows; pandas reading the {whole['rows']:,} alone | "
        f"{quarter['peak MiB']:,.0f} MiB; {scale['pandas read whole']['peak MiB']:,.0f} MiB |",
        f"| Journal of {journal['items']:,} items opened and resumed | "
        f"{journal['seconds']:.2f} s (sqlite3 alone: {journal['baseline seconds']:.2f} s) |",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the scale check")
    parser.add_argument("--scale-json", type=Path, help="figures of an earlier bench/scale.py")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        figures_file, scale_file = Path(folder) / "figures.json", Path(folder) / "scale.json"
        suite, seconds = run_suite(figures_file)
        if arguments.scale_json:
            scale_file = arguments.scale_json
        else:
            run_scale(arguments.rows, scale_file)
        text = figures_text(
            suite, seconds, json.loads(figures_file.read_text()), json.loads(scale_file.read_text())
        )
    page = PAGE.read_text(encoding="utf-8")
    before, rest = page.split(START, 1)
    after = rest.split(END, 1)[1]
    PAGE.write_text(f"{before}{START}\n{text}\n{END}{after}", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
