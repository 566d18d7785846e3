"""From catalog to items: each row's file, title, page text, structured data and problems.

Works a column at a time (see ``catalog.py``); problems are kept by row, so one bad row never
stops the others.
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.catalog import Catalog
from glamdonor.core.errors import InputError
from glamdonor.core.item import Item, Problem, Severity
from glamdonor.core.licenses import known_license
from glamdonor.core.mapping import EXIF_PREFIX, Mapping, Source
from glamdonor.core.media_folder import MediaFolder
from glamdonor.core.partner import NO_PARTNER, Partner
from glamdonor.core.structured import structured_data
from glamdonor.core.titles import clean_title
from glamdonor.core.values import Trusted, Unreadable, Wikitext
from glamdonor.core.wikitext import (
    category_name,
    escape,
    escape_column,
    is_license_name,
    page_format,
)

Problems = dict[int, list[Problem]]
ExifReader = Callable[[list[str]], dict[str, dict[str, str]]]  # paths -> path -> date, camera


@dataclass
class Plan:
    rows: list[int]
    file_names: list[str]
    files: list[str | None]  # paths of the files found; strings, as 100,000 Paths cost time
    titles: list[str]
    pages: list[str]
    structured: Sequence[str]  # each row's wbeditentity JSON (joined when taken)
    problems: Problems
    summary: str
    template: str = "Information"  # the description template of every page
    file_column: str | None = None  # the catalog column naming the files, for messages

    def __len__(self) -> int:
        return len(self.rows)

    def item(self, index: int) -> Item:
        return Item(
            row=self.rows[index],
            file_name=self.file_names[index],
            file=Path(self.files[index]) if self.files[index] else None,
            title=self.titles[index],
            wikitext=self.pages[index],
            structured_data=self.structured[index],
            problems=list(self.problems.get(index, [])),
        )

    def items(self) -> list[Item]:
        return [self.item(index) for index in range(len(self))]


def make_plan(
    catalog: Catalog,
    mapping: Mapping,
    media: Path,
    partner: Partner = NO_PARTNER,
    *,
    batch_name: str = "",
    batch_date: str = "",
    summary: str = "",
    exif: ExifReader | None = None,
) -> Plan:
    """The plan of every row; ``exif`` reads files' EXIF values where the mapping uses them.

    Python's cycle collector is paused meanwhile: planning makes millions of small lists and
    strings but no cycles, and the collector's repeated walks over them cost more than half
    the time on 100,000 rows (bench/pipeline.py).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _make_plan(catalog, mapping, media, partner, batch_name, batch_date, summary, exif)
    finally:
        if collecting:
            gc.enable()


def _make_plan(
    catalog: Catalog,
    mapping: Mapping,
    media: Path,
    partner: Partner,
    batch_name: str,
    batch_date: str,
    summary: str,
    exif: ExifReader | None,
) -> Plan:
    extra = {"institution": partner.name} if partner.name else {}
    missing = sorted(mapping.columns() - set(catalog.columns) - set(extra))
    if missing:
        raise InputError(
            f"the mapping uses column(s) {', '.join(missing)}, which the catalog "
            f"{catalog.where()} does not have.",
            f"The catalog's columns are: {', '.join(catalog.columns)}.",
            file=mapping.path,
        )
    problems: Problems = defaultdict(list)
    names, files = _files(catalog, mapping, media, extra, problems)
    if fields := mapping.exif_fields():
        catalog = _with_exif(catalog, fields, files, exif)
    titles = _titles(catalog, mapping, names, files, extra, problems)
    licenses = _licenses(catalog, mapping, extra, problems)
    parameters, values = _parameters(catalog, mapping, partner, extra, problems)
    categories = _categories(catalog, mapping, partner, batch_date, extra, problems)
    pattern = page_format(mapping.template, parameters, partner.partnership_template)
    license_text = ["\n".join(f"{{{{{name}}}}}" for name in row) for row in licenses]
    pages = [pattern.format(*row) for row in zip(*values, license_text, categories, strict=True)]
    structured = structured_data(catalog, mapping, partner, licenses, extra, problems)
    return Plan(
        rows=catalog.row_numbers,
        file_names=names,
        files=files,
        titles=titles,
        pages=pages,
        structured=structured,
        problems=dict(problems),
        summary=summary
        or partner.edit_summary(batch_name)
        or f"Batch upload: {batch_name or catalog.path.stem} (glamdonor)",
        template=mapping.template.name,
        file_column=mapping.file.column,
    )


