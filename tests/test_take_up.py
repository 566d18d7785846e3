"""Taking up a donation glamdonor did not make: 50 files uploaded by another account of the
sandbox wiki with pages written by hand, listed with `catalog from-category`, made a batch with
`init --existing`; then `update` corrects one of them and `metrics` reports on all of them."""

from __future__ import annotations

import csv

import pytest

from glamdonor.cli.main import main
from tests.media import noise_png
from tests.volunteer import Volunteer

pytestmark = pytest.mark.wiki

FILES = 50
CATEGORY = "Media contributed by the Old Museum"

PAGE = """== Summary ==
{{{{Information
 |description = {{{{en|1=Old print number {n}, a view of the harbour.}}}}
 |date        = 18{n:02d}
 |source      = Old Museum, print room
 |author      = Unknown engraver
 |permission  =
}}}}

== Licensing ==
{{{{cc-zero}}}}

[[Category:{category}]]
[[Category:Harbour views]]"""

MAPPING = """format_version = 1
template = "Information"
file = { column = "file" }
title = { column = "title" }
license = { column = "licenses" }
categories = [{ column = "categories", split = ";" }]

[fields]
description = { column = "description (en)", language = "en" }
date = { column = "date" }
source = { column = "source" }
author = { column = "author" }
"""


def test_a_donation_made_by_hand_is_taken_up_corrected_and_reported(tmp_path, sandbox, capsys):
    volunteer = Volunteer(sandbox)
    for n in range(FILES):
        text = PAGE.format(n=n, category=CATEGORY)
        volunteer.upload(f"Old print {n:02d} of the harbour.png", noise_png(920_000 + n, 20), text)
    folder = tmp_path / "takeup"
    folder.mkdir()
    catalog = folder / "catalog.csv"
    where = ["--sandbox-dir", str(sandbox.folder)]

    assert main(["catalog", "from-category", CATEGORY, "--out", str(catalog), *where]) == 0
    assert f"Wrote {catalog}: {FILES} files" in capsys.readouterr().out
    with catalog.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == FILES
    first = rows[0]
    assert first["file"] == "Old print 00 of the harbour.png" and first["uploader"] == "Volunteer"
    assert first["media id"] == f"M{first['page id']}" and first["template"] == "Information"
    assert first["description (en)"] == "Old print number 0, a view of the harbour."
    assert (first["date"], first["licenses"]) == ("1800", "cc-zero")
    assert first["categories"] == f"{CATEGORY};Harbour views"

    (folder / "mapping.toml").write_text(MAPPING)
    batch = folder / "batch.toml"
    init = ["init", "--existing", "--catalog", str(catalog), "--mapping",
            str(folder / "mapping.toml"), "--out", str(batch), *where]  # fmt: skip
    assert main(init) == 0
    assert f"{FILES} of {FILES} files taken up as published" in capsys.readouterr().out

    before = {n: volunteer.text(f"Old print {n:02d} of the harbour.png")[0] for n in (0, 7)}
    catalog.write_text(catalog.read_text(encoding="utf-8-sig").replace(",1807,", ",1807 or 1808,"))
    assert main(["update", str(batch), "--yes", *where]) == 0
    printed = capsys.readouterr()
    assert f"1 page corrected, {FILES - 1} unchanged" in printed.err
    after = volunteer.text("Old print 07 of the harbour.png")[0]
    assert after == before[7].replace("|date        = 1807\n", "|date        = 1807 or 1808\n")
    assert volunteer.text("Old print 00 of the harbour.png")[0] == before[0]  # untouched

    assert main(["metrics", "refresh", str(batch), *where]) == 0
    report = folder / "report.html"
    assert main(["metrics", "report", str(batch), "--out", str(report), *where]) == 0
    assert f"{FILES} files" in report.read_text(encoding="utf-8")
