"""Step 8, Community: after the upload. Corrections of the catalog carried to the pages on
the wiki without overwriting what volunteers did there (each page's change shown before
anything is edited), and what volunteers changed, brought back as a sheet for the
collection system. The same jobs as ``glamdonor update`` and ``glamdonor community``."""

from __future__ import annotations

import datetime
import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glamdonor.catalog.write import write_sheet
from glamdonor.core.places import data_dir
from glamdonor.core.words import counted
from glamdonor.gui.session import Session
from glamdonor.gui.words import problem_said
from glamdonor.gui.worker import Runner
from glamdonor.jobs.community import (
    CAPTION_ADDED,
    CATEGORY_ADDED,
    CATEGORY_REMOVED,
    FIELD_CHANGED,
    HEADER,
    LANGUAGE_ADDED,
    OTHER,
    RENAMED,
    STATEMENT_ADDED,
    STATEMENT_REMOVED,
    Community,
    community,
)
from glamdonor.jobs.update import (
    Correction,
    RowCorrected,
    RowNoted,
    UpdateFinished,
    apply_corrections,
    corrections,
)
from glamdonor.metrics.store import Store


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, line: int, texts: list[str]) -> None:
    for column, text in enumerate(texts):
        cell = QTableWidgetItem(text)
        cell.setToolTip(text)
        table.setItem(line, column, cell)


