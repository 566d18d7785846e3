"""Step 6, Upload: the account, a pilot, start, pause, resume, cancel; progress with files,
bytes, rate and time left; each row's state in the Catalog table as it changes. The batch's
journal keeps every row's state: after a crash or a closed window, it goes on where it was."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from glamdonor.core.journal import Journal, journal_path
from glamdonor.core.wikis import SANDBOX, WikiIdentity, api_url_of
from glamdonor.gui.session import Session
from glamdonor.gui.words import error_said, problem_said
from glamdonor.gui.worker import Runner
from glamdonor.jobs.events import (
    BatchFinished,
    BatchStarted,
    FileSent,
    ItemFailed,
    ItemSkipped,
    ItemUploaded,
    RowRecorded,
)
from glamdonor.jobs.events import RecordContradicted as Contradicted
from glamdonor.jobs.events import (
    said as said_in_english,
)
from glamdonor.jobs.plan import records_on
from glamdonor.jobs.progress import UploadProgress, duration, size
from glamdonor.jobs.results import results_path, write_results
from glamdonor.jobs.upload import upload_batch
from glamdonor.wiki import pwb
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.credentials import Credentials, save
from glamdonor.wiki.sandbox import unavailable


def _in_the_window(words: str) -> str:
    """A named wiki's words translated (core/wikis.py marks them); another wiki's as it is."""
    return QCoreApplication.translate("", words)


class UploadPage(QWidget):
    row_changed = Signal(object)  # the ItemRecord of a row whose state changed
    wiki_waits = Signal(float)  # seconds before the wiki, which does not answer, is tried again
    wiki_moved = Signal(str)  # the address where a wiki that went away answers again

    def __init__(self, session: Session, wiki_for: object) -> None:
        super().__init__()
        self.session, self.wiki_for = session, wiki_for
        self.progress_figures: UploadProgress | None = None
        self.finished: BatchFinished | None = None
        self.used: WikiIdentity | None = None  # the wiki of the last upload
        self.runner = Runner(self)
        self.runner.event.connect(self._event)
        self.runner.failed.connect(self._failed)
        self.runner.done.connect(self._done)
        self.wiki_waits.connect(self._waiting)
        self.wiki_moved.connect(self._moved)
        self.how_to = QLabel(
            self.tr(
                "Make a BotPassword on the wiki: log in there, open Special:BotPasswords, give "
                "it a name (for example “glamdonor”) and the rights “High-volume editing”, "
                "“Edit existing pages”, “Create, edit, and move pages” and “Upload new files”. "
                "The wiki then shows a login name such as “YourName@glamdonor” and a password: "
                "enter both here. The password is kept in this computer's keyring, never in a "
                "file."
            )
        )
        self.how_to.setWordWrap(True)
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("BotPassword login name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("BotPassword password"))
        self.account = QWidget()
        form = QFormLayout(self.account)
        form.addRow(self.how_to)
        form.addRow(self.tr("Login name"), self.login)
        form.addRow(self.tr("Password"), self.password)
        self.pilot = QSpinBox()
        self.pilot.setRange(0, 1000)
        self.pilot.setAccessibleName(self.tr("Rows in the pilot"))
        self.pilot.setSpecialValueText(self.tr("no pilot: every row"))
        self.start = QPushButton(self.tr("Start uploading"))
        self.pause = QPushButton(self.tr("Pause"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.start.clicked.connect(self.run)
        self.pause.clicked.connect(self.toggle_pause)
        self.cancel.clicked.connect(self._cancelled)
        for button in (self.pause, self.cancel):
            button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Upload progress"))
        self.figures = QLabel()
        self.said = QLabel(
            self.tr("Every ready row is sent once; a stopped upload goes on where it stopped.")
        )
        self.said.setWordWrap(True)
        self.outcomes = QTableWidget(0, 3)
        self.outcomes.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("What happened"), self.tr("Page on the wiki")]
        )
        self.outcomes.setAccessibleName(self.tr("The rows of this upload"))
        self.outcomes.verticalHeader().hide()
        self.outcomes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outcomes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outcomes.setWordWrap(True)
        self.outcomes.horizontalHeader().setStretchLastSection(True)
        self.outcomes.horizontalHeader().resizeSection(0, 56)
        self.outcomes.horizontalHeader().resizeSection(1, 460)
        self.outcomes.itemActivated.connect(lambda item: self.open_page(item.row()))
        self.open_button = QPushButton(self.tr("Open the page on the wiki"))
        self.open_button.clicked.connect(lambda: self.open_page(self.outcomes.currentRow()))
        self.results_button = QPushButton(self.tr("Write the results sheet"))
        self.results_button.clicked.connect(self.write_results)
        self.results_button.setEnabled(False)
        pilot_row = QHBoxLayout()
        pilot_row.addWidget(QLabel(self.tr("Pilot: upload first")))
        pilot_row.addWidget(self.pilot)
        pilot_row.addWidget(QLabel(self.tr("rows drawn at random, to review on the wiki")))
        pilot_row.addStretch()
        buttons = QHBoxLayout()
        for widget in (self.start, self.pause, self.cancel):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.account)
        layout.addLayout(pilot_row)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.figures)
        layout.addWidget(self.said)
        layout.addWidget(self.outcomes, 1)
        after = QHBoxLayout()
        for widget in (self.open_button, self.results_button):
            after.addWidget(widget)
        after.addStretch()
        layout.addLayout(after)
        session.opened.connect(self._opened)

    def open_page(self, line: int) -> None:
        """Open a row's page in the browser (double-click or Return on its line)."""
        found = self.outcomes.item(line, 2) if line >= 0 else None
        if found is not None and found.text().startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(found.text()))

    def write_results(self) -> Path | None:
        """The results sheet, beside the batch file: a line per row, with its page."""
        batch, plan = self.session.batch, self.session.plan
        if batch is None or plan is None:
            return None
        path = results_path(batch.manifest)
        with Journal(journal_path(batch.manifest)) as journal:
            records = records_on(journal, batch.target, wiki=self.used)[1]
        count = write_results(path, plan, records)
        self.said.setText(
            self.tr("The results sheet is written: {0} ({1} rows).").format(path, count)
        )
        return path

    def _outcome(self, event: ItemUploaded | ItemSkipped | ItemFailed) -> None:
        line = self.outcomes.rowCount()
        self.outcomes.insertRow(line)
        link = event.page_url if isinstance(event, ItemUploaded) else ""
        for column, text in enumerate((str(event.row), self._what_happened(event), link)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.outcomes.setItem(line, column, cell)
        if link and self.outcomes.currentRow() < 0:
            self.outcomes.setCurrentCell(line, 0)
        self.outcomes.resizeRowToContents(line)

    def _what_happened(self, event: ItemUploaded | ItemSkipped | ItemFailed) -> str:
        """A row's outcome in a few words, for its line in the table (its link beside)."""
        if isinstance(event, ItemUploaded):
            if event.already_there:
                return self.tr("already there")
            if event.started_over:
                return self.tr(
                    "uploaded (the wiki had lost track of the half-sent upload: the file was "
                    "sent again from its first byte)"
                )
            return self.tr("uploaded")
        sentence, hint = problem_said(event.problem)
        if isinstance(event, ItemSkipped):
            return self.tr("skipped: {0}").format(sentence)
        return self.tr("not uploaded: {0} {1}").format(sentence, hint)

    def _opened(self) -> None:
        self.outcomes.setRowCount(0)
        self.results_button.setEnabled(self.session.plan is not None)
        batch = self.session.batch
        self.account.setVisible(batch is not None and batch.target != SANDBOX)
        reason = unavailable() if batch is not None and batch.target == SANDBOX else None
        self.start.setEnabled(reason is None)
        if reason is not None:  # Windows, macOS, or Linux without MediaWiki: say so at once
            self.said.setText(error_said(reason))

    def run(self) -> None:
        batch, plan = self.session.batch, self.session.plan
        if batch is None or plan is None:
            return
        login, password, pilot = self.login.text().strip(), self.password.text(), self.pilot.value()
        self.password.clear()
        for button, enabled in ((self.start, False), (self.pause, True), (self.cancel, True)):
            button.setEnabled(enabled)
        self.said.setText(self.tr("Connecting to the wiki…"))
        pwb.STOP.clear()
        pwb.waiting, pwb.moved = self.wiki_waits.emit, self.wiki_moved.emit  # worker thread
        self.outcomes.setRowCount(0)

        def job(cancel: threading.Event) -> Iterator[object]:  # on the worker thread
            if login and password:
                api_url = api_url_of(batch.target)
                wiki = Wiki(api_url, Credentials.from_login_name(login, password)).connect()
                save(api_url, wiki.credentials)  # checked by the login: kept
            else:
                wiki = self.wiki_for(batch).connect()
            yield wiki.identity  # the wiki the results sheet is then of
            yield from upload_batch(batch, plan, wiki, pilot=pilot, cancel=cancel)

        self.runner.start(job)

    def _cancelled(self) -> None:
        """Stop after the file under way; a wait for a wiki that does not answer ends now."""
        pwb.STOP.set()
        self.runner.stop()

    def toggle_pause(self) -> None:
        if self.runner.paused:
            self.runner.resume()
            self.pause.setText(self.tr("Pause"))
        else:
            self.runner.pause()
            self.pause.setText(self.tr("Resume"))
            self.said.setText(self.tr("Paused after the file under way."))

    def _event(self, event: object) -> None:
        if isinstance(event, BatchStarted):
            self.progress_figures = UploadProgress(event)
            self.bar.setRange(0, max(event.files_to_send, 1))
            self.bar.setValue(0 if event.files_to_send else 1)  # nothing left to send: full
            self.said.setText(self._going(event))
        elif isinstance(event, FileSent) and self.progress_figures:
            self.progress_figures.sent(event)
            self.bar.setValue(self.progress_figures.sent_files)
            self.figures.setText(self._figures(self.progress_figures))
        elif isinstance(event, Contradicted):
            self.said.setText(
                self.tr(
                    "Row {0} was done on this wiki, but is no longer there: it goes again."
                ).format(event.row)
            )
            self.said.setToolTip(said_in_english(event))
        elif isinstance(event, ItemUploaded | ItemSkipped | ItemFailed):
            self._outcome(event)
            self.said.setText(self._said(event))
            self.said.setToolTip(said_in_english(event))  # with the row's own values
        elif isinstance(event, BatchFinished):
            self.finished = event
            self.said.setText(
                self.tr("{0} uploaded, {1} already there, {2} skipped, {3} not uploaded.").format(
                    event.uploaded, event.already_there, event.skipped, event.failed
                )
                + (self.tr(" Stopped: start again to go on.") if event.cancelled else "")
            )
            if not event.cancelled and not event.failed:
                self.session.mark("upload")
        elif isinstance(event, WikiIdentity):
            self.used = event
        elif isinstance(event, RowRecorded):  # a row's record, as the journal holds it now
            self.row_changed.emit(event.record)

    def _going(self, event: BatchStarted) -> str:
        """Where the files go, said before the first byte, with a rehearsal elsewhere."""
        wiki = _in_the_window(event.wiki)
        line = self.tr("Uploading to {0} as {1}: {2} rows to send.").format(
            wiki, event.account, event.files_to_send
        )
        if event.rehearsed:
            done = "; ".join(
                self.tr("{0} ({1} rows verified there)").format(_in_the_window(words), count)
                for words, count in event.rehearsed
            )
            line = self.tr(
                "Rehearsed on {0}; now uploading to {1} as {2}: {3} rows to send."
            ).format(done, wiki, event.account, event.files_to_send)
        if event.journal_set_aside:
            line += " " + self.tr(
                "The batch's journal was damaged: it is kept, untouched, as {0}, and a new one "
                "is started; each row's state is asked of the wiki again."
            ).format(event.journal_set_aside)
        if event.kept_aside:
            line += " " + self.tr(
                "{0} rows recorded by an earlier glamdonor cannot be told to be on this wiki: "
                "they are sent unless the wiki already holds their files."
            ).format(event.kept_aside)
        return line

    def _figures(self, progress: UploadProgress) -> str:
        elapsed = max(progress.clock() - progress.start, 1e-9)
        left = progress.seconds_left(elapsed)
        line = self.tr("{0}/{1} files, {2} of {3}, {4}/s").format(
            progress.sent_files,
            progress.files,
            size(progress.sent_bytes),
            size(progress.bytes),
            size(progress.sent_bytes / elapsed),
        )
        if left is not None:
            line += self.tr(", about {0} left").format(duration(left))
        return line

    def _said(self, event: ItemUploaded | ItemSkipped | ItemFailed) -> str:
        if isinstance(event, ItemUploaded):
            if event.already_there:
                return self.tr("row {0}: already there: {1}").format(event.row, event.page_url)
            if event.started_over:
                return self.tr(
                    "row {0}: uploaded: {1} (the wiki had lost track of the half-sent upload: "
                    "the file was sent again from its first byte)"
                ).format(event.row, event.page_url)
            return self.tr("row {0}: uploaded: {1}").format(event.row, event.page_url)
        sentence, hint = problem_said(event.problem)
        reason = sentence if isinstance(event, ItemSkipped) else f"{sentence} {hint}".strip()
        if isinstance(event, ItemSkipped):
            return self.tr("row {0}: skipped: {1}").format(event.row, reason)
        return self.tr("row {0}: not uploaded: {1}").format(event.row, reason)

    def _waiting(self, seconds: float) -> None:
        self.said.setText(
            self.tr("The wiki does not answer; trying again in {0} s (Cancel to stop).").format(
                round(seconds)
            )
        )

    def _moved(self, api_url: str) -> None:
        self.said.setText(
            self.tr("The wiki answers again, at {0}: going on there.").format(api_url)
        )

    def _failed(self, message: str) -> None:
        self.said.setText(self.tr("The upload stopped: {0}").format(message))

    def _done(self) -> None:
        pwb.STOP.clear()  # the other steps' waits listen to it too
        pwb.waiting = pwb.moved = None
        for button, enabled in ((self.start, True), (self.pause, False), (self.cancel, False)):
            button.setEnabled(enabled)
        self.pause.setText(self.tr("Pause"))
