"""Step 4, Wikidata: link a catalog column's values to Wikidata items, then review what the
service could not decide: each value with its candidates, taken with Enter, searched again with
other words, or marked as having no item. The same lookup file and job as
``glamdonor reconcile`` (core/reconciled.py, jobs/reconcile.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glamdonor.core.errors import GlamdonorError
from glamdonor.core.reconciled import (
    Candidate,
    Decision,
    State,
    default_path,
    read,
    write,
)
from glamdonor.core.words import counted
from glamdonor.gui.session import Session
from glamdonor.gui.words import error_said
from glamdonor.gui.worker import Runner
from glamdonor.jobs.reconcile import (
    Column,
    Reconciled,
    Reconciling,
    catalog_of,
    count_states,
    reconcile,
)

VALUE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Searched:
    """What the service found for other words a person gave for a value."""

    value: str
    candidates: tuple[Candidate, ...]


class WikidataPage(QWidget):
    saved = Signal(Path)  # the lookup file, after each decision

    def __init__(self, session: Session, service_url: str | None = None) -> None:
        from glamdonor.core.reconciled import WIKIDATA_SERVICE

        super().__init__()
        self.session = session
        self.decisions: dict[str, Decision] = {}
        self.path: Path | None = None
        self.runner = Runner(self)
        self.runner.event.connect(self._event)
        self.runner.failed.connect(self._failed)
        self.runner.done.connect(self._done)
        intro = QLabel(
            self.tr(
                "Link the names in a column (artists, subjects, places) to Wikidata items, so "
                "that the files' structured data names them in every language. The service "
                "takes the values it is sure of; choose the others below."
            )
        )
        intro.setWordWrap(True)
        self.column = QComboBox()
        self.column.setAccessibleName(self.tr("Column to link"))
        self.type = QLineEdit()
        self.type.setPlaceholderText(self.tr("Q5 for people; empty for any"))
        self.type.setAccessibleName(self.tr("Wikidata class of the values"))
        self.split = QLineEdit()
        self.split.setPlaceholderText(self.tr("; if a cell holds several"))
        self.split.setAccessibleName(self.tr("Separator of several values in a cell"))
        self.service = QLineEdit(service_url or WIKIDATA_SERVICE)
        self.service.setAccessibleName(self.tr("Reconciliation service"))
        self.ask = QPushButton(self.tr("Ask the service"))
        self.ask.clicked.connect(self.run)
        form = QFormLayout()
        form.addRow(self.tr("Column"), self.column)
        form.addRow(self.tr("Wikidata class"), self.type)
        form.addRow(self.tr("Several values split by"), self.split)
        form.addRow(self.tr("Service"), self.service)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress of the questions"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.waiting = QListWidget()
        self.waiting.setAccessibleName(self.tr("Values to review"))
        self.waiting.currentItemChanged.connect(lambda *_: self._show_candidates())
        self.candidates = QTableWidget(0, 4)
        self.candidates.setAccessibleName(self.tr("Candidates"))
        self.candidates.setHorizontalHeaderLabels(
            [self.tr("item"), self.tr("label"), self.tr("description"), self.tr("score")]
        )
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Enter, or a double click: the view's "activated" (no shortcut: it needs the focus)
        self.candidates.activated.connect(lambda _index: self.take())
        self.take_button = QPushButton(self.tr("Take this item (Enter)"))
        self.take_button.clicked.connect(self.take)
        self.none_button = QPushButton(self.tr("No item"))
        self.none_button.clicked.connect(self.no_item)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Other words to search for"))
        self.search.setAccessibleName(self.tr("Search again"))
        self.search.returnPressed.connect(self.search_again)
        self.search_button = QPushButton(self.tr("Search again"))
        self.search_button.clicked.connect(self.search_again)
        self.said = QLabel()
        self.said.setWordWrap(True)
        choosing = QHBoxLayout()
        for widget in (self.take_button, self.none_button, self.search, self.search_button):
            choosing.addWidget(widget)
        review = QHBoxLayout()
        review.addWidget(self.waiting, 1)
        right = QVBoxLayout()
        right.addWidget(self.candidates)
        right.addLayout(choosing)
        review.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.ask)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts)
        layout.addLayout(review, 1)
        layout.addWidget(self.said)
        session.opened.connect(self._opened)
        self.column.currentTextChanged.connect(self._column_chosen)
        self._opened()

    # -- the batch and the column ---------------------------------------------------------

    def _opened(self) -> None:
        self.column.blockSignals(True)
        self.column.clear()
        self.column.addItems(list(self.session.columns))
        self.column.blockSignals(False)
        self.ask.setEnabled(self.session.batch is not None and bool(self.session.columns))
        self._column_chosen(self.column.currentText())

    def _column_chosen(self, column: str) -> None:
        batch = self.session.batch
        self.path = default_path(batch.mapping, column) if batch and column else None
        try:
            self.decisions = read(self.path) if self.path else {}
        except GlamdonorError as error:  # a file broken by hand: said, and left as it is
            self.decisions = {}
            self.said.setText(error_said(error))
        self._refresh()

    def run(self) -> None:
        """Ask the service about the column's values not yet in the file."""
        from glamdonor.wiki.reconciliation import Service

        batch, path = self.session.batch, self.path
        if batch is None or path is None or self.runner.busy:
            return
        column = Column(self.column.currentText(), self.type.text().strip(), self.split.text())
        service = Service(self.service.text().strip())
        self.ask.setEnabled(False)
        self.said.setText(self.tr("Asking the service…"))

        def job(cancel: threading.Event) -> Iterator[object]:  # on the worker thread
            yield from reconcile(catalog_of(batch), column, path, service, cancel=cancel)

        self.runner.start(job)

    def _event(self, event: object) -> None:
        if isinstance(event, Reconciling):
            self.bar.setRange(0, max(event.total, 1))
            self.bar.setValue(event.done if event.total else 1)
        elif isinstance(event, Reconciled):
            self.decisions = read(event.path)
            self.said.setText(
                self.tr("Asked the service about {0}; the file is {1}.").format(
                    counted(event.asked, self.tr("{n} value"), self.tr("{n} values")),
                    event.path.name,
                )
            )
            self._refresh()
        elif isinstance(event, Searched) and event.value in self.decisions:
            self.decisions[event.value] = Decision(
                event.value, State.TO_REVIEW, candidates=event.candidates
            )
            self._show_candidates()
            if not event.candidates:
                self.said.setText(self.tr("The service found nothing for those words."))

    def _failed(self, message: str) -> None:
        self.said.setText(message)

    def _done(self) -> None:
        self.ask.setEnabled(self.session.batch is not None)

    # -- the review -----------------------------------------------------------------------

    def _refresh(self) -> None:
        counts = count_states(self.decisions)
        if self.decisions and not counts[State.TO_REVIEW] and "wikidata" not in self.session.done:
            self.session.mark("wikidata")  # ticked: every value of the column decided
        self.counts.setText(
            self.tr(
                "{0}: {1} matched by the service, {2} chosen, {3} with no item, {4} to review."
            ).format(
                counted(len(self.decisions), self.tr("{n} value"), self.tr("{n} values")),
                counts[State.MATCHED],
                counts[State.CHOSEN],
                counts[State.NO_MATCH],
                counts[State.TO_REVIEW],
            )
        )
        current = self.waiting.currentItem()
        keep = current.data(VALUE) if current else None
        self.waiting.clear()
        for decision in self.decisions.values():
            if decision.state is State.TO_REVIEW:
                item = QListWidgetItem(decision.value)
                item.setData(VALUE, decision.value)
                self.waiting.addItem(item)
        rows = [self.waiting.item(r).data(VALUE) for r in range(self.waiting.count())]
        if rows:
            self.waiting.setCurrentRow(rows.index(keep) if keep in rows else 0)
        self._show_candidates()

    def current_value(self) -> str | None:
        item = self.waiting.currentItem()
        return item.data(VALUE) if item else None

    def _show_candidates(self) -> None:
        value = self.current_value()
        found = self.decisions[value].candidates if value in self.decisions else ()
        self.candidates.setRowCount(len(found))
        for row, candidate in enumerate(found):
            cells = (
                candidate.qid,
                candidate.label,
                candidate.description,
                f"{candidate.score:.0f}",
            )
            for column, text in enumerate(cells):
                self.candidates.setItem(row, column, QTableWidgetItem(text))
        if found:
            self.candidates.selectRow(0)
            self.candidates.setCurrentCell(0, 0)
        for button in (self.take_button, self.none_button, self.search_button):
            button.setEnabled(value is not None)
        self.take_button.setEnabled(bool(found))

    def _chosen_candidate(self) -> Candidate | None:
        value = self.current_value()
        row = self.candidates.currentRow()
        if value is None or row < 0:
            return None
        found = self.decisions[value].candidates
        return found[row] if row < len(found) else None

    def take(self) -> None:
        """The chosen candidate is the value's item: kept in the file at once."""
        candidate = self._chosen_candidate()
        if candidate is not None:
            self._decide(candidate)

    def no_item(self) -> None:
        if self.current_value() is not None:
            self._decide(None)

    def _decide(self, candidate: Candidate | None) -> None:
        value = self.current_value()
        assert value is not None and self.path is not None
        self.decisions[value] = self.decisions[value].chosen(candidate)
        write(self.path, self.decisions)
        self.saved.emit(self.path)
        row = self.waiting.currentRow()
        self._refresh()
        if self.waiting.count():
            self.waiting.setCurrentRow(min(row, self.waiting.count() - 1))
        self.candidates.setFocus()

    def search_again(self) -> None:
        """Ask the service about other words for the value under review."""
        from glamdonor.wiki.reconciliation import Service

        value, words = self.current_value(), self.search.text().strip()
        if value is None or not words or self.runner.busy:
            return
        service = Service(self.service.text().strip())
        kind = self.type.text().strip()
        query = {"query": words, **({"type": kind} if kind else {})}

        def job(cancel: threading.Event) -> Iterator[object]:
            yield Searched(value, tuple(service.candidates({"q": query}).get("q", [])))

        self.runner.start(job)
