"""A chunked upload the wiki loses track of: it goes on where the wiki's stash got to, or is
published from the whole copy the stash holds, or is sent again once; never put together twice,
and nothing of it left in the stash but what MediaWiki's API cannot remove. Against the
sandbox wiki, through the loopback proxy of tests/faultproxy.py."""

from __future__ import annotations

import sqlite3

import pytest

from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished, ItemUploaded, said
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki.connection import Wiki
from tests.apicheck import files_with_sha1, revisions
from tests.batches import batch_with, row
from tests.media import noise_png
from tests.test_upload_chunks import SMALL_CHUNKS
from tests.test_upload_faults import quick_retries  # noqa: F401 (a fixture)

pytestmark = pytest.mark.wiki


def stash(sandbox) -> dict[str, tuple[str, int]]:
    """What the wiki's upload stash holds: key -> (status, size), read from its database."""
    database = sandbox.folder / "db" / f"{sandbox.identity().wikiid}.sqlite"
    with sqlite3.connect(database) as db:
        return {
            k: (s, n)
            for k, s, n in db.execute("select us_key, us_status, us_size from uploadstash")
        }


def chunks_sent(proxy, title: str) -> list[int]:
    """The offsets of the chunks of this file that reached the proxy, in order."""
    return [
        int(p["offset"])
        for p in proxy.seen
        if p.get("action") == "upload" and "offset" in p and p.get("filename") == title
    ]


def half_sent(example_batch, wiki, seed: int, monkeypatch):
    """A batch of one file in chunks, stopped after its third chunk as if the process died."""
    data = noise_png(seed)
    batch = batch_with(
        example_batch.parent, {"big.png": data}, [row(1, "big.png", f"Stash {seed}")]
    )
    real, taken = wiki.upload_in_chunks, []

    def stop_after_three_chunks(*args, noted, **kwargs):
        def counting(key: str, offset: int) -> None:
            noted(key, offset)
            taken.append(key)
            if len(taken) == 3:
                raise KeyboardInterrupt

        return real(*args, noted=counting, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(wiki, "upload_in_chunks", stop_after_three_chunks)
        with Journal(journal_path(batch.manifest)) as journal, pytest.raises(KeyboardInterrupt):
            list(upload(plan_of(batch), wiki, journal, chunking=SMALL_CHUNKS))
    with Journal(journal_path(batch.manifest)) as journal:
        record = journal.records()[2]
    assert record.state is State.UPLOADING and record.stash_offset == 3 * SMALL_CHUNKS.size
    return batch, len(data), record


def finish(batch, wiki):
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan_of(batch), wiki, journal, chunking=SMALL_CHUNKS))
        return events, journal.records()[2]


def last_offset(size: int) -> int:
    return (size - 1) // SMALL_CHUNKS.size * SMALL_CHUNKS.size


def test_missingresult_for_a_half_sent_file_goes_on_where_the_stash_got_to(
    example_batch, sandbox, proxy, monkeypatch
):
    """The wiki answers ``missingresult`` to ``checkstatus``, yet still holds the chunks: the
    upload goes on from the size its stash lists, and is put together once."""
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    before = stash(sandbox)
    batch, size, record = half_sent(example_batch, wiki, 4001, monkeypatch)
    assert stash(sandbox)[record.stash_key] == ("chunks", 3 * SMALL_CHUNKS.size)
    fault = proxy.arm("missingresult", b"checkstatus")
    title = plan_of(batch).titles[0]
    proxy.seen.clear()
    events, done = finish(batch, wiki)
    assert fault.met == 1
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0), events
    sent = chunks_sent(proxy, title)
    assert sent[0] == 3 * SMALL_CHUNKS.size and 0 not in sent  # nothing sent again
    assert sent.count(last_offset(size)) == 1  # put together once
    assert files_with_sha1(sandbox.status().api_url, done.sha1) == [title.replace(" ", "_")]
    assert stash(sandbox) == before  # the half-sent upload went on: no chunk left behind


def test_a_half_sent_file_the_wiki_forgot_is_sent_again_once(
    example_batch, sandbox, proxy, monkeypatch
):
    """The wiki lost the upload's status (its cache emptied, a day passed): it refuses to go
    on, so the file is sent again from its first byte, once, and the row says so."""
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    before = stash(sandbox)
    batch, size, record = half_sent(example_batch, wiki, 4002, monkeypatch)
    with sqlite3.connect(sandbox.folder / "db" / "wikicache.sqlite") as cache:
        forgotten = cache.execute(
            "delete from objectcache where keyname like ?", (f"%uploadstatus%{record.stash_key}",)
        ).rowcount
    assert forgotten == 1
    title = plan_of(batch).titles[0]
    proxy.seen.clear()
    events, done = finish(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0), events
    sent = chunks_sent(proxy, title)
    assert sent.count(0) == 1  # sent again once
    assert sent.count(last_offset(size)) == 1  # put together once
    uploaded = next(e for e in events if isinstance(e, ItemUploaded))
    assert uploaded.started_over and "sent again from its first byte" in said(uploaded)
    api = sandbox.status().api_url
    assert files_with_sha1(api, done.sha1) == [title.replace(" ", "_")]
    assert revisions(api, title) == 1
    # What MediaWiki's API cannot remove (no module does) is the forgotten half: only it is left.
    left = {key: held for key, held in stash(sandbox).items() if key not in before}
    assert left == {record.stash_key: ("chunks", 3 * SMALL_CHUNKS.size)}


def test_a_lost_answer_to_the_last_chunk_publishes_what_the_wiki_put_together(
    example_batch,
    sandbox,
    proxy,
    quick_retries,  # noqa: F811
):
    """The wiki puts the file together but its answer to the last chunk is lost; asked again,
    it no longer knows the upload (``missingresult``). The whole copy in the stash is found by
    its SHA-1 and published: nothing sent again, nothing put together twice, the stash empty."""
    wiki = Wiki(proxy.api_url, sandbox.credentials(), throttle=0).connect()
    before = stash(sandbox)
    data = noise_png(4003)
    batch = batch_with(example_batch.parent, {"big.png": data}, [row(1, "big.png", "Stash 4003")])
    title = plan_of(batch).titles[0]
    last = str(last_offset(len(data)))
    lost = proxy.call(lambda p: p.get("offset") == last, lambda: None, "after")
    proxy.seen.clear()
    events, done = finish(batch, wiki)
    assert lost.met == 1
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=0), events
    sent = chunks_sent(proxy, title)
    assert sent.count(0) == 1
    assert "missingresult" in proxy.errors  # the wiki itself had forgotten the upload
    assert files_with_sha1(sandbox.status().api_url, done.sha1) == [title.replace(" ", "_")]
    assert stash(sandbox) == before
