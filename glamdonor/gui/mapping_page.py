"""Step 2, Mapping: where each part of the page comes from (a column, a fixed value or a
pattern, with transforms), suggested from the catalog's headers, saved as the same TOML file
the command line reads; and a preview of the selected row: title, page text, structured data
and the file's picture."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Iterator
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
from glamdonor.core.presets import PRESETS, preset_of
from glamdonor.core.render import render
from glamdonor.core.suggest import suggest
from glamdonor.gui.session import Session
from glamdonor.gui.words import in_the_window, problem_said
from glamdonor.gui.worker import Runner

KINDS = {
    "column": QT_TRANSLATE_NOOP("MappingPage", "a column"),
    "value": QT_TRANSLATE_NOOP("MappingPage", "a fixed value"),
    "pattern": QT_TRANSLATE_NOOP("MappingPage", "a pattern"),
}
TOP = ("title", "file", "license")  # the parts of the page outside [fields]
PART_WORDS = {  # what a row of the table is, where its name alone would not say
    "title": QT_TRANSLATE_NOOP("MappingPage", "title (of the file)"),
    "categories": QT_TRANSLATE_NOOP("MappingPage", "categories, line {0}"),
    "structured_data": QT_TRANSLATE_NOOP("MappingPage", "structured data: {0}"),
}


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
        for preset in PRESETS.values():
            self.preset.addItem(in_the_window(preset.words), preset.name)
        self.preset.setAccessibleName(self.tr("Preset"))
        self.suggest_button = QPushButton(self.tr("Suggest from the catalog's headers"))
        self.suggest_button.clicked.connect(self.suggest)
        self.undo_button = QPushButton(self.tr("Undo the suggestion"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.undo_stack: list[tomlkit.TOMLDocument] = []
        self.category_button = QPushButton(self.tr("Add a line of categories"))
        self.category_button.clicked.connect(self.add_category)
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
        for widget in (
            self.preset,
            self.suggest_button,
            self.undo_button,
            self.category_button,
            self.save_button,
        ):
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
        self.undo_stack.clear()
        self.undo_button.setEnabled(False)
        self.show_document(tomlkit.parse(batch.mapping.read_text(encoding="utf-8")))
        self.said.setText(self.tr("Mapping file: {0}").format(batch.mapping))

    def show_document(self, document: tomlkit.TOMLDocument) -> None:
        self.document = document
        chosen = preset_of(str(document.get("template", "")))
        self.preset.setCurrentIndex(self.preset.findData(chosen.name))
        self.table.setRowCount(0)
        for where, name, spec in _entries(document):
            self._add_row(where, name, spec)

    def _add_row(self, where: tuple, name: str, spec: object) -> None:
        """One part of the page: ``where`` it is kept in the file (see _entries)."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind, source = _kind_and_source(spec)
        words = PART_WORDS.get("title" if where == ("top", "title") else where[0], "")
        part = QTableWidgetItem(self.tr(words).format(name) if words else name)
        part.setFlags(part.flags() & ~Qt.ItemFlag.ItemIsEditable)
        part.setData(Qt.ItemDataRole.UserRole, where)
        self.table.setItem(row, 0, part)
        kinds = QComboBox()
        for key, said in KINDS.items():
            kinds.addItem(self.tr(said), key)
        kinds.setCurrentIndex(list(KINDS).index(kind))
        kinds.setAccessibleName(self.tr("Where {0} comes from").format(part.text()))
        self.table.setCellWidget(row, 1, kinds)
        sources = QComboBox()
        sources.setEditable(True)
        sources.addItems(list(self.session.columns))
        sources.setCurrentText(source)
        sources.setToolTip(source)
        sources.setAccessibleName(self.tr("Source of {0}").format(part.text()))
        self.table.setCellWidget(row, 2, sources)
        transforms = spec.get("transforms", []) if isinstance(spec, dict) else []
        chain = QTableWidgetItem(", ".join(map(str, transforms)))
        if any(not isinstance(t, str) for t in transforms):  # with settings: kept as written
            chain.setText(self.tr("(as written in the file)"))
            chain.setFlags(chain.flags() & ~Qt.ItemFlag.ItemIsEditable)
            chain.setData(Qt.ItemDataRole.UserRole, "kept")
        self.table.setItem(row, 3, chain)

    def add_category(self) -> None:
        """A new line of categories: a column of the catalog, or one category for every row."""
        if self.document is None:
            return
        taken = [w for w in self._wheres() if w[0] == "categories"]
        self._add_row(("categories", len(taken)), "", {"value": ""})
        self.table.setCurrentCell(self.table.rowCount() - 1, 2)

    def _wheres(self) -> list[tuple]:
        return [
            self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
        ]

    def suggest(self) -> None:
        """Match the preset's fields to the catalog's headers, into the mapping as it is: a
        part already mapped keeps its source; Undo puts back what was there before."""
        if self.session.batch is None or self.document is None:
            return
        preset = PRESETS[self.preset.currentData()]
        found = suggest(preset.text(), list(self.session.columns))
        now = tomlkit.dumps(self.edited())
        self.undo_stack.append(tomlkit.parse(now))
        merged, added = _merged(
            tomlkit.parse(now), tomlkit.parse(found.text), set(self.session.columns)
        )
        self.show_document(merged)
        self.undo_button.setEnabled(True)
        self.said.setText(
            self.tr(
                "Suggested from the “{0}” preset: {1} parts added, the rest kept as they were; "
                "not found in the catalog: {2}. Check the sources, then save (or undo)."
            ).format(in_the_window(preset.words), added, ", ".join(found.unmatched) or "-")
        )

    def undo(self) -> None:
        if self.undo_stack:
            self.show_document(self.undo_stack.pop())
            self.said.setText(self.tr("The mapping is back as it was before the suggestion."))
        self.undo_button.setEnabled(bool(self.undo_stack))

    def edited(self) -> tomlkit.TOMLDocument:
        """The document with the table's choices written into it."""
        assert self.document is not None
        document = self.document
        lists: dict[tuple[str, ...], list] = {}
        for row in range(self.table.rowCount()):
            where = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            kind = self.table.cellWidget(row, 1).currentData()
            source = self.table.cellWidget(row, 2).currentText().strip()
            chain = self.table.item(row, 3)
            kept = chain.data(Qt.ItemDataRole.UserRole) == "kept"
            transforms = [t.strip() for t in chain.text().split(",") if t.strip()]
            old = _at(document, where)
            spec = tomlkit.inline_table()
            if isinstance(old, dict):
                for key, value in old.items():
                    if key not in KINDS and (key != "transforms" or kept):
                        spec[key] = value  # language, keep, split...: kept as they were
            spec[kind] = source
            if transforms and kind != "value" and not kept:
                spec["transforms"] = transforms
            if where[0] == "categories" or (where[0] == "structured_data" and len(where) == 3):
                if source:  # an empty line of categories or captions is left out
                    lists.setdefault(where[:-1], []).append(spec)
                continue
            table = document if where[0] == "top" else document.setdefault(where[0], {})
            table[where[1]] = spec
        for key, specs in lists.items():
            array = tomlkit.array()
            array.extend(specs)
            if key == ("categories",):
                document["categories"] = array
            else:
                document.setdefault("structured_data", {})[key[1]] = array
        if not any(key == ("categories",) for key in lists) and "categories" in document:
            del document["categories"]
        return document

    def save(self) -> None:
        batch = self.session.batch
        if batch is None or self.document is None:
            return
        batch.mapping.write_text(tomlkit.dumps(self.edited()), encoding="utf-8")
        self.undo_stack.clear()
        self.undo_button.setEnabled(False)
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
        problems = "\n".join("! " + " ".join(problem_said(p)) for p in item.problems)
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


