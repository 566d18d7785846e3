"""The small things a first user meets on the command line: a pilot's prompt counts the
pilot; a title merged above a sheet's column names is said with the header row to give and the
column's letter; a damaged or foreign journal is a sentence and is left as it is; `init` names
the option whose path is wrong; licences Commons refuses are said so."""

from __future__ import annotations

import openpyxl
import pytest

from glamdonor.catalog import read_catalog
from glamdonor.catalog.read import column_letter
from glamdonor.cli.main import main
from glamdonor.core.errors import GlamdonorError, InputError
from glamdonor.core.journal import Journal, journal_path
from glamdonor.core.pages import license_problem


def test_the_prompt_of_a_pilot_counts_the_pilot(example_batch, sandbox, capsys):
    arguments = [str(example_batch), "--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", *arguments, "--pilot", "2"]) == 2  # no terminal to answer
    said = capsys.readouterr().err
    assert "Upload a pilot of 2 files, drawn at random, of" in said
    assert main(["upload", *arguments, "--limit", "1"]) == 2
    assert "Upload at most 1 of the 3 files of" in capsys.readouterr().err


def test_a_title_merged_over_the_column_names_says_which_row_to_give(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Collection export"
    sheet.merge_cells("A1:C1")
    sheet.append(["inventory", "title", "file"])
    sheet.append(["EM-1", "A", "a.jpg"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    with pytest.raises(InputError) as caught:
        read_catalog(path)
    assert "column C, which has no name in row 1" in caught.value.message
    assert "give --header-row 2" in caught.value.hint
    assert list(read_catalog(path, header_row=2).columns) == ["inventory", "title", "file"]
    assert [column_letter(n) for n in (1, 26, 27, 52, 703)] == ["A", "Z", "AA", "AZ", "AAA"]


@pytest.mark.parametrize("kind", ["damaged", "cut short", "cut to nothing", "another program's"])
def test_a_journal_that_is_not_a_journal_is_put_aside_untouched(
    example_batch, sandbox, kind, capsys
):
    """Said, renamed with the date (its bytes as they were), never overwritten; a new journal
    starts, and the next upload settles every row from the wiki: nothing sent twice."""
    import sqlite3

    path = journal_path(example_batch)
    arguments = [str(example_batch), "--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", *arguments, "--yes"]) == 0
    capsys.readouterr()
    if kind == "damaged":
        path.write_bytes(b"\x00garbage" * 4096)
    elif kind == "cut short":
        path.write_bytes(path.read_bytes()[:300])
    elif kind == "cut to nothing":
        for ending in ("-wal", "-shm"):
            path.with_name(path.name + ending).unlink(missing_ok=True)
        path.write_bytes(b"")
    else:
        for ending in ("", "-wal", "-shm"):
            path.with_name(path.name + ending).unlink(missing_ok=True)
        with sqlite3.connect(path) as other:
            other.execute("create table photos (name text)")
    before = path.read_bytes()
    assert main(["status", *arguments]) == 0
    said = capsys.readouterr().err
    assert "was damaged" in said and "kept, untouched, as batch.journal.damaged-" in said
    (aside,) = path.parent.glob("batch.journal.damaged-*[0-9]")
    assert aside.read_bytes() == before  # never overwritten
    assert main(["upload", *arguments, "--yes"]) == 0
    assert "0 uploaded, 3 already there" in capsys.readouterr().err  # settled by the wiki


def test_init_names_the_option_whose_path_is_wrong(example_batch, tmp_path, capsys):
    folder = example_batch.parent
    out = tmp_path / "batch.toml"
    code = main(
        [
            "init",
            "--catalog", str(folder / "catalog.csv"),
            "--media", str(folder / "no-such-folder"),
            "--mapping", str(folder / "mapping.toml"),
            "--out", str(out),
        ]
    )  # fmt: skip
    assert code == 2
    said = capsys.readouterr().err
    assert "the folder given with --media does not exist" in said
    assert "batch file" not in said and not out.exists()


@pytest.mark.parametrize("licence", ["CC-BY-NC", "cc-by-nc-sa-4.0", "CC BY-ND 4.0"])
def test_licences_commons_refuses_are_said_so(licence):
    found = license_problem(licence)
    assert found is not None and found.code == "license-not-free"
    assert "Commons takes free licences only" in found.message and "add" not in found.hint


def test_a_full_disk_when_the_batch_is_taken_is_a_sentence(example_batch, monkeypatch, capsys):
    """The lock that holds the batch for one process cannot be made (a full disk, a folder
    made read-only): the command says so and what to do, and nothing is lost."""
    import errno

    from filelock import FileLock

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(FileLock, "acquire", full)
    journal = Journal(journal_path(example_batch))
    with journal, pytest.raises(GlamdonorError) as caught, journal.only_user():
        pass
    assert "cannot be written (No space left on device)" in caught.value.message
    assert "Free some space" in caught.value.hint
