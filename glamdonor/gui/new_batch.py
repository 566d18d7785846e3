"""A new batch from a spreadsheet (or a folder of media, for which a starter sheet is written
first): the sheet and header row to read, the media folder, a preset whose fields are matched
to the sheet's headers. Writes the mapping and the batch file beside the spreadsheet, as
``glamdonor mapping suggest`` and ``glamdonor init`` do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from glamdonor.catalog import read_catalog, sheet_names
from glamdonor.catalog.read import first_rows, likely_header_row
from glamdonor.catalog.write import write_sheet
from glamdonor.core.batch import write_manifest
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.presets import PRESETS, likely_preset
from glamdonor.core.suggest import preset_columns, suggest
from glamdonor.core.words import N_
from glamdonor.gui.words import error_said, in_the_window
from glamdonor.jobs.starter import starter_rows

SPREADSHEETS = {".csv", ".tsv", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}


def preset_text(name: str) -> str:
    return PRESETS[name].text()


def starter_sheet(folder: Path, preset: str = "information") -> Path:
    """A sheet of the folder's media files (beside the folder), to fill and map."""
    header, rows, _ = starter_rows(folder, preset_columns(preset_text(preset)))
    out = free(folder.parent / f"{folder.name}-catalog.xlsx")
    write_sheet(out, header, rows)
    return out


def free(path: Path) -> Path:
    """``path``, or ``name-2.ext``, ``name-3.ext``... whichever does not exist yet."""
    number = 1
    found = path
    while found.exists():
        number += 1
        found = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return found


class NewBatchDialog(QDialog):
    def __init__(self, catalog: Path, media: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New batch"))
        self.catalog = catalog
        self.manifest: Path | None = None
        self.sheet = QComboBox()
        self.sheet.addItems(sheet_names(catalog))
        self.sheet.setEnabled(self.sheet.count() > 1)
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.rows = QTableWidget(0, 0)
        self.rows.setAccessibleName(self.tr("The sheet's first rows"))
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rows.setMinimumHeight(180)
        self.rows.itemSelectionChanged.connect(self._row_chosen)
        self.header_row.valueChanged.connect(self._mark_header)
        self.sheet.currentIndexChanged.connect(self._preview)
        self.media = QLineEdit(str(media or _guess_media(catalog)))
        self.media.setAccessibleName(self.tr("Media folder"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.preset = QComboBox()
        for preset in PRESETS.values():
            self.preset.addItem(in_the_window(preset.words), preset.name)
        self.preset.setAccessibleName(self.tr("Preset"))
        known = catalog.parent / "partner.toml"
        self.partner = QLineEdit(str(known) if known.is_file() else "")
        self.partner.setAccessibleName(self.tr("Partner profile"))
        self.partner.setPlaceholderText(self.tr("a partner profile (.toml), used by every batch"))
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.existing = catalog.with_name(f"{catalog.stem}-batch.toml")
        self.another = QCheckBox(self.tr("Make another batch of this spreadsheet"))
        self.another.setVisible(self.existing.is_file())
        media_row = QHBoxLayout()
        media_row.addWidget(self.media)
        media_row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Catalog"), QLabel(str(catalog)))
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(QLabel(self.tr("Click the row that holds the column names (the header row):")))
        form.addRow(self.rows)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow(self.tr("Media folder"), media_row)
        form.addRow(self.tr("Preset"), self.preset)
        form.addRow(self.tr("Partner profile"), self.partner)
        form.addRow(self.another)
        form.addRow(self.said)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.said.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.setMinimumWidth(720)
        self._preview()
        if self.existing.is_file():
            self.said.setText(
                self.tr(
                    "This spreadsheet has a batch already: {0}. OK opens it as it is (its "
                    "mapping and journal kept); tick the box above to make another one."
                ).format(self.existing.name)
            )

    def _preview(self) -> None:
        """The chosen sheet's first rows, the likely header row selected."""
        try:
            rows = first_rows(self.catalog, sheet=self.sheet.currentText() or None)
        except GlamdonorError as error:
            self.rows.setRowCount(0)
            self.said.setText(error_said(error))
            return
        width = max((len(row) for row in rows), default=0)
        self.rows.setRowCount(len(rows))
        self.rows.setColumnCount(width)
        self.rows.setVerticalHeaderLabels([str(n) for n in range(1, len(rows) + 1)])
        for number, row in enumerate(rows):
            for column, text in enumerate(row):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.rows.setItem(number, column, cell)
        header = likely_header_row(rows)
        self.header_row.setValue(header)
        self._mark_header()
        headers = rows[header - 1] if len(rows) >= header else []
        self.preset.setCurrentIndex(self.preset.findData(likely_preset(headers).name))

    def _row_chosen(self) -> None:
        chosen = self.rows.selectionModel().selectedRows()
        if chosen:
            self.header_row.setValue(chosen[0].row() + 1)

    def _mark_header(self) -> None:
        line = self.header_row.value() - 1
        if 0 <= line < self.rows.rowCount() and self.rows.currentRow() != line:
            self.rows.selectRow(line)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Media folder"), self.media.text())
        if folder:
            self.media.setText(folder)

    def create(self) -> None:
        """Write the mapping and the batch file; said in the dialog when it cannot. The
        spreadsheet's batch of before is opened as it is, unless another one is asked for."""
        if self.existing.is_file() and not self.another.isChecked():
            self.manifest = self.existing
            self.accept()
            return
        try:
            sheet = self.sheet.currentText() or None
            header_row = self.header_row.value()
            media = Path(self.media.text())
            if not media.is_dir():
                raise GlamdonorError(
                    N_("the media folder “{media}” does not exist."),
                    N_("Choose the folder."),
                    media=media,
                )
            headers = read_catalog(self.catalog, sheet=sheet, header_row=header_row).columns
            found = suggest(preset_text(self.preset.currentData()), list(headers))
            stem = self.catalog.stem
            mapping = free(self.catalog.with_name(f"{stem}-mapping.toml"))
            mapping.write_text(found.text, encoding="utf-8")
            manifest = free(self.catalog.with_name(f"{stem}-batch.toml"))
            partner = Path(self.partner.text()) if self.partner.text().strip() else None
            if partner is not None and not partner.is_file():
                raise GlamdonorError(
                    N_("the partner profile “{partner}” does not exist."),
                    N_("Choose a partner profile, or leave the line empty."),
                    partner=partner,
                )
            write_manifest(
                manifest,
                catalog=self.catalog,
                media=media,
                mapping=mapping,
                partner=partner,
                sheet=sheet,
                header_row=header_row,
            )
        except GlamdonorError as error:
            self.said.setText(error_said(error))
            return
        self.manifest = manifest
        self.accept()


def _guess_media(catalog: Path) -> Path:
    for name in ("media", "images", "files", "photos"):
        if (catalog.parent / name).is_dir():
            return catalog.parent / name
    return catalog.parent
