"""The rows of a batch as a Qt table, read from the plan only for the rows on screen (smooth
with 100,000 rows): row, file, title on the wiki, upload state, problems."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from glamdonor.core.item import Problem, Severity
from glamdonor.core.journal import ItemRecord
from glamdonor.core.plan import Plan
from glamdonor.gui.words import problem_said

Index = QModelIndex | QPersistentModelIndex
BLOCKED = QColor("#fde2e1")
DONE = QColor("#e3f4e6")


HEADERS = (
    QT_TRANSLATE_NOOP("ItemsModel", "Row"),
    QT_TRANSLATE_NOOP("ItemsModel", "File"),
    QT_TRANSLATE_NOOP("ItemsModel", "Title on the wiki"),
    QT_TRANSLATE_NOOP("ItemsModel", "State"),
    QT_TRANSLATE_NOOP("ItemsModel", "Problems"),
)
STATES = (  # the journal's states, as the table says them
    QT_TRANSLATE_NOOP("ItemsModel", "pending"),
    QT_TRANSLATE_NOOP("ItemsModel", "hashed"),
    QT_TRANSLATE_NOOP("ItemsModel", "checked"),
    QT_TRANSLATE_NOOP("ItemsModel", "uploading"),
    QT_TRANSLATE_NOOP("ItemsModel", "published"),
    QT_TRANSLATE_NOOP("ItemsModel", "data written"),
    QT_TRANSLATE_NOOP("ItemsModel", "verified"),
    QT_TRANSLATE_NOOP("ItemsModel", "skipped"),
    QT_TRANSLATE_NOOP("ItemsModel", "failed"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ItemsModel", text)


class ItemsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.plan: Plan | None = None
        self.records: dict[int, ItemRecord] = {}
        self.extra: dict[int, list[Problem]] = {}  # problems found by a check, by row index
        self.headers = tuple(tr(header) for header in HEADERS)

    def set_plan(self, plan: Plan | None, records: dict[int, ItemRecord] | None = None) -> None:
        self.beginResetModel()
        self.plan, self.records, self.extra = plan, records or {}, {}
        self.endResetModel()

    def set_problems(self, problems: dict[int, list[Problem]]) -> None:
        self.extra = problems
        self._changed(4)

    def set_record(self, record: ItemRecord) -> None:
        self.records[record.row] = record
        if self.plan is not None and record.row in self._row_index:
            index = self._row_index[record.row]
            self.dataChanged.emit(self.index(index, 0), self.index(index, 4))

    @property
    def _row_index(self) -> dict[int, int]:
        if getattr(self, "_rows_of", (None, None))[0] is not self.plan:
            self._rows_of = (self.plan, {row: i for i, row in enumerate(self.plan.rows)})
        return self._rows_of[1]

    def index_of_row(self, row: int) -> int | None:
        return self._row_index.get(row) if self.plan is not None else None

    def _changed(self, column: int) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def problems(self, index: int) -> list[Problem]:
        assert self.plan is not None
        return self.extra.get(index, self.plan.problems.get(index, []))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        plan, i = self.plan, index.row()
        if plan is None:
            return None
        problems = self.problems(i)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return str(plan.rows[i])
            if column == 1:
                return plan.file_names[i]
            if column == 2:
                return plan.titles[i]
            if column == 3:
                record = self.records.get(plan.rows[i])
                return tr(str(record.state)) if record and record.title == plan.titles[i] else ""
            return " ".join(problem_said(problem)[0] for problem in problems)
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(" ".join(problem_said(p)) for p in problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            if any(p.severity is Severity.ERROR for p in problems):
                return BLOCKED
            record = self.records.get(plan.rows[i])
            if record is not None and str(record.state) == "verified":
                return DONE
        return None