def _with_exif(
    catalog: Catalog, fields: list[str], files: list[str | None], exif: ExifReader | None
) -> Catalog:
    """The catalog with a column for each EXIF value the mapping reads ("exif:date"...)."""
    found = exif([path for path in files if path]) if exif else {}
    columns = dict(catalog.columns)
    for name in fields:
        values = [found.get(path, {}).get(name, "") if path else "" for path in files]
        columns[EXIF_PREFIX + name] = values
    return Catalog(catalog.path, columns, catalog.row_numbers, catalog.sheet)


def note_unreadable(values: list[str], column: str | None, problems: Problems) -> None:
    """Add the problems that transforms left on values (an unreadable date, say)."""
    for index, value in enumerate(values):
        if type(value) is Unreadable:
            problems[index].append(
                Problem(value.code, value.message, value.hint, Severity.WARNING, column)
            )


def _files(
    catalog: Catalog, mapping: Mapping, media: Path, extra: dict, problems: Problems
) -> tuple[list[str], list[str | None]]:
    names = mapping.file.texts(catalog, extra)
    folder = MediaFolder.scan(media)
    column = mapping.file.column
    files: list[str | None] = []
    for index, name in enumerate(names):
        found, why = folder.find(name) if name else (None, "unnamed")
        files.append(found)
        if why == "unnamed":
            problems[index].append(
                Problem(
                    "file-not-named",
                    "this row names no media file.",
                    "Fill the file column.",
                    column=column,
                )
            )
        elif why == "outside":
            problems[index].append(
                Problem(
                    "file-outside-folder",
                    f"“{name}” lies outside the batch's media folder.",
                    f"Copy the file into {folder.root} and name it relative to that folder.",
                    column=column,
                )
            )
        elif why == "missing":
            similar = folder.similar(name)
            problems[index].append(
                Problem(
                    "file-missing",
                    f"the file “{name}” is not in the media folder {folder.root}.",
                    f"Did you mean “{similar}”? Names must match exactly."
                    if similar
                    else "Check the spelling of the file name, or add the file to the folder.",
                    column=column,
                )
            )
    return names, files


def _titles(
    catalog: Catalog,
    mapping: Mapping,
    names: list[str],
    files: list[str | None],
    extra: dict,
    problems: Problems,
) -> list[str]:
    bases = mapping.title.texts(catalog, extra)
    keeps = catalog.columns[mapping.title.keep] if mapping.title.keep else [""] * len(catalog)
    titles = []
    first_row: dict[str, int] = {}
    column = mapping.title.column or mapping.title.keep
    for index, (base, name, keep) in enumerate(zip(bases, names, keeps, strict=True)):
        extension = os.path.splitext(name)[1]  # noqa: PTH122 - a string op, no Path per row
        title = clean_title(base, extension, keep) if extension else ""
        titles.append(title)
        if extension and not title:
            problems[index].append(
                Problem(
                    "title-empty",
                    "this row gives no text for the file title.",
                    "Fill the columns the title is made from.",
                    column=column,
                )
            )
        elif files[index] is not None and not extension:
            problems[index].append(
                Problem(
                    "file-no-extension",
                    f"the file name “{name}” has no extension such as .jpg or .tif.",
                    "Rename the file with the extension of its type, in the folder and catalog.",
                    column=mapping.file.column,
                )
            )
        elif title in first_row:
            problems[index].append(
                Problem(
                    "title-duplicate",
                    f"row {catalog.row_numbers[first_row[title]]} already gets the title "
                    f"“{title}”; the wiki would treat them as one file.",
                    "Make the titles differ, for example by adding the accession number to "
                    "the title pattern.",
                    column=column,
                )
            )
        elif title:
            first_row[title] = index
    return titles


def _licenses(
    catalog: Catalog, mapping: Mapping, extra: dict, problems: Problems
) -> list[list[str]]:
    rows = _merged(mapping.licenses, catalog, extra, problems)
    column = mapping.licenses[0].column
    out = []
    verdicts: dict[tuple[str, bool], tuple[str, str, str] | None] = {}
    for index, names in enumerate(rows):
        good = []
        for name in names:
            key = (name, isinstance(name, Trusted))
            if key not in verdicts:
                verdicts[key] = license_problem(name)
            problem = verdicts[key]
            if problem:
                problems[index].append(Problem(*problem, column=column))
            else:
                good.append(name.strip())
        if not names:
            problems[index].append(
                Problem(
                    "license-missing",
                    "this row has no license; Commons deletes files without one.",
                    "Fill the license column or give the mapping a license value.",
                    column=column,
                )
            )
        out.append(good)
    return out


