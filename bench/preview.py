"""`glamdonor preview BATCH --format jsonl` (every row, from one plan) as a whole command,
against the baseline of a bare `pandas.read_csv` of the same catalog in a new process, both
best of N in the same run:

    .venv/bin/python bench/preview.py [--rows 69000] [--runs 3]

Goals (issue 17): the whole plan within 3x the baseline (made anew: nothing kept yet,
each run); one row
in 0.5 s from the kept plan, and in 2 s after a change of the catalog (planned and kept anew).

The goals are timed on the plainest batch (a file and a title a row, an Information page); the
same rows under the example's Artwork mapping (artist, dates read, categories, a title pattern,
structured data with creator, inception and inventory number) are timed too, against their own
baseline, for what a museum's richer catalog costs."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batches import write_batch  # bench/batches.py

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

GLAMDONOR = Path(sys.executable).with_name("glamdonor")


def best_of(command: list[str], runs: int, forget: Path | None = None) -> float:
    """The best time of ``runs``; with ``forget``, that folder (the kept plans) is removed
    before each, so that every run plans anew."""
    return best_of_each([command], runs, forget)[0]


def best_of_each(commands: list[list[str]], runs: int, forget: Path | None = None) -> list[float]:
    """The best time of each command over ``runs`` rounds, the commands taking turns within a
    round: a machine that is slower for a while slows the baseline and the command alike."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, times, strict=True):
            if forget is not None:
                shutil.rmtree(forget, ignore_errors=True)
            start = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            taken.append(time.perf_counter() - start)
    return [min(taken) for taken in times]


def artwork_batch(folder: Path, media: Path, names: list[str]) -> Path:
    """A batch of these files under the example's Artwork mapping and partner profile."""
    folder.mkdir(parents=True)
    for name in ("mapping.toml", "partner.toml"):
        shutil.copy(EXAMPLES / name, folder / name)
    subjects = ("Portrait of a woman", "Étude de paysage", "Harbour in winter", "Église au soir")
    dates = ("1898", "c. 1905", "1850s", "XIXe siècle", "1670–1")
    lines = ["inventory,title,creator,date,description,file,license,keywords"]
    for n, name in enumerate(names):
        lines.append(
            f"EM-{n:06d},{subjects[n % 4]} {n},{('Anna Example', 'Bram Öst')[n % 2]},"
            f'{dates[n % 5]},"A study, oil on card.",{name},cc-by-4.0,Studies;Oil paintings'
        )
    (folder / "catalog.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    manifest = folder / "batch.toml"
    manifest.write_text(
        'format_version = 1\nname = "Artwork"\ncatalog = "catalog.csv"\nmapping = "mapping.toml"\n'
        f'partner = "partner.toml"\nmedia = "{media}"\n'
    )
    return manifest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=69_000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    # Timed as installed: glamdonor's modules compiled once (the first run), not each time.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="glamdonor-preview-") as folder:
        home = Path(folder) / "home"  # glamdonor's own folders, the kept plans among them
        os.environ["GLAMDONOR_HOME"] = str(home)
        media = Path(folder) / "media"
        media.mkdir()
        names = [f"{n:06d}.png" for n in range(arguments.rows)]
        for name in names:
            (media / name).write_bytes(b"")  # the plan looks the files up, never reads them
        titles = [f"Object {n} of the collection - oil on canvas" for n in names]
        manifest = write_batch(Path(folder) / "batch", media, names, titles)
        catalog = manifest.with_name("catalog.csv")
        read = f"import pandas; pandas.read_csv({str(catalog)!r}, dtype=object)"
        preview = [str(GLAMDONOR), "preview", str(manifest)]
        anew = home / "cache" / "plans"
        bare, every = best_of_each(
            [[sys.executable, "-c", read], [*preview, "--format", "jsonl"]], arguments.runs, anew
        )
        again = best_of([*preview, "--format", "jsonl"], arguments.runs)  # the plan kept
        one = best_of([*preview, "--row", "2"], arguments.runs)  # from the kept plan
        catalog.write_text(catalog.read_text().replace("Object 000001", "Object one"))
        changed = best_of([*preview, "--row", "3"], 1)  # planned and kept anew
        rich = artwork_batch(Path(folder) / "artwork", media, names)
        read_rich = (
            f"import pandas; pandas.read_csv({str(rich.with_name('catalog.csv'))!r}, dtype=object)"
        )
        rich_bare, rich_every = best_of_each(
            [
                [sys.executable, "-c", read_rich],
                [str(GLAMDONOR), "preview", str(rich), "--format", "jsonl"],
            ],
            arguments.runs,
            anew,
        )
    print(f"{arguments.rows:,} rows")
    print(f"pandas.read_csv (the baseline): {bare:.2f} s")
    print(f"preview --format jsonl: {every:.2f} s, {every / bare:.1f}x the baseline (goal 3x)")
    print(f"preview --format jsonl, the plan kept: {again:.2f} s, {again / bare:.1f}x the baseline")
    print(f"preview --row 2, the plan kept: {one:.2f} s, {one / bare:.1f}x (goal 0.5 s)")
    print(
        f"preview --row 3, the catalog changed: {changed:.2f} s, {changed / bare:.1f}x (goal 2 s)"
    )
    print(
        f"preview --format jsonl, the example's Artwork mapping: {rich_every:.2f} s, "
        f"{rich_every / rich_bare:.1f}x its catalog's pandas.read_csv ({rich_bare:.2f} s)"
    )


if __name__ == "__main__":
    main()
