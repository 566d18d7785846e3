"""The round trip with the community on the sandbox wiki: a catalog correction reaches the
pages already uploaded without overwriting what the Volunteer did, and what the Volunteer did
comes back to the museum as a sheet (glamdonor update, glamdonor community)."""

from __future__ import annotations

import csv
import threading

import pytest

from glamdonor.cli.main import main
from glamdonor.core.batch import load_batch
from glamdonor.jobs.plan import plan_of
from glamdonor.jobs.update import RowCorrected, UpdateFinished, apply_corrections, corrections
from tests.media import noise_png
from tests.volunteer import Volunteer

pytestmark = pytest.mark.wiki


def donated(example_batch, sandbox, tag: str, seed: int) -> dict[str, str]:
    """The example batch with images and inventory numbers of its own, uploaded: row -> title."""
    media = example_batch.parent / "media"
    for index, path in enumerate(sorted(media.glob("*.png"))):
        path.write_bytes(noise_png(seed + index, side=24))
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", f"{tag}-000"))
    assert run("upload", example_batch, sandbox, "--yes") == 0
    plan = plan_of(load_batch(example_batch))
    return dict(zip(plan.rows, plan.titles, strict=True))


def run(command: str, batch, sandbox, *extra: str) -> int:
    return main([command, str(batch), "--sandbox-dir", str(sandbox.folder), *extra])


def correct(batch, *replacements: tuple[str, str]) -> None:
    catalog = batch.parent / "catalog.csv"
    text = catalog.read_text()
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    catalog.write_text(text)


def test_a_correction_keeps_the_volunteers_work_and_the_sheet_lists_it(
    example_batch, sandbox, tmp_path, capsys
):
    titles = donated(example_batch, sandbox, "RT1", seed=900_000)
    red = titles[2]  # "Red study", 1898
    volunteer = Volunteer(sandbox)
    volunteer.edit(red, ("[[Category:Studies in red]]", "[[Category:Studies in red]]\n[[Category:Red]]"))
    volunteer.edit(
        red,
        ("{{en|1=A study in red, oil on card.}}",
         "{{en|1=A study in red, oil on card.}}{{fr|1=Une étude en rouge, huile sur carton.}}"),
    )  # fmt: skip
    volunteer.edit(red, ("|date=1898", "|date={{other date|circa|1897}}"))
    correct(example_batch, ("Red study,Anna Example,1898", "Red study (sketch),Anna Example,1899"))
    capsys.readouterr()

    assert run("update", example_batch, sandbox, "--dry-run") == 0
    dry = capsys.readouterr()
    assert "+|title={{en|1=Red study (sketch)}}" in dry.out and "1 of 3 pages would be corrected" in dry.err
    assert volunteer.text(red)[0].count("Red study (sketch)") == 0  # a dry run edits nothing

    assert run("update", example_batch, sandbox, "--yes") == 0
    printed = capsys.readouterr()
    assert "Row 2: corrected title of File:" in printed.out
    assert "“date” was changed on the wiki to “{{other date|circa|1897}}”" in printed.err
    text, _ = volunteer.text(red)
    assert "|title={{en|1=Red study (sketch)}}" in text
    assert "|date={{other date|circa|1897}}" in text  # the volunteer's date kept
    assert "[[Category:Red]]" in text and "{{fr|1=Une étude en rouge, huile sur carton.}}" in text
    ours = [r for r in volunteer.history(red) if r["user"] == "Uploader"]
    assert len(ours) == 2 and "title" in ours[0]["comment"]  # the upload, one correction

    assert run("update", example_batch, sandbox, "--yes") == 0  # again: nothing more
    assert "Nothing to correct" in capsys.readouterr().err
    assert len([r for r in volunteer.history(red) if r["user"] == "Uploader"]) == 2

    sheet = tmp_path / "additions.csv"
    assert run("community", example_batch, sandbox, "--out", str(sheet)) == 0
    with sheet.open(encoding="utf-8-sig") as handle:
        lines = list(csv.DictReader(handle))
    assert sorted((line["row"], line["change"], line["value"]) for line in lines) == [
        ("2", "category added", "Red"),
        ("2", "description added", "description (fr): Une étude en rouge, huile sur carton."),
        ("2", "field changed", "date: {{other date|circa|1897}}"),
    ]
    assert {line["identifier"] for line in lines} == {"RT1-0001"}
    assert {line["editor"] for line in lines} == {"Volunteer"}
    assert {(line["edits by others"], line["editors"], line["bot edits"]) for line in lines} == {
        ("3", "1", "0")
    }
    # The community's work is in the batch's impact report too.
    where = ["--sandbox-dir", str(sandbox.folder)]
    assert main(["metrics", "refresh", str(example_batch), *where]) == 0
    report = tmp_path / "report.html"
    assert main(["metrics", "report", str(example_batch), "--out", str(report), *where]) == 0
    assert (
        "Since the upload, 1 volunteer improved the files&#x27; pages with 3 edits: 3 changes to "
        "categories, descriptions and data." in report.read_text(encoding="utf-8")
    )


