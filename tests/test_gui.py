"""The window in a real (offscreen) Qt: a batch opens and its rows and problems show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from glamdonor.gui.app import MainWindow

pytestmark = pytest.mark.gui


def test_opening_a_batch_shows_its_rows(qtbot, example_batch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_batch(example_batch)
    model = window.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.data(model.index(0, 2)) == "Red study - Anna Example - Example Museum EM-0001.png"
    assert window.message.text() == "3 rows, 3 ready, 0 with problems to fix."
    assert window.windowTitle() == "Example Museum, first batch – glamdonor"


def test_a_row_with_a_problem_says_so(qtbot, example_batch):
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("blue-evening.png", "gone.png"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(example_batch)
    model = window.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.data(model.index(1, 1)) == "gone.png"
    assert model.data(model.index(1, 4)).startswith(
        "The file “gone.png” is not in the media folder"
    )
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert window.message.text() == "3 rows, 2 ready, 1 with problems to fix."


def test_a_broken_batch_file_is_explained_in_the_window(qtbot, tmp_path):
    broken = tmp_path / "batch.toml"
    broken.write_text("format_version = [")
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(broken)
    qtbot.waitUntil(lambda: "cannot be opened" in window.message.text())
    assert window.message.text().startswith("This batch cannot be opened: ")
    assert "not valid TOML" in window.message.text()
    assert window.table.model().rowCount() == 0
