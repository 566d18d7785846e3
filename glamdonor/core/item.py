"""Items (one per catalog row: what will become one file page) and their problems."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be uploaded until it is fixed
    WARNING = "warning"  # worth a look, does not block the row


@dataclass(frozen=True)
class Problem:
    code: str  # stable, for reports and filters: "file-missing", "title-empty", ...
    message: str  # a sentence a registrar understands
    hint: str  # what to do about it
    severity: Severity = Severity.ERROR
    column: str | None = None


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
