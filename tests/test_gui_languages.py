"""In French and in Arabic, every problem the Check step shows and every outcome the Upload
step lists is said in that language: no sentence of the registry is left in English. Against
the sandbox wiki (offscreen)."""

from __future__ import annotations

import pytest

from glamdonor.core.batch import Batch
from glamdonor.core.problems import KINDS, Problem
from glamdonor.gui.app import MainWindow, install_language
from glamdonor.gui.check_page import CODE
from glamdonor.wiki.connection import Wiki
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = [pytest.mark.gui, pytest.mark.wiki]


def english(code: str) -> list[str]:
    """The English words of a kind that no value fills: what must not be left untranslated."""
    sentence, hint = Problem(code).said()
    return [part.strip(" .:;,“”()…") for part in (*sentence.split("…"), *hint.split("…"))]


def a_batch_with_problems(example_batch, seed: int) -> Batch:
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(
        mapping.read_text().replace(
            'license = { column = "license" }',
            'license = { column = "license", transforms = [{ lookup = "licenses" }] }',
        )
        + '\n[lookups.licenses.values]\n"CC BY 1.0" = "cc-by-1.0"\n'
    )
    files = {f"{n}.png": image_bytes("png", seed=seed + n) for n in range(3)}
    files["copy.png"] = files["0.png"]
    rows = [
        row(1, "0.png", f"Languages {seed} a"),
        row(2, "1.png", f"Languages {seed} b", date="sometime"),
        row(3, "2.png", f"Languages {seed} c").replace("cc-zero", "CC BY 1.0"),
        row(4, "gone.png", f"Languages {seed} d"),
        row(5, "copy.png", f"Languages {seed} e"),
        row(6, "1.png", "DSC 0001").replace("cc-zero", "no such licence"),
    ]
    return batch_with(example_batch.parent, files, rows)


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_problem_and_outcome_is_said_in_the_window_language(
    language, qapp, qtbot, example_batch, sandbox, tmp_path
):
    batch = a_batch_with_problems(example_batch, 2700 + 10 * (language == "ar"))

    def sandbox_wiki(batch: Batch) -> Wiki:
        return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0)

    translator = install_language(qapp, language)
    try:
        window = MainWindow(metrics_store=tmp_path / "metrics.sqlite", wiki_of=sandbox_wiki)
        qtbot.addWidget(window)
        window.show()
        window.open_batch(batch.manifest)
        qtbot.waitUntil(lambda: window.model.rowCount() == 6, timeout=20_000)
        window.check.start.click()
        qtbot.waitUntil(lambda: "check" in window.session.done, timeout=60_000)
        table = window.check.model
        seen = set()
        for line in range(table.rowCount()):
            code = table.item(line, 0).data(CODE)
            seen.add(code)
            shown = " ".join(table.item(line, column).text() for column in (1, 2, 3))
            for words in english(code):
                if len(words) > 12:
                    assert words not in shown, (language, code, shown)
            assert table.item(line, 1).text() not in ("error", "warning")
        assert {"file-missing", "date-unreadable", "template-missing", "license-unknown"} <= seen
        assert {"file-duplicate-in-batch", "title-camera-name"} <= seen

        upload = window.upload
        upload.start.click()
        qtbot.waitUntil(lambda: upload.finished is not None, timeout=120_000)
        assert upload.finished.uploaded >= 1 and upload.finished.failed >= 4
        lines = [upload.outcomes.item(r, 1).text() for r in range(upload.outcomes.rowCount())]
        assert len(lines) == 6
        for line in lines:
            assert not line.startswith(("uploaded", "not uploaded", "skipped")), line
            for code in KINDS:
                for words in english(code):
                    if len(words) > 12:
                        assert words not in line, (language, code, line)
    finally:
        qapp.removeTranslator(translator)
        install_language(qapp, "en")
