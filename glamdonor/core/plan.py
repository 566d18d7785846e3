"""From catalog rows to items: the file, the title, the page text and the problems of each."""

from __future__ import annotations

from pathlib import Path

from glamdonor.core.catalog import Catalog, Row
from glamdonor.core.errors import InputError
from glamdonor.core.item import Item, Problem
from glamdonor.core.mapping import Mapping
from glamdonor.core.titles import clean_title, title_key
from glamdonor.core.wikitext import category_name, information_page, is_template_name


def plan_items(catalog: Catalog, mapping: Mapping, media: Path) -> list[Item]:
    """One item per catalog row, in catalog order; problems are kept on the items."""
    missing = sorted(mapping.columns() - set(catalog.columns))
    if missing:
        raise InputError(
            f"the mapping uses column(s) {', '.join(missing)}, which the catalog "
            f"{catalog.path.name} does not have.",
            f"The catalog's columns are: {', '.join(catalog.columns)}.",
            file=mapping.path,
        )
    items = [_plan_row(row, mapping, media) for row in catalog]
    _flag_duplicate_titles(items, mapping)
    return items


def _plan_row(row: Row, mapping: Mapping, media: Path) -> Item:
    problems: list[Problem] = []
    file_name = mapping.file.text(row.cells)
    file, file_problem = _media_file(file_name, media, mapping)
    if file_problem:
        problems.append(file_problem)
    extension = Path(file_name).suffix
    title = clean_title(mapping.title.text(row.cells), extension) if extension else ""
    if file and not extension:
        problems.append(
            Problem(
                "file-no-extension",
                f"the file name “{file_name}” has no extension such as .jpg or .tif.",
                "Rename the file with the extension of its type, in the folder and the catalog.",
                column=mapping.file.column,
            )
        )
    elif extension and title.startswith("."):
        problems.append(
            Problem(
                "title-empty",
                "this row gives no text for the file title.",
                "Fill the columns the title is made from.",
                column=mapping.title.column,
            )
        )
    licenses = [name for source in mapping.licenses for name in source.values(row.cells)]
    for name in licenses:
        if not is_template_name(name):
            problems.append(
                Problem(
                    "license-invalid",
                    f"“{name}” is not a license template name.",
                    "Write the name of a license template, such as cc-by-4.0.",
                    column=mapping.licenses[0].column,
                )
            )
    if not licenses:
        problems.append(
            Problem(
                "license-missing",
                "this row has no license; Commons deletes files without one.",
                "Fill the license column or give the mapping a license value.",
                column=mapping.licenses[0].column,
            )
        )
    categories = [
        name
        for source in mapping.categories
        for value in source.values(row.cells)
        if (name := category_name(value))
    ]
    fields = {name: source.text(row.cells) for name, source in mapping.fields.items()}
    wikitext = information_page(
        fields,
        description_language=mapping.description_language,
        licenses=[name for name in licenses if is_template_name(name)],
        categories=list(dict.fromkeys(categories)),
    )
    return Item(
        row=row.number,
        file_name=file_name,
        file=file,
        title=title,
        wikitext=wikitext,
        problems=problems,
    )


def _media_file(name: str, media: Path, mapping: Mapping) -> tuple[Path | None, Problem | None]:
    column = mapping.file.column
    if not name:
        return None, Problem(
            "file-not-named",
            "this row names no media file.",
            "Fill the file column.",
            column=column,
        )
    folder = media.resolve()
    path = (folder / name).resolve()
    if not path.is_relative_to(folder):
        return None, Problem(
            "file-outside-folder",
            f"“{name}” lies outside the batch's media folder.",
            f"Copy the file into {folder} and name it relative to that folder.",
            column=column,
        )
    if not path.is_file():
        return None, Problem(
            "file-missing",
            f"the file “{name}” is not in the media folder {folder}.",
            "Check the spelling of the file name, or add the file to the folder.",
            column=column,
        )
    return path, None


def _flag_duplicate_titles(items: list[Item], mapping: Mapping) -> None:
    first_row: dict[str, int] = {}
    for item in items:
        if not item.title:
            continue
        key = title_key(item.title)
        if key in first_row:
            item.problems.append(
                Problem(
                    "title-duplicate",
                    f"row {first_row[key]} already gets the title “{item.title}”.",
                    "Make the title columns differ, for example by adding the "
                    "accession number to the title pattern.",
                    column=mapping.title.column,
                )
            )
        else:
            first_row[key] = item.row
