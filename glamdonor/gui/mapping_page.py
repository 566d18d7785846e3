"""Step 2, Mapping: where each part of the page comes from (a column, a fixed value or a
pattern, with transforms), suggested from the catalog's headers, saved as the same TOML file
the command line reads; and a preview of the selected row: title, page text, structured data
and the file's picture."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import tomlkit
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from glamdonor.core.item import Item
from glamdonor.core.render import render
from glamdonor.core.suggest import suggest
from glamdonor.gui.session import Session
from glamdonor.gui.worker import Runner

KINDS = {
    "column": QT_TRANSLATE_NOOP("MappingPage", "a column"),
    "value": QT_TRANSLATE_NOOP("MappingPage", "a fixed value"),
    "pattern": QT_TRANSLATE_NOOP("MappingPage", "a pattern"),
}
TOP = ("title", "file", "license")  # the parts of the page outside [fields]
PRESETS = ("information", "artwork", "photograph", "art-photo", "book")


class MappingPage(QWidget):
    saved = Signal(Path)  # the batch file, to open again with the new mapping

    def __init__(self, session: Session, wiki_of: object = None) -> None:
        super().__init__()
        self.session, self.wiki_of = session, wiki_of
        self.item: Item | None = None
        self.runner = Runner(self)
        self.runner.event.connect(lambda drawn: self.rendered.setHtml(drawn))
        self.runner.failed.connect(
            lambda message: self.rendered.setHtml(
                "<p>" + self.tr("The wiki could not draw the page: {0}").format(message) + "</p>"
            )
        )
        self.document: tomlkit.TOMLDocument | None = None
        self.preset = QComboBox()
        self.preset.addItems(PRESETS)
        self.preset.setAccessibleName(self.tr("Preset"))
        self.suggest_button = QPushButton(self.tr("Suggest from the catalog's headers"))
        self.suggest_button.clicked.connect(self.suggest)
        self.save_button = QPushButton(self.tr("Save and preview"))
        self.save_button.clicked.connect(self.save)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part of the page"),
                self.tr("Comes from"),
                self.tr("Source"),
                self.tr("Transforms"),
            ]
        )
        self.table.setAccessibleName(self.tr("Mapping fields"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.preview = QPlainTextEdit(self.tr("Select a row in the Catalog step to see its page."))
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of the selected row"))
        self.rendered = QTextBrowser()
        self.rendered.setOpenLinks(False)
        self.rendered.setAccessibleName(self.tr("The page, drawn"))
        self.on_wiki = QPushButton(self.tr("Draw it as the wiki does"))
        self.on_wiki.clicked.connect(self.render_on_wiki)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("The selected row's file"))
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Preset:")))
        for widget in (self.preset, self.suggest_button, self.save_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addLayout(buttons)
        column.addWidget(self.said)
        column.addWidget(self.table)
        shown = QWidget()
        side = QVBoxLayout(shown)
        side.addWidget(self.picture)
        views = QTabWidget()
        drawn = QWidget()
        drawn_layout = QVBoxLayout(drawn)
        drawn_layout.addWidget(self.on_wiki)
        drawn_layout.addWidget(self.rendered)
        views.addTab(drawn, self.tr("The page"))
        views.addTab(self.preview, self.tr("Its text and data"))
        side.addWidget(views)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(editor)
        split.addWidget(shown)
        QVBoxLayout(self).addWidget(split)
        session.opened.connect(self.load)

    # -- the mapping file -----------------------------------------------------------------

    def load(self) -> None:
        batch = self.session.batch
        if batch is None:
            return
        self.show_document(tomlkit.parse(batch.mapping.read_text(encoding="utf-8")))
        self.said.setText(self.tr("Mapping file: {0}").format(batch.mapping))

    def show_document(self, document: tomlkit.TOMLDocument) -> None:
        self.document = document
        entries = [(name, document.get(name)) for name in TOP if name in document]
        outside = len(entries)  # these are outside [fields]: "title" is in both
        entries += list(document.get("fields", {}).items())
        self.table.setRowCount(len(entries))
        headers = list(self.session.columns)
        for row, (name, spec) in enumerate(entries):
            kind, source = _kind_and_source(spec)
            part = QTableWidgetItem(name)
            part.setFlags(part.flags() & ~Qt.ItemFlag.ItemIsEditable)
            part.setData(Qt.ItemDataRole.UserRole, "top" if row < outside else "field")
            if row < outside and name == "title":
                part.setText(self.tr("title (of the file)"))
                part.setData(Qt.ItemDataRole.UserRole + 1, name)
            self.table.setItem(row, 0, part)
            kinds = QComboBox()
            for key, said in KINDS.items():
                kinds.addItem(self.tr(said), key)
            kinds.setCurrentIndex(list(KINDS).index(kind))
            kinds.setAccessibleName(self.tr("Where {0} comes from").format(name))
            self.table.setCellWidget(row, 1, kinds)
            sources = QComboBox()
            sources.setEditable(True)
            sources.addItems(headers)
            sources.setCurrentText(source)
            sources.setAccessibleName(self.tr("Source of {0}").format(name))
            self.table.setCellWidget(row, 2, sources)
            transforms = spec.get("transforms", []) if isinstance(spec, dict) else []
            chain = QTableWidgetItem(", ".join(map(str, transforms)))
            if any(not isinstance(t, str) for t in transforms):  # with settings: kept as written
                chain.setText(self.tr("(as written in the file)"))
                chain.setFlags(chain.flags() & ~Qt.ItemFlag.ItemIsEditable)
                chain.setData(Qt.ItemDataRole.UserRole, "kept")
            self.table.setItem(row, 3, chain)

    def suggest(self) -> None:
        if self.session.batch is None:
            return
        preset = self.preset.currentText()
        text = (resources.files("glamdonor.mappings") / f"{preset}.toml").read_text("utf-8")
        found = suggest(text, list(self.session.columns))
        self.show_document(tomlkit.parse(found.text))
        self.said.setText(
            self.tr(
                "Suggested from the “{0}” preset: {1} columns matched; not found: {2}. "
                "Check the sources, then save."
            ).format(preset, len(found.matched), ", ".join(found.unmatched) or "-")
        )

    def edited(self) -> tomlkit.TOMLDocument:
        """The document with the table's choices written into it."""
        assert self.document is not None
        document = self.document
        for row in range(self.table.rowCount()):
            part = self.table.item(row, 0)
            name = part.data(Qt.ItemDataRole.UserRole + 1) or part.text()
            top = part.data(Qt.ItemDataRole.UserRole) == "top"
            kind = self.table.cellWidget(row, 1).currentData()
            source = self.table.cellWidget(row, 2).currentText().strip()
            chain = self.table.item(row, 3)
            kept = chain.data(Qt.ItemDataRole.UserRole) == "kept"
            transforms = [t.strip() for t in chain.text().split(",") if t.strip()]
            table = document if top else document["fields"]
            old = table.get(name)
            spec = tomlkit.inline_table()
            if isinstance(old, dict):
                for key, value in old.items():
                    if key not in KINDS and (key != "transforms" or kept):
                        spec[key] = value  # language, keep, split...: kept as they were
            spec[kind] = source
            if transforms and kind != "value" and not kept:
                spec["transforms"] = transforms
            table[name] = spec
        return document

    def save(self) -> None:
        batch = self.session.batch
        if batch is None or self.document is None:
            return
        batch.mapping.write_text(tomlkit.dumps(self.edited()), encoding="utf-8")
        self.said.setText(self.tr("Saved {0}; the preview follows.").format(batch.mapping))
        self.saved.emit(batch.manifest)

    # -- the preview ------------------------------------------------------------------------

    def render_on_wiki(self) -> None:
        batch, item = self.session.batch, self.item
        if batch is None or item is None or self.wiki_of is None:
            return

        def job(cancel: threading.Event) -> Iterator[str]:  # on the worker thread
            yield self.wiki_of(batch).connect().render(item.wikitext, item.title)

        self.runner.start(job)

    def show_item(self, item: Item) -> None:
        self.item = item
        self.rendered.setHtml(
            f"<h2>{html.escape(item.title)}</h2>"
            + render(item.wikitext)
            + "<p><i>"
            + self.tr("Drawn by glamdonor, without the wiki.")
            + "</i></p>"
        )
        data = json.dumps(json.loads(item.structured_data), indent=2, ensure_ascii=False)
        problems = "\n".join(f"! {p.message} {p.hint}" for p in item.problems)
        self.preview.setPlainText(
            f"{item.title}\n\n{item.wikitext}\n\n{data}" + (f"\n\n{problems}" if problems else "")
        )
        picture = QPixmap(str(item.file)) if item.file else QPixmap()
        if picture.isNull():
            self.picture.setText(self.tr("No picture of this file to show."))
        else:
            self.picture.setPixmap(
                picture.scaled(
                    240,
                    160,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )


def _kind_and_source(spec: object) -> tuple[str, str]:
    if isinstance(spec, dict):
        for kind in KINDS:
            if kind in spec:
                return kind, str(spec[kind])
    if isinstance(spec, str):
        return "value", spec
    return "value", ""
