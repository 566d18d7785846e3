"""The soak run: several hundred files uploaded through the fault proxy while a set share of
all requests meet a fault drawn at random (server errors before and after the wiki did the
work, dropped connections, lost replies, maxlag, rate limits). The batch is run again until
it is done, a bounded number of times; every file ends on the wiki once, with its bytes."""

from __future__ import annotations

import pytest

from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki.connection import Wiki
from tests.apicheck import files_with_sha1
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = pytest.mark.wiki

FILES = 300
RATE = 0.1  # one request in ten meets a fault
KINDS = ["503-before", "503-after", "reset", "lost-reply", "maxlag", "ratelimited"]
RUNS = 4  # the batch is done after at most this many runs


def test_several_hundred_files_under_random_faults(
    example_batch, sandbox, proxy, monkeypatch, figures
):
    from glamdonor.wiki import pwb

    config = pwb.load().config
    monkeypatch.setattr(config, "retry_wait", 0.1)  # pywikibot's waits, shortened
    monkeypatch.setattr(config, "retry_max", 3)
    files = {f"{n:03d}.png": image_bytes("png", seed=5000 + n) for n in range(FILES)}
    rows = [row(n, name, f"Soak {n:03d}") for n, name in enumerate(sorted(files))]
    batch = batch_with(example_batch.parent, files, rows)
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    proxy.at_random(RATE, KINDS, seed=20261124)
    runs = []
    for _ in range(RUNS):
        try:
            with Journal(journal_path(batch.manifest)) as journal:
                finished = list(upload(plan_of(batch), wiki, journal))[-1]
        except Exception as error:  # a run may stop (a WikiError): the next goes on
            runs.append(type(error).__name__)
            continue
        runs.append(finished)
        if isinstance(finished, BatchFinished) and finished.failed == 0:
            break
    assert isinstance(runs[-1], BatchFinished) and runs[-1].failed == 0, runs
    assert sum(proxy.injected.values()) > FILES * RATE, proxy.injected  # faults really met

    api = sandbox.status().api_url
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        records = journal.records()
    duplicates = lost = 0
    for index, title in enumerate(plan.titles):
        record = records[plan.rows[index]]
        copies = files_with_sha1(api, record.sha1)
        lost += record.state is not State.VERIFIED or not copies
        duplicates += max(0, len(copies) - 1)
        assert copies == [title.replace(" ", "_")], title
    soak = figures["soak"]
    soak["files"] += FILES
    soak["runs"] += len(runs)
    soak["faults injected"] += sum(proxy.injected.values())
    for kind, count in proxy.injected.items():
        figures["soak faults by kind"][kind] += count
    soak["duplicates"] += duplicates
    soak["lost"] += lost
    assert duplicates == lost == 0
