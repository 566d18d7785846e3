"""Benchmark: uploading to the sandbox wiki.

1. 200 small files sent by ``glamdonor upload`` (the job: lookups, upload, read-back, journal)
   and by a bare pywikibot loop (``APISite.upload`` with the same page text, nothing else) to
   the same wiki, throttle off for both, in turns in rounds of 50 files each, with titles
   and bytes of their own.
   Prints the time of each and the ratio (goal: at most 1.15).
2. The client's peak memory (resident set size, by a child process) while it uploads one
   1 GB file in chunks (goal: under 200 MB).
3. The pace on a wiki given by its address (``--wiki``, as Commons is): the sandbox's API
   address reached as a plain wiki, with its bot account (no rate limit) and with an account
   of the sandbox's "paced" group (3 uploads in 4 s), against the sandbox target itself: the
   time per small file and per chunk of one file, as ratios (goals: the bot at most 1.1 times
   the sandbox target; the chunks of one file with no wait between them, about 1.0).

    .venv/bin/python bench/uploading.py [--files 200] [--gigabytes 1] [--paced-files 10]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from batches import write_batch  # bench/batches.py


def small_png(n: int, salt: int) -> bytes:
    import io

    from PIL import Image

    image = Image.new("RGB", (48, 32), (n % 256, (n // 256) % 256, salt % 256))
    image.putpixel((0, 0), (salt % 256, (salt // 256) % 256, (n * 7) % 256))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def ours(wiki, manifest: Path) -> float:
    from glamdonor.core.batch import load_batch
    from glamdonor.core.journal import Journal, journal_path
    from glamdonor.jobs.events import BatchFinished
    from glamdonor.jobs.plan import plan_of
    from glamdonor.jobs.upload import upload

    batch = load_batch(manifest)
    plan = plan_of(batch)
    start = time.perf_counter()
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan, wiki, journal, chunking=batch.chunking))
    spent = time.perf_counter() - start
    assert events[-1] == BatchFinished(len(plan), 0, 0, 0), events[-1]
    return spent


def bare(wiki, manifest: Path, files: list[Path], titles: list[str]) -> float:
    """The same files with the same page text (so the wiki does the same work), sent by
    ``APISite.upload`` and nothing else."""
    import pywikibot

    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.plan import plan_of

    texts = plan_of(load_batch(manifest)).pages
    start = time.perf_counter()
    for path, title, text in zip(files, titles, texts, strict=True):
        page = pywikibot.FilePage(wiki.site, f"File:{title}")
        assert wiki.site.upload(
            page,
            source_filename=str(path),
            summary="bare",
            text=text,
            ignore_warnings=False,
            report_success=False,
        )
    return time.perf_counter() - start


def speed(root: Path, count: int, wiki) -> None:
    rounds = 4
    per_round = count // rounds
    salt = int(time.time()) % 60000
    mine, theirs = 0.0, 0.0
    for r in range(rounds):
        for who in ("glamdonor", "bare"):
            folder = root / f"{who}-{r}"
            (folder / "media").mkdir(parents=True)
            names, titles, paths = [], [], []
            for n in range(per_round):
                name = f"{n:04d}.png"
                (folder / "media" / name).write_bytes(
                    small_png(n + 1000 * r, salt + (who == "bare"))
                )
                names.append(name)
                titles.append(f"Bench {salt} {who} {r} {n:04d}.png")
                paths.append(folder / "media" / name)
            manifest = write_batch(folder, folder / "media", names, titles, 20 * 1024**2)
            if who == "glamdonor":
                mine += ours(wiki, manifest)
            else:
                theirs += bare(wiki, manifest, paths, titles)
    total = per_round * rounds
    print(f"{total} small files, throttle off, in turns ({rounds} rounds)")
    print(f"bare pywikibot loop      {theirs:6.2f} s  {total / theirs:6.1f} files/s")
    print(f"glamdonor upload job     {mine:6.2f} s  {total / mine:6.1f} files/s")
    print(f"ratio to the bare loop   {mine / theirs:6.2f}    (goal: at most 1.15)")


def memory(root: Path, gigabytes: float, sandbox_folder: Path) -> None:
    folder = root / "large"
    (folder / "media").mkdir(parents=True)
    size = int(gigabytes * 1024**3)
    path = folder / "media" / "large.wav"
    samples = size - 44
    fmt = (1).to_bytes(2, "little") + (2).to_bytes(2, "little") + (44100).to_bytes(4, "little")
    fmt += (
        (44100 * 4).to_bytes(4, "little") + (4).to_bytes(2, "little") + (16).to_bytes(2, "little")
    )
    with path.open("wb") as handle:  # a real WAV: header, then PCM noise (16 bit, stereo)
        handle.write(b"RIFF" + (36 + samples).to_bytes(4, "little") + b"WAVEfmt ")
        handle.write((16).to_bytes(4, "little") + fmt + b"data" + samples.to_bytes(4, "little"))
        block = os.urandom(16 * 1024**2)
        written = 0
        while written < samples:
            part = block[: samples - written]
            handle.write(part)
            written += len(part)
    title = f"Bench large {int(time.time())}.wav"
    manifest = write_batch(folder, folder / "media", ["large.wav"], [title], 20 * 1024**2)
    # The upload runs as a process of its own that reports its own peak memory at the end.
    reporter = (
        "import resource, runpy, sys\n"
        f"sys.argv = ['glamdonor', 'upload', {str(manifest)!r}, '--yes', '--sandbox-dir', "
        f"{str(sandbox_folder)!r}]\n"
        "try:\n    runpy.run_module('glamdonor.cli.main', run_name='__main__')\n"
        "finally:\n    print('peak', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
        "file=sys.stderr)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", reporter], capture_output=True, text=True, check=False
    )
    spent = time.perf_counter() - start
    lines = done.stderr.strip().splitlines()
    peak = int(next(line.split()[1] for line in lines if line.startswith("peak "))) / 1024
    said = next((line for line in lines if "uploaded," in line), "")
    print(f"one {gigabytes:.1f} GB file in 4 MiB chunks: {spent:.1f} s, exit {done.returncode}")
    print(f"  {said}")
    print(f"client peak memory (RSS)  {peak:6.1f} MiB  (goal: under 200 MB)")


def paced_account(sandbox):
    """An account of the sandbox's rate-limited group, with a BotPassword."""
    import re
    import secrets

    from glamdonor.wiki.credentials import Credentials
    from glamdonor.wiki.sandbox import GRANTS

    name = f"Bench paced {secrets.token_hex(3)}"
    sandbox._php("createAndPromote.php", "--custom-groups", "paced", name, secrets.token_hex(16))
    said = sandbox._php("createBotPassword.php", "--appid", "paced", "--grants", GRANTS, name)
    return Credentials(name, "paced", re.search(r"password:'([^']+)'", said).group(1))


