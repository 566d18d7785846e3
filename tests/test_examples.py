"""The example batch as the tests use it: only its tracked files, whatever a user's own runs
left beside them (the README's first command leaves the journal in examples/)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

ROOT = EXAMPLES.parent


def tracked() -> list[str]:
    if not shutil.which("git") or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    listed = subprocess.run(
        ["git", "ls-files", "examples"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return sorted(Path(name).name for name in listed)


def test_the_copy_holds_the_tracked_files_and_fresh_images(example_batch):
    copied = sorted(path.name for path in example_batch.parent.iterdir() if path.is_file())
    assert copied == tracked()
    images = sorted(path.name for path in (example_batch.parent / "media").iterdir())
    assert images == ["blue-evening.png", "green-garden.png", "red-study.png"]


@pytest.mark.parametrize(
    "left_by_a_run",
    [
        "batch.journal",
        "batch.journal.lock",
        "batch.journal-wal",
        "media/red-study.png",
        "results.xlsx",
        "problems.xlsx",
    ],
)
def test_what_a_run_leaves_in_examples_is_ignored_by_git(left_by_a_run):
    tracked()
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", f"examples/{left_by_a_run}"], cwd=ROOT, check=False
    )
    assert ignored.returncode == 0, f"examples/{left_by_a_run} would show as untracked"
