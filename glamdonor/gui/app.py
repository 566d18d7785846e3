"""``glamdonor-gui``: one window, one path. The steps Catalog, Mapping, Partner, Wikidata,
Check, Upload, Impact and Community are always in view on the side, each marked when done; the
batch opens (and every long job runs) on a worker thread, so that the window never freezes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QFileSystemWatcher,
    QLocale,
    Qt,
    QTimer,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
)

from glamdonor import translations
from glamdonor.core.agent import HOME
from glamdonor.core.batch import Batch
from glamdonor.gui.account import wiki_for
from glamdonor.gui.catalog_page import CatalogPage
from glamdonor.gui.check_page import CheckPage
from glamdonor.gui.community_page import CommunityPage
from glamdonor.gui.impact_page import ImpactPage
from glamdonor.gui.items_model import ItemsModel
from glamdonor.gui.mapping_page import MappingPage
from glamdonor.gui.new_batch import SPREADSHEETS, NewBatchDialog, starter_sheet
from glamdonor.gui.partner_page import PartnerPage
from glamdonor.gui.session import Loaded, Session, load, recent
from glamdonor.gui.upload_page import UploadPage
from glamdonor.gui.wikidata_page import WikidataPage
from glamdonor.gui.worker import Runner
from glamdonor.wiki.connection import Wiki

STEPS = {
    "catalog": QT_TRANSLATE_NOOP("MainWindow", "Catalog"),
    "mapping": QT_TRANSLATE_NOOP("MainWindow", "Mapping"),
    "partner": QT_TRANSLATE_NOOP("MainWindow", "Partner"),
    "wikidata": QT_TRANSLATE_NOOP("MainWindow", "Wikidata"),
    "check": QT_TRANSLATE_NOOP("MainWindow", "Check"),
    "upload": QT_TRANSLATE_NOOP("MainWindow", "Upload"),
    "impact": QT_TRANSLATE_NOOP("MainWindow", "Impact"),
    "community": QT_TRANSLATE_NOOP("MainWindow", "Community"),
}
LANGUAGES = ("en", "fr", "es", "ar")
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self, metrics_store: Path | None = None, wiki_of: Callable[[Batch], Wiki] = wiki_for
    ) -> None:
        super().__init__()
        self.setWindowTitle("glamdonor")
        self.resize(1100, 680)
        self.setAcceptDrops(True)
        self.session = Session()
        self.model = ItemsModel()
        self.loader = Runner(self)
        self.loader.event.connect(self._loaded)
        self.loader.failed.connect(self._not_loaded)
        self.catalog = CatalogPage(self.session, self.model)
        self.mapping = MappingPage(self.session, wiki_of)
        self.partner = PartnerPage(self.session)
        self.wikidata = WikidataPage(self.session)
        self._keep_row: int | None = None
        self.check = CheckPage(self.session, wiki_of)
        self.upload = UploadPage(self.session, wiki_of)
        self.impact = ImpactPage(self.session, wiki_of, metrics_store)
        self.community = CommunityPage(self.session, wiki_of, metrics_store)
        self.pages = QStackedWidget()
        for page in (
            self.catalog,
            self.mapping,
            self.partner,
            self.wikidata,
            self.check,
            self.upload,
            self.impact,
            self.community,
        ):
            self.pages.addWidget(page)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setMaximumWidth(200)
        for name in STEPS.values():
            self.steps.addItem(QListWidgetItem(tr(name)))
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.steps.setCurrentRow(0)
        split = QSplitter()
        split.addWidget(self.steps)
        split.addWidget(self.pages)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 980])
        self.setCentralWidget(split)
        self._menus()
        self.session.opened.connect(self._marks)
        self.session.step_done.connect(lambda _step: self._marks())
        self.check.go_to_row.connect(self.show_row)
        self.check.checked.connect(self._checked)
        self.upload.row_changed.connect(self.model.set_record)
        self.catalog.table.selectionModel().currentRowChanged.connect(self._preview)
        self.mapping.saved.connect(self._again)
        self.partner.saved.connect(self._again)
        self.catalog.new_wanted.connect(self.choose_spreadsheet)
        self.catalog.open_wanted.connect(self.choose_batch)
        # The catalog is watched: saved in the spreadsheet program, it is read again.
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(lambda _path: self.reread.start())
        self.reread = QTimer(self)
        self.reread.setSingleShot(True)
        self.reread.setInterval(500)  # a program saves in several writes: read once, after
        self.reread.timeout.connect(self._catalog_changed)

    # -- compatibility with the first window: the message and the table of rows ----------

    @property
    def message(self) -> QLabel:
        return self.catalog.summary

    @property
    def table(self) -> object:
        return self.catalog.table

    # -- opening --------------------------------------------------------------------------

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Batch"))
        starting = QAction(self.tr("&New from a spreadsheet…"), self)
        starting.setShortcut(QKeySequence.StandardKey.New)
        starting.triggered.connect(self.choose_spreadsheet)
        menu.addAction(starting)
        opening = QAction(self.tr("&Open…"), self)
        opening.setShortcut(QKeySequence.StandardKey.Open)
        opening.triggered.connect(self.choose_batch)
        menu.addAction(opening)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        helping = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Guide for museum staff"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        helping.addAction(guide)
        for number, name in enumerate(STEPS.values(), 1):
            go = QAction(tr(name), self)
            go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, n=number - 1: self.steps.setCurrentRow(n))
            self.addAction(go)

    def show_guide(self) -> QDialog | None:
        """The guide for museum staff, in a window of its own (from the docs beside the
        program); where they are not, on the project's site in the browser."""
        found = guide_file()
        if found is None:
            QDesktopServices.openUrl(QUrl(f"{HOME}/blob/main/docs/guide-museum-staff.md"))
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Guide for museum staff"))
        text = QTextBrowser(dialog)
        text.setOpenExternalLinks(True)
        text.setSearchPaths([str(found.parent)])
        text.setMarkdown(found.read_text(encoding="utf-8"))
        text.setAccessibleName(self.tr("Guide for museum staff"))
        QVBoxLayout(dialog).addWidget(text)
        dialog.resize(760, 640)
        dialog.show()
        return dialog

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_batch(p))

    def choose_batch(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open batch"), "", self.tr("Batch files (*.toml)")
        )
        if path:
            self.open_batch(Path(path))

    def open_batch(self, path: Path) -> None:
        """Open a batch on a worker thread; the window stays alive while its catalog loads."""
        self.message.setText(self.tr("Opening {0}…").format(path.name))
        self.model.set_plan(None)
        self.loader.start(load(path))

    def choose_spreadsheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("New batch from a spreadsheet"),
            "",
            self.tr("Spreadsheets (*.csv *.tsv *.xlsx *.xls *.ods)"),
        )
        if path:
            self.take_dropped(Path(path))

    def take_dropped(self, path: Path) -> NewBatchDialog | None:
        """A batch file opens; a spreadsheet, or a folder of media, starts a new batch."""
        if path.suffix.lower() == ".toml":
            self.open_batch(path)
            return None
        if path.is_dir():
            dialog = NewBatchDialog(starter_sheet(path), media=path, parent=self)
        elif path.suffix.lower() in SPREADSHEETS:
            dialog = NewBatchDialog(path, parent=self)
        else:
            return None
        dialog.accepted.connect(lambda: self.open_batch(dialog.manifest))
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: object) -> None:
        if any(_droppable(Path(url.toLocalFile())) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: object) -> None:
        for url in event.mimeData().urls():
            if _droppable(Path(url.toLocalFile())):
                self.take_dropped(Path(url.toLocalFile()))
                return

    def _loaded(self, loaded: Loaded) -> None:
        self.model.set_plan(loaded.plan, loaded.records)
        self.session.take(loaded)
        self._watch(loaded.batch.catalog)
        self.setWindowTitle(f"{loaded.batch.name} – glamdonor")
        if loaded.plan is None and loaded.needs_partner:
            said = self.tr(
                "This batch's mapping uses the institution's name: make its partner profile "
                "in the Partner step."
            )
            self.message.setText(said)
            self.steps.setCurrentRow(2)  # to the Partner step, where the profile is made
            return
        if loaded.plan is None:
            said = self.tr("This batch's mapping does not fit its catalog yet: {0}")
            self.message.setText(said.format(loaded.problem))
            self.mapping.said.setText(said.format(loaded.problem))
            self.steps.setCurrentRow(1)  # to the Mapping step, where it is fixed
            return
        if self._keep_row is not None and self._keep_row < self.model.rowCount():
            # the current index, not only the selection: right to left, selectRow sets none
            self.catalog.table.setCurrentIndex(self.model.index(self._keep_row, 0))
        self._keep_row = None

    def _again(self, manifest: Path) -> None:
        """Open the batch again after its mapping or partner changed, on the same row."""
        current = self.catalog.table.currentIndex()
        self._keep_row = current.row() if current.isValid() else None
        self.open_batch(manifest)

    def _watch(self, catalog: Path) -> None:
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        if catalog.is_file():
            self.watcher.addPath(str(catalog))

    def _catalog_changed(self) -> None:
        """The spreadsheet was saved: the batch is read again (a program that saves by
        replacing the file is watched again on the new one)."""
        batch = self.session.batch
        if batch is None:
            return
        if self.loader.busy or self.check.runner.busy or self.upload.runner.busy:
            self.reread.start()  # read once the job under way is over
            return
        self.message.setText(self.tr("The catalog changed; reading it again…"))
        self._again(batch.manifest)

    def _checked(self, report: object) -> None:
        """The check read the catalog again: its plan is the batch's from now on."""
        if report.plan is not self.session.plan:
            self.session.plan = report.plan
            self.model.set_plan(report.plan, self.session.records)
        self.model.set_problems(report.problems)

    def _not_loaded(self, message: str) -> None:
        self.model.set_plan(None)
        self.message.setText(self.tr("This batch cannot be opened: {0}").format(message))

    def _marks(self) -> None:
        for index, (step, name) in enumerate(STEPS.items()):
            done = step in self.session.done
            self.steps.item(index).setText(("✓ " if done else "") + tr(name))

    def show_row(self, index: int, column: int) -> None:
        self.steps.setCurrentRow(0)
        self.catalog.show_row(index, column)

    def _preview(self, current: object, _previous: object) -> None:
        plan = self.session.plan
        if plan is not None and current.isValid():
            self.mapping.show_item(plan.item(current.row()))


