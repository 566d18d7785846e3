"""The journal of an upload: every row's state written around each request, so that a batch
stopped anywhere resumes without sending a file twice. Against the sandbox wiki."""

from __future__ import annotations

import csv
import json

import pytest

from glamdonor.cli.main import EXIT_ERROR, main
from glamdonor.core.batch import load_batch
from glamdonor.core.journal import ItemRecord, Journal, State, journal_path
from glamdonor.jobs.events import BatchFinished, ItemUploaded
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from tests.apicheck import file_on_wiki, files_with_sha1, page_id, revisions
from tests.batches import batch_with, row, upload_command, wait_for_steps
from tests.media import image_bytes, noise_png

pytestmark = pytest.mark.wiki


def three_rows(example_batch, seed: int):
    files = {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(3)}
    rows = [row(n, f"{n}.png", f"Journal {seed} {n}") for n in range(3)]
    return batch_with(example_batch.parent, files, rows), files


def run(batch, wiki) -> list:
    with Journal(journal_path(batch.manifest)) as journal:
        return list(upload(plan_of(batch), wiki, journal))


def test_a_finished_batch_is_confirmed_in_one_question_and_not_sent_again(
    example_batch, wiki, monkeypatch
):
    """Trust, but verify: the rows the journal has done are looked up on the wiki in the
    batched question the upload asks anyway (one for up to 50 rows), and nothing is sent."""
    batch, _ = three_rows(example_batch, 300)
    first = run(batch, wiki)
    assert first[-1] == BatchFinished(uploaded=3, already_there=0, skipped=0, failed=0)
    asked, real_file_info = [], wiki.file_info

    def counted(titles, **options):
        asked.append(list(titles))
        return real_file_info(asked[-1], **options)

    def no_upload(*args, **kwargs):
        raise AssertionError("the journal and the wiki agree these rows are done: none is sent")

    monkeypatch.setattr(wiki, "file_info", counted)
    monkeypatch.setattr(wiki, "upload", no_upload)
    second = run(batch, wiki)
    assert [len(titles) for titles in asked] == [3]
    assert second[-1] == BatchFinished(uploaded=0, already_there=3, skipped=0, failed=0)
    with Journal(journal_path(batch.manifest)) as journal:
        states = {r.row: r.state for r in journal.records().values()}
    assert states == {2: State.VERIFIED, 3: State.VERIFIED, 4: State.VERIFIED}


def test_a_row_stopped_mid_upload_is_settled_by_what_the_wiki_holds(example_batch, sandbox, wiki):
    batch, _ = three_rows(example_batch, 310)
    plan = plan_of(batch)
    api = sandbox.status().api_url
    # Row 2 went up, but the process died before its reply was written; row 3 died before
    # the file arrived. Both are "uploading" in the journal.
    assert wiki.upload(plan.item(0).file, plan.titles[0], plan.pages[0], plan.summary).published
    with Journal(journal_path(batch.manifest)) as journal:
        journal.use(wiki.identity)
        for index in (0, 1):
            journal.record(
                ItemRecord(plan.rows[index], plan.titles[index], State.UPLOADING, attempts=1)
            )
    events = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=2, already_there=1, skipped=0, failed=0)
    assert [e.already_there for e in events if isinstance(e, ItemUploaded)] == [True, False, False]
    for index in range(3):
        assert revisions(api, plan.titles[index]) == 1  # each sent exactly once
        assert files_with_sha1(api, file_on_wiki(api, plan.titles[index])["sha1"]) == [
            plan.titles[index].replace(" ", "_")
        ]


def test_a_lost_reply_is_settled_without_sending_again(example_batch, sandbox, wiki, monkeypatch):
    batch, _ = three_rows(example_batch, 320)
    real_upload = wiki.upload
    sent = []

    def reply_lost(path, title, text, summary, **checked):
        sent.append(title)
        real_upload(path, title, text, summary, **checked)  # the wiki publishes the file...
        raise ConnectionError("connection reset")  # ...and the reply never arrives

    monkeypatch.setattr(wiki, "upload", reply_lost)
    events = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=3, already_there=0, skipped=0, failed=0)
    assert len(sent) == 3
    api = sandbox.status().api_url
    assert all(revisions(api, title) == 1 for title in sent)


def test_a_second_process_on_the_same_batch_is_refused(example_batch, sandbox, capsys):
    batch, _ = three_rows(example_batch, 330)
    with Journal(journal_path(batch.manifest)) as journal, journal.only_user():
        code = main(["upload", str(example_batch), "--yes", "--sandbox-dir", str(sandbox.folder)])
    assert code == EXIT_ERROR
    err = capsys.readouterr().err
    assert "another glamdonor (process " in err and "is working on this batch right now" in err
    assert "nothing is lost" in err
    assert main(["upload", str(example_batch), "--yes", "--sandbox-dir", str(sandbox.folder)]) == 0


