"""Step 1, Catalog: the sheet's rows, their titles and problems, in a table over the plan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from glamdonor.gui.items_model import ItemsModel
from glamdonor.gui.session import Session


class CatalogPage(QWidget):
    new_wanted = Signal()  # the registrar asked to start a batch from a spreadsheet
    open_wanted = Signal()  # ...or to open a batch made before

    def __init__(self, session: Session, model: ItemsModel) -> None:
        super().__init__()
        self.session = session
        self.summary = QLabel(
            self.tr(
                "To start a donation, drop your catalog (a spreadsheet: Excel, CSV or "
                "OpenDocument) or a folder of media files on this window, or press Ctrl+N to "
                "choose the spreadsheet. A batch made before opens with Ctrl+O. The guide is "
                "in the Help menu (F1)."
            )
        )
        self.summary.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New batch from a spreadsheet…"))
        self.new_button.clicked.connect(self.new_wanted)
        self.open_button = QPushButton(self.tr("Open a batch…"))
        self.open_button.clicked.connect(self.open_wanted)
        self.start = QWidget()
        starting = QHBoxLayout(self.start)
        starting.setContentsMargins(0, 0, 0, 0)
        starting.addWidget(self.new_button)
        starting.addWidget(self.open_button)
        starting.addStretch()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Catalog rows"))
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(1, 160)
        header.resizeSection(2, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.start)
        layout.addWidget(self.table)
        session.opened.connect(self.show_batch)

    def show_batch(self) -> None:
        self.start.hide()  # a batch is open: the start buttons are in the Batch menu
        plan = self.session.plan
        if plan is None:
            return  # the window says what to fix in the Mapping step
        blocked = sum(
            any(p.severity == "error" for p in problems) for problems in plan.problems.values()
        )
        self.summary.setText(
            self.tr("{0} rows, {1} ready, {2} with problems to fix.").format(
                len(plan), len(plan) - blocked, blocked
            )
        )

    def show_row(self, index: int, column: int = 0) -> None:
        """Select and show a row (from the Check step's problems)."""
        model_index = self.table.model().index(index, column)
        self.table.setCurrentIndex(model_index)
        self.table.scrollTo(model_index)
        self.table.setFocus()