def _entries(document: tomlkit.TOMLDocument) -> list[tuple[tuple, str, object]]:
    """The parts of the page a mapping gives, each with where it is kept in the file:
    ("top", name) outside [fields]; ("fields", name); ("categories", n) the n-th line of
    categories; ("structured_data", key) and ("structured_data", key, n) for a list."""
    entries: list[tuple[tuple, str, object]] = []
    entries += [(("top", n), n, document[n]) for n in TOP if n in document]
    entries += [(("fields", n), n, spec) for n, spec in document.get("fields", {}).items()]
    for n, spec in enumerate(document.get("categories", [])):
        entries.append((("categories", n), str(n + 1), spec))
    for key, spec in document.get("structured_data", {}).items():
        if isinstance(spec, list):
            entries += [(("structured_data", key, n), key, one) for n, one in enumerate(spec)]
        else:
            entries.append((("structured_data", key), key, spec))
    return entries


def _at(document: tomlkit.TOMLDocument, where: tuple) -> object:
    if where[0] == "top":
        return document.get(where[1])
    if where[0] == "categories":
        found = document.get("categories", [])
        return found[where[1]] if where[1] < len(found) else None
    table = document.get(where[0], {}).get(where[1])
    if len(where) == 3:
        return table[where[2]] if isinstance(table, list) and where[2] < len(table) else None
    return table


def _merged(
    mine: tomlkit.TOMLDocument, suggested: tomlkit.TOMLDocument, headers: set[str]
) -> tuple[tomlkit.TOMLDocument, int]:
    """``mine`` with the suggested parts it lacks (or maps to no column of the catalog); how
    many parts were added. What a person mapped is never replaced."""
    added = 0
    for where, _, spec in _entries(suggested):
        if where[0] == "categories" or len(where) == 3:
            continue  # lists: kept as they are in the mapping
        old = _at(mine, where)
        column = old.get("column") if isinstance(old, dict) else None
        offered = spec.get("column") if isinstance(spec, dict) else None
        if offered is not None and offered not in headers:
            continue  # the preset's column is not in this catalog: nothing to offer
        if old is None or (column is not None and column not in headers):
            table = mine if where[0] == "top" else mine.setdefault(where[0], {})
            table[where[1]] = spec
            added += 1
    for key in ("categories",):
        if key not in mine and key in suggested:
            mine[key] = suggested[key]
            added += 1
    return mine, added


def _kind_and_source(spec: object) -> tuple[str, str]:
    if isinstance(spec, dict):
        for kind in KINDS:
            if kind in spec:
                return kind, str(spec[kind])
    if isinstance(spec, str):
        return "value", spec
    return "value", ""
