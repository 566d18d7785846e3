"""The window's Community step against the sandbox wiki: the change of each page shown before
anything is edited, the correction made, and what the Volunteer changed listed and saved."""

from __future__ import annotations

import pytest

from glamdonor.core.batch import Batch
from glamdonor.gui.app import STEPS, MainWindow
from glamdonor.wiki.connection import Wiki
from tests.test_round_trip import correct, donated
from tests.volunteer import Volunteer

pytestmark = [pytest.mark.gui, pytest.mark.wiki]


def test_corrections_and_the_communitys_changes_in_the_window(
    qtbot, example_batch, sandbox, tmp_path
):
    titles = donated(example_batch, sandbox, "GC1", seed=900_030)
    volunteer = Volunteer(sandbox)
    volunteer.edit(titles[2], ("[[Category:Studies in red]]",
                               "[[Category:Studies in red]]\n[[Category:Red]]"))  # fmt: skip
    correct(example_batch, ("oil on card.", "oil on cardboard."))

    def sandbox_wiki(batch: Batch) -> Wiki:
        return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0)

    window = MainWindow(metrics_store=tmp_path / "metrics.sqlite", wiki_of=sandbox_wiki)
    qtbot.addWidget(window)
    window.show()
    window.open_batch(example_batch)
    qtbot.waitUntil(lambda: window.session.plan is not None, timeout=20_000)
    window.steps.setCurrentRow(list(STEPS).index("community"))
    page = window.community
    assert window.pages.currentWidget() is page

    page.look.click()
    qtbot.waitUntil(lambda: page.pages.rowCount() == 1 and not page.runner.busy, timeout=60_000)
    assert page.pages.item(0, 0).text() == "2" and "description" in page.pages.item(0, 2).text()
    assert "+|description={{en|1=A study in red, oil on cardboard.}}" in page.change.toPlainText()
    assert page.correct.isEnabled() and page.correct.text() == "Correct 1 page"
    assert "oil on cardboard" not in volunteer.text(titles[2])[0]  # nothing edited yet

    page.correct.click()
    qtbot.waitUntil(lambda: page.finished is not None and page.fetch.isEnabled(), timeout=60_000)
    assert page.finished.corrected == 1
    text = volunteer.text(titles[2])[0]
    assert "oil on cardboard." in text and "[[Category:Red]]" in text

    page.fetch.click()
    qtbot.waitUntil(lambda: page.community is not None, timeout=60_000)
    assert page.changes.rowCount() == 1
    assert [page.changes.item(0, c).text() for c in (0, 1, 2, 3, 5)] == [
        "2", "GC1-0001", "category added", "Red", "Volunteer"
    ]
    sheet = page.save_sheet(tmp_path / "additions.xlsx")
    assert sheet.is_file() and "additions.xlsx" in page.engagement.text()
