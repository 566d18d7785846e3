"""Checking a batch against the sandbox wiki: titles taken, files already there under another
title, categories and pages that do not exist, blacklisted titles, templates the wiki lacks."""

from __future__ import annotations

import hashlib

import pytest

from glamdonor.jobs.check import CheckFinished, check
from tests.batches import batch_with, codes, row
from tests.media import image_bytes, write

pytestmark = pytest.mark.wiki


def check_online(batch, wiki):
    events = list(check(batch, wiki=wiki))
    assert isinstance(events[-1], CheckFinished)
    return events[-1].report


def wiki_codes(report, ignore=("category-missing",)) -> dict[int, list[str]]:
    return {
        row: [code for code in found if code not in ignore]
        for row, found in codes(report).items()
        if any(code not in ignore for code in found)
    }


def test_titles_and_files_already_on_the_wiki(example_batch, sandbox, wiki, tmp_path):
    files = {f"{n}.png": image_bytes("png", seed=100 + n) for n in range(4)}
    batch = batch_with(
        example_batch.parent, files, [row(n, f"{n}.png", f"Wiki check {n}") for n in range(4)]
    )
    title = "Wiki check {} - Anna Example - Example Museum EM-000{}.png"
    other = write(tmp_path, "other.png", image_bytes("png", seed=199))
    # row 2: its title holds other bytes; row 3: its very file is there already;
    # row 4: its bytes are on the wiki under another title; row 5: nothing there.
    assert wiki.upload(other, title.format(0, 0), "other bytes", "test").published
    assert wiki.upload(
        example_batch.parent / "media" / "1.png", title.format(1, 1), "same", "test"
    ).published
    assert wiki.upload(
        example_batch.parent / "media" / "2.png", "Somewhere else 2.png", "x", "test"
    ).published
    report = check_online(batch, wiki)
    assert wiki_codes(report) == {
        2: ["title-taken"],
        3: ["already-on-wiki"],
        4: ["file-on-wiki-elsewhere"],
    }
    taken, there, elsewhere = (report.problems[i][0] for i in (0, 1, 2))
    assert taken.severity == "error" and "index.php/File:Wiki_check_0" in taken.message
    assert there.severity == "warning" and there.hint == "Nothing to do: the upload skips it."
    assert (
        elsewhere.message == "the same file is already on the wiki as “File:Somewhere else 2.png”."
    )
    assert report.ready == 2


def test_missing_categories_and_pages(example_batch, wiki):
    mapping = example_batch.parent / "mapping.toml"
    text = mapping.read_text().replace(
        'artist = { column = "creator" }',
        'artist = { column = "creator", transforms = [{ lookup = "creators" }] }',
    )
    mapping.write_text(
        text + "\n[lookups.creators]\nwikitext = true\n[lookups.creators.values]\n"
        '"Anna Example" = "{{Creator:Anna Example}}"\n'
    )
    batch = batch_with(
        example_batch.parent,
        {"a.png": image_bytes("png", seed=120)},
        [row(1, "a.png") + "Gardens;Media contributed by Example Museum"],
    )
    report = check_online(batch, wiki)
    found = {p.message: (p.code, str(p.severity)) for p in report.problems[0]}
    assert found == {
        "the page “Category:Gardens” does not exist on the wiki.": ("category-missing", "warning"),
        "the page “Category:Media contributed by Example Museum (2026-11-23)” does not exist on "
        "the wiki.": ("category-missing", "warning"),
        "the page “Category:Uploaded with glamdonor” does not exist on the wiki.": (
            "category-missing",
            "warning",
        ),
        "the page “Creator:Anna Example” does not exist on the wiki.": (
            "template-page-missing",
            "warning",
        ),
    }
    assert "[[Category:Media contributed by Example Museum]]" in report.plan.pages[0]  # exists
    assert report.ready == 1


def test_blacklisted_titles_and_templates_the_wiki_lacks(example_batch, wiki):
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(
        mapping.read_text().replace(
            'license = { column = "license" }',
            'license = { column = "license", transforms = [{ lookup = "licenses" }] }',
        )
        + '\n[lookups.licenses.values]\n"CC BY 2.0" = "cc-by-2.0"\n'
    )
    rows = [row(1, "a.png", "DSC 0001"), row(2, "b.png").replace("cc-zero", "CC BY 2.0")]
    files = {"a.png": image_bytes("png", seed=130), "b.png": image_bytes("png", seed=131)}
    report = check_online(batch_with(example_batch.parent, files, rows), wiki)
    assert wiki_codes(report) == {
        2: ["title-camera-name", "title-blacklisted"],
        3: ["template-missing"],
    }
    blacklisted = next(p for p in report.problems[0] if p.code == "title-blacklisted")
    assert blacklisted.message.startswith("the wiki refuses the title “DSC 0001 - Anna Example")
    assert blacklisted.message.endswith("has been banned from creation.")
    assert (
        report.problems[1][-1].message
        == "the page “Template:cc-by-2.0” does not exist on the wiki."
    )


def test_the_sandbox_accepts_what_the_check_passes(example_batch, sandbox, capsys):
    """A batch the check finds ready uploads without a single refusal."""
    from glamdonor.cli.main import main

    files = {f"{n}.png": image_bytes("png", seed=140 + n) for n in range(2)}
    batch_with(example_batch.parent, files, [row(n, f"{n}.png", f"Ready {n}") for n in range(2)])
    arguments = [str(example_batch), "--sandbox-dir", str(sandbox.folder)]
    assert main(["check", *arguments]) == 0
    assert "2 rows: 2 ready to upload" in capsys.readouterr().out
    assert main(["upload", *arguments, "--yes"]) == 0
    assert "2 uploaded, 0 already there, 0 skipped, 0 not uploaded." in capsys.readouterr().err
    from tests.apicheck import file_on_wiki

    on_wiki = file_on_wiki(
        sandbox.status().api_url, "Ready 0 - Anna Example - Example Museum EM-0000.png"
    )
    assert on_wiki["sha1"] == hashlib.sha1(files["0.png"]).hexdigest()


def test_a_title_the_wiki_refuses_is_a_problem_of_its_row_not_a_crash(
    example_batch, sandbox, wiki, capsys
):
    """The replacement character (what a wrongly decoded catalog leaves) in a title: MediaWiki
    takes no page of that name. The online check says so for that row and checks the rest."""
    from glamdonor.cli.main import main
    from glamdonor.jobs.plan import plan_of

    files = {"a.png": image_bytes("png", seed=160), "b.png": image_bytes("png", seed=161)}
    rows = [row(1, "a.png", "Caf\ufffd study"), row(2, "b.png", "Fine study")]
    batch = batch_with(example_batch.parent, files, rows)
    plan = plan_of(batch)
    assert [p.code for p in plan.problems[0]] == ["title-replacement-character"]  # refused
    plan.titles[0] = "Caf\ufffd study.png"  # as a plan of an earlier glamdonor had it
    events = list(check(batch, plan=plan, wiki=wiki))
    report = events[-1].report
    invalid = [p for p in report.problems.get(0, []) if p.code == "title-invalid"]
    assert len(invalid) == 1 and "Caf\ufffd study" in invalid[0].message
    assert invalid[0].severity == "error" and report.ready == 1
    assert main(["check", str(batch.manifest), "--sandbox-dir", str(sandbox.folder)]) == 1
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err
    assert "1 ready to upload, 1 blocked by an error" in printed.out + printed.err
