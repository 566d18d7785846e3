"""The reliability suite: every test here is marked ``reliability`` (and runs with the rest).

Its tests note what they did in ``figures`` (faults injected, kills, resumes, duplicates,
items lost, inputs fuzzed, peak memory); with GLAMDONOR_RELIABILITY_FIGURES set to a path,
the figures are written there as JSON at the end, for docs/reliability.md
(``python -m tests.reliability.report``)."""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.fspath).resolve().parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def figures():
    """Counters by section and name: ``figures["kills"]["killed"] += 1``."""
    found: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    yield found
    target = os.environ.get("GLAMDONOR_RELIABILITY_FIGURES")
    if target:
        Path(target).write_text(json.dumps(found, indent=2, sort_keys=True), encoding="utf-8")
