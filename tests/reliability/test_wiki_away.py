"""A wiki that stops answering mid-batch: the upload says that it waits and when it tries
again; a Ctrl-C during the wait ends it at once (not after pywikibot's minutes of retries),
with nothing lost; the next run sends every file once."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time

from tests.batches import batch_with, row, upload_command, wait_for_steps
from tests.media import image_bytes, noise_png
from tests.reliability.test_local_faults import exactly_once

WAITING = "The wiki does not answer; trying again in"


def waiting_said(process: subprocess.Popen) -> tuple[list[str], threading.Event, threading.Thread]:
    """What the process says on stderr, line by line, and an event set once it says it waits
    for the wiki; the thread that listens."""
    said: list[str] = []
    heard = threading.Event()

    def listen() -> None:
        for line in process.stderr:
            said.append(line)
            if WAITING in line:
                heard.set()

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    return said, heard, listener


def test_a_ctrl_c_while_the_wiki_does_not_answer_stops_at_once(
    example_batch, sandbox, proxy, figures
):
    files = {f"{n}.png": image_bytes("png", seed=4400 + n) for n in range(3)}
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Away {n}") for n in range(3)]
    )
    down = proxy.arm("503-before", b'name="filename"', times=1000)  # every upload: 503
    credentials = sandbox.credentials()
    command = [
        sys.executable, "-m", "glamdonor.cli.main", "upload", str(batch.manifest), "--yes",
        "--wiki", proxy.api_url,
    ]  # fmt: skip
    environment = os.environ | {
        "GLAMDONOR_LOGIN": credentials.login_name,
        "GLAMDONOR_PASSWORD": credentials.password,
    }
    process = subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    said, heard, listener = waiting_said(process)
    assert heard.wait(120), "".join(said)
    asked = time.monotonic()
    process.send_signal(signal.SIGINT)
    # Without the stop, the wiki would be tried again and again for minutes (6 retries,
    # each wait twice the one before); with it, the process ends within the wait under way.
    assert process.wait(timeout=8) == 130, "".join(said)
    figures["wiki away"]["seconds from Ctrl-C to stopped (command line)"] = round(
        time.monotonic() - asked, 2
    )
    listener.join(5)
    assert "Traceback" not in "".join(
        said
    ) and "Stopping after the file or chunk under way" in "".join(said)
    assert down.met >= 1

    down.times = 0  # the wiki answers again
    finished = subprocess.run(
        command, env=environment, capture_output=True, text=True, timeout=300, check=False
    )
    assert finished.returncode == 0, finished.stderr
    exactly_once(sandbox.status().api_url, batch)


def test_the_sandbox_started_again_on_another_port_while_an_upload_waits(
    example_batch, sandbox, figures
):
    """The sandbox stops mid-batch and comes back on another port (its own was taken): the
    upload under way says that it waits, finds the wiki where it answers now and finishes by
    itself, each file once."""
    files = {f"{n}.png": image_bytes("png", seed=4500 + n) for n in range(3)}
    files["3.png"] = noise_png(4503, side=600)  # about 1 MB, in 64 chunks: under way long enough
    with (example_batch.parent / "batch.toml").open("a") as manifest:
        manifest.write("\n[upload]\nchunked_above = 65536\nchunk_size = 16384\n")
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Moved {n}") for n in range(4)]
    )
    before = sandbox.status().port
    process = subprocess.Popen(
        upload_command(batch.manifest, sandbox),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    said, waiting, _ = waiting_said(process)
    taken = socket.socket()
    taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)

    def another_program() -> None:  # takes the port, and hangs up on whoever calls
        with contextlib.suppress(OSError):
            while True:
                taken.accept()[0].close()

    try:
        assert wait_for_steps(batch.manifest, 3, process, limit=120), "".join(said)
        assert process.poll() is None, "the batch ended before the wiki stopped"
        sandbox.stop()
        taken.bind(("127.0.0.1", before))  # another program on the port: it must move
        taken.listen()
        threading.Thread(target=another_program, daemon=True).start()
        assert waiting.wait(120), "".join(said)
        moved = sandbox.start()
        assert moved.port != before and moved.port_taken == before
        assert process.wait(timeout=300) == 0, "".join(said)
    finally:
        process.kill()
        sandbox.stop()
        taken.close()
        sandbox.start(before)  # the other tests' wiki, where they know it
    text = "".join(said)
    assert f"The wiki answers again, at {moved.api_url}: going on there." in text, text
    assert "Traceback" not in text
    exactly_once(sandbox.status().api_url, batch)
    figures["wiki away"]["sandbox moved, upload finished by itself"] += 1


def test_the_window_says_that_it_waits_and_cancel_ends_the_wait(
    qtbot, example_batch, sandbox, proxy, figures
):
    from glamdonor.gui.app import MainWindow
    from glamdonor.wiki.connection import Wiki

    files = {f"{n}.png": image_bytes("png", seed=4600 + n) for n in range(2)}
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Waits {n}") for n in range(2)]
    )
    down = proxy.arm("503-before", b'name="filename"', times=1000)
    window = MainWindow(wiki_of=lambda _: Wiki(proxy.api_url, sandbox.credentials()))
    qtbot.addWidget(window)
    window.open_batch(batch.manifest)
    qtbot.waitUntil(lambda: window.session.plan is not None, timeout=20_000)
    upload = window.upload
    upload.start.click()
    qtbot.waitUntil(lambda: "The wiki does not answer" in upload.said.text(), timeout=120_000)
    assert "(Cancel to stop)" in upload.said.text()
    asked = time.monotonic()
    upload.cancel.click()
    qtbot.waitUntil(lambda: upload.start.isEnabled(), timeout=10_000)
    figures["wiki away"]["seconds from Cancel to stopped (window)"] = round(
        time.monotonic() - asked, 2
    )
    assert down.met >= 1

    down.times = 0
    upload.finished = None
    upload.start.click()
    qtbot.waitUntil(lambda: upload.finished is not None, timeout=120_000)
    assert upload.finished.uploaded == 2
    exactly_once(sandbox.status().api_url, batch)
