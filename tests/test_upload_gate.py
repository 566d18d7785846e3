"""The check's verdict reaches the upload: a row the check blocks is left out, said with its
problem, and a dry run counts exactly what the upload then sends. Against the sandbox wiki."""

from __future__ import annotations

import re

import pytest

from glamdonor.cli.main import main
from glamdonor.core.batch import load_batch
from glamdonor.core.journal import Journal, journal_path
from glamdonor.jobs.plan import plan_of
from tests.apicheck import file_on_wiki
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = pytest.mark.wiki


def a_batch_with_a_missing_template(example_batch, seed: int):
    """Row 2 is clean; row 3's licence is a template the sandbox does not have."""
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(
        mapping.read_text().replace(
            'license = { column = "license" }',
            'license = { column = "license", transforms = [{ lookup = "licenses" }] }',
        )
        + '\n[lookups.licenses.values]\n"CC BY 2.0" = "cc-by-2.0"\n'
    )
    rows = [
        row(1, "a.png", f"Gate {seed} a"),
        row(2, "b.png", f"Gate {seed} b").replace("cc-zero", "CC BY 2.0"),
    ]
    files = {"a.png": image_bytes("png", seed=seed), "b.png": image_bytes("png", seed=seed + 1)}
    return batch_with(example_batch.parent, files, rows)


def test_upload_leaves_out_what_the_check_blocks_and_the_dry_run_said_so(
    example_batch, sandbox, capsys
):
    batch = a_batch_with_a_missing_template(example_batch, 510)
    arguments = [str(batch.manifest), "--sandbox-dir", str(sandbox.folder)]
    assert main(["check", *arguments]) == 1
    checked = capsys.readouterr()
    assert "2 rows: 1 ready to upload, 1 blocked by an error" in checked.out + checked.err

    assert main(["upload", *arguments, "--dry-run"]) == 0
    dry = capsys.readouterr()
    assert re.findall(r"row (\d+): would upload", dry.out) == ["2"]
    assert "row 3: not uploaded: the page “Template:cc-by-2.0” does not exist" in dry.out
    assert "1 would be uploaded, 0 already there, 0 skipped, 1 not uploaded." in dry.err

    assert main(["upload", *arguments, "--yes"]) == 1
    sent = capsys.readouterr()
    assert "1 uploaded, 0 already there, 0 skipped, 1 not uploaded." in sent.err
    assert "row 3: not uploaded: the page “Template:cc-by-2.0” does not exist" in sent.out
    assert "check the template's name in the mapping" in sent.out
    assert "Left out by the check: 1 row (template-missing 1)." in sent.err
    api = sandbox.status().api_url
    plan = plan_of(load_batch(batch.manifest))
    assert [file_on_wiki(api, t)["exists"] for t in plan.titles] == [True, False]


def test_the_upload_asks_the_wiki_only_about_rows_that_changed(example_batch, wiki, monkeypatch):
    """What the check found of a clean row is kept with the file, title and page it was found
    on: the upload does not ask again for it; a row the check refused is asked again."""
    from glamdonor.jobs.check import CheckFinished, check
    from glamdonor.jobs.upload import upload
    from glamdonor.wiki import checks

    batch = a_batch_with_a_missing_template(example_batch, 520)
    events = list(check(batch, wiki=wiki))
    assert isinstance(events[-1], CheckFinished) and events[-1].report.ready == 1
    asked: list[list[int]] = []
    real = checks.wiki_problems

    def counting(wiki, plan, files, rows=None, **how):
        asked.append(list(rows))
        return real(wiki, plan, files, rows, **how)

    monkeypatch.setattr("glamdonor.jobs.gate.wiki_problems", counting)
    with Journal(journal_path(batch.manifest)) as journal:
        done = list(upload(plan_of(batch), wiki, journal))
    assert asked == [[1]]  # the refused row alone, asked again
    assert done[-1].uploaded == 1 and done[-1].failed == 1
