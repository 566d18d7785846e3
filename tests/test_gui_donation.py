"""A whole donation through the window alone, as a registrar does it: an Excel export with a
title merged above its column names, a folder of camera JPEGs named by accession number; a new
batch, its header row picked, the Artwork preset, a partner profile made in the Partner step,
a column mapped to categories, a date fixed in the spreadsheet and seen by the next check,
a pilot of 3 with their links, the rest, the results sheet. No text editor, and no file in
the batch's folder but the batch's own. Against the sandbox wiki (offscreen)."""

from __future__ import annotations

import openpyxl
import pytest

from glamdonor.core.batch import Batch
from glamdonor.gui.app import MainWindow
from glamdonor.gui.check_page import CODE
from glamdonor.wiki.connection import Wiki
from tests.apicheck import file_on_wiki
from tests.media import image_bytes

pytestmark = [pytest.mark.gui, pytest.mark.wiki]
HEADERS = [
    "Inventory no.",
    "Object title",
    "Artist",
    "Date of creation",
    "Image",
    "Rights",
    "Subject",
]
ROWS = 6
LATE_ROW = 4  # the sheet's row 4 (the second object) has a date a person typed wrongly


def export(path, dates: dict[int, str]) -> None:
    """The museum's export: a title merged over the columns, then the names, then objects."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Collection"
    sheet["A1"] = "Example Museum - collection export, December 2026"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.append(HEADERS)
    for n in range(1, ROWS + 1):
        sheet.append(
            [
                f"EM-{n:04d}",
                f"Donation study {n}",
                "Anna Example",
                dates.get(n + 2, str(1890 + n)),
                f"EM-{n:04d}.jpg",
                "CC0",
                "Gardens" if n % 2 else "Portraits",
            ]
        )
    book.save(path)


def test_a_donation_from_an_excel_export_through_the_window_alone(qtbot, sandbox, tmp_path):
    folder = tmp_path / "donation"
    photos = folder / "photos"
    photos.mkdir(parents=True)
    for n in range(1, ROWS + 1):
        camera = {271: "Canon", 272: "Canon EOS 40D"}  # as a camera writes them
        (photos / f"EM-{n:04d}.jpg").write_bytes(image_bytes("jpg", seed=2600 + n, exif=camera))
    catalog = folder / "export.xlsx"
    export(catalog, {LATE_ROW: "sometime in 1890s"})
    own = {"export.xlsx", "photos"}

    def sandbox_wiki(batch: Batch) -> Wiki:
        return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0)

    window = MainWindow(metrics_store=tmp_path / "metrics.sqlite", wiki_of=sandbox_wiki)
    qtbot.addWidget(window)
    window.show()

    # A new batch: the dialog shows the first rows and picks the row of column names.
    dialog = window.take_dropped(catalog)
    assert dialog.media.text() == str(photos)
    assert dialog.rows.rowCount() >= 3 and dialog.rows.item(1, 0).text() == "Inventory no."
    assert dialog.header_row.value() == 2  # the merged title above is not taken for it
    dialog.rows.selectRow(0)
    assert dialog.header_row.value() == 1  # a click chooses the row...
    dialog.rows.selectRow(1)
    assert dialog.header_row.value() == 2  # ...and the right one is clicked
    assert dialog.preset.currentData() == "artwork"  # "Artist" in the headers
    dialog.create()
    assert dialog.manifest == folder / "export-batch.toml"
    own |= {"export-batch.toml", "export-mapping.toml"}

    # The title pattern names the institution: the window leads to the Partner step.
    qtbot.waitUntil(lambda: window.session.batch is not None, timeout=20_000)
    assert window.pages.currentWidget() is window.partner
    assert window.mapping.preset.currentData() == "artwork"
    window.partner.fields["name"].setText("Example Museum")
    window.partner.fields["credit_line"].setText("Example Museum, gift of the artist")
    window.partner.save()
    own.add("export-partner.toml")
    qtbot.waitUntil(lambda: window.model.rowCount() == ROWS, timeout=20_000)

    # The Subject column becomes categories, in the Mapping step.
    mapping = window.mapping
    mapping.add_category()
    line = mapping.table.rowCount() - 1
    kinds = mapping.table.cellWidget(line, 1)
    kinds.setCurrentIndex(kinds.findData("column"))
    mapping.table.cellWidget(line, 2).setCurrentText("Subject")
    mapping.save()
    qtbot.waitUntil(
        lambda: (
            window.session.plan is not None
            and "[[Category:Gardens]]" in window.session.plan.pages[0]
        ),
        timeout=20_000,
    )

    # The check finds the date; the registrar fixes it in the spreadsheet and checks again.
    window.steps.setCurrentRow(4)
    window.check.start.click()
    qtbot.waitUntil(lambda: "check" in window.session.done, timeout=60_000)
    codes = {window.check.model.item(r, 0).data(CODE) for r in range(window.check.model.rowCount())}
    assert "date-unreadable" in codes
    own |= {"export-batch.journal", "export-batch.journal-wal", "export-batch.journal-shm"}
    export(catalog, {})  # saved from the spreadsheet program, the window still open
    window.session.done.discard("check")
    window.check.start.click()
    qtbot.waitUntil(lambda: "check" in window.session.done, timeout=60_000)
    codes = {window.check.model.item(r, 0).data(CODE) for r in range(window.check.model.rowCount())}
    assert "date-unreadable" not in codes
    assert f"{ROWS} ready to upload, 0 blocked" in window.check.summary.text()

    # A pilot of 3, listed with the links of their pages; then the rest.
    window.steps.setCurrentRow(5)
    upload = window.upload
    upload.pilot.setValue(3)
    upload.start.click()
    qtbot.waitUntil(lambda: upload.finished is not None, timeout=120_000)
    assert upload.finished.uploaded == 3
    links = [upload.outcomes.item(r, 2).text() for r in range(upload.outcomes.rowCount())]
    assert len(links) == 3 and all(link.startswith("http://127.0.0.1:") for link in links)
    upload.finished = None
    upload.pilot.setValue(0)
    qtbot.waitUntil(lambda: upload.start.isEnabled(), timeout=10_000)
    upload.start.click()
    qtbot.waitUntil(lambda: upload.finished is not None, timeout=120_000)
    assert (upload.finished.uploaded, upload.finished.already_there) == (ROWS - 3, 3)
    api = sandbox.status().api_url
    assert all(file_on_wiki(api, title)["exists"] for title in window.session.plan.titles)

    sheet = upload.write_results()
    assert sheet == folder / "export-results.xlsx"
    own.add(sheet.name)
    lines = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert len(lines) == ROWS + 1 and all(line[5] == "verified" for line in lines[1:])
    assert [line[1] for line in lines[1:]] == [f"EM-{n:04d}" for n in range(1, ROWS + 1)]

    # Nothing but the batch's own files was written in its folder.
    written = {path.name for path in folder.iterdir()}
    assert written - own <= {"export-batch.journal.lock"}, written - own
