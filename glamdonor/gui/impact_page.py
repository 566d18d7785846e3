"""Step 7, Impact: refresh the usage of the uploaded files, see the figures and a chart of
views and requests per month, and export the report (PDF, HTML, XLSX, CSV, JSON)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from glamdonor.core.errors import GlamdonorError
from glamdonor.core.partner import load_partner
from glamdonor.core.places import data_dir
from glamdonor.gui.session import Session
from glamdonor.gui.words import error_said
from glamdonor.gui.worker import Runner
from glamdonor.jobs.metrics import MetricsFinished, MetricsStep, batch_scope, refresh
from glamdonor.metrics.figures import Impact, impact
from glamdonor.metrics.headlines import filled, headlines
from glamdonor.metrics.http import Http
from glamdonor.metrics.report import FORMATS, tables, write_report
from glamdonor.metrics.store import Store
from glamdonor.metrics.words import Words

TABLE_WORDS = (  # the report tables' titles and headings, as the window says them
    QT_TRANSLATE_NOOP("ImpactPage", "Summary"),
    QT_TRANSLATE_NOOP("ImpactPage", "Per month"),
    QT_TRANSLATE_NOOP("ImpactPage", "New usages"),
    QT_TRANSLATE_NOOP("ImpactPage", "Lost usages"),
    QT_TRANSLATE_NOOP("ImpactPage", "Commons Impact Metrics"),
    QT_TRANSLATE_NOOP("ImpactPage", "figure"),
    QT_TRANSLATE_NOOP("ImpactPage", "value"),
    QT_TRANSLATE_NOOP("ImpactPage", "definition"),
    QT_TRANSLATE_NOOP("ImpactPage", "month"),
    QT_TRANSLATE_NOOP("ImpactPage", "in use after N days"),
    QT_TRANSLATE_NOOP("ImpactPage", "new and lost usages"),
    QT_TRANSLATE_NOOP("ImpactPage", "usage over time"),
    QT_TRANSLATE_NOOP("ImpactPage", "Top pages"),
    QT_TRANSLATE_NOOP("ImpactPage", "Top files"),
    QT_TRANSLATE_NOOP("ImpactPage", "Use on Wikidata"),
    QT_TRANSLATE_NOOP("ImpactPage", "item"),
    QT_TRANSLATE_NOOP("ImpactPage", "label"),
    QT_TRANSLATE_NOOP("ImpactPage", "property"),
    QT_TRANSLATE_NOOP("ImpactPage", "Wikis"),
    QT_TRANSLATE_NOOP("ImpactPage", "Languages"),
    QT_TRANSLATE_NOOP("ImpactPage", "In use after"),
    QT_TRANSLATE_NOOP("ImpactPage", "Usage over time"),
    QT_TRANSLATE_NOOP("ImpactPage", "wiki"),
    QT_TRANSLATE_NOOP("ImpactPage", "page"),
    QT_TRANSLATE_NOOP("ImpactPage", "views"),
    QT_TRANSLATE_NOOP("ImpactPage", "file"),
    QT_TRANSLATE_NOOP("ImpactPage", "language"),
    QT_TRANSLATE_NOOP("ImpactPage", "days"),
    QT_TRANSLATE_NOOP("ImpactPage", "share"),
    QT_TRANSLATE_NOOP("ImpactPage", "files counted"),
    QT_TRANSLATE_NOOP("ImpactPage", "snapshot"),
)
NAMES = (  # the figures' and steps' names, as the window says them (self.tr(name))
    QT_TRANSLATE_NOOP("ImpactPage", "files"),
    QT_TRANSLATE_NOOP("ImpactPage", "files used"),
    QT_TRANSLATE_NOOP("ImpactPage", "share of files used"),
    QT_TRANSLATE_NOOP("ImpactPage", "pages"),
    QT_TRANSLATE_NOOP("ImpactPage", "articles"),
    QT_TRANSLATE_NOOP("ImpactPage", "Wikidata items"),
    QT_TRANSLATE_NOOP("ImpactPage", "wikis"),
    QT_TRANSLATE_NOOP("ImpactPage", "languages"),
    QT_TRANSLATE_NOOP("ImpactPage", "page-context views"),
    QT_TRANSLATE_NOOP("ImpactPage", "media requests"),
    QT_TRANSLATE_NOOP("ImpactPage", "new usages"),
    QT_TRANSLATE_NOOP("ImpactPage", "lost usages"),
    QT_TRANSLATE_NOOP("ImpactPage", "edits by others"),
    QT_TRANSLATE_NOOP("ImpactPage", "editors"),
    QT_TRANSLATE_NOOP("ImpactPage", "changes by others"),
    QT_TRANSLATE_NOOP("ImpactPage", "usage"),
    QT_TRANSLATE_NOOP("ImpactPage", "page views"),
    QT_TRANSLATE_NOOP("ImpactPage", "category"),
)


def window_words() -> Words:
    """The report's words in the window's language (its translations, its direction)."""
    app = QCoreApplication.instance()
    language = str(app.property("glamdonor_language") or "en") if app else "en"
    return Words(
        translate=QCoreApplication.translate,
        language=language,
        right_to_left=QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
    )


class ImpactPage(QWidget):
    def __init__(self, session: Session, wiki_for: object, store: Path | None = None) -> None:
        super().__init__()
        self.session, self.wiki_for = session, wiki_for
        self.store_path = store or data_dir() / "metrics.sqlite"
        self.impact: Impact | None = None
        self.runner = Runner(self)
        self.runner.event.connect(self._event)
        self.runner.failed.connect(
            lambda m: self.said.setText(self.tr("Refreshing stopped: {0}").format(m))
        )
        self.runner.done.connect(lambda: self.refresh_button.setEnabled(True))
        self.refresh_button = QPushButton(self.tr("Refresh the figures"))
        self.refresh_button.clicked.connect(self.run)
        self.format = QComboBox()
        self.format.addItems(FORMATS)
        self.format.setCurrentText("pdf")
        self.format.setAccessibleName(self.tr("Report format"))
        self.export = QPushButton(self.tr("Export the report…"))
        self.export.setEnabled(False)
        self.export.clicked.connect(self.choose_export)
        self.said = QLabel(
            self.tr(
                "Which pages show the uploaded files, and how often they "
                "are seen: take a new snapshot every month."
            )
        )
        self.said.setWordWrap(True)
        self.headlines = QLabel()  # the report's first sentences, in the window's language
        self.headlines.setWordWrap(True)
        self.headlines.setAccessibleName(self.tr("What the figures say"))
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("figure"), self.tr("value")])
        self.table.setAccessibleName(self.tr("Impact figures"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tables = QTabWidget()
        self.tables.setAccessibleName(self.tr("Impact tables"))
        self.chart = QChartView()
        self.chart.setAccessibleName(self.tr("Views and requests per month"))
        self.chart.setMinimumHeight(220)
        self.languages_chart = QChartView()
        self.languages_chart.setAccessibleName(self.tr("Languages reached"))
        self.history_chart = QChartView()
        self.history_chart.setAccessibleName(self.tr("Usage over time"))
        buttons = QHBoxLayout()
        for widget in (self.refresh_button, self.format, self.export):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.said)
        layout.addWidget(self.headlines)
        views = QTabWidget()
        views.addTab(self.table, self.tr("Figures"))
        views.addTab(self.chart, self.tr("Per month"))
        views.addTab(self.history_chart, self.tr("Usage over time"))
        views.addTab(self.languages_chart, self.tr("Languages reached"))
        views.addTab(self.tables, self.tr("Pages, files and languages"))
        layout.addWidget(views)

    def run(self) -> None:
        batch = self.session.batch
        if batch is None:
            return
        self.refresh_button.setEnabled(False)
        store_path = self.store_path

        def job(cancel: threading.Event) -> Iterator[object]:  # on the worker thread
            wiki = self.wiki_for(batch)
            scope, titles = batch_scope(batch, wiki.api_url, None, wiki=wiki.identity)
            http = Http(account=wiki.credentials.account)
            with Store(store_path) as store:
                yield from refresh(store, http, scope, titles, cancel=cancel)
                yield impact(store, scope.name)

        self.runner.start(job)

    def _event(self, event: object) -> None:
        if isinstance(event, MetricsStep):
            self.said.setText(
                self.tr("{0}: {1}/{2}").format(self.tr(event.step), event.done, event.total)
            )
        elif isinstance(event, MetricsFinished):
            self.said.setText(
                self.tr("{0} files on the wiki, {1} shown on articles, {2} pages in all.").format(
                    event.files, event.files_used, event.pages
                )
            )
        elif isinstance(event, Impact):
            self.show_impact(event)

    def show_impact(self, found: Impact) -> None:
        self.impact = found
        self.headlines.setText(
            " ".join(
                filled(template, values, lambda t: QCoreApplication.translate("Headlines", t))
                for template, values in headlines(found)
            )
        )
        self.table.setRowCount(len(found.figures))
        for row, figure in enumerate(found.figures):
            name = QTableWidgetItem(self.tr(figure.name))
            name.setToolTip(QCoreApplication.translate("Figures", figure.definition))
            self.table.setItem(row, 0, name)
            self.table.setItem(
                row,
                1,
                QTableWidgetItem(
                    QCoreApplication.translate("Figures", figure.said())
                    if figure.value is None
                    else figure.said()
                ),
            )
        chart = QChart()
        views, requests = QBarSet(self.tr("page-context views")), QBarSet(self.tr("media requests"))
        for _, viewed, requested in found.monthly:
            views.append(viewed)
            requests.append(requested)
        series = QBarSeries()
        series.append(views)
        series.append(requests)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([str(month) for month, _, _ in found.monthly])
        months.setLabelsAngle(-90)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        values = QValueAxis()
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.setChart(chart)
        self.languages_chart.setChart(
            _bars(
                self.tr("pages"),
                [(language, pages) for language, pages, _ in found.languages[:15]],
                horizontal=True,
            )
        )
        used, pages = QLineSeries(), QLineSeries()
        used.setName(self.tr("files used"))
        pages.setName(self.tr("pages"))
        for day, files_used, shown_on in found.history:
            stamp = QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0)).toMSecsSinceEpoch()
            used.append(stamp, files_used)
            pages.append(stamp, shown_on)
        history = QChart()
        history.addSeries(used)
        history.addSeries(pages)
        days = QDateTimeAxis()
        days.setFormat("yyyy-MM-dd")
        history.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setMin(0)
        history.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        for series in (used, pages):
            series.setPointsVisible(True)
            series.attachAxis(days)
            series.attachAxis(counts)
        self.history_chart.setChart(history)
        self.tables.clear()
        shown = {"Top pages", "Top files", "Use on Wikidata", "Wikis", "Languages", "In use after"}
        for table in (t for t in tables(found) if t.title in shown):
            grid = QTableWidget(len(table.rows), len(table.header))
            grid.setHorizontalHeaderLabels([self.tr(heading) for heading in table.header])
            grid.setAccessibleName(self.tr(table.title))
            grid.verticalHeader().hide()
            for r, row in enumerate(table.rows):
                for c, value in enumerate(row):
                    grid.setItem(
                        r,
                        c,
                        QTableWidgetItem(f"{value:,}" if isinstance(value, int) else str(value)),
                    )
            self.tables.addTab(grid, self.tr(table.title))
        self.export.setEnabled(True)
        self.session.mark("impact")

    def choose_export(self) -> None:
        kind = self.format.currentText()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the report"), f"impact.{kind}", f"{kind.upper()} (*.{kind})"
        )
        if path and self.export_to(Path(path), kind):  # opened where such files are read
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def export_to(self, path: Path, kind: str) -> bool:
        """Write the report and say where (or why it could not be); whether it was written."""
        assert self.impact is not None
        batch = self.session.batch
        try:
            if batch is not None and batch.partner:  # the partner's name and logo on the cover
                partner = load_partner(batch.partner)
                self.impact.partner, self.impact.logo = partner.name, partner.logo
            write_report(self.impact, kind, path, window_words())
        except (GlamdonorError, OSError) as error:
            said = error_said(error) if isinstance(error, GlamdonorError) else error.strerror
            self.said.setText(self.tr("The report could not be written: {0}").format(said))
            return False
        self.said.setText(self.tr("Wrote the report to {0}.").format(path))
        return True


def _bars(name: str, values: list[tuple[str, int]], *, horizontal: bool = False) -> QChart:
    chart = QChart()
    bars = QBarSet(name)
    for _, value in values:
        bars.append(value)
    series = QHorizontalBarSeries() if horizontal else QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    labels = QBarCategoryAxis()
    labels.append([label for label, _ in values] or [""])
    numbers = QValueAxis()
    numbers.setLabelFormat("%d")
    chart.addAxis(
        labels, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
    )
    chart.addAxis(
        numbers, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    series.attachAxis(labels)
    series.attachAxis(numbers)
    chart.legend().hide()
    return chart
