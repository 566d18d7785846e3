"""``glamdonor-gui``: the desktop window. For now it opens a batch and shows its rows, with
each row's title and problems; preparing, checking and uploading come with the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from glamdonor.core.batch import load_batch
from glamdonor.core.errors import GlamdonorError
from glamdonor.gui.items_model import ItemsModel
from glamdonor.jobs.plan import items_of


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("glamdonor")
        self.resize(960, 540)
        self.message = QLabel("Open a batch file (batch.toml) to see its rows.")
        self.message.setWordWrap(True)
        self.open_button = QPushButton("Open batch…")
        self.open_button.clicked.connect(self.choose_batch)
        self.model = ItemsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout()
        layout.addWidget(self.open_button)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)

    def choose_batch(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open batch", "", "Batch files (*.toml)")
        if path:
            self.open_batch(Path(path))

    def open_batch(self, path: Path) -> None:
        try:
            batch = load_batch(path)
            items = items_of(batch)
        except GlamdonorError as error:
            self.model.set_items([])
            self.message.setText(f"This batch cannot be opened: {error.message} {error.hint}")
            return
        blocked = sum(item.blocked for item in items)
        self.setWindowTitle(f"{batch.name} – glamdonor")
        self.message.setText(
            f"{len(items)} rows, {len(items) - blocked} ready, {blocked} with problems to fix."
        )
        self.model.set_items(items)


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("glamdonor")
    window = MainWindow()
    for argument in app.arguments()[1:]:
        if argument.endswith(".toml"):
            window.open_batch(Path(argument))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
