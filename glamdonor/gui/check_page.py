"""Step 4, Check: everything the wiki would refuse, found first; a problem leads to its row."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from glamdonor.catalog.write import write_sheet
from glamdonor.gui.session import Session
from glamdonor.gui.worker import Runner
from glamdonor.jobs.check import (
    REPORT_HEADER,
    CheckFinished,
    CheckProgress,
    CheckReport,
    check,
    report_rows,
)

HEADERS = (  # REPORT_HEADER, as the window says it
    QT_TRANSLATE_NOOP("CheckPage", "row"),
    QT_TRANSLATE_NOOP("CheckPage", "column"),
    QT_TRANSLATE_NOOP("CheckPage", "severity"),
    QT_TRANSLATE_NOOP("CheckPage", "code"),
    QT_TRANSLATE_NOOP("CheckPage", "problem"),
    QT_TRANSLATE_NOOP("CheckPage", "what to do"),
    QT_TRANSLATE_NOOP("CheckPage", "file"),
    QT_TRANSLATE_NOOP("CheckPage", "title"),
)
PHASES = {
    "files": QT_TRANSLATE_NOOP("CheckPage", "files"),
    "wiki": QT_TRANSLATE_NOOP("CheckPage", "wiki"),
}


class CheckPage(QWidget):
    go_to_row = Signal(int, int)  # the row's index in the plan, a column
    checked = Signal(object)  # the CheckReport

    def __init__(self, session: Session, wiki_for: object) -> None:
        super().__init__()
        self.session, self.wiki_for = session, wiki_for
        self.report: CheckReport | None = None
        self.runner = Runner(self)
        self.runner.event.connect(self._event)
        self.runner.failed.connect(self._failed)
        self.runner.done.connect(lambda: self.start.setEnabled(True))
        self.start = QPushButton(self.tr("Check the batch"))
        self.start.clicked.connect(self.run)
        self.offline = QCheckBox(self.tr("Offline (do not ask the wiki)"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Check progress"))
        self.summary = QLabel(
            self.tr(
                "Checking reads every file and asks the wiki about titles, "
                "duplicates and categories, before anything is sent."
            )
        )
        self.summary.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the problems…"))
        self.filter.setAccessibleName(self.tr("Filter the problems"))
        self.export = QPushButton(self.tr("Export the problems…"))
        self.export.setEnabled(False)
        self.export.clicked.connect(self.choose_export)
        self.model = QStandardItemModel(0, len(REPORT_HEADER))
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._activated)
        buttons = QHBoxLayout()
        for widget in (self.start, self.offline, self.export):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def run(self) -> None:
        batch, plan = self.session.batch, self.session.plan
        if batch is None or plan is None:
            return
        self.start.setEnabled(False)
        offline = self.offline.isChecked()

        def job(cancel: threading.Event) -> Iterator[object]:  # on the worker thread
            wiki = None if offline else self.wiki_for(batch).connect()
            return check(batch, plan=plan, wiki=wiki, cancel=cancel)

        self.runner.start(job)

    def _event(self, event: object) -> None:
        if isinstance(event, CheckProgress):
            self.progress.setMaximum(max(event.total, 1))
            self.progress.setValue(event.done)
            self.progress.setFormat(f"{self.tr(PHASES.get(event.phase, event.phase))}: %v/%m")
        elif isinstance(event, CheckFinished):
            self._show(event.report)

    def _show(self, report: CheckReport) -> None:
        self.report = report
        rows = report_rows(report)
        self.model.setRowCount(0)
        for row in rows:
            self.model.appendRow([QStandardItem(str(value)) for value in row])
        total = len(report.plan)
        self.summary.setText(
            self.tr("{0} rows: {1} ready to upload, {2} blocked by an error.").format(
                total, report.ready, total - report.ready
            )
        )
        self.export.setEnabled(True)
        self.checked.emit(report)
        self.session.mark("check")

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The check could not run: {0}").format(message))

    def _activated(self, index: object) -> None:
        source = self.proxy.mapToSource(index)
        row = int(self.model.item(source.row(), 0).text())
        column = self.model.item(source.row(), 1).text()
        plan = self.session.plan
        if plan is not None and row in plan.rows:
            headers = ("Row", "File", "Title on the wiki")
            self.go_to_row.emit(plan.rows.index(row), 1 if column in headers[1:2] else 0)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the problems"), "problems.xlsx", "XLSX (*.xlsx);;CSV (*.csv)"
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        assert self.report is not None
        write_sheet(path, REPORT_HEADER, report_rows(self.report))
