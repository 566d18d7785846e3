"""What keeps a row from the upload: the check's verdict, reached by the same code in
``check``, ``upload`` and ``upload --dry-run``, so that the three never disagree.

A row is left out when any of its problems is an error (core/problems.py): the plan's, its
file's (media/inspect.py, and what only the batch as a whole shows), and the wiki's
(wiki/checks.py). What the wiki was found to refuse of a row is kept in the journal with
what it was asked about (its file's SHA-1, its title and its page, hashed): the upload asks
again only for the rows that changed since, and for those the wiki refused (it may have
changed since: a template created, a title freed)."""

from __future__ import annotations

import hashlib
import re

from glamdonor.core.journal import FileFacts, Journal
from glamdonor.core.mapping import STATEMENT_TYPES
from glamdonor.core.plan import Plan
from glamdonor.core.problems import Problem, blocks, problem
from glamdonor.wiki.checks import wiki_problems
from glamdonor.wiki.connection import Wiki

# Names cameras give their files, which Commons refuses as titles (bad-prefix).
CAMERA_NAME = re.compile(
    r"(?:DSC[FN_]?|IMG|IMGP|CIMG|PICT|SANY|SAM|GOPR|DCP|MVC-|KIF|PANA|DJI|P\d{7})[ _-]?\d",
    re.IGNORECASE,
)


def file_findings(
    plan: Plan, index: int, facts: FileFacts, catalog_year: str | None = None
) -> list[Problem]:
    """What a row's file shows, and its title with it: the file's own problems, a public GPS
    position, a camera date the catalog contradicts, a title like a camera's file name."""
    column = plan.file_column
    found = [Problem(p.code, p.values, column) for p in facts.problems]
    if "gps" in facts.exif:
        found.append(problem("gps-in-file", column, position=facts.exif["gps"]))
    taken = facts.exif.get("date", "")[:4]
    if taken and catalog_year and taken != catalog_year:
        found.append(problem("date-differs-from-exif", catalog=catalog_year, camera=taken))
    if CAMERA_NAME.match(plan.titles[index]):
        found.append(problem("title-camera-name", title=plan.titles[index]))
    return found


def basis(plan: Plan, index: int, sha1: str) -> str:
    """What the wiki is asked about for a row: its file's bytes, its title and its page."""
    asked = f"{sha1}\n{plan.titles[index]}\n{plan.pages[index]}"
    return hashlib.sha1(asked.encode("utf-8", "surrogatepass")).hexdigest()


class WikiVerdicts:
    """What the wiki would refuse of the rows about to be sent, asked in batches of rows,
    each row asked once unless it changed or was refused (see the module's docstring)."""

    def __init__(self, wiki: Wiki, plan: Plan, journal: Journal) -> None:
        self.wiki, self.plan, self.journal = wiki, plan, journal
        self.kept = journal.findings()
        self._wrong_types: list[Problem] | None = None

    def of(
        self, facts: dict[int, FileFacts], *, ask: str = "all", fresh: bool = False
    ) -> dict[int, list[Problem]]:
        """The wiki's problems of these rows (plan indexes, with their files' facts).

        ``ask`` "all" asks everything the check asks, and is kept in the journal; "pages"
        only what the upload would publish unwarned (see ``wiki_problems``), and all for a
        row refused before. A row found clean by "all" before, on the same file, title and
        page, is not asked again, unless ``fresh`` (a check asked for)."""
        plan, found = self.plan, {}
        asked: dict[str, list[int]] = {"all": [], "pages": []}
        bases = {index: basis(plan, index, file.sha1) for index, file in facts.items()}
        for index, said in bases.items():
            row = plan.rows[index]
            kept_basis, kept = self.kept.get(row, ("", ()))
            clean = not blocks(kept)
            if not fresh and clean and kept_basis == f"{said}:all":
                found[index] = list(kept)
            else:
                asked["all" if ask == "all" or kept_basis.startswith(said) else ask].append(index)
        remembered = {}
        for how, indexes in asked.items():
            if not indexes:
                continue
            files = {plan.files[i]: facts[i] for i in indexes if plan.files[i]}
            told = wiki_problems(self.wiki, plan, files, indexes, pages_only=how == "pages")
            for index in indexes:
                found[index] = list(told.get(index, []))
                if how == "all":  # what only the linked pages were asked of is not kept
                    said = f"{bases[index]}:{how}"
                    remembered[plan.rows[index]] = (said, found[index])
                    self.kept[plan.rows[index]] = (said, tuple(found[index]))
        if remembered:
            self.journal.remember_findings(remembered)
        if wrong := self.wrong_types():  # asked each run: the mapping's to fix, not the row's
            for index in facts:
                found[index] = [*found.get(index, []), *wrong]
        return found

    def wrong_types(self) -> list[Problem]:
        """The mapping's added statements whose values are not of the type their property
        takes, asked once of the wiki's entity source (where files have structured data and
        that source is known: Wikidata for Commons)."""
        if self._wrong_types is None:
            declared = dict(self.plan.statement_types)
            self._wrong_types = []
            if declared and self.wiki.entity_api and self.wiki.has_structured_data():
                types = self.wiki.property_types(list(declared))
                self._wrong_types = [
                    problem(
                        "statement-type-wrong",
                        property=prop,
                        type=kind,
                        datatype=types.get(prop) or "unknown (no such property)",
                    )
                    for prop, kind in declared.items()
                    if types.get(prop) != STATEMENT_TYPES[kind]
                ]
        return self._wrong_types
