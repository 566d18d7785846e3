"""Large files go in chunks, with the stash key and offset in the journal after every chunk:
a chunked upload stopped anywhere goes on from the wiki's offset, and a batch killed again and
again ends with every file on the wiki exactly once. Against the sandbox wiki."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from dataclasses import replace

import pytest

from glamdonor.core.batch import Chunking
from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from tests.apicheck import file_on_wiki, files_with_sha1, revisions
from tests.batches import batch_with, row, upload_command, wait_for_steps
from tests.media import image_bytes, noise_png

pytestmark = pytest.mark.wiki
SMALL_CHUNKS = Chunking(above=64 * 1024, size=16 * 1024)


def test_a_large_file_goes_in_chunks_and_arrives_whole(example_batch, sandbox, wiki, monkeypatch):
    data = noise_png(1)
    assert len(data) > 4 * SMALL_CHUNKS.size
    batch = batch_with(
        example_batch.parent, {"big.png": data}, [row(1, "big.png", "Chunked whole")]
    )
    sent = []
    real = wiki.upload_in_chunks
    monkeypatch.setattr(wiki, "upload", lambda *a, **k: pytest.fail("not in chunks"))
    monkeypatch.setattr(wiki, "upload_in_chunks", lambda *a, **k: sent.append(k) or real(*a, **k))
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan_of(batch), wiki, journal, chunking=SMALL_CHUNKS))
        record = journal.records()[2]
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0)
    assert sent and sent[0]["chunk_size"] == SMALL_CHUNKS.size
    assert record.state is State.VERIFIED
    on_wiki = file_on_wiki(sandbox.status().api_url, plan_of(batch).titles[0])
    assert on_wiki["sha1"] == record.sha1


def test_a_stopped_chunked_upload_goes_on_from_the_wiki_offset(example_batch, wiki, monkeypatch):
    data = noise_png(2)
    batch = batch_with(
        example_batch.parent, {"big.png": data}, [row(1, "big.png", "Chunked resumed")]
    )
    real = wiki.upload_in_chunks
    offsets: list[int] = []

    def stop_after_three_chunks(*args, noted, **kwargs):
        def counting(key: str, offset: int) -> None:
            noted(key, offset)
            offsets.append(offset)
            if len(offsets) == 3:
                raise KeyboardInterrupt  # as if the process were stopped here

        return real(*args, noted=counting, **kwargs)

    monkeypatch.setattr(wiki, "upload_in_chunks", stop_after_three_chunks)
    with Journal(journal_path(batch.manifest)) as journal, pytest.raises(KeyboardInterrupt):
        list(upload(plan_of(batch), wiki, journal, chunking=SMALL_CHUNKS))
    with Journal(journal_path(batch.manifest)) as journal:
        stopped = journal.records()[2]
    assert stopped.state is State.UPLOADING and stopped.stash_offset == 3 * SMALL_CHUNKS.size

    offsets.clear()
    monkeypatch.setattr(
        wiki,
        "upload_in_chunks",
        lambda *a, noted, **k: real(
            *a, noted=lambda key, offset: (offsets.append(offset), noted(key, offset)), **k
        ),
    )
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan_of(batch), wiki, journal, chunking=SMALL_CHUNKS))
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0)
    assert offsets[0] == 4 * SMALL_CHUNKS.size  # went on after the third chunk, not from zero


def test_a_stash_the_wiki_lost_starts_over(example_batch, wiki):
    data = noise_png(3)
    batch = batch_with(example_batch.parent, {"big.png": data}, [row(1, "big.png", "Chunked lost")])
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        journal.use(wiki.identity)
        record = journal.record(
            replace(
                journal.records().get(2) or _record(plan),
                state=State.UPLOADING,
                stash_key="nothing.like.this.png",
                stash_offset=32768,
            )
        )
        events = list(upload(plan, wiki, journal, chunking=SMALL_CHUNKS))
    assert record.stash_key == "nothing.like.this.png"
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0)


def _record(plan):
    import hashlib

    from glamdonor.core.journal import ItemRecord

    sha1 = hashlib.sha1(plan.item(0).file.read_bytes()).hexdigest()
    return ItemRecord(plan.rows[0], plan.titles[0], State.PENDING, sha1=sha1)


def test_killed_twenty_times_every_file_arrives_exactly_once(example_batch, sandbox):
    files = {f"small-{n:02d}.png": image_bytes("png", seed=400 + n) for n in range(40)}
    files |= {f"large-{n:02d}.png": noise_png(500 + n, side=160) for n in range(20)}
    rows = [row(n, name, f"Kill test {n:02d}") for n, name in enumerate(sorted(files))]
    batch = batch_with(example_batch.parent, files, rows)
    manifest = example_batch.read_text() + "\n[upload]\nchunked_above = 65536\nchunk_size = 4096\n"
    example_batch.write_text(manifest)
    command = upload_command(example_batch, sandbox)
    moments = random.Random(20261123)
    kills = 0
    while kills < 20:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Kill after a random number of steps the run takes (a chunk taken, a row done), and a
        # random moment after that: within a request, between a request and its note, anywhere.
        assert wait_for_steps(example_batch, moments.randint(1, 6), process), "no progress"
        time.sleep(moments.uniform(0, 0.08))
        assert process.poll() is None, "the run ended by itself before it was killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        kills += 1
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert finished.returncode == 0, finished.stdout + finished.stderr

    api = sandbox.status().api_url
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        records = journal.records()
    for index, title in enumerate(plan.titles):
        on_wiki = file_on_wiki(api, title)
        sha1 = records[plan.rows[index]].sha1
        assert on_wiki["exists"] and on_wiki["sha1"] == sha1, title
        assert files_with_sha1(api, sha1) == [title.replace(" ", "_")]  # no copy elsewhere
        assert revisions(api, title) == 1  # sent once
        assert records[plan.rows[index]].state is State.VERIFIED
        assert records[plan.rows[index]].page_url == on_wiki["url"]
