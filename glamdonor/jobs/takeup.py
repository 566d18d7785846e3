"""Taking up a donation made earlier, with another tool (Pattypan, GWToolset, OpenRefine) or
by hand: ``catalog from-category`` lists the files of a category as a catalog, their template
fields parsed from their pages; ``init --existing`` makes a batch of that catalog whose
journal knows each file as published, with its page as it is then and the batch's rendering
of it then (the base ``update`` merges against, core/merge.py), so that corrections, the
community sheet and the impact report work on it as on a batch glamdonor uploaded.
"""

from __future__ import annotations

from glamdonor.core.batch import Batch
from glamdonor.core.journal import ItemRecord, Journal, State, Written, journal_path
from glamdonor.core.merge import (
    categories_of,
    language_text,
    languages_of,
    licenses_of,
    template_fields,
)
from glamdonor.core.plan import Plan
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.pages import files_in_category, files_on_wiki, pages_now

FIXED = (
    "file", "title", "page id", "media id", "uploader", "uploaded", "url", "template",
    "licenses", "categories",
)  # fmt: skip
TEMPLATES = ("Artwork", "Information", "Photograph", "Book", "Art Photo")
PAGE_ID = "page id"


def catalog_of_category(
    wiki: Wiki, category: str, depth: int
) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a catalog of the category's files: a row per file, with the
    fields of its page's template; a field made of language templates is a column a language
    ("description (fr)"), its text without the template."""
    files = files_on_wiki(wiki, files_in_category(wiki, category, depth))
    fields: dict[str, None] = {}
    parsed = []
    for file in files:
        template, values = _fields(file.text)
        found: dict[str, str] = {}
        for name, value in values.items():
            by_language = languages_of(value)
            if by_language:
                for language, text in by_language.items():
                    found[f"{name} ({language})"] = language_text(text)
            else:
                found[name] = value
        fields.update(dict.fromkeys(found))
        parsed.append((file, template, found))
    header = [*FIXED, *fields]
    rows = [
        [file.title, file.title.rsplit(".", 1)[0], str(file.page_id), f"M{file.page_id}",
         file.uploader, file.uploaded, file.url, template,
         ";".join(licenses_of(file.text, template)),
         ";".join(categories_of(file.text)),
         *(found.get(name, "") for name in fields)]
        for file, template, found in parsed
    ]  # fmt: skip
    return header, rows


def take_up(batch: Batch, plan: Plan, wiki: Wiki, pages: dict[int, tuple[int, str]]) -> int:
    """Record the catalog's files as published on the wiki (``pages``: catalog row -> page
    id and address): each page as it is now, and the batch's rendering of its row now. How
    many were found on the wiki."""
    index = {row: i for i, row in enumerate(plan.rows)}
    now = pages_now(wiki, [page_id for page_id, _ in pages.values()])
    taken = 0
    with Journal(journal_path(batch.manifest)) as journal, journal.only_user():
        journal.use(wiki.identity)
        for row, (page_id, url) in pages.items():
            page = now.get(page_id)
            if page is None or page.missing or row not in index:
                continue
            journal.record(
                ItemRecord(row, page.title, State.VERIFIED, page_id=page_id, page_url=url,
                           revision=page.revision, structured_data="taken up")
            )  # fmt: skip
            rendered = plan.pages[index[row]]
            journal.remember_written(
                Written(row, page_id, page.revision, page.title, page.text, rendered)
            )
            taken += 1
    return taken


def _fields(text: str) -> tuple[str, dict[str, str]]:
    for name in TEMPLATES:
        found = template_fields(text, (name,))
        if found:
            return name, found
    return "", {}
