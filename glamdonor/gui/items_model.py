"""The rows of a batch as a Qt table: row, file, title on the wiki, problems."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from glamdonor.core.item import Item

Index = QModelIndex | QPersistentModelIndex


class ItemsModel(QAbstractTableModel):
    HEADERS = ("Row", "File", "Title on the wiki", "Problems")

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Item] = []

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(item.row),
                item.file_name,
                item.title,
                " ".join(_sentence(problem.message) for problem in item.problems),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and item.problems:
            return "\n".join(f"{_sentence(p.message)} {p.hint}" for p in item.problems)
        if role == Qt.ItemDataRole.BackgroundRole and item.blocked:
            return QColor("#fde2e1")
        return None


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:]
