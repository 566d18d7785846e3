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
