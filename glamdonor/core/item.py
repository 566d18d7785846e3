"""Items: one per catalog row, what will become one file page, with its problems (declared in
core/problems.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from glamdonor.core.problems import Problem, Severity

__all__ = ["Item", "Problem", "Severity"]


@dataclass
class Item:
    row: int
    file_name: str  # as the catalog gives it
    file: Path | None  # the file found in the media folder, if any
    title: str
    wikitext: str
    structured_data: str = "{}"  # the JSON wbeditentity takes: captions and statements
    problems: list[Problem] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return any(problem.severity is Severity.ERROR for problem in self.problems)
