"""Checking a batch before anything is sent: the plan's own problems, then every media file
(content, type, damage, EXIF), then, unless offline, everything the wiki would refuse."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from glamdonor.core.batch import Batch
from glamdonor.core.dates import parse_date
from glamdonor.core.journal import FileFacts, Journal, journal_path
from glamdonor.core.plan import Plan
from glamdonor.core.problems import Problem, Severity, problem
from glamdonor.jobs.gate import WikiVerdicts, file_findings
from glamdonor.jobs.plan import plan_of
from glamdonor.media.inspect import content_reads, inspect, parallel
from glamdonor.media.kinds import COMMONS_EXTENSIONS
from glamdonor.wiki.connection import Wiki

PROGRESS_EVERY = 200


@dataclass(frozen=True)
class CheckProgress:
    phase: str  # "files" or "wiki"
    done: int
    total: int


@dataclass
class CheckReport:
    plan: Plan
    problems: dict[int, list[Problem]] = field(default_factory=dict)  # by row index
    files: dict[str, FileFacts] = field(default_factory=dict)
    files_read: int = 0  # files whose content was read (not taken from the journal)
    offline: bool = True

    def blocked(self, index: int) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems.get(index, []))

    @property
    def ready(self) -> int:
        return sum(not self.blocked(index) for index in range(len(self.plan)))

    def counts(self) -> Counter:
        return Counter(p.code for problems in self.problems.values() for p in problems)


@dataclass(frozen=True)
class CheckFinished:
    report: CheckReport


def check(
    batch: Batch,
    *,
    plan: Plan | None = None,
    wiki: Wiki | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[CheckProgress | CheckFinished]:
    """Check the batch; ``wiki`` None checks offline. The last event carries the report."""
    plan = plan if plan is not None else plan_of(batch)
    report = CheckReport(plan, {i: list(p) for i, p in plan.problems.items()}, offline=wiki is None)
    allowed = wiki.file_extensions() if wiki is not None else COMMONS_EXTENSIONS
    yield from _check_files(batch, plan, allowed, report, cancel)
    _file_problems(plan, report)
    if wiki is not None and not (cancel and cancel.is_set()):
        yield CheckProgress("wiki", 0, len(plan))
        facts = {i: report.files[p] for i, p in enumerate(plan.files) if p in report.files}
        with Journal(journal_path(batch.manifest)) as journal:
            journal.use(wiki.identity)
            told = WikiVerdicts(wiki, plan, journal).of(facts, fresh=True)  # kept for the upload
        for index, problems in told.items():
            if problems:
                report.problems.setdefault(index, []).extend(problems)
        yield CheckProgress("wiki", len(plan), len(plan))
    yield CheckFinished(report)


def _check_files(
    batch: Batch,
    plan: Plan,
    allowed: frozenset[str],
    report: CheckReport,
    cancel: threading.Event | None,
) -> Iterator[CheckProgress]:
    paths = list(dict.fromkeys(path for path in plan.files if path))
    reads_before = content_reads.count
    with Journal(journal_path(batch.manifest)) as journal:
        known = journal.known_files()
        facts: dict[str, FileFacts] = {}
        unknown = []
        for path in paths:
            remembered = known.get(path)
            if remembered and remembered.still_true_of(path):
                facts[path] = remembered
            else:
                unknown.append(path)
        yield CheckProgress("files", len(facts), len(paths))
        fresh: dict[str, FileFacts] = {}
        for path, found in zip(
            unknown, parallel(lambda p: inspect(p, allowed), unknown), strict=True
        ):
            fresh[path] = found
            if len(fresh) % PROGRESS_EVERY == 0:
                journal.remember_files(fresh)
                facts |= fresh
                fresh = {}
                yield CheckProgress("files", len(facts), len(paths))
                if cancel and cancel.is_set():
                    break
        journal.remember_files(fresh)
        facts |= fresh
    report.files = facts
    report.files_read = content_reads.count - reads_before
    yield CheckProgress("files", len(facts), len(paths))


def _file_problems(plan: Plan, report: CheckReport) -> None:
    first_with: dict[str, int] = {}
    dated = _photo_dates(plan)
    for index, path in enumerate(plan.files):
        facts = report.files.get(path) if path else None
        if facts is None:
            continue
        found = report.problems.setdefault(index, [])
        found += file_findings(plan, index, facts, dated.get(index))
        if facts.sha1 and facts.sha1 in first_with:
            row = plan.rows[first_with[facts.sha1]]
            found.append(problem("file-duplicate-in-batch", plan.file_column, row=row))
        elif facts.sha1:
            first_with[facts.sha1] = index
    report.problems = {i: p for i, p in report.problems.items() if p}


def _photo_dates(plan: Plan) -> dict[int, str]:
    """The year each row's page gives the photograph itself, where the page says it."""
    wanted = {"Information": "date", "Photograph": "date", "Art Photo": "photo date"}
    parameter = wanted.get(plan.template)
    if not parameter:
        return {}
    found = {}
    pattern = re.compile(rf"^\|{parameter}=(.*)$", re.MULTILINE)
    for index, page in enumerate(plan.pages):
        match = pattern.search(page)
        date = parse_date(match.group(1)) if match and match.group(1) else None
        if date and date.kind == "exact":
            found[index] = f"{date.year:04d}"
    return found


REPORT_HEADER = ("row", "column", "severity", "code", "problem", "what to do", "file", "title")


def report_rows(report: CheckReport) -> list[tuple]:
    plan = report.plan
    return [
        (
            plan.rows[i],
            p.column or "",
            str(p.severity),
            p.code,
            *p.said(),
            plan.file_names[i],
            plan.titles[i],
        )
        for i in sorted(report.problems)
        for p in report.problems[i]
    ]
