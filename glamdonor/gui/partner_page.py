"""Step 3, Partner: the institution's profile (name, Wikidata item, Institution template,
credit line, partnership template, categories, edit summary) in a form, saved as the TOML file
the command line reads, and reused by every batch that names it."""

from __future__ import annotations

from pathlib import Path

import tomlkit
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from glamdonor.gui.session import Session

FIELDS = {
    "name": QT_TRANSLATE_NOOP("PartnerPage", "Institution's name"),
    "wikidata": QT_TRANSLATE_NOOP("PartnerPage", "Its Wikidata item (Q…)"),
    "institution_template": QT_TRANSLATE_NOOP("PartnerPage", "Institution template"),
    "credit_line": QT_TRANSLATE_NOOP("PartnerPage", "Credit line"),
    "partnership_template": QT_TRANSLATE_NOOP("PartnerPage", "Partnership template"),
    "category": QT_TRANSLATE_NOOP("PartnerPage", "Category of its media"),
    "batch_category": QT_TRANSLATE_NOOP("PartnerPage", "Category of each batch"),
    "tracking_category": QT_TRANSLATE_NOOP("PartnerPage", "Tracking category"),
    "summary": QT_TRANSLATE_NOOP("PartnerPage", "Edit summary"),
}


class PartnerPage(QWidget):
    saved = Signal(Path)  # the batch file, to open again with the new profile

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.document: tomlkit.TOMLDocument | None = None
        self.said = QLabel(self.tr("This batch names no partner profile."))
        self.said.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in FIELDS.items():
            line = QLineEdit()
            line.setAccessibleName(self.tr(label))
            self.fields[key] = line
            form.addRow(self.tr(label), line)
        self.save_button = QPushButton(self.tr("Save the profile"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addStretch()
        session.opened.connect(self.load)

    def load(self) -> None:
        batch = self.session.batch
        partner = batch.partner if batch else None
        self.save_button.setEnabled(bool(partner and partner.is_file()))
        if not (partner and partner.is_file()):
            self.document = None
            for line in self.fields.values():
                line.clear()
            self.said.setText(self.tr("This batch names no partner profile."))
            return
        self.document = tomlkit.parse(partner.read_text(encoding="utf-8"))
        for key, line in self.fields.items():
            line.setText(str(self.document.get(key, "")))
        self.said.setText(
            self.tr("Profile {0}: every batch that names it credits the institution so.").format(
                partner
            )
        )

    def save(self) -> None:
        batch = self.session.batch
        if batch is None or batch.partner is None or self.document is None:
            return
        for key, line in self.fields.items():
            text = line.text().strip()
            if text:
                self.document[key] = text
            elif key in self.document:
                del self.document[key]
        batch.partner.write_text(tomlkit.dumps(self.document), encoding="utf-8")
        self.saved.emit(batch.manifest)
