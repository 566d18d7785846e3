"""The crash matrix: the upload process is SIGKILLed at each boundary of an item's life, on
the wire, then run again; every file ends on the wiki once, with its bytes, its page and its
structured data written once, and the journal agrees.

The kills come from a proxy between the job and the sandbox wiki (answering like Commons for
structured data): ``before`` the wiki sees a request, or ``after`` the wiki did the work and
before the reply leaves, which is the moment between a published file and its journal entry."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable

import pytest

from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.plan import plan_of
from tests.apicheck import file_on_wiki, files_with_sha1, page_id, revisions
from tests.batches import batch_with, row
from tests.media import image_bytes, noise_png

pytestmark = pytest.mark.wiki

SMALL, LARGE = "small.png", "large.png"


def uploading(word: str) -> Callable[[dict], bool]:
    """An upload request of the file whose title has this word."""
    return lambda asked: asked.get("action") == "upload" and word in asked.get("filename", "")


def whole(name: str) -> Callable[[dict], bool]:
    return lambda asked: uploading(name)(asked) and "filekey" not in asked and "offset" not in asked


def chunk_after_first(name: str) -> Callable[[dict], bool]:
    return lambda asked: uploading(name)(asked) and int(asked.get("offset") or 0) > 0


def publish(name: str) -> Callable[[dict], bool]:
    return lambda asked: (
        uploading(name)(asked)
        and "filekey" in asked
        and "offset" not in asked
        and "checkstatus" not in asked
    )


def structured_data(asked: dict) -> bool:
    return asked.get("action") == "wbeditentity"


# (boundary, which request, when): every place an item's life can be cut on the wire; or
# ("journal", "state:word"): right after the journal committed that state (runner.py)
MATRIX = [
    ("after hashing (journal: hashed)", "journal", "hashed:small"),
    ("after checking (journal: checked)", "journal", "checked:large"),
    ("after a publish was noted (journal: published)", "journal", "published:large"),
    ("after the data was noted (journal: data written)", "journal", "data written:small"),
    ("before a whole upload reaches the wiki", whole("small"), "before"),
    ("after a whole upload, before its reply", whole("small"), "after"),
    ("mid-chunk, before the wiki takes it", chunk_after_first("large"), "before"),
    ("mid-chunk, after the wiki took it", chunk_after_first("large"), "after"),
    ("all chunks sent, before publishing", publish("large"), "before"),
    ("after publishing, before the journal", publish("large"), "after"),
    ("structured data, before the wiki", structured_data, "before"),
    ("structured data written, before the journal", structured_data, "after"),
]


@pytest.mark.parametrize(("boundary", "when", "moment"), MATRIX, ids=[m[0] for m in MATRIX])
def test_killed_at_a_boundary_then_resumed(
    boundary, when, moment, example_batch, sandbox, commons, figures
):
    seed = 3000 + 10 * [m[0] for m in MATRIX].index(boundary)
    files = {SMALL: image_bytes("png", seed=seed), LARGE: noise_png(seed, side=160)}
    rows = [row(1, SMALL, f"Crash {seed} small"), row(2, LARGE, f"Crash {seed} large")]
    batch = batch_with(example_batch.parent, files, rows)
    manifest = example_batch.read_text() + "\n[upload]\nchunked_above = 65536\nchunk_size = 16384\n"
    example_batch.write_text(manifest)
    credentials = sandbox.credentials()
    environment = os.environ | {
        "GLAMDONOR_LOGIN": credentials.login_name,
        "GLAMDONOR_PASSWORD": credentials.password,
    }
    command = [
        sys.executable,
        "-m",
        "tests.reliability.runner",
        str(example_batch),
        commons.api_url,
    ]
    if when == "journal":
        process = subprocess.Popen(
            command,
            env=environment | {"GLAMDONOR_KILL_AT": moment},
            stderr=subprocess.PIPE,
            text=True,
        )
    else:
        process = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True)
        commons.call(when, lambda: os.kill(process.pid, signal.SIGKILL), moment)
    _, errors = process.communicate(timeout=300)
    assert process.returncode == -signal.SIGKILL, f"not killed at {boundary}: {errors}"
    with Journal(journal_path(example_batch)) as journal:
        at_kill = {r.title: str(r.state) for r in journal.records().values()}
    figures["kills"]["killed"] += 1
    figures["boundaries"][boundary] = " / ".join(sorted(set(at_kill.values()))) or "none yet"

    resumed = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=300)
    figures["kills"]["resumed"] += 1
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr

    api = sandbox.status().api_url
    plan = plan_of(batch)
    with Journal(journal_path(example_batch)) as journal:
        records = journal.records()
    for index, title in enumerate(plan.titles):
        record = records[plan.rows[index]]
        on_wiki = file_on_wiki(api, title)
        copies = files_with_sha1(api, record.sha1)
        sent = revisions(api, title)
        figures["kills"]["duplicates"] += max(0, len(copies) - 1) + max(0, sent - 1)
        figures["kills"]["lost"] += 0 if on_wiki["exists"] else 1
        assert on_wiki["exists"] and on_wiki["sha1"] == record.sha1, (boundary, title)
        assert copies == [title.replace(" ", "_")] and sent == 1, (boundary, title)
        assert (record.state, record.structured_data) == (State.VERIFIED, "written")
        entity = commons.entities[f"M{page_id(api, title)}"]
        assert all(len(claims) == 1 for claims in entity["statements"].values()), boundary
    edits = [edit["id"] for edit in commons.edits]
    assert len(edits) == len(set(edits)) == 2, (boundary, edits)  # each entity written once
