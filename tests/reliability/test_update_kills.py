"""``glamdonor update`` SIGKILLed ten times at random moments of its edits, then run to the
end: every correction is made once (one glamdonor revision per corrected page after the
upload's), none is lost, and the journal agrees with the wiki.

The kills come from a proxy between the update and the sandbox wiki, at the k-th edit request
of a run (k drawn from a seeded generator), ``before`` the wiki sees it or ``after`` the wiki
saved it and before the reply leaves: the moment between an edit made and its journal entry."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys

import pytest

from glamdonor.jobs.plan import plan_of
from tests.batches import batch_with, row
from tests.media import noise_png
from tests.volunteer import Volunteer

pytestmark = pytest.mark.wiki

ROWS = 15
KILLS = 10


def test_update_killed_ten_times_makes_each_correction_once(example_batch, sandbox, proxy):
    files = {f"k{n}.png": noise_png(910_000 + n, side=24) for n in range(ROWS)}
    rows = [row(n + 1, f"k{n}.png", f"Killed update {n}") for n in range(ROWS)]
    batch = batch_with(example_batch.parent, files, rows)
    upload = [sys.executable, "-m", "glamdonor.cli.main", "upload", str(example_batch), "--yes",
              "--sandbox-dir", str(sandbox.folder)]  # fmt: skip
    assert subprocess.run(upload, capture_output=True, timeout=300).returncode == 0
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace(",x,", ",x (corrected),"))

    credentials = sandbox.credentials()
    environment = os.environ | {
        "GLAMDONOR_LOGIN": credentials.login_name,
        "GLAMDONOR_PASSWORD": credentials.password,
    }
    update = [sys.executable, "-m", "glamdonor.cli.main", "update", str(example_batch), "--yes",
              "--wiki", proxy.api_url]  # fmt: skip
    chance = random.Random(20261201)
    killed = 0
    for _ in range(KILLS):
        process = subprocess.Popen(update, env=environment, stderr=subprocess.PIPE, text=True)
        proxy.call(_nth_edit(chance.randint(1, 2)), _killer(process), chance.choice(["before", "after"]))
        _, errors = process.communicate(timeout=300)
        assert process.returncode == -signal.SIGKILL, errors
        killed += 1
        proxy.calls.clear()
    finished = subprocess.run(update, env=environment, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr

    volunteer = Volunteer(sandbox)
    for title in plan_of(batch).titles:
        text, _ = volunteer.text(title)
        assert "|description={{en|1=x (corrected)}}" in text, title
        ours = [r for r in volunteer.history(title) if r["user"] == credentials.account]
        assert len(ours) == 2, (title, ours)  # the upload, and the one correction
    assert killed == KILLS
    again = subprocess.run(update, env=environment, capture_output=True, text=True, timeout=300)
    assert "Nothing to correct" in again.stderr


def _nth_edit(n: int):
    seen = []

    def when(asked: dict[str, str]) -> bool:
        if asked.get("action") != "edit":
            return False
        seen.append(asked)
        return len(seen) == n

    return when


def _killer(process: subprocess.Popen):
    return lambda: os.kill(process.pid, signal.SIGKILL)
