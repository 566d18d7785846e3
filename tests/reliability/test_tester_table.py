"""The faults a tester met trying to break glamdonor (issue 18's table), one case each, run as
the tester ran them: the real command line, in its own process. One contract for every case:
each command ends in a sentence (never a traceback, never exit 70, "something unexpected"),
with the exit code it should have, and where files were uploaded, each is on the wiki once.

Two rows of the table need a longer staging and have a test of their own here:
files made unreadable mid-batch (test_local_faults.py,
test_files_made_unreadable_mid_batch_go_once_readable_again) and the sandbox stopped and
started again while an upload waits (test_wiki_away.py)."""

from __future__ import annotations

import os
import resource
import signal
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from glamdonor.core.journal import journal_path
from glamdonor.core.words import CONTROLS
from tests.batches import batch_with, row, upload_command, wait_for_steps
from tests.media import image_bytes, noise_png
from tests.reliability.test_local_faults import as_a_museum_account, exactly_once

pytestmark = pytest.mark.wiki


@dataclass
class Said:
    """What one command printed, and what it should have."""

    what: str  # the command, as the tester would say it
    done: subprocess.CompletedProcess
    code: int  # the exit code it should end with
    sentence: str  # a part of what it should say


@dataclass
class Staged:
    batch: object  # the batch the case worked on
    said: list[Said] = field(default_factory=list)
    uploaded: bool = False  # each of its files should be on the wiki once


class Runner:
    """Runs glamdonor as the tester did, against the test session's sandbox."""

    def __init__(self, folder: Path, sandbox, proxy, figures) -> None:
        self.folder, self.sandbox, self.proxy, self.figures = folder, sandbox, proxy, figures

    def batch(self, seed: int, count: int = 3, files: dict | None = None, rows=None):
        files = files or {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(count)}
        rows = rows or [row(n, name, f"Table {seed} {n}") for n, name in enumerate(files)]
        return batch_with(self.folder, files, rows)

    def run(
        self,
        batch,
        *arguments: str,
        wiki: bool = False,
        before: Callable[[], None] | None = None,
        stdin: str | None = None,
        environment: dict | None = None,
    ) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "glamdonor.cli.main", *arguments]
        if batch is not None:
            command.insert(4, str(batch.manifest))
        if wiki:
            command += ["--sandbox-dir", str(self.sandbox.folder)]
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=600,
            input=stdin,
            preexec_fn=before,
            env=os.environ | (environment or {}),
        )


def upload(tester: Runner, batch) -> subprocess.CompletedProcess:
    return tester.run(batch, "upload", "--yes", wiki=True)


