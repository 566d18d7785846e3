"""A correction of a file page without clobbering the community's work: a three-way merge
of the page as glamdonor last left it (``base``, with the batch's rendering of it then,
``rendered``), the page as it is now (``current``) and the page rendered again from the
corrected catalog (``new``), by the parts of a page, not by lines (mwparserfromhell reads the
wikitext):

- each parameter of the page's template (``{{Artwork}}``, ``{{Information}}``...); a value
  made of language templates (``{{en|1=...}}{{fr|1=...}}``) language by language. Untouched
  by others, a parameter takes the new value; changed by others, it keeps theirs, and it is a
  conflict when the catalog changed it too (to something else);
- categories: those others added stay, those glamdonor added and the catalog dropped go,
  those the catalog adds come, those others removed stay removed;
- the other templates outside the page's template (licences, the partnership template) the
  same way as categories; everything else (sections, text others wrote) stays as it is.

The page is edited in place from ``current``: what nobody changed keeps its exact spacing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import mwparserfromhell
from mwparserfromhell.nodes import Template, Text, Wikilink
from mwparserfromhell.wikicode import Wikicode

_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")


@dataclass(frozen=True)
class Conflict:
    field: str  # "date", "description (fr)"
    theirs: str  # the value on the page, kept
    ours: str  # the catalog's new value, not written


@dataclass(frozen=True)
class Merged:
    text: str
    changed: tuple[str, ...]  # the parts glamdonor changed: "date", "categories", "license"
    conflicts: tuple[Conflict, ...]

    @property
    def edits(self) -> bool:
        return bool(self.changed)


def merge(
    base: str, current: str, new: str, template: str, rendered: str | None = None
) -> Merged:
    """``current`` with the corrections of ``new`` that others left alone.

    ``base`` is the page as glamdonor left it, ``rendered`` the batch's rendering then (the
    same text after an upload; after a correction the merged page and the rendering it
    merged; for a donation taken up, the page then and the rendering of its catalog then): a
    part is the catalog's change where ``new`` differs from ``rendered``, and the community's
    where ``current`` differs from ``base``."""
    rendered = base if rendered is None else rendered
    page = mwparserfromhell.parse(current)
    changed: list[str] = []
    conflicts: list[Conflict] = []
    left, then, now = (_main(mwparserfromhell.parse(t), template) for t in (base, rendered, new))
    here = _main(page, template)
    if here is not None and now is not None:
        _merge_parameters(here, (left, then, now), changed, conflicts)
    _merge_set(
        page, _categories, *(_categories(mwparserfromhell.parse(t)) for t in (rendered, new)),
        "categories", changed,
    )  # fmt: skip
    others = [_outside(mwparserfromhell.parse(t), template) for t in (rendered, new)]
    _merge_set(page, lambda code: _outside(code, template), *others, "license", changed)
    return Merged(str(page), tuple(dict.fromkeys(changed)), tuple(conflicts))


def diff(before: str, after: str, title: str) -> str:
    """The change of a page as a person reads it: the lines taken away and put in."""
    lines = difflib.unified_diff(
        before.splitlines(), after.splitlines(), f"File:{title} (now)", f"File:{title} (corrected)",
        lineterm="",
    )  # fmt: skip
    return "\n".join(lines)


def template_fields(text: str, names: tuple[str, ...]) -> dict[str, str]:
    """The parameters of the first of these templates on the page, as text."""
    code = mwparserfromhell.parse(text)
    for name in names:
        found = _main(code, name)
        if found is not None:
            return {str(p.name).strip(): str(p.value).strip() for p in found.params}
    return {}


def categories_of(text: str) -> list[str]:
    return list(_categories(mwparserfromhell.parse(text)))


def licenses_of(text: str, template: str) -> list[str]:
    """The names of the templates outside the page's own (its licences, mostly)."""
    outside = _outside(mwparserfromhell.parse(text), template)
    return [str(node.name).strip() for node in outside.values()]


def languages_of(value: str) -> dict[str, str] | None:
    """A value made of language templates, by language (None if it is not only those)."""
    return _languages(value)


def language_text(language_template: str) -> str:
    """The text of ``{{fr|1=Une étude}}`` or ``{{fr|Une étude}}``: "Une étude"."""
    inner = language_template.strip().removeprefix("{{").removesuffix("}}")
    text = inner.split("|", 1)[1] if "|" in inner else ""
    return text.removeprefix("1=").strip()


def _name(node: Template) -> str:
    name = str(node.name).strip().replace("_", " ")
    return name[:1].upper() + name[1:]


def _main(code: Wikicode, template: str) -> Template | None:
    wanted = _name(mwparserfromhell.parse(f"{{{{{template}}}}}").filter_templates()[0])
    for node in code.filter_templates(recursive=False):
        if _name(node) == wanted:
            return node
    return None


def _values(node: Template | None) -> dict[str, str]:
    if node is None:
        return {}
    return {str(p.name).strip(): str(p.value).strip() for p in node.params}


