"""Pacing by the account's real rate limits. The sandbox limits uploads of its "paced" group
to 3 in 4 seconds, as Commons limits a newcomer's: an account in that group is told its pace
by the wiki, keeps to it, and survives the wiki's real "ratelimited" refusal when it does not.
Also: the waits before retries are spread (jitter), and a file past its deadline stops."""

from __future__ import annotations

import re
import secrets

import pytest

from glamdonor.core.batch import Chunking, Deadline
from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished, BatchStarted, ItemFailed
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki import pwb
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import Credentials
from glamdonor.wiki.sandbox import GRANTS
from tests.apicheck import revisions
from tests.batches import batch_with, row
from tests.media import image_bytes, noise_png

pytestmark = pytest.mark.wiki


@pytest.fixture(scope="module")
def paced_account(sandbox) -> Credentials:
    """A second account on the sandbox, in the rate-limited group, with a BotPassword."""
    name = f"Paced {secrets.token_hex(3)}"
    sandbox._php("createAndPromote.php", "--custom-groups", "paced", name, secrets.token_hex(16))
    said = sandbox._php("createBotPassword.php", "--appid", "paced", "--grants", GRANTS, name)
    password = re.search(r"password:'([^']+)'", said)
    assert password, "no BotPassword made"
    return Credentials(account=name, bot="paced", password=password.group(1))


def four_rows(example_batch, seed: int):
    files = {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(4)}
    rows = [row(n + 1, f"{n}.png", f"Paced {seed} {n}") for n in range(4)]
    return batch_with(example_batch.parent, files, rows)


def run(batch, wiki, **options) -> tuple[list, dict]:
    with Journal(journal_path(batch.manifest)) as journal:
        return list(upload(plan_of(batch), wiki, journal, **options)), journal.records()


def test_the_wiki_tells_the_pace_and_it_is_kept(example_batch, sandbox, proxy, paced_account):
    wiki = Wiki(proxy.api_url, paced_account, throttle=0).connect()
    assert wiki.upload_pace() == 2.0  # 3 uploads in 4 seconds, said by the wiki: 4 / (3 - 1)
    batch = four_rows(example_batch, 1300)
    events, _ = run(batch, wiki)
    assert isinstance(events[0], BatchStarted) and events[0].pace == 2.0
    assert events[-1] == BatchFinished(uploaded=4, already_there=0, skipped=0, failed=0), events
    assert "ratelimited" not in proxy.errors  # kept to its pace, it was never refused


def test_on_a_paced_wiki_each_row_is_said_as_it_is_known(example_batch, proxy, paced_account):
    """Two seconds between files: a row's outcome comes soon after its file, not when the
    window of 50 rows is read back at the end."""
    wiki = Wiki(proxy.api_url, paced_account).connect()
    events, _ = run(four_rows(example_batch, 1350), wiki)
    kinds = [type(event).__name__ for event in events[1:-1]]
    assert kinds.count("FileSent") == kinds.count("ItemUploaded") == 4
    assert kinds.index("ItemUploaded") < len(kinds) - 2  # the first said before the last sent
    assert kinds == ["FileSent", "ItemUploaded"] * 4, kinds  # each said before the next waits


def test_the_uploader_bot_has_no_pace(wiki):
    assert wiki.upload_pace() == 0.0  # bots have "noratelimit"


def test_refused_for_going_too_fast_it_waits_and_each_file_arrives_once(
    example_batch, sandbox, proxy, paced_account, monkeypatch
):
    wiki = Wiki(proxy.api_url, paced_account, throttle=0).connect()
    monkeypatch.setattr(wiki, "upload_pace", lambda: 0.0)  # as if it did not know its limit
    batch = four_rows(example_batch, 1310)
    events, records = run(batch, wiki)
    assert "ratelimited" in proxy.errors  # the wiki's own refusal, met
    assert events[-1] == BatchFinished(uploaded=4, already_there=0, skipped=0, failed=0), events
    api = sandbox.status().api_url
    assert all(revisions(api, title) == 1 for title in plan_of(batch).titles)
    assert {r.state for r in records.values()} == {State.VERIFIED}


def test_retry_waits_double_and_are_spread(monkeypatch):
    """pywikibot's waits before retrying a failed request, with glamdonor's jitter."""
    pywikibot = pwb.load()
    from pywikibot.data import WaitingMixin

    waited: list[float] = []
    monkeypatch.setattr(pywikibot, "sleep", waited.append)
    monkeypatch.setattr(pywikibot.config, "retry_max", 1000)
    rounds = []
    for _ in range(20):
        waits = WaitingMixin()
        waits.retry_wait, waits.max_retries = 1, 5
        waited.clear()
        for _ in range(5):
            waits.wait()
        rounds.append(list(waited))
    for delays in rounds:
        for n, delay in enumerate(delays):
            assert 2**n <= delay <= 1.5 * 2**n
    assert len({round(delays[0], 6) for delays in rounds}) > 1  # not all the same


def test_a_file_past_its_deadline_stops_and_goes_on_next_time(
    example_batch, sandbox, proxy, monkeypatch
):
    """No chunk is sent past the file's deadline; the next run goes on from the wiki's stash."""
    big = noise_png(1320, side=160)
    batch = batch_with(example_batch.parent, {"big.png": big}, [row(1, "big.png", "Deadline 1320")])
    chunks = Chunking(above=1024, size=16 * 1024)
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    proxy.arm("slow", b'name="offset"', times=1, seconds=1.0)  # the first chunk is slow
    # no minutes of its own: only the time its size allows (a few hundredths of a second)
    events, records = run(batch, wiki, chunking=chunks, deadline=Deadline(minutes=0))
    failed = [e for e in events if isinstance(e, ItemFailed)]
    assert len(failed) == 1 and "took longer than the" in failed[0].message, events
    (record,) = records.values()
    assert record.code == "too-slow" and record.stash_key and 0 < record.stash_offset < len(big)
    resumed = []
    real = wiki.upload_in_chunks
    monkeypatch.setattr(
        wiki, "upload_in_chunks", lambda *a, **k: resumed.append(k["stash_key"]) or real(*a, **k)
    )
    events, records = run(batch, wiki, chunking=chunks)
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0), events
    assert resumed == [record.stash_key]  # on from the stash, not from the start
    assert [r.state for r in records.values()] == [State.VERIFIED]
    title = plan_of(batch).titles[0]
    assert revisions(sandbox.status().api_url, title) == 1
