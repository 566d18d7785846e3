"""Preparing a batch from the command line: mapping suggest, init, preview."""

from __future__ import annotations

import json
import shutil

import pytest

from glamdonor.cli.main import EXIT_ERROR, main
from tests.catalogs import write

HEADERS = [
    "Inventarnummer",
    "Titel",
    "Künstler",
    "Datierung",
    "Beschreibung",
    "Dateiname",
    "Lizenz",
]


def test_from_a_workbook_to_a_previewed_row(tmp_path, capsys, example_batch):
    folder = tmp_path / "museum"
    folder.mkdir()
    shutil.copytree(example_batch.parent / "media", folder / "bilder")
    rows = [
        ["EM-1", "Rote Studie", "Anna Beispiel", "um 1905", "Öl | Karton", "red-study.png", "CC0"],
        ["EM-2", "Blauer Abend", "Bram Beispiel", "1910-1912", "", "blue-evening.png", "CC BY 4.0"],
    ]
    write([["Export des Museums"], HEADERS, *rows], folder / "katalog.xlsx")
    catalog = str(folder / "katalog.xlsx")

    assert (
        main(
            [
                "mapping",
                "suggest",
                catalog,
                "--preset",
                "artwork",
                "--header-row",
                "2",
                "--out",
                str(folder / "mapping.toml"),
            ]
        )
        == 0
    )
    told = capsys.readouterr().err
    assert "creator            ← Künstler" in told
    assert "No column found for: keywords, medium" in told
    assert (
        main(
            [
                "mapping",
                "suggest",
                catalog,
                "--header-row",
                "2",
                "--out",
                str(folder / "mapping.toml"),
            ]
        )
        == EXIT_ERROR
    )
    assert "exists already" in capsys.readouterr().err

    assert (
        main(
            [
                "init",
                "--catalog",
                catalog,
                "--header-row",
                "2",
                "--media",
                str(folder / "bilder"),
                "--mapping",
                str(folder / "mapping.toml"),
                "--partner",
                str(example_batch.parent / "partner.toml"),
                "--out",
                str(folder / "batch.toml"),
                "--name",
                "Erste Lieferung",
            ]
        )
        == 0
    )
    assert "2 rows, 2 ready, 0 to fix." in capsys.readouterr().out
    manifest = (folder / "batch.toml").read_text()
    assert 'catalog = { path = "katalog.xlsx", header_row = 2 }' in manifest
    assert 'media = "bilder"' in manifest

    assert main(["preview", str(folder / "batch.toml"), "--row", "3", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["row"] == 3
    assert shown["title"] == "Rote Studie - Anna Beispiel - Example Museum EM-1.png"
    assert "|date={{other date|circa|1905}}" in shown["wikitext"]
    assert "|description={{de|1=Öl &#124; Karton}}" in shown["wikitext"]
    assert "|title={{de|1=Rote Studie}}" in shown["wikitext"]
    assert "{{cc-zero}}" in shown["wikitext"]
    assert shown["structured_data"]["labels"]["de"]["value"] == "Rote Studie"
    assert shown["problems"] == []

    assert main(["preview", str(folder / "batch.toml"), "--row", "4"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Row 4: blue-evening.png\nTitle: Blauer Abend - Bram Beispiel")
    assert "warning: “description” is empty" not in text  # description is not required
    assert main(["preview", str(folder / "batch.toml"), "--row", "9"]) == EXIT_ERROR
    assert "row 9 is not a row of the catalog" in capsys.readouterr().err


def test_init_refuses_a_batch_that_cannot_be_planned(tmp_path, capsys, example_batch):
    folder = example_batch.parent
    out = tmp_path / "new.toml"
    code = main(
        [
            "init",
            "--catalog",
            str(folder / "catalog.csv"),
            "--media",
            str(folder / "media"),
            "--mapping",
            str(folder / "partner.toml"),
            "--out",
            str(out),
        ]
    )
    assert code == EXIT_ERROR
    assert "does not say where “file” comes from" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize(
    ("headers", "credit", "source", "depicts"),
    [
        (
            [
                "Inventory no.",
                "Title",
                "Artist",
                "Image",
                "Rights",
                "subjects",
                "credit_line",
                "url",
            ],
            "credit_line",
            "{institution}, inventory number {Inventory no.}: {url}",
            "subjects",
        ),
        (
            ["inventaire", "titre", "artiste", "fichier", "droits", "sujets", "mention", "lien"],
            "mention",
            "{institution}, inventory number {inventaire}: {lien}",
            "sujets",
        ),
        (
            ["Inventarnummer", "Titel", "Künstler", "Datei", "Lizenz", "Motiv", "Bildnachweis"],
            "Bildnachweis",
            "{institution}, inventory number {Inventarnummer}",
            "Motiv",
        ),
    ],
)
def test_the_artwork_suggestion_maps_credit_source_and_subjects(headers, credit, source, depicts):
    """A credit line and the object's page are mapped; subjects are what the files depict
    (depicts candidates), never Commons categories."""
    from glamdonor.core.presets import PRESETS
    from glamdonor.core.suggest import suggest

    found = suggest(PRESETS["artwork"].text(), headers)
    lines = found.text.splitlines()
    assert f'credit_line = {{ column = "{credit}" }}' in lines
    assert f'source = {{ pattern = "{source}" }}' in lines
    assert f'depicts = {{ column = "{depicts}", split = ";" }}' in lines
    assert not any(line.startswith("categories") and depicts in line for line in lines)


def test_the_whole_plan_at_once_as_json_lines_and_as_a_sheet(example_batch, tmp_path, capsys):
    """Every row from one plan: JSON lines to read with a program, a sheet to review."""
    import openpyxl

    assert main(["preview", str(example_batch), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["row"] for line in lines] == [2, 3, 4]
    assert [line["identifier"] for line in lines] == ["EM-0001", "EM-0002", "EM-0003"]
    assert all(line["title"].endswith(".png") and "{{Artwork" in line["wikitext"] for line in lines)
    sheet = tmp_path / "plan.xlsx"
    assert main(["preview", str(example_batch), "--out", str(sheet)]) == 0
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("row", "identifier", "file", "title") and len(rows) == 4
    assert main(["preview", str(example_batch), "--format", "json"]) == EXIT_ERROR
    assert "Give --row N" in capsys.readouterr().err


def test_a_row_is_previewed_from_the_kept_plan_until_the_batch_changes(
    example_batch, capsys, monkeypatch
):
    """The first preview plans the catalog and keeps it (in glamdonor's cache, not beside
    the batch); the next ones read one line of it, until the catalog, mapping or partner
    changes."""
    import time

    from glamdonor.jobs import plan as plan_module

    made = []
    real = plan_module.plan_of
    monkeypatch.setattr(plan_module, "plan_of", lambda batch: made.append(1) or real(batch))
    before = sorted(p.name for p in example_batch.parent.iterdir())
    assert main(["preview", str(example_batch), "--row", "3", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["preview", str(example_batch), "--row", "3", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == first and len(made) == 1  # from the kept plan
    assert main(["preview", str(example_batch), "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(made) == 1 and [line["row"] for line in lines] == [2, 3, 4]
    assert lines[1] == first
    assert sorted(p.name for p in example_batch.parent.iterdir()) == before  # nothing written
    # read from the kept plan, a row needs nothing of what planning needs (pandas above all)
    import subprocess
    import sys

    probe = (
        "import sys; from glamdonor.cli.main import main; "
        f"code = main(['preview', {str(example_batch)!r}, '--row', '3']); "
        "print(code, 'pandas' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 False", done.stdout + done.stderr

    catalog = example_batch.parent / "catalog.csv"
    time.sleep(0.01)
    catalog.write_text(catalog.read_text().replace("Blue evening", "Blue night"))
    assert main(["preview", str(example_batch), "--row", "3"]) == 0
    assert "Blue night" in capsys.readouterr().out and len(made) == 2  # planned anew
    assert main(["preview", str(example_batch), "--row", "99"]) == EXIT_ERROR
    assert "row 99 is not a row of the catalog" in capsys.readouterr().err


def test_a_plan_killed_while_it_is_kept_is_not_taken_for_the_batchs(example_batch, capsys):
    """The kept plan's key is taken away before its lines are written: a run stopped half-way
    leaves lines no later preview reads."""
    from glamdonor.core.batch import load_batch
    from glamdonor.jobs.kept_plan import keep, kept_lines, plan_lines
    from glamdonor.jobs.plan import plan_of

    batch = load_batch(example_batch)
    assert main(["preview", str(example_batch), "--row", "2"]) == 0
    capsys.readouterr()
    assert kept_lines(batch) is not None

    def killed_half_way():
        yield next(plan_lines(plan_of(batch)))[:40]  # a line cut short
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        keep(batch, killed_half_way(), [2, 3, 4])
    assert kept_lines(batch) is None  # planned anew at the next preview
    assert main(["preview", str(example_batch), "--row", "3", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["row"] == 3
    assert kept_lines(batch) is not None