def _four_way(
    b: str | None, r: str | None, c: str | None, n: str | None
) -> tuple[str | None, bool, bool]:
    """The value to keep, whether it is glamdonor's change, whether it is a conflict: ``b``
    the page's value as glamdonor left it, ``r`` the rendering's then, ``c`` the page's now,
    ``n`` the rendering's now."""
    if n in (r, c):  # the catalog did not change it, or the page says it already
        return c, False, False
    if c == b:  # the community did not change it
        return n, True, False
    return c, False, True


def _merge_parameters(
    here: Template,
    templates: tuple[Template | None, Template | None, Template],
    changed: list[str],
    conflicts: list[Conflict],
) -> None:
    b, r, n = (_values(t) for t in templates)
    c = _values(here)
    for name in dict.fromkeys([*c, *n, *r, *b]):
        values = [b.get(name), r.get(name), c.get(name), n.get(name)]
        by_language = [_languages(v) if v is not None else {} for v in values]
        if all(x is not None for x in by_language) and any(by_language):
            value = _merge_languages(name, *by_language, changed, conflicts)  # type: ignore[arg-type]
            if value != (values[2] or ""):
                _set(here, name, value)
            continue
        kept, ours, conflict = _four_way(*values)
        if conflict:
            conflicts.append(Conflict(name, values[2] or "", values[3] or ""))
        if ours:
            changed.append(name)
            if kept is None:
                here.remove(name)
            else:
                _set(here, name, kept)


def _merge_languages(
    name: str,
    b: dict[str, str],
    r: dict[str, str],
    c: dict[str, str],
    n: dict[str, str],
    changed: list[str],
    conflicts: list[Conflict],
) -> str:
    out: dict[str, str] = {}
    for language in dict.fromkeys([*c, *n, *r, *b]):
        values = [x.get(language) for x in (b, r, c, n)]
        kept, ours, conflict = _four_way(*values)
        if conflict:
            conflicts.append(Conflict(f"{name} ({language})", c[language], n[language]))
        if ours:
            changed.append(name)
        if kept is not None:
            out[language] = kept
    return "".join(out.values())


def _languages(value: str) -> dict[str, str] | None:
    """``{{en|1=...}}{{fr|1=...}}`` by language; None when the value holds anything else."""
    code = mwparserfromhell.parse(value)
    found: dict[str, str] = {}
    for node in code.nodes:
        if isinstance(node, Template) and _LANGUAGE.fullmatch(str(node.name).strip()):
            found[str(node.name).strip()] = str(node).strip()
        elif str(node).strip():
            return None
    return found


def _set(here: Template, name: str, value: str) -> None:
    if here.has(name):
        parameter = here.get(name)
        old = str(parameter.value)  # its spacing kept: " = 1807\n" becomes " = 1808\n"
        leading, trailing = old[: len(old) - len(old.lstrip())], old[len(old.rstrip()) :]
        parameter.value = leading + value + trailing
    else:
        here.add(name, value + "\n")


def _categories(code: Wikicode) -> dict[str, Wikilink]:
    found: dict[str, Wikilink] = {}
    for link in code.filter_wikilinks():
        target = str(link.title).strip().replace("_", " ")
        if target.lower().startswith("category:"):
            name = target.split(":", 1)[1].strip()
            found.setdefault(name[:1].upper() + name[1:], link)
    return found


def _outside(code: Wikicode, template: str) -> dict[str, Template]:
    """The templates of the page outside its main one (licences, partnership), by their text."""
    main = _main(code, template)
    return {
        re.sub(r"\s+", " ", str(node)).strip(): node
        for node in code.filter_templates(recursive=False)
        if node is not main and not str(node.name).strip().lower().startswith("int:")
    }


def _merge_set(
    page: Wikicode,
    read: object,
    base: dict,
    new: dict,
    what: str,
    changed: list[str],
) -> None:
    """Parts that are there or not (categories, licences): the catalog's additions and
    removals made where others left the part as glamdonor wrote it."""
    here = read(page)  # type: ignore[operator]
    gone = [key for key in base if key not in new and key in here]
    come = [key for key in new if key not in base and key not in here]
    if not gone and not come:
        return
    changed.append(what)
    added = "\n".join(str(new[key]) for key in come)
    if gone and added:
        page.replace(here[gone.pop(0)], added)  # where the part it replaces stood
    elif added and here:
        page.insert_after(list(here.values())[-1], "\n" + added)
    elif added:
        page.append("\n" + added)
    for key in gone:
        _remove_line(page, here[key])


def _remove_line(page: Wikicode, node: object) -> None:
    """Remove a node, and the line break after it when it stood on a line of its own."""
    try:
        index = page.index(node)
    except ValueError:  # inside another part: only the node goes
        page.remove(node)
        return
    page.remove(node)
    if index < len(page.nodes) and isinstance(after := page.nodes[index], Text):
        alone = index == 0 or str(page.nodes[index - 1]).endswith("\n")
        if alone and after.value.startswith("\n"):
            after.value = after.value[1:]
