"""Step 5, Check: everything the wiki would refuse, found first; a problem leads to its row."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
from glamdonor.core.problems import Problem
from glamdonor.gui.session import Session
from glamdonor.gui.words import in_the_window, problem_said, severity_said
from glamdonor.gui.worker import Runner
from glamdonor.jobs.check import (
    REPORT_HEADER,
    CheckFinished,
    CheckProgress,
    CheckReport,
    check,
    report_rows,
)

HEADERS = (  # the table's columns, as the window says them
    QT_TRANSLATE_NOOP("CheckPage", "row"),
    QT_TRANSLATE_NOOP("CheckPage", "severity"),
    QT_TRANSLATE_NOOP("CheckPage", "problem"),
    QT_TRANSLATE_NOOP("CheckPage", "what to do"),
    QT_TRANSLATE_NOOP("CheckPage", "column"),
    QT_TRANSLATE_NOOP("CheckPage", "file"),
    QT_TRANSLATE_NOOP("CheckPage", "title"),
)
PHASES = {
    "files": QT_TRANSLATE_NOOP("CheckPage", "files"),
    "wiki": QT_TRANSLATE_NOOP("CheckPage", "wiki"),
}
INDEX = Qt.ItemDataRole.UserRole  # the row's index in the plan
CODE = Qt.ItemDataRole.UserRole + 1  # the problem's code, for the kinds


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
                "Checking reads the catalog and every file again, and asks the wiki about "
                "titles, duplicates and categories, before anything is sent."
            )
        )
        self.summary.setWordWrap(True)
        self.kinds = QComboBox()
        self.kinds.setAccessibleName(self.tr("Kinds of problems"))
        self.kinds.currentIndexChanged.connect(self._show_kind)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the problems…"))
        self.filter.setAccessibleName(self.tr("Filter the problems"))
        self.export = QPushButton(self.tr("Export the problems…"))
        self.export.setEnabled(False)
        self.export.clicked.connect(self.choose_export)
        self.model = QStandardItemModel(0, len(HEADERS))
        self.model.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.by_kind = QSortFilterProxyModel()
        self.by_kind.setSourceModel(self.model)
        self.by_kind.setFilterRole(CODE)
        self.by_kind.setFilterKeyColumn(0)
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.by_kind)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(Qt.ItemDataRole.EditRole)  # the row column sorts as numbers
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activated)  # double-click, or Return
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("The problem, in full"))
        self.table.selectionModel().currentRowChanged.connect(self._detail)
        buttons = QHBoxLayout()
        for widget in (self.start, self.offline, self.export):
            buttons.addWidget(widget)
        buttons.addStretch()
        looking = QHBoxLayout()
        looking.addWidget(self.kinds, 1)
        looking.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(looking)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)

    def run(self) -> None:
        """Check the batch as its files are now: the catalog is read again first."""
        batch = self.session.batch
        if batch is None:
            return
        self.start.setEnabled(False)
        offline = self.offline.isChecked()

        def job(cancel: threading.Event) -> Iterator[object]:  # on the worker thread
            wiki = None if offline else self.wiki_for(batch).connect()
            return check(batch, wiki=wiki, cancel=cancel)

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
        plan = report.plan
        self.model.setRowCount(0)
        kinds: Counter[str] = Counter()
        for index in sorted(report.problems):
            for found in report.problems[index]:
                sentence, hint = problem_said(found)
                number = QStandardItem()
                number.setData(plan.rows[index], Qt.ItemDataRole.EditRole)
                number.setData(index, INDEX)
                number.setData(found.code, CODE)
                cells = [
                    number,
                    *(
                        QStandardItem(text)
                        for text in (
                            severity_said(found),
                            sentence,
                            hint,
                            found.column or "",
                            plan.file_names[index],
                            plan.titles[index],
                        )
                    ),
                ]
                for cell in cells[2:4]:
                    cell.setToolTip(f"{sentence} {hint}")
                self.model.appendRow(cells)
                kinds[found.code] += 1
        self.kinds.blockSignals(True)
        self.kinds.clear()
        self.kinds.addItem(self.tr("All problems ({0})").format(kinds.total()), "")
        for code, count in kinds.most_common():
            self.kinds.addItem(f"{kind_said(code)} ({count})", code)
        self.kinds.blockSignals(False)
        self._show_kind()
        header = self.table.horizontalHeader()
        for column, width in enumerate((56, 90, 330, 290, 80, 150)):
            header.resizeSection(column, width)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeRowsToContents()
        total = len(plan)
        self.summary.setText(
            self.tr("{0} rows: {1} ready to upload, {2} blocked by an error.").format(
                total, report.ready, total - report.ready
            )
        )
        self.export.setEnabled(True)
        self.checked.emit(report)
        self.session.mark("check")

    def _show_kind(self) -> None:
        code = self.kinds.currentData() or ""
        self.by_kind.setFilterRegularExpression(f"^{re.escape(code)}$" if code else "")
        self.table.resizeRowsToContents()

    def _detail(self, current: object, _previous: object) -> None:
        if not current.isValid():
            self.details.clear()
            return
        row = current.row()
        sentence, hint = (self.proxy.index(row, column).data() for column in (2, 3))
        said = self.tr("Row {0}: {1} {2}").format(self.proxy.index(row, 0).data(), sentence, hint)
        self.details.setText(said)

    def _failed(self, message: str) -> None:
        self.summary.setText(self.tr("The check could not run: {0}").format(message))

    def _activated(self, index: object) -> None:
        first = self.proxy.index(index.row(), 0)
        column = self.proxy.index(index.row(), 4).data()
        plan = self.session.plan
        found = first.data(INDEX)
        if plan is not None and found is not None and found < len(plan):
            self.go_to_row.emit(found, 1 if column == plan.file_column else 0)

    def choose_export(self) -> None:
        batch = self.session.batch
        folder = batch.manifest.parent if batch else Path()
        stem = batch.manifest.stem if batch else "batch"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the problems"),
            str(folder / f"{stem}-problems.xlsx"),
            "XLSX (*.xlsx);;CSV (*.csv)",
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        assert self.report is not None
        write_sheet(path, REPORT_HEADER, report_rows(self.report))
        self.summary.setText(self.tr("The problems are written to {0}.").format(path))


def kind_said(code: str) -> str:
    """A kind of problem in general: its sentence with a gap for each of a row's values."""
    sentence, _ = Problem(code).said(in_the_window)
    return sentence