class CommunityPage(QWidget):
    def __init__(self, session: Session, wiki_for: object, store: Path | None = None) -> None:
        super().__init__()
        self.session, self.wiki_for = session, wiki_for
        self.store_path = store or data_dir() / "metrics.sqlite"  # the Impact step's
        self.found: list[Correction] = []
        self.finished: UpdateFinished | None = None
        self.community: Community | None = None
        self.runner = Runner(self)
        self.runner.event.connect(self._event)
        self.runner.failed.connect(self._failed)
        self.runner.done.connect(self._done)
        intro = QLabel(
            self.tr(
                "After the upload, the files live on the wiki. Corrections of your catalog "
                "reach their pages without overwriting what volunteers did there, and what "
                "volunteers added comes back to you."
            )
        )
        intro.setWordWrap(True)

        self.look = QPushButton(self.tr("Look for corrections"))
        self.look.clicked.connect(self.look_for_corrections)
        self.correct = QPushButton(self.tr("Correct these pages"))
        self.correct.clicked.connect(self.make_corrections)
        self.correct.setEnabled(False)
        self.pages = _table(
            [self.tr("Row"), self.tr("File"), self.tr("What changes")],
            self.tr("The pages to correct"),
        )
        self.pages.horizontalHeader().resizeSection(0, 56)
        self.pages.horizontalHeader().resizeSection(1, 320)
        self.pages.currentCellChanged.connect(lambda line, *_: self._show_change(line))
        self.change = QPlainTextEdit()
        self.change.setReadOnly(True)
        self.change.setAccessibleName(self.tr("The change of the page"))
        self.change.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.change.setPlaceholderText(
            self.tr("Choose a page above to see its change: lines taken away (−), put in (+).")
        )
        self.said = QLabel(
            self.tr(
                "Change the catalog, the mapping or the partner, then look: nothing is edited "
                "before you choose to."
            )
        )
        self.said.setWordWrap(True)
        corrections_box = QGroupBox(self.tr("Corrections from the catalog"))
        box = QVBoxLayout(corrections_box)
        buttons = QHBoxLayout()
        for widget in (self.look, self.correct):
            buttons.addWidget(widget)
        buttons.addStretch()
        box.addLayout(buttons)
        box.addWidget(self.pages, 1)
        box.addWidget(self.change, 1)
        box.addWidget(self.said)

        self.fetch = QPushButton(self.tr("See what others changed"))
        self.fetch.clicked.connect(self.see_changes)
        self.save = QPushButton(self.tr("Save as a sheet…"))
        self.save.clicked.connect(lambda: self.save_sheet())
        self.save.setEnabled(False)
        self.changes = _table(
            [self.tr("Row"), self.tr("Identifier"), self.tr("Change"), self.tr("Value"),
             self.tr("Date"), self.tr("Editor")],
            self.tr("What others changed"),
        )  # fmt: skip
        for column, width in enumerate((56, 120, 160, 360, 150)):
            self.changes.horizontalHeader().resizeSection(column, width)
        self.engagement = QLabel()
        self.engagement.setWordWrap(True)
        self.engagement.setOpenExternalLinks(False)
        self.engagement.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        community_box = QGroupBox(self.tr("What the community added"))
        box = QVBoxLayout(community_box)
        buttons = QHBoxLayout()
        for widget in (self.fetch, self.save):
            buttons.addWidget(widget)
        buttons.addStretch()
        box.addLayout(buttons)
        box.addWidget(self.changes, 1)
        box.addWidget(self.engagement)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(corrections_box, 3)
        layout.addWidget(community_box, 2)
        session.opened.connect(self._opened)

    def _opened(self) -> None:
        self.found, self.community = [], None
        self.pages.setRowCount(0)
        self.changes.setRowCount(0)
        self.change.clear()
        self.correct.setEnabled(False)
        self.save.setEnabled(False)
        self.engagement.clear()

    def _busy(self, busy: bool) -> None:
        for button in (self.look, self.fetch):
            button.setEnabled(not busy)
        if busy:
            self.correct.setEnabled(False)

    def look_for_corrections(self) -> None:
        batch, plan = self.session.batch, self.session.plan
        if batch is None or plan is None:
            return
        self._busy(True)
        self.said.setText(self.tr("Reading the pages on the wiki…"))

        def job(_cancel: threading.Event) -> Iterator[object]:  # on the worker thread
            yield corrections(batch, plan, self.wiki_for(batch).connect())

        self.runner.start(job)

    def make_corrections(self) -> None:
        batch, plan, found = self.session.batch, self.session.plan, self.found
        if batch is None or plan is None or not found:
            return
        self._busy(True)
        self.finished = None
        self.said.setText(self.tr("Correcting the pages…"))

        def job(cancel: threading.Event) -> Iterator[object]:
            yield from apply_corrections(batch, plan, self.wiki_for(batch).connect(), found,
                                         cancel=cancel)  # fmt: skip

        self.runner.start(job)

    def see_changes(self) -> None:
        batch, plan = self.session.batch, self.session.plan
        if batch is None or plan is None:
            return
        self._busy(True)
        self.engagement.setText(self.tr("Reading the pages' histories on the wiki…"))

        def job(_cancel: threading.Event) -> Iterator[object]:
            yield community(batch, plan, self.wiki_for(batch).connect())

        self.runner.start(job)

    def save_sheet(self, path: Path | None = None) -> Path | None:
        """Write what others changed as a sheet (asked where, unless ``path`` is given)."""
        batch = self.session.batch
        if self.community is None or batch is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save what others changed"),
                str(batch.folder / "additions.xlsx"), self.tr("Spreadsheets (*.xlsx *.csv)"),
            )  # fmt: skip
            if not chosen:
                return None
            path = Path(chosen)
        write_sheet(path, HEADER, self.community.lines())
        link = QUrl.fromLocalFile(str(path)).toString()
        self.engagement.setText(
            self.tr('The sheet is written: <a href="{0}">{1}</a> ({2} changes).').format(
                link, path, len(self.community.changes)
            )
        )
        return path

    def _event(self, event: object) -> None:
        if isinstance(event, list):
            self._corrections(event)
        elif isinstance(event, Community):
            self._community(event)
        elif isinstance(event, RowCorrected):
            self._mark(event.row, self.tr("corrected: {0}").format(", ".join(event.fields)))
        elif isinstance(event, RowNoted):
            sentence, hint = problem_said(event.problem)
            self._mark(event.row, f"{sentence} {hint}")
        elif isinstance(event, UpdateFinished):
            self.finished = event
            self.found = []
            corrected = counted(
                event.corrected, self.tr("{n} page corrected"), self.tr("{n} pages corrected")
            )
            conflicts = counted(
                len(event.conflicts), self.tr("{n} conflict"), self.tr("{n} conflicts")
            )
            self.said.setText(
                self.tr(
                    "{0}, {1} unchanged, {2}: where a volunteer changed a field the catalog also "
                    "changed, the volunteer's value was kept."
                ).format(corrected, event.unchanged, conflicts)
            )

    def _corrections(self, found: list[Correction]) -> None:
        self.found = found
        shown = [c for c in found if c.edits or c.notes]
        self.pages.setRowCount(len(shown))
        for line, correction in enumerate(shown):
            what = [problem_said(note)[0] for note in correction.notes]
            if correction.edits:
                fields = ", ".join(correction.changed)
                what.insert(0, self.tr("corrects: {0}").format(fields))
            _fill(self.pages, line, [str(correction.row), correction.title, " ".join(what)])
            self.pages.resizeRowToContents(line)
        editing = sum(c.edits for c in found)
        pages = counted(editing, self.tr("Correct {n} page"), self.tr("Correct {n} pages"))
        self.correct.setText(pages)
        self.correct.setEnabled(editing > 0)
        self.said.setText(
            self.tr("{0} of the {1} pages on the wiki would be corrected.").format(
                editing, len(found)
            )
            if editing
            else self.tr("Nothing to correct: the {0} pages agree with the batch.").format(
                len(found)
            )
        )
        if shown:
            self.pages.setCurrentCell(0, 0)

    def _show_change(self, line: int) -> None:
        shown = [c for c in self.found if c.edits or c.notes]
        if 0 <= line < len(shown):  # the page's lines only: the table above names the page
            lines = shown[line].diff().splitlines()
            if lines[:2] and lines[0].startswith("--- ") and lines[1].startswith("+++ "):
                lines = lines[2:]
            self.change.setPlainText("\n".join(lines))

    def _mark(self, row: int, text: str) -> None:
        for line in range(self.pages.rowCount()):
            if self.pages.item(line, 0).text() == str(row):
                _fill(self.pages, line, [str(row), self.pages.item(line, 1).text(), text])

    def _community(self, found: Community) -> None:
        self.community = found
        if self.session.batch is not None:  # for the impact report: the community's figures
            with Store(self.store_path) as store:
                found.keep(store, f"{self.session.batch.name} (batch)", datetime.date.today())
        self.changes.setRowCount(len(found.changes))
        for line, change in enumerate(found.changes):
            when = change.date.replace("T", " ").removesuffix("Z")[:16]  # 2026-12-01 17:10
            _fill(self.changes, line, [str(change.row), change.identifier,
                                       self._kinds().get(change.change, change.change),
                                       change.value, when, change.editor])  # fmt: skip
        editors = found.editors
        bots = sum(e.bot_edits for e in found.engagement.values())
        self.engagement.setText(
            self.tr("{0} on {1} of the {2} pages, by {3}; {4} by bots.").format(
                counted(len(found.changes), self.tr("{n} change"), self.tr("{n} changes")),
                found.edited,
                found.pages,
                counted(editors, self.tr("{n} editor"), self.tr("{n} editors")),
                counted(bots, self.tr("{n} edit"), self.tr("{n} edits")),
            )
        )
        self.save.setEnabled(True)

    def _kinds(self) -> dict[str, str]:
        """The kinds of change in the window's language (the sheet keeps them in English, for
        the collection system's import)."""
        return {
            CATEGORY_ADDED: self.tr("category added"),
            CATEGORY_REMOVED: self.tr("category removed"),
            LANGUAGE_ADDED: self.tr("description added"),
            FIELD_CHANGED: self.tr("field changed"),
            RENAMED: self.tr("file renamed"),
            OTHER: self.tr("other edits"),
            STATEMENT_ADDED: self.tr("statement added"),
            STATEMENT_REMOVED: self.tr("statement removed"),
            CAPTION_ADDED: self.tr("caption added"),
        }

    def _failed(self, message: str) -> None:
        self.said.setText(message)

    def _done(self) -> None:
        self._busy(False)
        self.correct.setEnabled(bool([c for c in self.found if c.edits]))
