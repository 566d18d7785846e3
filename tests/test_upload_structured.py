"""Structured data after publishing: captions and statements written with ``wbeditentity``
where the wiki has MediaInfo (the sandbox seen through a proxy that answers like Commons for
entities), once, even when a reply is lost; recorded as not applicable on the sandbox."""

from __future__ import annotations

import json

import pytest

from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished, ItemFailed
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki.connection import Wiki
from tests.apicheck import page_id, revisions
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = pytest.mark.wiki


def two_rows(example_batch, seed: int):
    files = {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(2)}
    rows = [row(n + 1, f"{n}.png", f"Structured {seed} {n}") for n in range(2)]
    return batch_with(example_batch.parent, files, rows)


def run(batch, wiki) -> tuple[list, dict]:
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan_of(batch), wiki, journal))
        return events, journal.records()


def test_captions_and_statements_reach_the_files_mediainfo(example_batch, sandbox, commons):
    batch = two_rows(example_batch, 1200)
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    assert wiki.has_structured_data()
    events, records = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=2, already_there=0, skipped=0, failed=0), events
    plan = plan_of(batch)
    api = sandbox.status().api_url
    assert len(commons.edits) == 2
    for index, title in enumerate(plan.titles):
        record = records[plan.rows[index]]
        assert (record.state, record.structured_data) == (State.VERIFIED, "written")
        entity_id = f"M{page_id(api, title)}"
        assert record.page_id == int(entity_id[1:])
        wanted = json.loads(plan.item(index).structured_data)
        entity = commons.entities[entity_id]
        assert entity["labels"] == wanted["labels"]
        assert entity["labels"]["en"]["value"] == f"Structured 1200 {index}"
        properties = {claim["mainsnak"]["property"] for claim in wanted["claims"]}
        assert set(entity["statements"]) == properties
        assert {"P170", "P571", "P6216", "P275", "P217", "P7482"} <= properties
        assert all(len(claims) == 1 for claims in entity["statements"].values())


def test_a_lost_reply_to_the_data_writes_them_once(example_batch, sandbox, commons):
    """The wiki takes the statements, the reply is lost: asked, not written a second time."""
    batch = two_rows(example_batch, 1210)
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    fault = commons.arm("lost-reply", b"wbeditentity", times=1)
    events, records = run(batch, wiki)
    assert fault.met == 1
    assert events[-1] == BatchFinished(uploaded=2, already_there=0, skipped=0, failed=0), events
    assert len(commons.edits) == 2  # one per file: the lost one was not sent again
    for entity in commons.entities.values():
        assert all(len(claims) == 1 for claims in entity["statements"].values())
    assert all(r.structured_data == "written" for r in records.values())


def test_data_refused_then_written_on_the_next_run_without_sending_the_file(
    example_batch, sandbox, commons
):
    batch = two_rows(example_batch, 1220)
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    fault = commons.arm("503-before", b"wbeditentity", times=20)  # the data service is down
    events, records = run(batch, wiki)
    assert fault.met >= 2
    failed = [e for e in events if isinstance(e, ItemFailed)]
    assert len(failed) == 2
    assert "whether its captions and statements arrived could not be told" in failed[0].message
    assert {r.code for r in records.values()} == {"data-reply-lost"}
    fault.times = fault.met  # the service is back
    events, records = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=0, already_there=2, skipped=0, failed=0), events
    assert len(commons.edits) == 2
    api = sandbox.status().api_url
    assert all(revisions(api, title) == 1 for title in plan_of(batch).titles)
    assert all(r.structured_data == "written" for r in records.values())


def test_the_sandbox_has_no_mediainfo_and_says_so(example_batch, sandbox, wiki):
    batch = two_rows(example_batch, 1230)
    assert not wiki.has_structured_data()
    events, records = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=2, already_there=0, skipped=0, failed=0), events
    assert {(r.state, r.structured_data) for r in records.values()} == {
        (State.VERIFIED, "not applicable")
    }


DEPICTS = {  # a statement a volunteer adds: the file depicts a harbour
    "mainsnak": {"snaktype": "value", "property": "P180", "datavalue": {
        "type": "wikibase-entityid", "value": {"entity-type": "item", "id": "Q1144593"}}},
    "type": "statement", "rank": "normal",
}  # fmt: skip


def test_a_correction_updates_glamdonors_statements_and_keeps_the_communitys(
    example_batch, sandbox, commons
):
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.update import apply_corrections, corrections
    from tests.volunteer import Volunteer

    batch = two_rows(example_batch, 1250)
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    events, records = run(batch, wiki)
    assert events[-1].uploaded == 2
    first = records[2].page_id
    Volunteer(sandbox, commons.api_url).add_statement(first, DEPICTS)
    catalog = example_batch.parent / "catalog.csv"
    text = catalog.read_text()
    catalog.write_text(text.replace("Structured 1250 0,Anna Example,1900", "Structured 1250 zero,Anna Example,1901"))
    batch = load_batch(example_batch)
    plan = plan_of(batch)
    found = corrections(batch, plan, wiki)
    assert [c.row for c in found if c.edits] == [2]
    list(apply_corrections(batch, plan, wiki, found))

    entity = commons.entities[f"M{first}"]
    assert entity["labels"]["en"]["value"] == "Structured 1250 zero"
    dates = entity["statements"]["P571"]
    assert len(dates) == 1 and dates[0]["mainsnak"]["datavalue"]["value"]["time"].startswith("+1901")
    assert [c["mainsnak"]["datavalue"]["value"]["id"] for c in entity["statements"]["P180"]] == [
        "Q1144593"
    ]  # the volunteer's statement stays
    assert all(len(claims) == 1 for claims in entity["statements"].values())
    assert corrections(batch, plan, wiki)[0].edits is False  # nothing more to do


LABELS = {"Q1144593": "harbour"}


def test_the_community_sheet_lists_statements_and_captions_others_added(
    example_batch, sandbox, commons
):
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.community import community
    from tests.entityapi import EntityApi, items
    from tests.volunteer import Volunteer

    batch = two_rows(example_batch, 1260)
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    events, records = run(batch, wiki)
    assert events[-1].uploaded == 2
    volunteer = Volunteer(sandbox, commons.api_url)
    volunteer.add_statement(records[2].page_id, DEPICTS)
    volunteer.set_caption(records[2].page_id, "fr", "Étude structurée")
    title = plan_of(load_batch(example_batch)).titles[0]
    volunteer.edit(title, ("[[Category:Uploaded with glamdonor]]",
                           "[[Category:Uploaded with glamdonor]]\n[[Category:Harbours]]"))  # fmt: skip
    with EntityApi(items(LABELS)) as api:
        wiki.entity_api = api.url
        found = community(load_batch(example_batch), plan_of(load_batch(example_batch)), wiki)
    assert sorted((c.row, c.change, c.value) for c in found.changes) == [
        (2, "caption added", "caption (fr): Étude structurée"),
        (2, "category added", "Harbours"),
        (2, "statement added", "P180: Q1144593 (harbour)"),
    ]
