"""Reconciling a catalog column against a real Reconciliation API service (csv-reconcile on
127.0.0.1, tests/reconcileservice.py): what is taken without review is right, every value is
accounted for, a rerun asks nothing it knows, a person's choice stays; and the faults: a
service that does not answer, answers slowly or answers nonsense, a file broken by hand."""

from __future__ import annotations

import contextlib
import csv
import http.server
import socket
import threading

import pytest

from glamdonor.cli.main import main
from glamdonor.core.errors import GlamdonorError, InputError
from glamdonor.core.reconciled import State, read, write
from glamdonor.jobs.reconcile import Column, Reconciled, reconcile
from glamdonor.wiki.reconciliation import Service
from tests.reconcileservice import ReconciliationService, catalog_values, service_items

ITEMS = service_items()


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = ReconciliationService(tmp_path_factory.mktemp("reconcile"), ITEMS)
    yield running
    running.stop()


def artists_batch(folder, values: list[str], repeat: int = 1):
    """A copy of the example batch whose catalog names these artists (each ``repeat`` times)."""
    from tests.conftest import copy_example

    manifest = copy_example(folder)
    rows = [value for value in values for _ in range(repeat)]
    with (folder / "catalog.csv").open("w", newline="", encoding="utf-8") as out:
        sheet = csv.writer(out)
        sheet.writerow(["inventory", "title", "creator", "date", "description", "file", "license"])
        for n, value in enumerate(rows):
            sheet.writerow([f"EM-{n}", f"Work {n}", value, "1900", "x", "red-study.png", "cc-zero"])
    return manifest


def test_automatic_matches_are_right_and_every_value_is_accounted_for(service, tmp_path, capsys):
    truth = dict(catalog_values(ITEMS))
    manifest = artists_batch(tmp_path / "batch", list(truth))
    out = tmp_path / "batch" / "creator.reconciled.csv"
    arguments = ["reconcile", str(manifest), "--column", "creator", "--type", "Q5"]
    assert main([*arguments, "--service", service.url]) == 0
    said = capsys.readouterr().out
    decisions = read(out)
    assert set(decisions) == set(truth)  # every value: matched, no match or to review
    matched = [d for d in decisions.values() if d.state is State.MATCHED]
    right = [d for d in matched if d.qid == truth[d.value]]
    precision = len(right) / len(matched)
    recall = len(right) / sum(1 for qid in truth.values() if qid)
    with capsys.disabled():  # the figures, for the closing note
        print(
            f"\n{len(truth)} values: {len(matched)} matched automatically, precision "
            f"{precision:.3f}, recall {recall:.3f}"
        )
    assert precision >= 0.98 and recall > 0.5
    assert f"Asked the service about {len(truth)}" in said
    twins = ITEMS[0].name  # two people of that name: a person decides
    assert decisions[twins].state is State.TO_REVIEW
    assert {c.qid for c in decisions[twins].candidates} >= {ITEMS[0].qid, "Q1000199"}

    waiting = next(d for d in decisions.values() if d.state is State.TO_REVIEW)
    decisions[waiting.value] = waiting.chosen(waiting.candidates[0])  # as the window does
    write(out, decisions)
    assert main([*arguments, "--service", service.url]) == 0
    assert "Asked the service about 0." in capsys.readouterr().out  # nothing asked again
    assert read(out)[waiting.value].state is State.CHOSEN  # a person's choice stays


def test_a_value_on_ten_thousand_rows_is_asked_once(service, tmp_path):
    manifest = artists_batch(tmp_path / "batch", [ITEMS[5].name, ITEMS[6].name], repeat=5000)
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.reconcile import catalog_of

    asking = Service(service.url)
    out = tmp_path / "creator.reconciled.csv"
    events = list(reconcile(catalog_of(load_batch(manifest)), Column("creator"), out, asking))
    assert asking.asked == 2 and isinstance(events[-1], Reconciled)
    assert {d.qid for d in read(out).values()} == {ITEMS[5].qid, ITEMS[6].qid}