def license_problem(name: str) -> tuple[str, str, str] | None:
    """Why ``name`` cannot be a license template here, or None.

    A catalog cell may only name a license glamdonor knows: any other template name must come
    from the mapping (a lookup table or a constant), so no cell can add {{Delete}} or the like.
    """
    text = name.strip()
    if not is_license_name(text):
        return (
            "license-invalid",
            f"“{text}” is not a license template name.",
            "Write a license template such as cc-by-4.0 or PD-old-100-expired.",
        )
    if known_license(text) is None and not isinstance(name, Trusted):
        return (
            "license-unknown",
            f"“{text}” is not a license glamdonor knows.",
            f"If it is a license template on Commons, add “{text}” to the mapping's "
            "[lookups.licenses.values] table.",
        )
    return None


def _parameters(
    catalog: Catalog, mapping: Mapping, partner: Partner, extra: dict, problems: Problems
) -> tuple[list[str], list[list[str]]]:
    template = mapping.template
    filled: dict[str, list[str]] = {}
    for parameter, sources in mapping.fields.items():
        rendered: list[list[str]] = []
        for source in sources:
            values = source.texts(catalog, extra)
            if source.transforms:
                note_unreadable(values, source.column, problems)
            if parameter in template.template_parameters:
                rendered.append(_as_templates(values, parameter, source.column, problems))
            else:
                language = source.language or (
                    mapping.language if parameter.lower() == "description" else None
                )
                rendered.append(escape_column(values, language))
        filled[parameter] = (
            rendered[0]
            if len(rendered) == 1
            else ["\n".join(p for p in parts if p) for parts in zip(*rendered, strict=True)]
        )
    constant = {
        "institution": Wikitext(f"{{{{{partner.institution_template}}}}}")
        if partner.institution_template
        else "",
        "credit line": escape(partner.credit_line),
    }
    for parameter, value in constant.items():
        if value and parameter in template.parameters and parameter not in filled:
            filled[parameter] = [value] * len(catalog)
    for parameter in template.required:
        for index, value in enumerate(filled.get(parameter, [""] * len(catalog))):
            if not value:
                problems[index].append(
                    Problem(
                        "field-empty",
                        f"“{parameter}” is empty; Commons expects it on every "
                        f"{{{{{template.name}}}}} page.",
                        "Fill it in the catalog, or map a column or a value to it.",
                        Severity.WARNING,
                        _column_of(mapping.fields.get(parameter)),
                    )
                )
    order = [p for p in template.parameters if p in filled]
    return order, [filled[p] for p in order]


def _as_templates(
    values: list[str], parameter: str, column: str | None, problems: Problems
) -> list[str]:
    out = []
    for index, value in enumerate(values):
        problem = license_problem(value) if value.strip() else None
        if problem:
            problems[index].append(Problem(*problem, column=column))
        out.append(f"{{{{{value.strip()}}}}}" if value.strip() and not problem else "")
    return out


def _categories(
    catalog: Catalog,
    mapping: Mapping,
    partner: Partner,
    batch_date: str,
    extra: dict,
    problems: Problems,
) -> list[str]:
    rows = _merged(mapping.categories, catalog, extra, problems)
    tail = partner.categories(batch_date)
    names_of: dict[str, str] = {}
    pages: dict[tuple[str, ...], str] = {}
    out = []
    for names in rows:
        key = tuple(names)
        if key not in pages:
            cleaned = [names_of.get(n) or names_of.setdefault(n, category_name(n)) for n in names]
            unique = dict.fromkeys(name for name in [*cleaned, *tail] if name)
            pages[key] = "\n".join(f"[[Category:{name}]]" for name in unique)
        out.append(pages[key])
    return out


def _merged(
    sources: list[Source], catalog: Catalog, extra: dict, problems: Problems
) -> list[list[str]]:
    """The values of several sources, row by row (lists not to be changed: they may be shared)."""
    if len(sources) == 1:
        return _lists(sources[0], catalog, extra, problems)
    rows: list[list[str]] = [[] for _ in range(len(catalog))]
    for source in sources:
        for index, values in enumerate(_lists(source, catalog, extra, problems)):
            rows[index] += values
    return rows


def _lists(source: Source, catalog: Catalog, extra: dict, problems: Problems) -> list[list[str]]:
    if source.split:
        rows = source.lists(catalog, extra)
    else:
        rows = [[value] if value.strip() else [] for value in source.texts(catalog, extra)]
    if source.transforms:  # only transforms leave unreadable values behind
        for index, values in enumerate(rows):
            for value in values:
                if type(value) is Unreadable:
                    problems[index].append(
                        Problem(
                            value.code, value.message, value.hint, Severity.WARNING, source.column
                        )
                    )
    return rows


def _column_of(sources: list[Source] | None) -> str | None:
    return next((s.column for s in sources or [] if s.column), None)