def _damaged_journal(how: str, seed: int) -> Callable[[Runner], Staged]:
    def case(tester: Runner) -> Staged:
        batch = tester.batch(seed=seed)
        assert upload(tester, batch).returncode == 0
        path = journal_path(batch.manifest)
        data = path.read_bytes()
        if how == "cut in half":
            path.write_bytes(data[: len(data) // 2])
        elif how == "random bytes":
            path.write_bytes(os.urandom(len(data)))
        elif how == "8 KB overwritten":
            path.write_bytes(data[:4096] + os.urandom(8192) + data[4096 + 8192 :])
        else:  # truncated to 0 bytes
            for ending in ("-wal", "-shm"):
                path.with_name(path.name + ending).unlink(missing_ok=True)
            path.write_bytes(b"")
        staged = Staged(batch, uploaded=True)
        status = tester.run(batch, "status", wiki=True)
        staged.said.append(Said("status", status, 0, "kept, untouched, as batch.journal.damaged-"))
        results = tester.run(batch, "results", "--out", str(tester.folder / "results.xlsx"))
        staged.said.append(Said("results", results, 0, "results"))
        again = upload(tester, batch)
        staged.said.append(Said("upload", again, 0, "0 uploaded, 3 already there"))
        return staged

    return case


def control_characters(tester: Runner) -> Staged:
    """A NUL, a vertical tab and an escape in catalog cells and in a file's name."""
    files = {
        "plain.png": image_bytes("png", seed=705100),
        "es\x1bc.png": image_bytes("png", seed=705101),
    }
    rows = [
        row(1, "plain.png", "Nul\x00 vertical\x0btab escape\x1b[31m red"),
        row(2, "es\x1bc.png", "Named with an escape"),
    ]
    batch = tester.batch(705100, files=files, rows=rows)
    staged = Staged(batch)
    for suffix in ("xlsx", "csv"):
        report = tester.folder / f"problems.{suffix}"
        checked = tester.run(batch, "check", "--offline", "--report", str(report))
        staged.said.append(Said(f"check --report x.{suffix}", checked, 1, "file-name-control"))
        results = tester.run(batch, "results", "--out", str(tester.folder / f"results.{suffix}"))
        staged.said.append(Said(f"results --out x.{suffix}", results, 0, "results"))
    sent = upload(tester, batch)
    staged.said.append(Said("upload", sent, 1, "1 uploaded, 0 already there, 0 skipped, 1 not"))
    return staged


def symlink_loop(tester: Runner) -> Staged:
    batch = tester.batch(seed=705200)
    (batch.media / "loop").symlink_to(batch.media / "loop")
    (batch.media / "ring1").symlink_to(batch.media / "ring2")
    (batch.media / "ring2").symlink_to(batch.media / "ring1")
    staged = Staged(batch, uploaded=True)
    staged.said.append(Said("check", tester.run(batch, "check", "--offline"), 0, "3 ready"))
    staged.said.append(Said("upload", upload(tester, batch), 0, "3 uploaded"))
    staged.said.append(Said("status", tester.run(batch, "status", wiki=True), 0, "3  verified"))
    return staged


def disk_still_full(tester: Runner) -> Staged:
    """The disk fills mid-upload; a second upload is started while it is still full."""
    files = {f"{n}.png": image_bytes("png", seed=705300 + n) for n in range(30)}
    batch = tester.batch(705300, files=files)

    def full_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failing write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (128 * 1024, 128 * 1024))

    staged = Staged(batch, uploaded=True)
    for what in ("upload", "upload again, the disk still full"):
        done = tester.run(batch, "upload", "--yes", wiki=True, before=full_disk)
        staged.said.append(Said(what, done, 2, "Free some space on the disk"))
    staged.said.append(Said("upload with room", upload(tester, batch), 0, "uploaded"))
    return staged


def media_folder_unreadable(tester: Runner) -> Staged:
    """The media folder loses its permissions while a file goes in chunks."""
    files = {"0.png": noise_png(705400, side=600)}  # about 1 MB, in 64 chunks: long under way
    files |= {f"{n}.png": image_bytes("png", seed=705400 + n) for n in (1, 2)}  # then these
    with (tester.folder / "batch.toml").open("a") as manifest:
        manifest.write("\n[upload]\nchunked_above = 65536\nchunk_size = 16384\n")
    batch = tester.batch(705400, files=files)
    command = upload_command(batch.manifest, tester.sandbox)
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=as_a_museum_account,
    )  # fmt: skip
    try:
        assert wait_for_steps(batch.manifest, 3, process, limit=120)
        batch.media.chmod(0)
        out, err = process.communicate(timeout=300)
    finally:
        batch.media.chmod(0o755)
        process.kill()
    done = subprocess.CompletedProcess(command, process.returncode, out, err)
    staged = Staged(batch, uploaded=True)
    staged.said.append(Said("upload, the folder made unreadable", done, 2, "cannot be read any"))
    staged.said.append(Said("upload, readable again", upload(tester, batch), 0, "uploaded"))
    return staged


def reset_at_first_request(tester: Runner) -> Staged:
    batch = tester.batch(seed=705500)
    proxy = tester.proxy
    proxy.arm("reset", b"meta=siteinfo", times=1)
    credentials = tester.sandbox.credentials()
    environment = {
        "GLAMDONOR_LOGIN": credentials.login_name,
        "GLAMDONOR_PASSWORD": credentials.password,
    }
    done = tester.run(batch, "upload", "--yes", "--wiki", proxy.api_url, environment=environment)
    return Staged(batch, [Said("upload", done, 0, "3 uploaded")], uploaded=True)