def test_a_page_edited_during_the_update_is_merged_again_not_overwritten(
    example_batch, sandbox
):
    titles = donated(example_batch, sandbox, "RT2", seed=900_010)
    batch = load_batch(example_batch)
    correct(example_batch, ("Blue evening,Bram Example", "Blue evening (study),Bram Example"))
    plan = plan_of(batch)
    wiki = main_wiki(sandbox)
    found = corrections(batch, plan, wiki)
    volunteer = Volunteer(sandbox)
    blue = titles[3]
    volunteer.edit(blue, ("[[Category:Canals]]", "[[Category:Canals]]\n[[Category:Dusk]]"))
    events = list(apply_corrections(batch, plan, wiki, found, cancel=threading.Event()))
    assert [e.row for e in events if isinstance(e, RowCorrected)] == [3]
    text, _ = volunteer.text(blue)
    assert "[[Category:Dusk]]" in text and "{{en|1=Blue evening (study)}}" in text
    assert isinstance(events[-1], UpdateFinished) and events[-1].corrected == 1


def test_a_deleted_page_is_said_and_not_made_again(example_batch, sandbox, capsys):
    titles = donated(example_batch, sandbox, "RT3", seed=900_020)
    sandbox.delete_pages([f"File:{titles[4]}"])
    correct(example_batch, ("Green garden", "Green garden (late)"))
    capsys.readouterr()
    assert run("update", example_batch, sandbox, "--yes") == 0
    printed = capsys.readouterr()
    assert "Row 4: the file's page is no longer on the wiki: it was deleted." in printed.err
    assert "Nothing to correct" in printed.err


def main_wiki(sandbox):
    from glamdonor.wiki.connection import Wiki

    return Wiki(sandbox.status().api_url, sandbox.credentials(), throttle=0).connect()


def test_a_renamed_file_is_corrected_under_its_new_name_and_said(
    example_batch, sandbox, tmp_path, capsys
):
    titles = donated(example_batch, sandbox, "RT4", seed=900_050)
    volunteer = Volunteer(sandbox)
    renamed = "Green garden, a bench seen from a window (RT4-0003).png"
    volunteer.move(titles[4], renamed)
    correct(example_batch, ("Green garden", "Green garden (late)"))
    capsys.readouterr()
    assert run("update", example_batch, sandbox, "--yes") == 0
    printed = capsys.readouterr()
    assert f"Row 4: the file was renamed on the wiki: it is now “{renamed}”." in printed.err
    assert "{{en|1=Green garden (late)}}" in volunteer.text(renamed)[0]
    assert volunteer.text(titles[4])[0].startswith("#REDIRECT")  # the old name: not made again

    sheet = tmp_path / "additions.csv"
    assert run("community", example_batch, sandbox, "--out", str(sheet)) == 0
    with sheet.open(encoding="utf-8-sig") as handle:
        lines = [(line["row"], line["change"], line["value"], line["before"])
                 for line in csv.DictReader(handle)]  # fmt: skip
    assert lines == [("4", "file renamed", renamed, titles[4])]


def test_a_page_made_a_redirect_is_said_and_left_alone(example_batch, sandbox, capsys):
    """A file merged into another by the community: its page now leads there."""
    titles = donated(example_batch, sandbox, "RT5", seed=900_060)
    volunteer = Volunteer(sandbox)
    text, _ = volunteer.text(titles[3])
    volunteer.edit(titles[3], (text, f"#REDIRECT [[File:{titles[2]}]]"), summary="duplicate")
    correct(example_batch, ("Blue evening", "Blue evening (late)"))
    capsys.readouterr()
    assert run("update", example_batch, sandbox, "--yes") == 0
    printed = capsys.readouterr()
    assert f"Row 3: the file's page now leads to File:{titles[2]}" in printed.err
    assert volunteer.text(titles[3])[0] == f"#REDIRECT [[File:{titles[2]}]]"  # left alone
