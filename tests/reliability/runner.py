"""The upload job of one batch against one wiki address, as a process of its own that a test
can kill at any moment: ``python -m tests.reliability.runner BATCH API_URL``, with the
BotPassword in GLAMDONOR_LOGIN and GLAMDONOR_PASSWORD. The same job as ``glamdonor upload``,
without the throttle a wiki other than the sandbox gets (the address is a test's proxy).

With GLAMDONOR_KILL_AT="state:word", the process SIGKILLs itself right after the journal has
committed that state for the item whose title has that word: the boundaries that are not on
the wire (after hashing, after checking, after the journal noted a publish).

The BotPassword stays in the environment: nothing here writes it anywhere."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from glamdonor.core.batch import load_batch
from glamdonor.core.journal import ItemRecord, Journal, journal_path
from glamdonor.jobs.events import BatchFinished
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.upload import upload
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import Credentials


def kill_at(state: str, word: str) -> None:
    record = Journal.record

    def recorded(journal: Journal, item: ItemRecord) -> ItemRecord:
        done = record(journal, item)
        if str(item.state) == state and word in item.title:
            os.kill(os.getpid(), signal.SIGKILL)
        return done

    Journal.record = recorded  # type: ignore[method-assign]


def main(manifest: str, api_url: str) -> int:
    if os.environ.get("GLAMDONOR_KILL_AT"):
        kill_at(*os.environ["GLAMDONOR_KILL_AT"].split(":", 1))
    batch = load_batch(Path(manifest))
    login = Credentials.from_login_name(
        os.environ["GLAMDONOR_LOGIN"], os.environ["GLAMDONOR_PASSWORD"]
    )
    wiki = Wiki(api_url, login, throttle=0).connect()
    with Journal(journal_path(batch.manifest)) as journal:
        for event in upload(plan_of(batch), wiki, journal, chunking=batch.chunking):
            if isinstance(event, BatchFinished):
                return 0 if event.failed == 0 else 1
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
