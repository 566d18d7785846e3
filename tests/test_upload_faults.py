"""Uploads through a proxy of our own that misbehaves between glamdonor and the sandbox wiki:
each fault ends with every file on the wiki once, with the SHA-1 of its source."""

from __future__ import annotations

import hashlib

import pytest

from glamdonor.core.batch import Chunking
from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki.connection import Wiki
from tests.apicheck import file_on_wiki, files_with_sha1, revisions
from tests.batches import batch_with, row
from tests.media import image_bytes, noise_png
from tests.test_upload_chunks import SMALL_CHUNKS

pytestmark = pytest.mark.wiki

WHOLE_UPLOAD = b'name="filename"'  # a file sent in one request (multipart)
CHUNK = b'name="offset"'  # a chunk sent to the stash (multipart)
PUBLISH = b"filekey="  # publishing from the stash (a form)
LOOKUP = b"prop=imageinfo"  # looking up titles


@pytest.fixture
def quick_retries(monkeypatch):
    from glamdonor.wiki import pwb

    config = pwb.load().config
    monkeypatch.setattr(config, "retry_wait", 0.2)
    monkeypatch.setattr(config, "retry_max", 2)


@pytest.mark.parametrize(
    ("kind", "matches", "times"),
    [
        ("503-before", WHOLE_UPLOAD, 1),
        ("503-after", WHOLE_UPLOAD, 1),
        ("reset", WHOLE_UPLOAD, 1),
        ("lost-reply", WHOLE_UPLOAD, 1),
        ("503-after", CHUNK, 2),
        ("reset", CHUNK, 2),
        ("lost-reply", CHUNK, 1),
        ("lost-reply", PUBLISH, 1),
        ("503-after", PUBLISH, 1),
        ("slow", WHOLE_UPLOAD, 2),
        ("maxlag", LOOKUP, 2),
        ("ratelimited", WHOLE_UPLOAD, 1),
    ],
)
def test_every_file_arrives_once_whatever_fault(
    example_batch, sandbox, proxy, quick_retries, kind, matches, times
):
    seed = 10**6 + int(hashlib.sha1(f"{kind} {matches!r}".encode()).hexdigest()[:5], 16)
    files = {"small.png": image_bytes("png", seed=seed), "large.png": noise_png(seed, side=200)}
    rows = [
        row(1, "small.png", f"Fault {kind} {seed} a"),
        row(2, "large.png", f"Fault {kind} {seed} b"),
    ]
    batch = batch_with(example_batch.parent, files, rows)
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    fault = proxy.arm(kind, matches, times, seconds=1.5)
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan, wiki, journal, chunking=SMALL_CHUNKS))
        records = journal.records()
    assert fault.met >= 1, "the fault never happened"
    assert events[-1] == BatchFinished(uploaded=2, already_there=0, skipped=0, failed=0), events
    api = sandbox.status().api_url
    for index, title in enumerate(plan.titles):
        on_wiki = file_on_wiki(api, title)
        assert on_wiki["sha1"] == records[plan.rows[index]].sha1
        assert files_with_sha1(api, on_wiki["sha1"]) == [title.replace(" ", "_")]
        assert revisions(api, title) == 1
        assert records[plan.rows[index]].state is State.VERIFIED


def test_an_expired_session_is_renewed_without_a_question(
    example_batch, sandbox, wiki, monkeypatch
):
    """The wiki forgets every session between two files: the login is renewed, nothing asked."""
    import sqlite3

    files = {f"{n}.png": noise_png(900 + n, side=40) for n in range(3)}
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Session {n}") for n in range(3)]
    )
    real_upload = wiki.upload
    calls = []

    def forgetting(*args, **kwargs):
        calls.append(args[1])
        if len(calls) == 2:  # before the second file, every session on the wiki is gone
            with sqlite3.connect(sandbox.folder / "db" / "wikicache.sqlite") as cache:
                gone = cache.execute(
                    "delete from objectcache where keyname like '%MWSession%'"
                ).rowcount
            assert gone > 0
        return real_upload(*args, **kwargs)

    monkeypatch.setattr(wiki, "upload", forgetting)
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan, wiki, journal))
    assert events[-1] == BatchFinished(uploaded=3, already_there=0, skipped=0, failed=0), events
    api = sandbox.status().api_url
    assert all(revisions(api, title) == 1 for title in plan.titles)
    assert wiki.site.logged_in()


def test_warnings_are_decided_one_by_one(example_batch, sandbox, wiki, tmp_path):
    """A large file's warning lets it through; a title or file deleted before stops it, said."""
    big = noise_png(950, side=620)  # over the sandbox's 1 MiB size warning
    assert len(big) > 1024 * 1024
    gone = noise_png(951, side=60)
    # A file placed and then deleted by an administrator, as happens on Commons.
    placed = tmp_path / "placed.png"
    placed.write_bytes(gone)
    assert wiki.upload(placed, "Deleted before 951.png", "x", "test").published
    sandbox.delete_pages(["File:Deleted before 951.png"])
    files = {"big.png": big, "again.png": gone, "other.png": noise_png(952, side=60)}
    rows = [
        row(1, "big.png", "Warned large"),
        row(2, "again.png", "Deleted again"),
        row(3, "other.png", "Deleted before 951"),
    ]
    batch = batch_with(example_batch.parent, files, rows)
    (example_batch.parent / "mapping.toml").write_text(
        (example_batch.parent / "mapping.toml")
        .read_text()
        .replace(
            'title = { pattern = "{title} - {creator} - {institution} {inventory}", keep = "inventory" }',
            'title = { column = "title" }',
        )
    )
    plan = plan_of(batch)
    assert plan.titles[2] == "Deleted before 951.png"
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan, wiki, journal, chunking=Chunking(above=10 * 1024**2)))
        records = journal.records()
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=2), events
    assert records[2].state is State.VERIFIED  # large-file: harmless, the file went up
    assert (records[3].code, records[4].code) == ("duplicate-archive", "was-deleted")
    failed = [e for e in events if type(e).__name__ == "ItemFailed"]
    assert failed[0].message == "the same file was on the wiki before and was deleted."
    assert failed[1].message == "a file with this title was deleted from the wiki before."
    assert "deletion log" in failed[0].hint and "deletion log" in failed[1].hint
    api = sandbox.status().api_url
    assert not file_on_wiki(api, "Deleted again.png")["exists"]
    assert not file_on_wiki(api, "Deleted before 951.png")["exists"]


def test_a_connection_dropped_at_the_very_first_question_is_tried_again(sandbox, proxy):
    """The first request (what the wiki says of itself) meets a reset connection: asked
    again, as any other request would be, not "no wiki answers"."""
    reset = proxy.arm("reset", b"meta=siteinfo", times=1)
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    assert reset.met == 1
    assert wiki.identity.wikiid == sandbox.identity().wikiid


def test_a_wiki_that_never_answers_is_a_sentence_not_a_crash(sandbox, proxy, quick_retries):
    """pywikibot tries a question again and again, then gives up (ApiTimeoutError): the
    question ends in a sentence saying what to do, as every failure of a wiki does."""
    from glamdonor.core.errors import WikiError

    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    proxy.arm("503-before", LOOKUP, times=1000)
    with pytest.raises(WikiError) as caught:
        wiki.file_info(["Nothing here.png"])
    assert "did not answer, however often it was asked" in caught.value.message
    assert "run the same command again" in caught.value.hint