def test_status_and_results(example_batch, sandbox, tmp_path, capsys):
    three_rows(example_batch, 340)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text() + row(9, "missing.png", "Journal missing") + "\n")
    assert main(["status", str(example_batch), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["states"]["pending"] == 4
    assert main(["upload", str(example_batch), "--yes", "--sandbox-dir", str(sandbox.folder)]) == 1
    capsys.readouterr()
    on_it = ["--sandbox-dir", str(sandbox.folder)]  # the sandbox uploaded to: its own records
    assert main(["status", str(example_batch), "--format", "json", *on_it]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["rows"] == 4
    assert (
        status["wiki"] == f"the sandbox wiki on this computer (127.0.0.1:{sandbox.status().port})"
    )
    assert status["states"] == {
        "pending": 0,
        "hashed": 0,
        "checked": 0,
        "uploading": 0,
        "published": 0,
        "data written": 0,
        "verified": 3,
        "skipped": 0,
        "failed": 1,
    }
    out = tmp_path / "results.csv"
    assert main(["results", str(example_batch), "--out", str(out), *on_it]) == 0
    with out.open(encoding="utf-8-sig") as handle:
        sheet = list(csv.DictReader(handle))
    api = sandbox.status().api_url
    for line in sheet[:3]:
        assert line["media id"] == f"M{page_id(api, line['title'])}"
        assert line["state"] == "verified" and line["url"].startswith("http://127.0.0.1:")
        assert line["structured data"] == "not applicable"  # the sandbox has no MediaInfo
    assert sheet[3]["state"] == "failed"
    assert sheet[3]["message"].startswith("the file “missing.png” is not in the media folder")
    # the museum's own numbers, to match the sheet to its catalog (the title keeps them whole)
    assert sheet[3]["identifier"] == "EM-0009"
    assert all(line["identifier"].startswith("EM-000") for line in sheet)


def test_a_dry_run_sends_nothing_and_a_limit_sends_that_many(example_batch, sandbox, capsys):
    three_rows(example_batch, 350)
    arguments = [str(example_batch), "--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", *arguments, "--dry-run"]) == 0
    printed = capsys.readouterr()
    assert printed.out.count("would upload") == 3
    assert "3 would be uploaded, 0 already there, 0 skipped, 0 not uploaded." in printed.err
    assert "Nothing was sent (a dry run)." in printed.err
    titles = plan_of(load_batch(example_batch)).titles
    api = sandbox.status().api_url
    assert [file_on_wiki(api, t)["exists"] for t in titles] == [False, False, False]
    assert main(["upload", *arguments, "--yes", "--limit", "1"]) == 0
    assert "1 uploaded, 0 already there, 0 skipped, 0 not uploaded." in capsys.readouterr().err
    assert [file_on_wiki(api, t)["exists"] for t in titles] == [True, False, False]
    assert main(["upload", *arguments, "--yes"]) == 0
    assert "2 uploaded, 1 already there, 0 skipped, 0 not uploaded." in capsys.readouterr().err


def test_a_pilot_uploads_that_many_random_rows_then_the_rest_follows(
    example_batch, sandbox, capsys
):
    files = {f"{n}.png": image_bytes("png", seed=370 + n) for n in range(6)}
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Pilot 370 {n}") for n in range(6)]
    )
    arguments = [str(batch.manifest), "--yes", "--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", *arguments, "--pilot", "2"]) == 0
    printed = capsys.readouterr()
    assert "2 uploaded, 0 already there" in printed.err
    assert "2/2 files" in printed.err  # the progress line, at the end of the run
    assert "Review the pilot's pages" in printed.err
    chosen = [int(n) for n in printed.err.split("Pilot: rows ")[1].split(".")[0].split(", ")]
    plan = plan_of(batch)
    api = sandbox.status().api_url
    on_wiki = {
        r for r, t in zip(plan.rows, plan.titles, strict=True) if file_on_wiki(api, t)["exists"]
    }
    assert on_wiki == set(chosen) and len(chosen) == 2
    assert main(["upload", *arguments]) == 0
    assert "4 uploaded, 2 already there" in capsys.readouterr().err
    assert all(revisions(api, title) == 1 for title in plan.titles)


def test_ctrl_c_stops_after_the_file_or_chunk_under_way(example_batch, sandbox):
    """The first Ctrl-C stops after the request under way: a file sent whole is finished, a
    file sent in chunks stops after its chunk, kept half-sent in the wiki's stash; the next
    run goes on from there and sends every file once."""
    import signal
    import subprocess

    files = {f"{n}.png": noise_png(600 + n, side=120) for n in range(12)}
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Stop {n}") for n in range(12)]
    )
    example_batch.write_text(
        example_batch.read_text() + "\n[upload]\nchunked_above = 4096\nchunk_size = 2048\n"
    )
    command = upload_command(example_batch, sandbox)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert wait_for_steps(example_batch, 3, process)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 130, err
    assert (
        "Stopping after the file or chunk under way" in err
        and "Stopped: run the same command to go on." in err
    )
    assert "Traceback" not in err
    with Journal(journal_path(batch.manifest)) as journal:
        records = journal.records().values()
    (half_sent,) = [r for r in records if r.state is State.UPLOADING]  # signalled mid-file
    assert half_sent.stash_key and half_sent.stash_offset > 0  # kept, to go on from there
    done = out.count(": uploaded:")
    assert 0 <= done < 12
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert finished.returncode == 0
    assert f"{12 - done} uploaded, {done} already there" in finished.stderr
    api = sandbox.status().api_url
    assert all(revisions(api, title) == 1 for title in plan_of(batch).titles)


def test_a_damaged_file_is_not_sent_even_without_a_check(example_batch, wiki, sandbox):
    from tests.media import truncated

    files = {"whole.png": image_bytes("png", seed=360), "cut.png": truncated("png")}
    batch = batch_with(
        example_batch.parent,
        files,
        [row(1, "whole.png", "Whole 360"), row(2, "cut.png", "Cut 360")],
    )
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        events = list(upload(plan, wiki, journal))
        assert journal.records()[3].code == "image-damaged"
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=1)
    assert "the image is damaged or incomplete" in events[2].message
    assert not file_on_wiki(sandbox.status().api_url, plan.titles[1])["exists"]