def timed_batch(root: Path, label: str, wiki, files: int, chunks: int) -> tuple[float, float]:
    """Seconds per small file, and per chunk of one file sent in ``chunks`` chunks of 1 MiB."""
    from glamdonor.core.batch import Chunking

    salt = int(time.time() * 1000) % 60000
    folder = root / label.replace(" ", "-").replace(",", "")
    (folder / "media").mkdir(parents=True)
    names = [f"{n:04d}.png" for n in range(files)]
    for n, name in enumerate(names):
        (folder / "media" / name).write_bytes(small_png(n, salt))
    tag = label.replace(",", "")
    titles = [f"Bench pace {salt} {tag} {n:04d}.png" for n in range(files)]
    per_file = ours(wiki, write_batch(folder, folder / "media", names, titles, 20 * 1024**2))
    big = folder / "big"
    (big / "media").mkdir(parents=True)
    (big / "media" / "big.png").write_bytes(noise_png_of(chunks * 1024**2 - 4096, salt))
    manifest = write_batch(big, big / "media", ["big.png"], [f"Bench chunks {salt} {tag}.png"])
    manifest.write_text(
        manifest.read_text() + "[upload]\nchunked_above = 1048576\nchunk_size = 1048576\n"
    )
    from glamdonor.core.batch import load_batch

    assert load_batch(manifest).chunking == Chunking(above=1024**2, size=1024**2)
    per_chunk = ours(wiki, manifest) / chunks
    return per_file / files, per_chunk


def noise_png_of(size: int, salt: int) -> bytes:
    """A PNG of about ``size`` bytes that does not compress."""
    import io
    import random

    from PIL import Image

    side = int((size / 3) ** 0.5)
    pixels = random.Random(salt).randbytes(side * side * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, "PNG", compress_level=0)
    return buffer.getvalue()


def pace(root: Path, sandbox, files: int, paced_files: int) -> None:
    from glamdonor.wiki.connection import Wiki
    from glamdonor.wiki.target import wiki_at

    api = sandbox.status().api_url
    bot = sandbox.credentials()
    os.environ.update(GLAMDONOR_LOGIN=bot.login_name, GLAMDONOR_PASSWORD=bot.password)
    targets = [
        ("sandbox target", wiki_at("sandbox", sandbox_folder=sandbox.folder), files),
        ("plain wiki, bot", wiki_at(api), files),
        ("plain wiki, paced account", Wiki(api, paced_account(sandbox)), paced_files),
    ]
    found = {}
    for label, wiki, count in targets:
        wiki.connect()
        found[label] = timed_batch(root, label, wiki, count, chunks=8)
    base_file, base_chunk = found["sandbox target"]
    print("pace by target: seconds a small file, a 1 MiB chunk (ratio to the sandbox target)")
    for label, (per_file, per_chunk) in found.items():
        print(
            f"  {label:27} {per_file:6.3f} s ({per_file / base_file:5.2f})"
            f"   {per_chunk:6.3f} s ({per_chunk / base_chunk:5.2f})"
        )
    bot_file, bot_chunk = found["plain wiki, bot"]
    print(f"bot on a plain wiki: {bot_file / base_file:.2f} x a file (goal: at most 1.1), ")
    print(f"  {bot_chunk / base_chunk:.2f} x a chunk (goal: about 1.0, no wait between chunks)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--paced-files", type=int, default=10)
    arguments = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="glamdonor-bench-"))
    os.environ.setdefault("GLAMDONOR_HOME", str(root / "home"))
    from glamdonor.wiki.connection import Wiki
    from glamdonor.wiki.sandbox import Sandbox

    sandbox = Sandbox(root / "sandbox")
    status = sandbox.start()
    try:
        wiki = Wiki(status.api_url, sandbox.credentials(), throttle=0).connect()
        speed(root, arguments.files, wiki)
        pace(root, sandbox, arguments.files // 4, arguments.paced_files)
        memory(root, arguments.gigabytes, sandbox.folder)
    finally:
        sandbox.stop()
        import shutil

        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