def guide_file() -> Path | None:
    """The guide for museum staff shipped beside the program, if it is."""
    for folder in (Path(__file__).resolve().parents[2], Path(getattr(sys, "_MEIPASS", "."))):
        found = folder / "docs" / "guide-museum-staff.md"
        if found.is_file():
            return found
    return None


def _droppable(path: Path) -> bool:
    return path.is_dir() or path.suffix.lower() in {".toml", *SPREADSHEETS}


def install_language(app: QApplication, language: str | None = None) -> QTranslator | None:
    """The window's language: the one given (``GLAMDONOR_LANGUAGE``), else the system's;
    English when there is no translation; laid out right to left for Arabic. Returns the
    translator installed, if any."""
    language = language or os.environ.get("GLAMDONOR_LANGUAGE") or QLocale.system().name()
    language = language.split("_")[0].lower()
    if language not in LANGUAGES:
        language = "en"
    translator = None
    if language != "en":
        translator = QTranslator(app)
        with resources.as_file(resources.files(translations) / f"glamdonor_{language}.qm") as qm:
            if not translator.load(str(qm)):
                raise RuntimeError(f"the translation {qm} did not load")
        app.installTranslator(translator)
    app.setProperty("glamdonor_language", language)  # the reports it writes are in it too
    direction = Qt.LayoutDirection
    app.setLayoutDirection(
        direction.RightToLeft if language in RIGHT_TO_LEFT else direction.LeftToRight
    )
    return translator


def main() -> int:
    app = QApplication(sys.argv)
    app.setApplicationName("glamdonor")
    app.setOrganizationName("glamdonor")
    install_language(app)
    window = MainWindow()
    given = [Path(a) for a in app.arguments()[1:] if a.endswith(".toml")]
    last = recent()[:1]  # after a crash or a closed window: the batch it had open
    for path in given or last:
        window.open_batch(path)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