def test_subjects_split_in_a_cell_are_reconciled_term_by_term(service, tmp_path):
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.reconcile import catalog_of

    subjects = [i for i in ITEMS if i.kind == "subject"]
    cells = [f"{subjects[0].name}; {subjects[1].name}", f"{subjects[1].name};{subjects[2].name}"]
    manifest = artists_batch(tmp_path / "batch", cells)
    out = tmp_path / "subjects.reconciled.csv"
    column = Column("creator", split=";")
    list(reconcile(catalog_of(load_batch(manifest)), column, out, Service(service.url)))
    decisions = read(out)
    assert [d.value for d in decisions.values()] == [s.name for s in subjects[:3]]
    assert [d.qid for d in decisions.values()] == [s.qid for s in subjects[:3]]


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Answers(http.server.BaseHTTPRequestHandler):
    body = b"hello, not JSON"
    wait = 0.0

    def do_POST(self) -> None:
        threading.Event().wait(self.wait)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # a client that gave up waiting
            self.wfile.write(self.body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def odd_service():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()
    _Answers.wait = 0.0


@pytest.mark.parametrize("fault", ["does not answer", "answers slowly", "answers nonsense"])
def test_a_faulty_service_is_a_sentence_and_what_was_decided_stays(
    fault, odd_service, service, tmp_path, capsys
):
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.reconcile import catalog_of

    manifest = artists_batch(tmp_path / "batch", [i.name for i in ITEMS[10:14]])
    out = tmp_path / "batch" / "creator.reconciled.csv"
    catalog = catalog_of(load_batch(manifest))
    list(reconcile(catalog, Column("creator"), out, Service(service.url)))  # decided already
    before = out.read_bytes()
    manifest2 = artists_batch(tmp_path / "batch", [i.name for i in ITEMS[10:20]])
    catalog = catalog_of(load_batch(manifest2))
    if fault == "does not answer":
        url, asking = f"http://127.0.0.1:{closed_port()}/reconcile", None
    else:
        url = f"http://127.0.0.1:{odd_service.server_address[1]}/reconcile"
        asking = Service(url, timeout=0.5) if fault == "answers slowly" else None
        _Answers.wait = 3.0 if fault == "answers slowly" else 0.0
    if asking is None:
        code = main(["reconcile", str(manifest2), "--column", "creator", "--service", url])
        assert code == 2
        said = capsys.readouterr().err
        assert "Traceback" not in said and "reconciliation service at" in said
        assert (
            "does not answer" if fault == "does not answer" else "not a reconciliation reply"
        ) in said
    else:
        with pytest.raises(GlamdonorError) as caught:
            list(reconcile(catalog, Column("creator"), out, asking))
        assert "does not answer (ReadTimeout)" in caught.value.message
    assert out.read_bytes() == before  # what was decided is kept, nothing half-written
    list(reconcile(catalog, Column("creator"), out, Service(service.url)))  # then it goes on
    assert len(read(out)) == 10


def test_a_lookup_file_broken_by_hand_names_its_line(tmp_path):
    out = tmp_path / "creator.reconciled.csv"
    out.write_text(
        "value,qid,label,description,score,state,candidates\n"
        "Anna Štěpánek,Q1000001,Anna Štěpánek,,100.0,matched,\n"
        "Jan Ørsted,Q-12,,,,chosen,\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read(out)
    assert caught.value.row == 3 and "“Q-12”" in caught.value.message
    assert "not a Wikidata id" in caught.value.message


RECONCILED_MAPPING = """
format_version = 1
template = "{template}"
language = "en"
file = {{ column = "file" }}
title = {{ pattern = "{{title}} - {{inventory}}", keep = "inventory" }}
license = {{ column = "license" }}

[fields]
{person} = {{ column = "creator", transforms = [{{ lookup = "creators" }}] }}
title = {{ column = "title", language = "en" }}
description = {{ column = "description", language = "en" }}
date = {{ column = "date", transforms = ["date"] }}

[structured_data]
captions = [{{ column = "title" }}]
creator = {{ column = "creator", transforms = [{{ lookup = "creators", missing = "empty" }}] }}
creator_name = {{ column = "creator" }}
inception = {{ column = "date" }}
depicts = {{ column = "subjects", split = ";", transforms = [{{ lookup = "subjects", missing = "empty" }}] }}
inventory_number = {{ column = "inventory" }}
{more}

[lookups.creators]
file = "creator.reconciled.csv"

[lookups.subjects]
file = "subjects.reconciled.csv"
"""


def reconciled_batch(folder, template: str, more: str, files: dict[str, bytes]):
    from glamdonor.core.reconciled import Candidate, Decision

    manifest = artists_batch(folder, [ITEMS[0].name])
    person = "artist" if template == "Artwork" else "photographer"
    (folder / "mapping.toml").write_text(
        RECONCILED_MAPPING.format(template=template, person=person, more=more)
    )
    with (folder / "partner.toml").open("a") as partner:
        partner.write('wikidata = "Q1954426"\n')
    subject = ITEMS[250]
    name = next(iter(files))
    with (folder / "catalog.csv").open("w", newline="", encoding="utf-8") as out:
        sheet = csv.writer(out)
        sheet.writerow(["inventory", "title", "creator", "date", "description", "file",
                        "license", "subjects", "wikidata"])  # fmt: skip
        sheet.writerow(["EM-1", "Harbour", "Jan Stepanek", "1890", "x", name, "cc-zero",
                        f"{subject.name}; a subject nobody chose", "Q17333571"])  # fmt: skip
    for name, data in files.items():
        (folder / "media" / name).write_bytes(data)
    creator = Candidate(ITEMS[3].qid, ITEMS[3].name, "Czech painter", 72.0)
    write(folder / "creator.reconciled.csv", {
        "Jan Stepanek": Decision("Jan Stepanek", State.TO_REVIEW, candidates=(creator,)).chosen(creator),
    })  # fmt: skip
    write(folder / "subjects.reconciled.csv", {
        subject.name: Decision(subject.name, State.MATCHED, subject.qid, subject.name, score=100.0),
        "a subject nobody chose": Decision("a subject nobody chose", State.TO_REVIEW),
    })  # fmt: skip
    return manifest, subject


def statements_of(preview: dict) -> dict[str, list]:
    found: dict[str, list] = {}
    for claim in preview["structured_data"]["claims"]:
        snak = claim["mainsnak"]
        found.setdefault(snak["property"], []).append(snak.get("datavalue", {}).get("value"))
    return found


def test_an_artwork_row_takes_its_reconciled_items(tmp_path, capsys):
    """The artist as an item in {{Artwork}}; P6243 to the artwork's item, which keeps the
    artwork's creator and date (not the file); P180 for the subject reconciled, not for the
    one waiting for review; P195 from the partner's item."""
    import json

    from tests.media import image_bytes

    manifest, subject = reconciled_batch(
        tmp_path / "batch", "Artwork", 'artwork = { column = "wikidata" }',
        {"harbour.png": image_bytes("png", seed=800090)},
    )  # fmt: skip
    assert main(["preview", str(manifest), "--row", "2", "--format", "json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert f"|artist={ITEMS[3].qid}\n" in preview["wikitext"]
    found = statements_of(preview)
    assert [v["id"] for v in found["P6243"]] == ["Q17333571"]
    assert [v["id"] for v in found["P180"]] == [subject.qid]
    assert [v["id"] for v in found["P195"]] == ["Q1954426"]
    assert "P170" not in found and "P571" not in found  # on the artwork's item, not the file


def test_a_photograph_row_takes_its_photographer_and_point_of_view(tmp_path, capsys):
    import json

    from tests.media import image_bytes

    gps = {0x8825: {1: "N", 2: (52.0, 22.0, 30.0), 3: "E", 4: (4.0, 53.0, 0.0)}}
    manifest, _ = reconciled_batch(
        tmp_path / "batch", "Photograph", 'point_of_view = { exif = "gps" }',
        {"harbour.jpg": image_bytes("jpg", seed=800091, exif=gps)},
    )  # fmt: skip
    assert main(["preview", str(manifest), "--row", "2", "--format", "json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    found = statements_of(preview)
    assert [v["id"] for v in found["P170"]] == [ITEMS[3].qid]  # an item, not a name string
    (position,) = found["P1259"]
    assert (round(position["latitude"], 4), round(position["longitude"], 4)) == (52.375, 4.8833)
    assert f"|photographer={ITEMS[3].qid}\n" in preview["wikitext"]


@pytest.mark.wiki
def test_the_reconciled_statements_reach_commons_once(tmp_path, sandbox, commons):
    """Uploaded through the Commons-shaped proxy: the file's entity gets P6243, P180 and P195
    once each, as the preview showed them."""
    from glamdonor.core.batch import load_batch
    from glamdonor.core.journal import Journal, journal_path
    from glamdonor.jobs.plan import plan_of
    from glamdonor.jobs.upload import upload
    from glamdonor.wiki.connection import Wiki
    from tests.apicheck import page_id
    from tests.media import image_bytes

    manifest, subject = reconciled_batch(
        tmp_path / "batch", "Artwork", 'artwork = { column = "wikidata" }',
        {"harbour.png": image_bytes("png", seed=800092)},
    )  # fmt: skip
    batch = load_batch(manifest)
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    plan = plan_of(batch)
    with Journal(journal_path(manifest)) as journal:
        list(upload(plan, wiki, journal))
    entity = commons.entities[f"M{page_id(sandbox.status().api_url, plan.titles[0])}"]
    statements = entity["statements"]
    ids = {
        p: [c["mainsnak"]["datavalue"]["value"]["id"] for c in statements[p]]
        for p in ("P6243", "P180", "P195")
    }
    assert ids == {"P6243": ["Q17333571"], "P180": [subject.qid], "P195": ["Q1954426"]}
    assert "P170" not in statements and len(commons.edits) == 1


def test_three_values_reviewed_in_the_window(qtbot, service, tmp_path):
    """The Wikidata step asks the real service, then a person reviews three values: takes a
    candidate with Enter, marks one as having no item, finds one by searching other words.
    The file says so, and a rerun of the command asks nothing again."""
    from PySide6.QtCore import Qt

    from glamdonor.core.batch import load_batch
    from glamdonor.gui.app import MainWindow
    from glamdonor.jobs.reconcile import catalog_of

    twins, other = ITEMS[0], ITEMS[7]
    cut = other.name[:-2]  # the end of the name lost in the catalog
    manifest = artists_batch(
        tmp_path / "batch", [twins.name, "Unknown Painter 1", cut, ITEMS[8].name]
    )
    out = manifest.parent / "creator.reconciled.csv"
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(manifest)
    qtbot.waitUntil(lambda: window.session.batch is not None, timeout=20_000)
    window.steps.setCurrentRow(3)
    page = window.wikidata
    assert window.pages.currentWidget() is page
    page.column.setCurrentText("creator")
    page.service.setText(service.url)
    page.ask.click()
    qtbot.waitUntil(lambda: page.ask.isEnabled() and bool(page.decisions), timeout=30_000)
    waiting = [page.waiting.item(r).text() for r in range(page.waiting.count())]
    assert waiting == [twins.name, "Unknown Painter 1", cut], waiting
    assert "4 values: 1 matched by the service, 0 chosen, 0 with no item, 3 to review" in (
        page.counts.text()
    )

    # 1. the twins: the later of the two people of that name, taken with the keyboard
    assert page.current_value() == twins.name
    rows = [page.candidates.item(r, 0).text() for r in range(page.candidates.rowCount())]
    page.candidates.setCurrentCell(rows.index("Q1000199"), 0)
    page.candidates.setFocus()
    qtbot.keyClick(page.candidates, Qt.Key.Key_Return)
    # 2. nobody the service knows: no item
    assert page.current_value() == "Unknown Painter 1"
    page.none_button.click()
    # 3. the cut name: searched again with the whole name, then taken
    assert page.current_value() == cut
    page.search.setText(other.name)
    page.search_button.click()
    qtbot.waitUntil(lambda: not page.runner.busy, timeout=20_000)
    assert page.candidates.item(0, 0).text() == other.qid
    page.take_button.click()
    assert page.waiting.count() == 0
    assert "1 matched by the service, 2 chosen, 1 with no item, 0 to review" in page.counts.text()

    decided = read(out)
    assert (decided[twins.name].state, decided[twins.name].qid) == (State.CHOSEN, "Q1000199")
    assert (decided[cut].state, decided[cut].qid) == (State.CHOSEN, other.qid)
    assert decided["Unknown Painter 1"].state is State.NO_MATCH
    assert (decided[ITEMS[8].name].state, decided[ITEMS[8].name].qid) == (
        State.MATCHED,
        ITEMS[8].qid,
    )
    asking = Service(service.url)
    list(reconcile(catalog_of(load_batch(manifest)), Column("creator"), out, asking))
    assert asking.asked == 0 and read(out) == decided


PROPERTY_TYPES = {"P136": "wikibase-item", "P973": "url", "P2048": "quantity"}


@pytest.fixture
def entity_api():
    from tests.entityapi import EntityApi, properties

    with EntityApi(properties(PROPERTY_TYPES)) as api:
        yield api.url


STATEMENTS = """
[[structured_data.statements]]
property = "P136"
value = {{ column = "genre" }}
type = "{kind}"

[[structured_data.statements]]
property = "P2048"
value = {{ column = "height" }}
type = "quantity"
"""


def statements_batch(folder, kind: str, seed: int):
    from tests.batches import batch_with, row
    from tests.conftest import copy_example
    from tests.media import image_bytes

    copy_example(folder)
    files = {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(2)}
    batch = batch_with(
        folder, files, [row(n, f"{n}.png", f"Statements {seed} {n}") for n in range(2)]
    )
    catalog = folder / "catalog.csv"
    lines = catalog.read_text().splitlines()
    genres, heights = ["Q1047337", "genre painting"], ["31.5", "tall"]
    catalog.write_text(
        "\n".join(
            [
                lines[0] + ",genre,height",
                *(f"{line},{g},{h}" for line, g, h in zip(lines[1:], genres, heights, strict=True)),
            ]
        )
        + "\n"
    )
    mapping = folder / "mapping.toml"
    mapping.write_text(mapping.read_text() + STATEMENTS.format(kind=kind))
    return batch


def test_added_statements_are_written_as_their_type_says(tmp_path):
    import json

    from glamdonor.jobs.plan import plan_of

    plan = plan_of(statements_batch(tmp_path / "batch", "item", 809300))
    first = {
        c["mainsnak"]["property"]: c["mainsnak"].get("datavalue", {}).get("value")
        for c in json.loads(plan.structured[0])["claims"]
    }
    assert first["P136"]["id"] == "Q1047337" and first["P2048"] == {"amount": "+31.5", "unit": "1"}
    second = {c["mainsnak"]["property"] for c in json.loads(plan.structured[1])["claims"]}
    assert "P136" not in second and "P2048" not in second
    said = sorted(
        (p.value("property"), p.value("value"))
        for p in plan.problems[1]
        if p.code == "statement-value-invalid"
    )
    assert said == [("P136", "genre painting"), ("P2048", "tall")]
    assert plan.statement_types == (("P136", "item"), ("P2048", "quantity"))


@pytest.mark.wiki
@pytest.mark.parametrize("kind", ["item", "string"])
def test_a_statement_of_the_wrong_type_is_refused_before_anything_is_sent(
    kind, tmp_path, sandbox, commons, entity_api
):
    """P136 takes items: declared as strings, every row is refused before upload (the
    property's datatype asked of the entity API); declared as items, it is written once."""
    from glamdonor.core.journal import Journal, journal_path
    from glamdonor.jobs.events import ItemFailed
    from glamdonor.jobs.plan import plan_of
    from glamdonor.jobs.upload import upload
    from glamdonor.wiki.connection import Wiki
    from tests.apicheck import file_on_wiki, page_id

    batch = statements_batch(tmp_path / "batch", kind, 809400 + 10 * (kind == "string"))
    wiki = Wiki(commons.api_url, sandbox.credentials(), throttle=0).connect()
    wiki.entity_api = entity_api
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan, wiki, journal))
    api = sandbox.status().api_url
    if kind == "string":
        failed = [e for e in events if isinstance(e, ItemFailed)]
        assert [e.code for e in failed] == ["statement-type-wrong"] * 2
        assert "P136 takes values of the type wikibase-item" in failed[0].problem.message
        assert not any(file_on_wiki(api, title)["exists"] for title in plan.titles)
        return
    entity = commons.entities[f"M{page_id(api, plan.titles[0])}"]
    assert [c["mainsnak"]["datavalue"]["value"]["id"] for c in entity["statements"]["P136"]] == [
        "Q1047337"
    ]


def test_property_types_are_asked_only_where_their_source_is_known():
    """Commons' properties are Wikidata's; another wiki's (the test wiki for Commons) may not
    be: its statements' types are not asked of Wikidata, so never refused on a wrong answer."""
    from glamdonor.core.wikis import api_url_of
    from glamdonor.wiki.connection import WIKIDATA_API, Wiki
    from glamdonor.wiki.credentials import Credentials

    nobody = Credentials("", "", "")
    assert Wiki(api_url_of("commons"), nobody).entity_api == WIKIDATA_API
    assert Wiki(api_url_of("test-commons"), nobody).entity_api == ""
