"""The window in a real (offscreen) Qt: a batch opens and its rows and problems show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from glamdonor.gui.app import MainWindow

pytestmark = pytest.mark.gui


def test_opening_a_batch_shows_its_rows(qtbot, example_batch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_batch(example_batch)
    model = window.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.data(model.index(0, 2)) == "Red study - Anna Example - Example Museum EM-0001.png"
    assert window.message.text() == "3 rows, 3 ready, 0 with problems to fix."
    assert window.windowTitle() == "Example Museum, first batch – glamdonor"


def test_a_row_with_a_problem_says_so(qtbot, example_batch):
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("blue-evening.png", "gone.png"))
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(example_batch)
    model = window.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert model.data(model.index(1, 1)) == "gone.png"
    assert model.data(model.index(1, 4)).startswith(
        "The file “gone.png” is not in the media folder"
    )
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert window.message.text() == "3 rows, 2 ready, 1 with problems to fix."


def test_a_broken_batch_file_is_explained_in_the_window(qtbot, tmp_path):
    broken = tmp_path / "batch.toml"
    broken.write_text("format_version = [")
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(broken)
    qtbot.waitUntil(lambda: "cannot be opened" in window.message.text())
    assert window.message.text().startswith("This batch cannot be opened: ")
    assert "not valid TOML" in window.message.text()
    assert window.table.model().rowCount() == 0


def opened(qtbot, example_batch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_batch(example_batch)
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    return window


def test_the_mapping_is_edited_saved_as_toml_and_previewed(qtbot, example_batch):
    window = opened(qtbot, example_batch)
    window.catalog.table.selectRow(0)
    mapping = window.mapping
    rows = {mapping.table.item(r, 0).text(): r for r in range(mapping.table.rowCount())}
    assert {"title (of the file)", "file", "license", "artist", "description"} <= set(rows)
    row = rows["description"]
    kinds = mapping.table.cellWidget(row, 1)
    kinds.setCurrentIndex(kinds.findData("value"))
    mapping.table.cellWidget(row, 2).setCurrentText("A painting from our collection")
    mapping.save()
    qtbot.waitUntil(lambda: "A painting from our collection" in mapping.preview.toPlainText())
    text = (example_batch.parent / "mapping.toml").read_text()
    assert 'description = {language = "en", value = "A painting from our collection"}' in text
    assert text.startswith("# A mapping profile")  # its comments are kept
    assert window.catalog.table.currentIndex().row() == 0  # still on the same row


def test_suggestions_come_from_the_catalog_headers(qtbot, example_batch):
    catalog = example_batch.parent / "catalog.csv"
    lines = catalog.read_text().splitlines()
    lines[0] = lines[0].replace("title", "titre").replace("creator", "auteur")
    catalog.write_text("\n".join(lines) + "\n")
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(
        mapping.read_text()
        .replace('"title"', '"titre"')
        .replace('"creator"', '"auteur"')
        .replace("{title} - {creator}", "{titre} - {auteur}")
        .replace('artist = { column = "auteur" }\n', "")  # left out: the suggestion adds it
    )
    window = opened(qtbot, example_batch)
    page = window.mapping
    assert page.preset.currentData() == "artwork"  # the batch's own template, as chosen
    before = page.table.rowCount()
    page.table.cellWidget(0, 2).setCurrentText("inventory")  # an edit not yet saved

    def rows() -> dict[str, int]:
        return {page.table.item(r, 0).text(): r for r in range(page.table.rowCount())}

    page.suggest()
    assert page.table.cellWidget(rows()["artist"], 2).currentText() == "auteur"
    assert page.table.cellWidget(0, 2).currentText() == "inventory"  # kept, not replaced
    assert page.table.rowCount() == before + 1  # the artist, from the preset
    assert "1 parts added" in page.said.text()
    assert "medium" not in rows()  # no such column in this catalog: not offered
    assert page.undo_button.isEnabled()
    page.undo()
    assert page.table.rowCount() == before and "artist" not in rows()
    assert page.table.cellWidget(0, 2).currentText() == "inventory"  # the edit, back too


def test_the_partner_form_saves_the_profile(qtbot, example_batch):
    window = opened(qtbot, example_batch)
    window.partner.fields["credit_line"].setText("Example Museum, gift of the Friends")
    window.partner.save()
    qtbot.waitUntil(
        lambda: (
            window.session.plan is not None
            and "gift of the Friends" in window.session.plan.pages[0]
        )
    )
    text = (example_batch.parent / "partner.toml").read_text()
    assert 'credit_line = "Example Museum, gift of the Friends"' in text
    assert text.startswith("# A partner profile")


def test_a_partner_profile_is_made_in_the_partner_step(qtbot, example_batch):
    """A batch that names no profile: the form is open, Save writes one beside the batch and
    the batch file names it; no other file is written."""
    manifest = example_batch
    manifest.write_text(
        "\n".join(line for line in manifest.read_text().splitlines() if "partner" not in line)
    )
    (example_batch.parent / "partner.toml").unlink()
    before = {p.name for p in example_batch.parent.iterdir()}
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_batch(example_batch)  # its title pattern uses {institution}: no plan yet
    qtbot.waitUntil(lambda: window.session.batch is not None)
    assert window.pages.currentWidget() is window.partner  # led to where it is made
    assert "make its partner profile" in window.message.text()
    page = window.partner
    assert "names no partner profile yet" in page.said.text()
    assert not page.save_button.isEnabled()  # nothing to save without the institution's name
    page.fields["name"].setText("Example Museum")
    page.fields["credit_line"].setText("Example Museum, Amsterdam")
    assert page.save_button.isEnabled()
    page.save()
    qtbot.waitUntil(
        lambda: window.session.plan is not None
        and window.session.batch.partner is not None
        and "Example Museum, Amsterdam" in window.session.plan.pages[0]
    )
    made = example_batch.parent / "batch-partner.toml"
    assert window.session.batch.partner == made
    assert 'name = "Example Museum"' in made.read_text()
    assert 'partner = "batch-partner.toml"' in manifest.read_text()
    assert {p.name for p in example_batch.parent.iterdir()} - before <= {
        "batch-partner.toml",
        "batch.journal",
        "batch.journal-wal",
        "batch.journal-shm",
    }


def test_every_control_has_a_name_a_reader_can_say(qtbot, example_batch):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
    )

    window = opened(qtbot, example_batch)
    controls = [
        widget
        for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
        for widget in window.findChildren(kind)
        if not isinstance(widget, QHeaderView)
        and not widget.objectName().startswith("qt_")  # Qt's own corner and menu buttons
        and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)  # their own parts
        and not isinstance(widget.parent().parent(), QComboBox)  # a combo box's popup list
    ]
    assert len(controls) > 30
    unnamed = [
        f"{type(w).__name__} in {type(w.parent()).__name__}"
        for w in controls
        if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert sorted(set(unnamed)) == [], len(unnamed)


def test_the_steps_are_reached_with_the_keyboard(qtbot, example_batch):
    window = opened(qtbot, example_batch)
    for number in range(1, 8):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentIndex() == number - 1


def test_a_dropped_spreadsheet_starts_a_batch_with_a_suggested_mapping(qtbot, example_batch):
    window = MainWindow()
    qtbot.addWidget(window)
    catalog = example_batch.parent / "catalog.csv"
    dialog = window.take_dropped(catalog)
    assert dialog.media.text() == str(example_batch.parent / "media")
    dialog.preset.setCurrentIndex(dialog.preset.findData("artwork"))
    dialog.create()
    assert dialog.manifest == example_batch.parent / "catalog-batch.toml"
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    mapping = (example_batch.parent / "catalog-mapping.toml").read_text()
    assert 'template = "Artwork"' in mapping
    assert window.session.batch.manifest == dialog.manifest


def test_the_same_spreadsheet_dropped_again_opens_its_batch_and_writes_no_copy(
    qtbot, example_batch
):
    window = MainWindow()
    qtbot.addWidget(window)
    catalog = example_batch.parent / "catalog.csv"
    first = window.take_dropped(catalog)
    first.create()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    files = sorted(p.name for p in example_batch.parent.iterdir())
    again = window.take_dropped(catalog)
    assert again.another.isVisibleTo(again) and "has a batch already" in again.said.text()
    again.create()
    assert again.manifest == example_batch.parent / "catalog-batch.toml"
    assert sorted(p.name for p in example_batch.parent.iterdir()) == files  # no -2 copies
    another = window.take_dropped(catalog)
    another.another.setChecked(True)
    another.create()
    assert another.manifest == example_batch.parent / "catalog-batch-2.toml"


def test_a_dropped_folder_gets_a_starter_sheet_and_a_batch(qtbot, example_batch):
    window = MainWindow()
    qtbot.addWidget(window)
    media = example_batch.parent / "media"
    dialog = window.take_dropped(media)
    assert dialog.catalog == example_batch.parent / "media-catalog.xlsx"
    assert dialog.sheet.count() == 1
    dialog.create()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert sorted(window.session.plan.file_names) == sorted(p.name for p in media.iterdir())


def test_a_new_batch_reads_the_sheet_and_header_row_chosen(qtbot, example_batch, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing here"])
    objects = book.create_sheet("Objects")
    objects.append(["Exported from the museum's system"])
    objects.append(["file", "title", "date", "license"])
    for name in ("red-study.png", "blue-evening.png"):
        objects.append([name, name.split(".")[0].replace("-", " "), "1900", "cc-zero"])
    workbook = example_batch.parent / "export.xlsx"
    book.save(workbook)
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = window.take_dropped(workbook)
    assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["Notes", "Objects"]
    dialog.sheet.setCurrentText("Objects")
    dialog.header_row.setValue(2)
    dialog.create()
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)
    text = dialog.manifest.read_text()
    assert 'sheet = "Objects"' in text and "header_row = 2" in text
    assert window.session.plan.file_names == ["red-study.png", "blue-evening.png"]


def test_a_mapping_that_does_not_fit_is_fixed_in_the_mapping_step(qtbot, example_batch):
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(
        mapping.read_text().replace(
            'license = { column = "license" }', 'license = { column = "licence" }'
        )
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(example_batch)
    qtbot.waitUntil(lambda: window.session.batch is not None)
    assert window.pages.currentWidget() is window.mapping
    assert "licence" in window.mapping.said.text() and "does not fit" in window.message.text()
    table = window.mapping.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    sources = table.cellWidget(rows["license"], 2)
    assert sources.findText("license") >= 0  # the catalog's headers are offered
    sources.setCurrentText("license")
    window.mapping.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    assert "catalog" in window.session.done


def test_transforms_with_settings_are_kept_as_written(qtbot, example_batch):
    mapping = example_batch.parent / "mapping.toml"
    text = mapping.read_text().replace(
        'description = { column = "description", language = "en" }',
        'description = { column = "description", language = "en", transforms = ["trim", { replace = ["card", "board"] }] }',
    )
    mapping.write_text(text)
    window = opened(qtbot, example_batch)
    table = window.mapping.table
    rows = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(rows["description"], 3).text() == "(as written in the file)"
    window.mapping.save()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    saved = mapping.read_text()
    assert 'transforms = ["trim", { replace = ["card", "board"] }]' in saved
    assert "oil on board" in window.session.plan.pages[0]


def test_where_the_sandbox_cannot_run_the_upload_step_says_why(qtbot, example_batch, monkeypatch):
    """A batch for the sandbox, opened on a computer without MediaWiki (as Windows and macOS
    are): the Upload step says why in one sentence, offers the test wiki, and cannot start."""
    from glamdonor.wiki import sandbox

    monkeypatch.setattr(sandbox, "MEDIAWIKI", example_batch.parent / "no-mediawiki")
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_batch(example_batch)
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 3)
    said = window.upload.said.text()
    assert said.startswith(
        "The sandbox wiki needs MediaWiki and PHP, which this computer does not have. "
    )
    assert 'wiki = "test-commons"' in said
    assert not window.upload.start.isEnabled()


def test_the_upload_step_says_where_the_files_go_and_where_they_were_rehearsed(qtbot):
    from glamdonor.gui.session import Session
    from glamdonor.gui.upload_page import UploadPage
    from glamdonor.jobs.events import BatchStarted

    page = UploadPage(Session(), wiki_for=None)
    qtbot.addWidget(page)
    page._event(
        BatchStarted(
            3,
            target="https://commons.wikimedia.org/w/api.php",
            account="Museum",
            files_to_send=3,
            wiki="Wikimedia Commons",
            rehearsed=(("the sandbox wiki on this computer (127.0.0.1:8080)", 3),),
        )
    )
    assert page.said.text() == (
        "Rehearsed on the sandbox wiki on this computer (127.0.0.1:8080) (3 rows verified "
        "there); now uploading to Wikimedia Commons as Museum: 3 rows to send."
    )
