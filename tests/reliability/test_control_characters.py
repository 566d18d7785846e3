"""Control characters anywhere in a catalog (a NUL, a vertical tab, an escape...): check,
results and the problem report, in CSV and XLSX, never crash; what they write shows each one
visibly (\\x1b), and nothing glamdonor prints can command the terminal."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from glamdonor.cli.main import main
from tests.batches import HEADER, batch_with, row
from tests.media import image_bytes

CONTROLS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127)]


@pytest.mark.parametrize("column", HEADER.strip().split(","))
def test_every_control_character_in_every_column_ends_in_a_report(
    column, example_batch, tmp_path, capsys
):
    names = HEADER.strip().split(",")
    lines = []
    for n, character in enumerate(CONTROLS):
        cells = row(n + 1, f"{n}.png", f"Control {n}").split(",")
        at = names.index(column)
        cells[at] = f"{cells[at]}{character}x" if cells[at] else f"{character}x"
        lines.append(",".join(cells))
    files = {f"{n}.png": image_bytes("png", seed=2900 + n) for n in range(len(CONTROLS))}
    batch = batch_with(example_batch.parent, files, lines)
    for suffix in ("csv", "xlsx"):
        report = tmp_path / f"problems-{column}.{suffix}"
        code = main(["check", str(batch.manifest), "--offline", "--report", str(report)])
        assert code in (0, 1)
        results = tmp_path / f"results-{column}.{suffix}"
        assert main(["results", str(batch.manifest), "--out", str(results)]) == 0
        for written in (report, results):
            if suffix == "csv":
                text = written.read_text(encoding="utf-8-sig")
                assert not any(c in text for c in CONTROLS if c not in "\r\n"), written
                list(csv.reader(text.splitlines()))
            else:
                openpyxl.load_workbook(written)  # opens: nothing XLSX cannot hold
    printed = capsys.readouterr()
    assert "Traceback" not in printed.out + printed.err
    assert not any(c in printed.out + printed.err for c in CONTROLS if c not in "\r\n")
