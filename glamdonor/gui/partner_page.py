"""Step 3, Partner: the institution's profile (name, Wikidata item, Institution template,
credit line, partnership template, categories, edit summary) in a form, saved as the TOML file
the command line reads, and reused by every batch that names it."""

from __future__ import annotations

from pathlib import Path

import tomlkit
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from glamdonor.core.batch import name_partner
from glamdonor.core.errors import InputError
from glamdonor.core.partner import load_partner
from glamdonor.gui.session import Session
from glamdonor.gui.words import error_said

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
        self.said = QLabel(self.tr("Open a batch first."))
        self.said.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label in FIELDS.items():
            line = QLineEdit()
            line.setAccessibleName(self.tr(label))
            self.fields[key] = line
            form.addRow(self.tr(label), line)
        self.fields["name"].textChanged.connect(self._can_save)
        self.save_button = QPushButton(self.tr("Save the profile"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.said)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.problem)
        layout.addStretch()
        session.opened.connect(self.load)

    def profile_path(self) -> Path | None:
        """The profile this step saves: the batch's own, or a new one beside the batch."""
        batch = self.session.batch
        if batch is None:
            return None
        if batch.partner is not None:
            return batch.partner
        stem = batch.manifest.stem.removesuffix("-batch")
        return batch.manifest.with_name(f"{stem}-partner.toml")

    def load(self) -> None:
        path = self.profile_path()
        self.problem.clear()
        if path is None:
            return
        self.document = tomlkit.parse(path.read_text(encoding="utf-8")) if path.is_file() else None
        for key, line in self.fields.items():
            line.setText(str(self.document.get(key, "")) if self.document else "")
        if self.session.batch.partner is None:
            self.said.setText(
                self.tr(
                    "This batch names no partner profile yet. Fill in at least the "
                    "institution's name, then save: the profile is written as {0}, and the "
                    "batch names it."
                ).format(path)
            )
        else:
            self.said.setText(
                self.tr(
                    "Profile {0}: every batch that names it credits the institution so."
                ).format(path)
            )
        self._can_save()

    def _can_save(self) -> None:
        self.save_button.setEnabled(
            self.session.batch is not None and bool(self.fields["name"].text().strip())
        )

    def save(self) -> None:
        batch, path = self.session.batch, self.profile_path()
        if batch is None or path is None:
            return
        document = self.document or tomlkit.parse(NEW_PROFILE)
        for key, line in self.fields.items():
            text = line.text().strip()
            if text:
                document[key] = text
            elif key in document:
                del document[key]
        path.write_text(tomlkit.dumps(document), encoding="utf-8")
        try:
            load_partner(path)
        except InputError as error:  # said here; the file keeps what was typed
            self.problem.setText(error_said(error))
            return
        if batch.partner is None:
            name_partner(batch.manifest, path)
        self.saved.emit(batch.manifest)


NEW_PROFILE = """\
# A partner profile: the institution behind the batch, and how every page credits it.
# Written by glamdonor's window; see docs/partner.md.
format_version = 1
"""
