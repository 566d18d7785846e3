"""The whole path in the window (offscreen), against the sandbox wiki: open a catalog, see a
row's page, check, follow a problem to its row, upload, refresh the impact, export a report;
and the UI contract: the event loop never stalls above 250 ms while a 100,000-row catalog
loads or a batch uploads."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer

from glamdonor.core.batch import Batch
from glamdonor.gui.app import MainWindow
from glamdonor.wiki.connection import Wiki
from tests.apicheck import page_text
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = [pytest.mark.gui, pytest.mark.wiki]

STALL_LIMIT = 0.250  # seconds


class StallMeter:
    """Ticks every 10 ms on the UI thread and keeps the longest gap between two ticks."""

    def __init__(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


@pytest.fixture
def window(qtbot, sandbox, tmp_path):
    def sandbox_wiki(batch: Batch) -> Wiki:
        return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0)

    window = MainWindow(metrics_store=tmp_path / "metrics.sqlite", wiki_of=sandbox_wiki)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_whole_path_in_the_window(qtbot, window, example_batch, sandbox, tmp_path):
    files = {f"{n}.png": image_bytes("png", seed=1500 + n) for n in range(3)}
    rows = [row(n + 1, f"{n}.png", f"Window {n}") for n in range(3)]
    rows.append(row(4, "missing.png", "Window missing"))
    batch = batch_with(example_batch.parent, files, rows)
    window.open_batch(batch.manifest)
    model = window.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=20_000)
    assert window.steps.item(0).text().startswith("✓")  # the catalog step is done

    window.catalog.table.selectRow(1)  # its page, in the Mapping step
    assert "Window 1" in window.mapping.preview.toPlainText()
    assert "{{Artwork" in window.mapping.preview.toPlainText()
    assert "Anna Example" in window.mapping.rendered.toPlainText()  # drawn offline
    drawn = []
    window.mapping.runner.event.connect(drawn.append)
    window.mapping.on_wiki.click()  # drawn by the wiki's parser
    qtbot.waitUntil(lambda: bool(drawn), timeout=30_000)
    assert "mw-parser-output" in drawn[0] and "Anna Example" in drawn[0]

    mapping = window.mapping  # map it: the description becomes a fixed sentence
    rows = {mapping.table.item(r, 0).text(): r for r in range(mapping.table.rowCount())}
    kinds = mapping.table.cellWidget(rows["description"], 1)
    kinds.setCurrentIndex(kinds.findData("value"))
    mapping.table.cellWidget(rows["description"], 2).setCurrentText("Given by the window")
    mapping.save()
    qtbot.waitUntil(lambda: "Given by the window" in mapping.preview.toPlainText(), timeout=20_000)

    window.steps.setCurrentRow(4)
    window.check.start.click()
    qtbot.waitUntil(lambda: "check" in window.session.done, timeout=60_000)
    assert "3 ready to upload, 1 blocked" in window.check.summary.text()
    assert window.check.proxy.rowCount() >= 1
    every = window.check.proxy.rowCount()
    window.check.filter.setText("Window missing")  # the problems of that row only
    shown = window.check.proxy.rowCount()
    assert 1 <= shown < every
    rows = {window.check.proxy.index(i, 0).data() for i in range(shown)}
    assert rows == {5}  # its catalog row (the header is row 1), a number: sorted as one
    window.check.table.activated.emit(window.check.proxy.index(0, 0))
    assert window.pages.currentWidget() is window.catalog
    assert window.catalog.table.currentIndex().row() == 3
    report = tmp_path / "problems.xlsx"
    window.check.export_to(report)
    assert report.stat().st_size > 0

    window.steps.setCurrentRow(5)
    assert not window.upload.account.isVisibleTo(window)  # the sandbox needs no login
    window.upload.start.click()
    qtbot.waitUntil(lambda: window.upload.finished is not None, timeout=120_000)
    qtbot.waitUntil(lambda: not window.upload.runner.busy, timeout=10_000)
    finished = window.upload.finished
    assert (finished.uploaded, finished.failed) == (3, 1)
    assert window.upload.figures.text().startswith("3/3 files")
    assert [model.data(model.index(i, 3)) for i in range(4)] == [
        "verified",
        "verified",
        "verified",
        "failed",
    ]

    on_wiki = page_text(sandbox.status().api_url, window.session.plan.titles[0])
    assert "Given by the window" in on_wiki  # the mapping made in the window, on the wiki

    window.steps.setCurrentRow(6)
    window.impact.refresh_button.click()
    qtbot.waitUntil(lambda: window.impact.impact is not None, timeout=60_000)
    assert window.impact.impact.figure("files").value == 3
    assert window.impact.table.item(0, 1).text() == "3"
    history = window.impact.history_chart.chart().series()
    assert [series.count() for series in history] == [1, 1]  # one snapshot so far
    assert window.impact.tables.count() == 6  # usage over time is a chart of its own
    out = tmp_path / "impact.html"
    assert window.impact.export_to(out, "html")
    assert "Impact" in out.read_text() or "impact" in out.read_text()
    assert window.impact.said.text() == f"Wrote the report to {out}."  # said where it went
    assert not window.impact.export_to(out / "inside-a-file.html", "html")  # not a folder
    assert window.impact.said.text().startswith("The report could not be written: ")
    assert {"catalog", "check", "impact"} <= window.session.done


def big_batch(folder, rows: int):
    lines = ["accession,title,creator,date,file"]
    lines += [f"EM-{n:06d},Object {n},Anna Example,1900,{n}.png" for n in range(rows)]
    (folder / "catalog.csv").write_text("\n".join(lines) + "\n")
    mapping = folder / "mapping.toml"
    mapping.write_text(
        'format_version = 1\ntemplate = "Information"\nfile = { column = "file" }\n'
        'title = { pattern = "{title} {accession}" }\nlicense = "cc-zero"\n[fields]\n'
        'description = { column = "title" }\nauthor = { column = "creator" }\n'
        'date = { column = "date", transforms = ["date"] }\nsource = { value = "Example" }\n'
    )
    (folder / "media").mkdir(exist_ok=True)
    manifest = folder / "batch.toml"
    manifest.write_text(
        'format_version = 1\nname = "Big"\ncatalog = "catalog.csv"\nmedia = "media"\n'
        'mapping = "mapping.toml"\n'
    )
    return manifest


def test_loading_a_100000_row_catalog_never_stalls_the_window(qtbot, window, tmp_path):
    manifest = big_batch(tmp_path, 100_000)
    meter = StallMeter()
    window.open_batch(manifest)
    qtbot.waitUntil(lambda: window.model.rowCount() == 100_000, timeout=120_000)
    window.catalog.table.scrollToBottom()
    qtbot.wait(100)
    longest = meter.stop()
    print(f"longest stall of the event loop: {longest * 1000:.0f} ms")
    assert longest < STALL_LIMIT, f"the window stalled for {longest * 1000:.0f} ms"


def test_uploading_never_stalls_the_window(qtbot, window, example_batch):
    files = {f"{n}.png": image_bytes("png", seed=1600 + n) for n in range(12)}
    batch = batch_with(
        example_batch.parent, files, [row(n + 1, f"{n}.png", f"Stall {n}") for n in range(12)]
    )
    window.open_batch(batch.manifest)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=20_000)
    meter = StallMeter()
    window.upload.start.click()
    qtbot.waitUntil(lambda: window.upload.finished is not None, timeout=120_000)
    longest = meter.stop()
    print(f"longest stall of the event loop: {longest * 1000:.0f} ms")
    assert window.upload.finished.uploaded == 12
    assert longest < STALL_LIMIT, f"the window stalled for {longest * 1000:.0f} ms"


def tab_to(qtbot, window, target, limit: int = 80) -> None:
    """Press Tab until ``target`` has the keyboard focus, as a keyboard user would."""
    from PySide6.QtWidgets import QApplication

    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.text() or target.accessibleName()}")


def press(qtbot, widget, key=Qt.Key.Key_Space) -> None:
    qtbot.keyClick(widget, key)


def test_the_path_with_the_keyboard_alone(qtbot, window, example_batch):
    files = {f"{n}.png": image_bytes("png", seed=1700 + n) for n in range(2)}
    batch = batch_with(
        example_batch.parent, files, [row(n + 1, f"{n}.png", f"Keys {n}") for n in range(2)]
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_batch(batch.manifest)  # as Ctrl+O and the file dialog would
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=20_000)

    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Check
    tab_to(qtbot, window, window.check.start)
    press(qtbot, window.check.start)
    qtbot.waitUntil(lambda: "check" in window.session.done, timeout=60_000)
    tab_to(qtbot, window, window.check.table)
    qtbot.keyClick(window.check.table, Qt.Key.Key_Down)
    press(qtbot, window.check.table, Qt.Key.Key_Return)  # a problem leads to its row
    assert window.pages.currentWidget() is window.catalog

    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Upload
    tab_to(qtbot, window, window.upload.start)
    press(qtbot, window.upload.start)
    qtbot.waitUntil(lambda: window.upload.finished is not None, timeout=120_000)
    assert window.upload.finished.uploaded == 2

    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # Impact
    qtbot.waitUntil(lambda: not window.upload.runner.busy, timeout=10_000)
    tab_to(qtbot, window, window.impact.refresh_button)
    press(qtbot, window.impact.refresh_button)
    qtbot.waitUntil(lambda: window.impact.impact is not None, timeout=60_000)
    tab_to(qtbot, window, window.impact.export)  # the report is one key away
    assert window.impact.export.isEnabled()
