"""A wiki that stops answering mid-batch: the upload says that it waits and when it tries
again; a Ctrl-C during the wait ends it at once (not after pywikibot's minutes of retries),
with nothing lost; the next run sends every file once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

from tests.batches import batch_with, row
from tests.media import image_bytes
from tests.reliability.test_local_faults import exactly_once


def test_a_ctrl_c_while_the_wiki_does_not_answer_stops_at_once(example_batch, sandbox, proxy):
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
    said: list[str] = []
    heard = threading.Event()

    def listen() -> None:
        for line in process.stderr:
            said.append(line)
            if "The wiki does not answer; trying again in" in line:
                heard.set()

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    assert heard.wait(120), "".join(said)
    process.send_signal(signal.SIGINT)
    # Without the stop, the wiki would be tried again and again for minutes (6 retries,
    # each wait twice the one before); with it, the process ends within the wait under way.
    assert process.wait(timeout=8) == 130, "".join(said)
    listener.join(5)
    assert "Traceback" not in "".join(said) and "Stopping after the current file" in "".join(said)
    assert down.met >= 1

    down.times = 0  # the wiki answers again
    finished = subprocess.run(
        command, env=environment, capture_output=True, text=True, timeout=300, check=False
    )
    assert finished.returncode == 0, finished.stderr
    exactly_once(sandbox.status().api_url, batch)
