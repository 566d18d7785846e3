"""Regenerate the screenshots of the window's steps, in English and in Arabic, from the example
batch uploaded to a sandbox wiki of its own (in a temporary folder, removed at the end):

    xvfb-run -a .venv/bin/python docs/screenshots/make.py

Writes docs/screenshots/LANGUAGE-N-STEP.png (0-start: the window before a batch is open).
Without a display, Qt's offscreen platform is used (QT_QPA_PLATFORM=offscreen); under Xvfb the
window is drawn as on a desktop.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def wait_until(app: object, done: Callable[[], bool], seconds: float = 180) -> None:
    limit = time.monotonic() + seconds
    while not done():
        if time.monotonic() > limit:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.02)


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="glamdonor-shots-"))
    os.environ["GLAMDONOR_HOME"] = str(work / "home")
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from glamdonor.gui.app import MainWindow, install_language
    from glamdonor.wiki.connection import Wiki
    from glamdonor.wiki.sandbox import Sandbox

    sys.path.insert(0, str(ROOT / "examples"))
    from make_media import copy_example

    copy_example(work / "example")
    sandbox = Sandbox(work / "sandbox")
    status = sandbox.start()
    app = QApplication(sys.argv)
    try:
        for language in ("en", "ar"):
            translator = install_language(app, language)
            window = MainWindow(
                metrics_store=work / "metrics.sqlite",
                wiki_of=lambda _batch: Wiki(status.api_url, sandbox.credentials(), throttle=0),
            )
            window.resize(1180, 720)
            window.show()
            shoot(app, window, work / "example" / "batch.toml", language)
            window.close()
            if translator is not None:
                app.removeTranslator(translator)
    finally:
        sandbox.stop()
        shutil.rmtree(work, ignore_errors=True)


def shoot(app: object, window: object, batch: Path, language: str) -> None:
    def save(number: int, step: str) -> None:
        window.steps.setCurrentRow(max(number - 1, 0))
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(HERE / f"{language}-{number}-{step}.png"))

    save(0, "start")  # nothing open yet: what to drop or open
    catalog = batch.parent / "catalog.csv"
    kept = catalog.read_text(encoding="utf-8")
    # a fourth row, as a registrar's first try has one: its file misnamed, its date a note
    catalog.write_text(
        kept + "EM-0004,Grey morning,Bram Example,sometime,A harbour.,grey-morning.png,"
        "cc-zero,Harbours\n",
        encoding="utf-8",
    )
    window.open_batch(batch)
    wait_until(app, lambda: window.model.rowCount() == 4)
    save(1, "catalog")
    window.catalog.table.setCurrentIndex(window.model.index(0, 0))
    save(2, "mapping")
    save(3, "partner")
    reviewed(batch.parent / "creator.reconciled.csv")  # as a reconciliation left it
    window.wikidata.column.setCurrentText("creator")
    save(4, "wikidata")
    window.steps.setCurrentRow(4)
    window.check.start.click()
    wait_until(app, lambda: "check" in window.session.done)
    window.check.table.setCurrentIndex(window.check.proxy.index(0, 0))
    save(5, "check")
    catalog.write_text(kept, encoding="utf-8")  # fixed in the spreadsheet: read again
    wait_until(app, lambda: window.model.rowCount() == 3)
    window.steps.setCurrentRow(5)
    window.upload.start.click()
    wait_until(app, lambda: window.upload.finished is not None and not window.upload.runner.busy)
    save(6, "upload")
    window.steps.setCurrentRow(6)
    window.impact.refresh_button.click()
    wait_until(app, lambda: window.impact.impact is not None)
    save(7, "impact")
    # The museum corrects a description in its catalog: the Community step shows the change.
    catalog.write_text(kept.replace("oil on card.", "oil on cardboard."), encoding="utf-8")
    wait_until(app, lambda: window.session.plan is not None and "cardboard" in "".join(
        window.session.plan.pages))  # fmt: skip
    window.steps.setCurrentRow(7)
    window.community.look.click()
    community = window.community
    wait_until(app, lambda: community.pages.rowCount() > 0 and not community.runner.busy)
    window.community.pages.setCurrentCell(0, 0)
    save(8, "community")


def reviewed(path: Path) -> None:
    """The lookup file of the creator column as the service left it: one name matched, one
    waiting for a person, with its candidates (made-up items, no service asked)."""
    from glamdonor.core.reconciled import Candidate, Decision, State, write

    anna = Candidate("Q1000001", "Anna Example", "Dutch painter (1851-1910)", 100.0, True)
    brams = (
        Candidate("Q1000002", "Bram Example", "Dutch painter (1860-1921)", 100.0),
        Candidate("Q1000003", "Bram Example", "Flemish engraver (1712-1788)", 100.0),
        Candidate("Q1000004", "Abraham Exempel", "Swedish draughtsman", 61.5),
    )
    write(
        path,
        {
            "Anna Example": Decision(
                "Anna Example", State.MATCHED, anna.qid, anna.label, anna.description, 100.0
            ),
            "Bram Example": Decision("Bram Example", State.TO_REVIEW, candidates=brams),
        },
    )


if __name__ == "__main__":
    main()
