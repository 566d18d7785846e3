"""The page text of each row: the template's fields, the licenses and the categories.

Works a column at a time, like the rest of the plan; problems are kept by row.
"""

from __future__ import annotations

import re

from glamdonor.core.catalog import Catalog
from glamdonor.core.licenses import known_license
from glamdonor.core.mapping import Mapping, Source
from glamdonor.core.partner import Partner
from glamdonor.core.problems import Problem, problem
from glamdonor.core.values import Trusted, Unreadable, Wikitext
from glamdonor.core.wikitext import category_name, escape, escape_column, is_license_name

Problems = dict[int, list[Problem]]


def note_unreadable(values: list[str], column: str | None, problems: Problems) -> None:
    """Add the problems that transforms left on values (an unreadable date, say)."""
    for index, value in enumerate(values):
        if type(value) is Unreadable:
            problems[index].append(problem(value.code, column, **value.values))


def licenses(
    catalog: Catalog, mapping: Mapping, extra: dict, problems: Problems
) -> list[list[str]]:
    rows = _merged(mapping.licenses, catalog, extra, problems)
    column = mapping.licenses[0].column
    out = []
    verdicts: dict[tuple[str, bool], Problem | None] = {}
    shared: dict[int, tuple[list[str], list[Problem]]] = {}  # rows that share one list of names
    for index, names in enumerate(rows):
        if (said := shared.get(id(names))) is None:
            said = shared[id(names)] = _licenses_of(names, column, verdicts)
        out.append(said[0])
        if said[1]:
            problems[index].extend(said[1])
    return out


def _licenses_of(
    names: list[str], column: str | None, verdicts: dict[tuple[str, bool], Problem | None]
) -> tuple[list[str], list[Problem]]:
    """A row's licence templates, and its problems (a licence refused, or none at all)."""
    if not names:
        return [], [problem("license-missing", column)]
    good, found = [], []
    for name in names:
        key = (name, isinstance(name, Trusted))
        if key not in verdicts:
            verdicts[key] = license_problem(name, column)
        if verdicts[key]:
            found.append(verdicts[key])
        else:
            good.append(name.strip())
    return good, found


# Licences that forbid commercial use or changes, which Commons does not accept.
NOT_FREE = re.compile(
    r"(?:^|[-_ /])(?:nc|nd)(?:[-_ /.]|$)|non-?commercial|no-?deriv|pas d'utilisation commerciale|"
    r"nicht-?kommerziell|keine bearbeitung|no comercial|sin obras derivadas|niet-?commercieel",
    re.IGNORECASE,
)


def license_problem(name: str, column: str | None = None) -> Problem | None:
    """Why ``name`` cannot be a license template here, or None.

    A catalog cell may only name a license glamdonor knows: any other template name must come
    from the mapping (a lookup table or a constant), so no cell can add {{Delete}} or the like.
    """
    text = name.strip()
    if NOT_FREE.search(text):
        return problem("license-not-free", column, value=text)
    if not is_license_name(text):
        return problem("license-invalid", column, value=text)
    if known_license(text) is None and not isinstance(name, Trusted):
        return problem("license-unknown", column, value=text)
    return None


def parameters(
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
                    problem(
                        "field-empty",
                        _column_of(mapping.fields.get(parameter)),
                        field=parameter,
                        template=f"{{{{{template.name}}}}}",
                    )
                )
    order = [p for p in template.parameters if p in filled]
    return order, [filled[p] for p in order]


def _as_templates(
    values: list[str], parameter: str, column: str | None, problems: Problems
) -> list[str]:
    out = []
    for index, value in enumerate(values):
        found = license_problem(value, column) if value.strip() else None
        if found:
            problems[index].append(found)
        out.append(f"{{{{{value.strip()}}}}}" if value.strip() and not found else "")
    return out


def categories(
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
        rows = _one_a_row(source.texts(catalog, extra))
    if source.transforms:  # only transforms leave unreadable values behind
        for index, values in enumerate(rows):
            for value in values:
                if type(value) is Unreadable:
                    problems[index].append(problem(value.code, source.column, **value.values))
    return rows


def _one_a_row(texts: list[str]) -> list[list[str]]:
    """Each row's value as a list of one (none if blank): one list for each distinct value,
    its rows sharing it, where the values are of one kind (trusted or not)."""
    if len(set(map(type, texts))) != 1:
        return [[value] if value.strip() else [] for value in texts]
    made: dict[str, list[str]] = {}
    return [made.get(v) or made.setdefault(v, [v] if v.strip() else []) for v in texts]


def _column_of(sources: list[Source] | None) -> str | None:
    return next((s.column for s in sources or [] if s.column), None)
