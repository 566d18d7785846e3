"""What the computer does to a batch under way: a file changed or deleted after it was hashed,
the media folder gone (a drive unplugged, a share disconnected), the disk full under the
journal, a second process on the same batch. Nothing is lost, nothing published that nobody
meant, and the next run finishes the batch."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from glamdonor.core.batch import Chunking
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.jobs import upload as upload_module
from glamdonor.jobs.events import BatchFinished, FileSent, ItemFailed
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from tests.apicheck import file_on_wiki, files_with_sha1, revisions
from tests.batches import batch_with, row, upload_command
from tests.media import image_bytes, noise_png

pytestmark = pytest.mark.wiki

CHUNKED = Chunking(above=65536, size=16384)


def run(batch, wiki) -> list:
    with Journal(journal_path(batch.manifest)) as journal:
        return list(upload(plan_of(batch), wiki, journal, chunking=CHUNKED))


def content(seed: int, chunked: bool) -> bytes:
    return noise_png(seed, side=160) if chunked else image_bytes("png", seed=seed)


def exactly_once(api: str, batch) -> None:
    plan = plan_of(batch)
    with Journal(journal_path(batch.manifest)) as journal:
        records = journal.records()
    for index, title in enumerate(plan.titles):
        sha1 = hashlib.sha1(plan.item(index).file.read_bytes()).hexdigest()
        assert file_on_wiki(api, title)["sha1"] == sha1, title
        assert (
            files_with_sha1(api, sha1) == [title.replace(" ", "_")] and revisions(api, title) == 1
        )
        assert records[plan.rows[index]].state is State.VERIFIED


@pytest.mark.parametrize("chunked", [False, True], ids=["whole", "in chunks"])
@pytest.mark.parametrize("then", ["changed", "deleted"])
def test_a_file_changed_or_deleted_after_hashing(
    then, chunked, example_batch, sandbox, wiki, monkeypatch, figures
):
    seed = 4000 + 10 * chunked + 20 * (then == "deleted")
    files = {"0.png": content(seed, chunked), "1.png": content(seed + 1, chunked)}
    rows = [row(n, f"{n}.png", f"Changed {seed} {n}") for n in range(2)]
    batch = batch_with(example_batch.parent, files, rows)
    first = batch.media / "0.png"
    hashed = upload_module.inspect

    def and_then(path, *args):
        facts = hashed(path, *args)
        if Path(path) == first and first.exists():
            if then == "changed":  # an editor saves over it while the batch runs
                first.write_bytes(content(seed + 5, chunked))
            else:
                first.unlink()
        return facts

    monkeypatch.setattr(upload_module, "inspect", and_then)
    events = run(batch, wiki)
    plan = plan_of(batch)
    failed = [(e.row, e.code) for e in events if isinstance(e, ItemFailed)]
    code = "file-changed" if then == "changed" else "file-vanished"
    assert failed == [(plan.rows[0], code)], events
    assert events[-1] == BatchFinished(uploaded=1, already_there=0, skipped=0, failed=1)
    api = sandbox.status().api_url
    assert not file_on_wiki(api, plan.titles[0])["exists"]  # nothing published for it
    figures["local faults"][f"files {then} after hashing"] += 1

    monkeypatch.undo()
    if then == "deleted":
        first.write_bytes(files["0.png"])  # put back
    events = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=1, already_there=1, skipped=0, failed=0), events
    exactly_once(api, batch)  # the file as it is now, once


@pytest.mark.parametrize("how", ["folder gone", "mount point left empty"])
def test_the_media_folder_gone_mid_batch_stops_it(how, example_batch, sandbox, wiki, figures):
    seed = 4100 + 10 * (how == "folder gone")
    files = {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(4)}
    rows = [row(n, f"{n}.png", f"Unplugged {seed} {n}") for n in range(4)]
    batch = batch_with(example_batch.parent, files, rows)
    media, away = batch.media, batch.media.with_name("unplugged")
    seen = []
    with Journal(journal_path(batch.manifest)) as journal, pytest.raises(GlamdonorError) as stop:
        for event in upload(plan_of(batch), wiki, journal):
            seen.append(event)
            if isinstance(event, FileSent) and not away.exists():
                media.rename(away)  # the drive is unplugged after the first file went
                if how == "mount point left empty":
                    media.mkdir()
    assert "cannot be read any more" in stop.value.message, stop.value
    assert "nothing is lost" in stop.value.hint
    with Journal(journal_path(batch.manifest)) as journal:
        states = {r.title: r.state for r in journal.records().values()}
    assert State.FAILED not in states.values()  # the rows wait for the drive, not failed
    figures["local faults"]["media folders unplugged mid-batch"] += 1

    if media.exists():
        media.rmdir()
    away.rename(media)  # plugged in again
    events = run(batch, wiki)
    assert events[-1] == BatchFinished(uploaded=3, already_there=1, skipped=0, failed=0), events
    exactly_once(sandbox.status().api_url, batch)


def test_a_full_disk_under_the_journal_stops_the_batch_and_loses_nothing(
    example_batch, sandbox, figures
):
    """The upload runs with a file size limit (RLIMIT_FSIZE): writing past it fails as on a
    full disk. It stops with a sentence, not a traceback; once there is room, it finishes."""
    files = {f"{n}.png": image_bytes("png", seed=4200 + n) for n in range(30)}
    rows = [row(n, f"{n}.png", f"Disk full {n}") for n in range(30)]
    batch = batch_with(example_batch.parent, files, rows)
    command = upload_command(example_batch, sandbox)

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, 128 * 1024))

    full = subprocess.run(
        command, preexec_fn=small_disk, capture_output=True, text=True, timeout=600, check=False
    )
    assert full.returncode == 2, full.stdout + full.stderr
    assert "journal" in full.stderr and "cannot be written" in full.stderr, full.stderr
    assert "Free some space on the disk" in full.stderr
    assert "Traceback" not in full.stdout + full.stderr
    api = sandbox.status().api_url
    arrived = sum(file_on_wiki(api, title)["exists"] for title in plan_of(batch).titles)
    assert 0 < arrived < 30, "the disk should fill in the middle of the batch"
    figures["local faults"]["journal writes refused (disk full)"] += 1

    finished = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    assert finished.returncode == 0, finished.stdout + finished.stderr
    exactly_once(sandbox.status().api_url, batch)


def test_two_processes_on_one_batch(example_batch, sandbox, proxy, figures):
    """The second is refused at once, saying which process holds the batch; the first, held
    up by a slow reply to its first upload meanwhile, goes on and finishes."""
    files = {f"{n}.png": image_bytes("png", seed=4300 + n) for n in range(6)}
    rows = [row(n, f"{n}.png", f"Two processes {n}") for n in range(6)]
    batch = batch_with(example_batch.parent, files, rows)
    slow = proxy.arm("slow", b'name="filename"', seconds=6)
    credentials = sandbox.credentials()
    first = subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.runner", str(example_batch), proxy.api_url],
        env=os.environ
        | {"GLAMDONOR_LOGIN": credentials.login_name, "GLAMDONOR_PASSWORD": credentials.password},
        stderr=subprocess.PIPE,
        text=True,
    )
    for _ in range(600):  # until the first process holds up in its first upload
        if slow.met:
            break
        time.sleep(0.05)
    second = subprocess.run(
        upload_command(example_batch, sandbox), capture_output=True, text=True, timeout=600
    )
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert second.returncode == 2, second.stdout + second.stderr
    assert f"another glamdonor (process {first.pid})" in second.stderr
    assert "Traceback" not in second.stderr
    figures["local faults"]["second processes refused"] += 1
    exactly_once(sandbox.status().api_url, batch)


def as_a_museum_account() -> None:
    """Run as the staff's own account would: a file without read permission cannot be read.
    Root reads any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); the process started here,
    root or not, has neither capability (dropped from its bounding set before it starts)."""
    if os.geteuid() != 0:
        return
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop the capability")


def test_files_made_unreadable_mid_batch_go_once_readable_again(example_batch, sandbox, figures):
    """Nine of ten files lose their read permission after the check found them sound; the
    upload sends the one and says the nine. Made readable again (chmod, which changes neither
    size nor time: no touch), the next run sends the nine, each once."""
    from glamdonor.jobs.check import check

    files = {f"{n}.png": image_bytes("png", seed=4700 + n) for n in range(10)}
    rows = [row(n, f"{n}.png", f"Readable again {n}") for n in range(10)]
    batch = batch_with(example_batch.parent, files, rows)
    list(check(batch))  # found sound: its verdicts kept in the journal
    locked = [batch.media / f"{n}.png" for n in range(1, 10)]
    for path in locked:
        path.chmod(0)
    command = upload_command(batch.manifest, sandbox)
    first = subprocess.run(
        command, capture_output=True, text=True, timeout=300, preexec_fn=as_a_museum_account
    )
    assert first.returncode == 1, first.stderr
    assert "1 uploaded, 0 already there, 0 skipped, 9 not uploaded." in first.stderr
    assert (first.stdout + first.stderr).count("may not read this file") == 9, first.stdout
    assert "Traceback" not in first.stderr
    figures["local faults"]["files made unreadable mid-batch, sent once readable"] += 9

    for path in locked:
        path.chmod(0o644)
    checked = subprocess.run(
        [*command[:3], "check", str(batch.manifest), "--offline"],
        capture_output=True, text=True, timeout=300, preexec_fn=as_a_museum_account,
    )  # fmt: skip
    assert checked.returncode == 0 and "file-unreadable" not in checked.stdout, checked.stdout
    again = subprocess.run(
        command, capture_output=True, text=True, timeout=300, preexec_fn=as_a_museum_account
    )
    assert again.returncode == 0, again.stderr
    assert "9 uploaded, 1 already there, 0 skipped, 0 not uploaded." in again.stderr
    exactly_once(sandbox.status().api_url, batch)
