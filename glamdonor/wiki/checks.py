"""What the wiki would refuse, found before anything is sent: titles taken, the same file
under another name, pages the description links to that do not exist, blacklisted titles."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from glamdonor.core.journal import FileFacts
from glamdonor.core.plan import Plan
from glamdonor.core.problems import Problem, problem
from glamdonor.wiki.connection import Wiki

_CATEGORY = re.compile(r"^\[\[Category:([^\]|]+)\]\]$", re.MULTILINE)
_TEMPLATE = re.compile(r"\{\{([^{}|\n]+)[|}]")
_FIXED = {"int:filedesc", "int:license-header"}


def wiki_problems(
    wiki: Wiki,
    plan: Plan,
    files: dict[str, FileFacts],
    rows: Iterable[int] | None = None,
    *,
    pages_only: bool = False,
) -> dict[int, list[Problem]]:
    """What the wiki would refuse of the plan's rows (their indexes; all if None). With
    ``pages_only``, only the pages the description links to (categories, templates), asked
    50 at a time: what an upload would publish without a word from the wiki. A title taken
    or refused, or the same bytes under another title, the upload itself is told."""
    indexes = list(range(len(plan))) if rows is None else list(rows)
    found: dict[int, list[Problem]] = defaultdict(list)
    if pages_only:
        _linked_pages(wiki, plan, indexes, found)
        return found
    sha1_of = {
        i: files[plan.files[i]].sha1
        for i in indexes
        if plan.files[i] in files and files[plan.files[i]].sha1
    }
    _titles(wiki, plan, indexes, sha1_of, found)
    _elsewhere(wiki, plan, sha1_of, found)
    _linked_pages(wiki, plan, indexes, found)
    if wiki.has_extension("TitleBlacklist"):
        _blacklist(wiki, plan, indexes, found)
    return found


def _titles(
    wiki: Wiki, plan: Plan, indexes: list[int], sha1_of: dict[int, str], found: dict
) -> None:
    on_wiki = wiki.file_info([plan.titles[i] for i in indexes if plan.titles[i]])
    for index in indexes:
        title = plan.titles[index]
        info = on_wiki.get(title)
        if title and info is not None and info.invalid:
            reason = re.sub(r"<[^>]+>", "", info.invalid).strip()
            found[index].append(problem("title-invalid", title=title, reason=reason))
            continue
        if not title or info is None or not info.exists:
            continue
        if sha1_of.get(index) and info.sha1 == sha1_of[index]:
            found[index].append(problem("already-on-wiki", url=info.page_url))
        else:
            found[index].append(problem("title-taken", title=title, url=info.page_url))


def _elsewhere(wiki: Wiki, plan: Plan, sha1_of: dict[int, str], found: dict) -> None:
    names: dict[str, list[str]] = {}
    for index, sha1 in sha1_of.items():
        if sha1 not in names:
            names[sha1] = wiki.files_with_sha1(sha1)
        others = [name for name in names[sha1] if name != plan.titles[index]]
        if others:
            found[index].append(
                problem("file-on-wiki-elsewhere", plan.file_column, other=others[0])
            )


def _linked_pages(wiki: Wiki, plan: Plan, indexes: list[int], found: dict) -> None:
    """Categories, and the Institution, Creator and license templates the pages use."""
    wanted: dict[str, list[int]] = defaultdict(list)
    for index in indexes:
        page = plan.pages[index]
        for name in _CATEGORY.findall(page):
            wanted[f"Category:{name}"].append(index)
        for name in _TEMPLATE.findall(page):
            name = name.strip()
            if name in _FIXED:
                continue
            linked = name.startswith(("Institution:", "Creator:"))
            wanted[name if linked else f"Template:{name}"].append(index)
    missing = wiki.missing_pages(wanted)
    for page_title in sorted(missing):
        said = _missing(page_title)
        for index in dict.fromkeys(wanted[page_title]):
            found[index].append(said)


def _missing(page: str) -> Problem:
    if page.startswith("Category:"):
        return problem("category-missing", page=page)
    if page.startswith(("Institution:", "Creator:")):
        return problem("template-page-missing", page=page)
    return problem("template-missing", page=page)


def _blacklist(wiki: Wiki, plan: Plan, indexes: list[int], found: dict) -> None:
    for index in indexes:
        title = plan.titles[index]
        if any(p.code == "title-invalid" for p in found.get(index, [])):
            continue  # the wiki takes no page of that title: its blacklist is not asked
        if title and (reason := wiki.title_refusal(title)):
            said = re.sub(r"<[^>]+>", "", reason).splitlines()[0]
            found[index].append(problem("title-blacklisted", title=title, reason=said))
