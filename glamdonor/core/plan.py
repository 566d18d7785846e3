"""From catalog to items: each row's file, title, page text, structured data and problems.

Works a column at a time (see ``catalog.py``); problems are kept by row, so one bad row never
stops the others.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from glamdonor.core import pages
from glamdonor.core.catalog import Catalog
from glamdonor.core.errors import InputError
from glamdonor.core.filling import form
from glamdonor.core.item import Item
from glamdonor.core.mapping import _PLACEHOLDER, EXIF_PREFIX, Mapping
from glamdonor.core.media_folder import MediaFolder
from glamdonor.core.partner import NO_PARTNER, Partner
from glamdonor.core.problems import Problem, problem
from glamdonor.core.structured import structured_data
from glamdonor.core.titles import REPLACEMENT, MadeTitle, is_generic, make_title, make_titles
from glamdonor.core.wikitext import (
    page_format,
)
from glamdonor.core.words import CONTROLS, N_, visible

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
    columns: tuple[str, ...] = ()  # the catalog's headers, for suggestions
    identifiers: Sequence[str] = ()  # each row's own identifier in the catalog (see below)
    identifier_column: str | None = None
    encoding: str | None = None  # the encoding the catalog was read in, when it is text
    # The mapping's added statements: (property, value type), checked against the property.
    statement_types: tuple[tuple[str, str], ...] = ()

    def read_as(self) -> str:
        """A sentence when the catalog was read in an old encoding (not UTF-8), else ""."""
        if not self.encoding or self.encoding.replace("_", "-").startswith(("utf-8", "utf-16")):
            return ""
        return (
            f"The catalog was read as {self.encoding}; if its letters look wrong, give the "
            "right one with --encoding (or encoding = ... in the batch's catalog line)."
        )

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
    if missing == ["institution"]:
        raise InputError(
            N_(
                "the mapping uses {institution}, the partner's name, but the batch names no "
                "partner."
            ),
            N_('Add a line such as partner = "partner.toml" to the batch (see docs/partner.md).'),
            file=mapping.path,
        )
    if missing:
        raise InputError(
            N_("the mapping uses column(s) {missing}, which the catalog {catalog} does not have."),
            N_("The catalog's columns are: {columns}."),
            file=mapping.path,
            missing=", ".join(missing),
            catalog=catalog.where(),
            columns=", ".join(catalog.columns),
        )
    problems: Problems = defaultdict(list)
    names, files = _files(catalog, mapping, media, extra, problems)
    if fields := mapping.exif_fields():
        catalog = _with_exif(catalog, fields, files, exif)
    titles = _titles(catalog, mapping, names, files, extra, problems)
    licenses = pages.licenses(catalog, mapping, extra, problems)
    parameters, values = pages.parameters(catalog, mapping, partner, extra, problems)
    categories = pages.categories(catalog, mapping, partner, batch_date, extra, problems)
    pattern = page_format(mapping.template, parameters, partner.partnership_template)
    written: dict[tuple[str, ...], str] = {}  # a few licences, shared by many rows
    license_text = [
        written.get(names) or written.setdefault(names, "\n".join(f"{{{{{n}}}}}" for n in names))
        for names in map(tuple, licenses)
    ]
    texts = list(map(form(pattern).__mod__, zip(*values, license_text, categories, strict=True)))
    large = max(map(len, texts), default=0) * 4 > MAX_PAGE_BYTES  # 4 bytes a character at most
    for index, text in enumerate(texts) if large else ():
        if len(text) * 4 > MAX_PAGE_BYTES and len(text.encode()) > MAX_PAGE_BYTES:
            problems[index].append(
                problem(
                    "page-too-large",
                    size=f"{len(text.encode()) // 1024:,}",
                    limit=f"{MAX_PAGE_BYTES // 1024:,}",
                )
            )
    structured = structured_data(catalog, mapping, partner, licenses, extra, problems)
    identifier = identifier_column(catalog, mapping)
    return Plan(
        rows=catalog.row_numbers,
        file_names=names,
        files=files,
        titles=titles,
        pages=texts,
        structured=structured,
        problems=dict(problems),
        summary=summary
        or partner.edit_summary(batch_name)
        or f"Batch upload: {batch_name or catalog.path.stem} (glamdonor)",
        template=mapping.template.name,
        file_column=mapping.file.column,
        columns=tuple(catalog.columns),
        identifiers=catalog.columns[identifier] if identifier else (),
        identifier_column=identifier,
        encoding=catalog.encoding,
        statement_types=tuple((s.property, s.type) for s in mapping.statements),
    )


MAX_PAGE_BYTES = 2048 * 1024  # $wgMaxArticleSize on Commons (and MediaWiki's default)


def _title_of(
    made: MadeTitle,
    extension: str,
    keep: str,
    mapping: Mapping,
    catalog: Catalog,
    extra: dict,
    index: int,
) -> MadeTitle:
    """A row's title made from its pattern (``made``: the whole pattern, too long), its parts
    shortened, the longest first and at the end of a word, never the part the title keeps
    whole (the accession number): so the artist outlives a long object title."""
    pattern = mapping.title.pattern
    values = {name: _value(name, catalog, extra, index) for name in _PLACEHOLDER.findall(pattern)}
    for _ in range(40):
        free = [n for n in values if n != mapping.title.keep and len(values[n].split()) > 1]
        if not free:
            break
        longest = max(free, key=lambda n: len(values[n].encode("utf-8")))
        words = values[longest].removesuffix("…").split()
        values[longest] = " ".join(words[:-1]) + "…"
        again = make_title(_PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern), extension, keep)
        if not again.shortened:
            return MadeTitle(again.title, again.rewritten or made.rewritten, True)
    return made


def _value(name: str, catalog: Catalog, extra: dict, index: int) -> str:
    if name in catalog.columns:
        return str(catalog.columns[name][index])
    return str(extra.get(name, ""))


def _title_notes(made: MadeTitle, base: str, own: str, column: str | None) -> list[Problem]:
    """What a row's title had to be told: refused, rewritten, shortened, or saying nothing
    (``own``: the title's own part, the first of its pattern)."""
    found = []
    if REPLACEMENT in base:
        found.append(problem("title-replacement-character", column, value=base))
    elif made.rewritten:
        found.append(problem("title-rewritten", column, before=made.rewritten, after=made.title))
    if made.shortened:
        found.append(problem("title-shortened", column, title=made.title))
    if len(own) < 40 and is_generic(own):  # generic titles are short: most are not asked
        found.append(problem("title-generic", column, value=own.strip()))
    return found


# The parts of a page that hold the object's own number in the catalog, most telling first.
IDENTIFIER_PARTS = ("accession number", "accession_number", "inventory_number", "id", "isbn")


def identifier_column(catalog: Catalog, mapping: Mapping) -> str | None:
    """The catalog column that identifies each row's object: the one the title keeps whole
    (the inventory number), else the column of the accession number, inventory number or
    identifier; a results sheet gives it, so that the museum matches rows by its own number."""
    if mapping.title.keep and mapping.title.keep in catalog.columns:
        return mapping.title.keep
    parts = {**mapping.fields, **mapping.structured}
    for name in IDENTIFIER_PARTS:
        for source in parts.get(name) or []:
            if source.column and source.column in catalog.columns:
                return source.column
    return None


def _with_exif(
    catalog: Catalog, fields: list[str], files: list[str | None], exif: ExifReader | None
) -> Catalog:
    """The catalog with a column for each EXIF value the mapping reads ("exif:date"...)."""
    found = exif([path for path in files if path]) if exif else {}
    columns = dict(catalog.columns)
    for name in fields:
        values = [found.get(path, {}).get(name, "") if path else "" for path in files]
        columns[EXIF_PREFIX + name] = values
    return Catalog(catalog.path, columns, catalog.row_numbers, catalog.sheet, catalog.encoding)


def _files(
    catalog: Catalog, mapping: Mapping, media: Path, extra: dict, problems: Problems
) -> tuple[list[str], list[str | None]]:
    names = mapping.file.texts(catalog, extra)
    folder = MediaFolder.scan(media)
    column = mapping.file.column
    files = folder.found(names)  # plain names of files that are there: nothing to say
    unfound = [index for index, path in enumerate(files) if path is None] if None in files else []
    for index in unfound:
        name = names[index]
        found, why = folder.find(name) if name else (None, "unnamed")
        files[index] = found
        if found is not None and (control := CONTROLS.search(name)):
            problems[index].append(
                problem(
                    "file-name-control-character",
                    column,
                    file=visible(name),
                    character=visible(control.group(0)),
                )
            )
        elif why == "unnamed":
            problems[index].append(problem("file-not-named", column))
        elif why == "outside":
            problems[index].append(
                problem("file-outside-folder", column, file=name, folder=str(folder.root))
            )
        elif why == "ambiguous":
            could_be = folder.candidates(name)
            problems[index].append(
                problem(
                    "file-ambiguous",
                    column,
                    file=name,
                    candidates=", ".join(could_be),
                    first=could_be[0],
                )
            )
        elif why == "missing":
            problems[index].append(
                problem(
                    "file-missing",
                    column,
                    file=name,
                    folder=str(folder.root),
                    similar=folder.similar(name) or "",
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
    """Each row's title, and what a row's title must be told: a column at a time, the rows
    that have something to be told picked out first (most rows have nothing)."""
    bases = mapping.title.texts(catalog, extra)
    keeps = catalog.columns[mapping.title.keep] if mapping.title.keep else [""] * len(catalog)
    column = mapping.title.column or mapping.title.keep
    parts = _PLACEHOLDER.findall(mapping.title.pattern or "")
    owns = (
        catalog.columns.get(parts[0]) or [str(extra.get(parts[0], ""))] * len(catalog)
        if parts
        else bases
    )
    extensions = _extensions(names)
    titles, changed = make_titles(bases, extensions, keeps)
    for index, made in changed.items():
        if made.shortened and mapping.title.pattern:
            made = _title_of(made, extensions[index], keeps[index], mapping, catalog, extra, index)
            changed[index], titles[index] = made, made.title
    generic = [i for i, own in enumerate(owns) if len(own) < 40 and titles[i] and is_generic(own)]
    for index in sorted({*changed, *generic}):
        made = changed.get(index) or MadeTitle(titles[index])
        problems[index].extend(_title_notes(made, bases[index], owns[index], column))
    if "" not in titles and len(set(titles)) == len(titles):
        return titles  # every row has a title of its own: nothing more to say
    first_row: dict[str, int] = {}
    for index, (title, extension) in enumerate(zip(titles, extensions, strict=True)):
        if extension and not title:
            problems[index].append(problem("title-empty", column))
        elif files[index] is not None and not extension:
            problems[index].append(
                problem("file-no-extension", mapping.file.column, file=names[index])
            )
        elif title in first_row:
            problems[index].append(
                problem(
                    "title-duplicate",
                    column,
                    row=catalog.row_numbers[first_row[title]],
                    title=title,
                )
            )
        elif title:
            first_row[title] = index
    return titles


def _extensions(names: list[str]) -> list[str]:
    """Each file name's extension with its dot (".tif"), or "": ``os.path.splitext`` by hand,
    for it is asked of every row."""
    if "/" in (joined := "".join(names)) or "\\" in joined:
        return [_extension(name) for name in names]
    dots = map(str.rfind, names, repeat("."))
    return [name[dot:] if dot > 0 else "" for name, dot in zip(names, dots, strict=True)]


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:] if dot > max(name.rfind("/"), name.rfind("\\")) + 1 else ""
