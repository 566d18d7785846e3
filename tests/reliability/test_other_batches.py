"""Exactly once across batches: two batches sharing a media folder, run at the same time by two
processes, each under titles of its own. Whichever gets to a file first sends it; the other
waits for it (jobs/guard.py), finds the same bytes on the wiki, and does not publish them
again. Five runs, ten chunked files each: every file is on the wiki once.

The wiki tells a duplicate only once a file is published. The proxy holds the publish of a
row's file until the other batch's publish of the same row comes (or half a second has
passed), then lets both through at once: without the guard, both reach the wiki together,
and both succeed. (On the sandbox, whose SQLite takes one write at a time, the second publish
meets the first's file even then: the guard is shown on its own below, the whole path here.)"""

from __future__ import annotations

import subprocess

import pytest

from tests.apicheck import files_with_sha1
from tests.batches import batch_with, row, upload_command
from tests.media import noise_png

pytestmark = pytest.mark.wiki

CHUNKED = "\n[upload]\nchunked_above = 4096\nchunk_size = 4096\n"


def two_batches(example_batch, trial: int):
    files = {f"{n}.png": noise_png(7000 + 100 * trial + n, side=50) for n in range(10)}
    rows = [row(n + 1, f"{n}.png", f"Shared {trial} {n}") for n in range(10)]
    batch_with(example_batch.parent, files, rows)
    folder = example_batch.parent
    mapping = (folder / "mapping.toml").read_text(encoding="utf-8")
    (folder / "mapping-b.toml").write_text(
        mapping.replace('title = { pattern = "{title} - ', 'title = { pattern = "{title} (B) - '),
        encoding="utf-8",
    )
    text = example_batch.read_text(encoding="utf-8") + CHUNKED
    first, second = folder / f"a{trial}.toml", folder / f"b{trial}.toml"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace('"mapping.toml"', '"mapping-b.toml"'), encoding="utf-8")
    return first, second, files


def same_row_published(asked: dict[str, str]) -> str:
    """The publish of a row's file (from the stash, with its page text): the row's words."""
    if asked.get("action") != "upload" or "filekey" not in asked or "text" not in asked:
        return ""
    return " ".join(asked.get("filename", "").replace("(B) ", "").split()[:3])  # "Shared 0 4"


@pytest.mark.parametrize("trial", range(5))
def test_two_batches_sharing_a_media_folder_send_each_file_once(
    example_batch, sandbox, proxy, trial, figures
):
    import hashlib
    import os

    first, second, files = two_batches(example_batch, trial)
    proxy.pair_by(same_row_published, seconds=0.5)
    account = sandbox.credentials()
    env = dict(os.environ, GLAMDONOR_LOGIN=account.login_name, GLAMDONOR_PASSWORD=account.password)
    both = [
        subprocess.Popen(
            [*upload_command(manifest, sandbox), "--wiki", proxy.api_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for manifest in (first, second)
    ]
    said = [process.communicate(timeout=300) for process in both]
    for process, (out, err) in zip(both, said, strict=True):
        assert process.returncode == 0, out + err
        assert "Traceback" not in err
    api = sandbox.status().api_url
    for name, data in files.items():
        on_wiki = files_with_sha1(api, hashlib.sha1(data).hexdigest())
        assert len(on_wiki) == 1, (name, on_wiki)
    summaries = [err.strip().splitlines()[-1] for _, err in said]
    uploaded = [int(line.split(" uploaded,")[0]) for line in summaries]
    skipped = [int(line.split(" skipped,")[0].rsplit(", ", 1)[1]) for line in summaries]
    assert sum(uploaded) == 10 and sum(skipped) == 10, summaries
    figures["rehearsal"]["two batches at once sharing a folder: runs"] += 1
    figures["rehearsal"]["two batches at once sharing a folder: files on the wiki once"] += 10


def test_the_same_bytes_for_the_same_wiki_wait_for_the_process_sending_them(tmp_path):
    """The guard itself, between two processes: while one holds a file's bytes for a wiki, a
    second one waits for the same bytes and wiki, and goes on at once for others."""
    import os
    import sys
    import threading

    from glamdonor.jobs.guard import sending

    held, release = tmp_path / "held", tmp_path / "release"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import pathlib, sys, time\n"
            "from glamdonor.jobs.guard import sending\n"
            "with sending('wiki-a', 'ab' * 20):\n"
            "    pathlib.Path(sys.argv[1]).touch()\n"
            "    while not pathlib.Path(sys.argv[2]).exists():\n"
            "        time.sleep(0.01)\n",
            str(held),
            str(release),
        ],
        env=dict(os.environ),
    )
    try:
        while not held.exists():
            assert holder.poll() is None
        with sending("wiki-a", "cd" * 20), sending("wiki-b", "ab" * 20):
            pass  # other bytes, or another wiki: no wait
        got = threading.Event()

        def wait_for_it() -> None:
            with sending("wiki-a", "ab" * 20):
                got.set()

        waiter = threading.Thread(target=wait_for_it)
        waiter.start()
        assert not got.wait(1.0)  # still held by the other process
        release.touch()
        waiter.join(30)
        assert got.is_set()
    finally:
        release.touch()
        holder.wait(30)