def png(width: int, height: int, colour: int = 0, channels: int = 1, depth: int = 1) -> bytes:
    """A PNG of any size, written row by row without making its pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    packer = zlib.compressobj(9)
    line = b"\0" * (1 + (width * channels * depth + 7) // 8)
    data = b"".join(packer.compress(line) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def image_too_large_for_thumbnails(tester: Runner) -> Staged:
    batch = tester.batch(705450, files={"huge.png": png(30000, 30000)})
    done = tester.run(batch, "check", "--offline")
    return Staged(batch, [Said("check", done, 0, "image-too-large-for-thumbnails")])


def large_rgba_images(tester: Runner) -> Staged:
    """Four 12000×12000 RGBA PNGs, 576 MB each when decoded: the check's memory stays well
    below a single one decoded (it was 1.21 GB)."""
    image = png(12000, 12000, colour=6, channels=4, depth=8)
    end = len(image) - 12  # each gets a text chunk of its own before IEND: four files
    files = {f"{n}.png": image[:end] + text_chunk(f"copy {n}") + image[end:] for n in range(4)}
    batch = tester.batch(705460, files=files)
    measured = [
        sys.executable, "-c",
        "import resource, sys\n"
        "from glamdonor.cli.main import main\n"
        "code = main(sys.argv[1:])\n"
        "print('peak KiB', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(code)",
        "check", str(batch.manifest), "--offline",
    ]  # fmt: skip
    done = subprocess.run(measured, capture_output=True, text=True, timeout=600)
    peak = int(done.stderr.rsplit("peak KiB ", 1)[-1].split()[0]) // 1024
    tester.figures["tester's table"]["check peak MiB, four 12000x12000 RGBA PNGs"] = peak
    assert peak < 500, f"{peak} MiB"
    return Staged(batch, [Said("check", done, 0, "4 ready")])


def text_chunk(text: str) -> bytes:
    data = b"Comment\0" + text.encode()
    crc = struct.pack(">I", zlib.crc32(b"tEXt" + data))
    return struct.pack(">I", len(data)) + b"tEXt" + data + crc


def signature_in_a_title(tester: Runner) -> Staged:
    files = {"0.png": image_bytes("png", seed=705600)}
    batch = tester.batch(705600, files=files, rows=[row(0, "0.png", "Title ~~~~ sig")])
    done = tester.run(batch, "check", "--offline")
    return Staged(batch, [Said("check", done, 0, "title-rewritten")])


def first_error_first(tester: Runner) -> Staged:
    files = {"0.png": image_bytes("png", seed=705800), "1.png": b""}
    rows = [row(0, "0.png", "Untitled"), row(1, "1.png", "Empty file")]
    batch = tester.batch(705800, files=files, rows=rows)
    done = tester.run(batch, "check", "--offline")
    return Staged(batch, [Said("check", done, 1, "First error: row 3")])


def no_keyring(tester: Runner) -> Staged:
    """A server with no keyring: the BotPassword is right, but cannot be kept."""
    credentials = tester.sandbox.credentials()
    done = tester.run(
        None,
        "login", tester.sandbox.status().api_url, "--name", credentials.login_name,
        "--password-stdin",
        stdin=credentials.password + "\n",
        environment={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )  # fmt: skip
    return Staged(None, [Said("login --password-stdin", done, 2, "GLAMDONOR_PASSWORD")])


CASES: dict[str, Callable[[Runner], Staged]] = {
    "journal cut in half": _damaged_journal("cut in half", 704900),
    "journal of random bytes": _damaged_journal("random bytes", 704910),
    "journal with 8 KB overwritten": _damaged_journal("8 KB overwritten", 704920),
    "journal truncated to 0 bytes": _damaged_journal("truncated", 704930),
    "control characters in cells and a file name": control_characters,
    "a symbolic link loop in the media folder": symlink_loop,
    "a second upload while the disk is still full": disk_still_full,
    "the media folder made unreadable mid-batch": media_folder_unreadable,
    "a connection reset at the very first request": reset_at_first_request,
    "a 30000x30000 PNG": image_too_large_for_thumbnails,
    "four 12000x12000 RGBA PNGs": large_rgba_images,
    "~~~~ in a title": signature_in_a_title,
    "check with errors and warnings": first_error_first,
    "login --password-stdin without a keyring": no_keyring,
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_fault_the_tester_met_ends_in_a_sentence(case, example_batch, sandbox, proxy, figures):
    tester = Runner(example_batch.parent, sandbox, proxy, figures)
    staged = CASES[case](tester)
    for said in staged.said:
        printed = said.done.stdout + said.done.stderr
        assert "Traceback" not in printed and "something unexpected" not in printed, said.what
        assert said.done.returncode == said.code, (said.what, printed)
        assert said.sentence in printed, (said.what, printed)
        assert not CONTROLS.search(printed), (said.what, "a control character printed raw")
    if staged.uploaded:
        exactly_once(sandbox.status().api_url, staged.batch)
    figures["tester's table"]["cases ended in a sentence"] += 1


def test_two_crashes_in_one_second_keep_a_report_each(example_batch, monkeypatch, capsys):
    """Nothing in the table crashes any more; were something to, each crash keeps its own
    report, however close together (the table's status then results in one second)."""
    from glamdonor.cli import main as entry
    from glamdonor.cli import status_cmd
    from glamdonor.core.places import log_dir

    def unexpected(arguments):
        raise RuntimeError("an unexpected fault")

    monkeypatch.setattr(status_cmd, "_status", unexpected)
    before = set(log_dir().glob("crash-*.log")) if log_dir().exists() else set()
    codes = [entry.main(["status", str(example_batch)]) for _ in range(2)]
    reports = set(log_dir().glob("crash-*.log")) - before
    assert codes == [70, 70] and len(reports) == 2
    assert all("an unexpected fault" in report.read_text() for report in reports)
    said = capsys.readouterr().err
    assert all(str(report) in said for report in reports)
