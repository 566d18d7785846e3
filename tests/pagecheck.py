"""What a rendered page must contain, worked out independently of the renderer: the templates,
parameters and category links a mapping asks for, and nothing a catalog cell could add."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import mwparserfromhell

from glamdonor.core.dates import parse_date
from glamdonor.core.licenses import known_license
from glamdonor.core.mapping import Mapping, Source
from glamdonor.core.partner import Partner
from glamdonor.core.wikitext import category_name


@dataclass
class Parts:
    templates: Counter
    parameters: list[str]
    categories: list[str]


def actual(page: str, template: str) -> Parts:
    code = mwparserfromhell.parse(page)
    templates = Counter(str(t.name).strip() for t in code.filter_templates(recursive=True))
    main = code.filter_templates(recursive=False, matches=lambda t: t.name.strip() == template)
    assert len(main) == 1, page
    parameters = [str(p.name).strip() for p in main[0].params]
    links = [str(link.title) for link in code.filter_wikilinks()]
    assert all(link.startswith("Category:") for link in links), links
    assert code.filter_external_links(matches=lambda link: link.brackets) == []
    assert [str(t.tag) for t in code.filter_tags()] == ["br"] * len(code.filter_tags())
    assert code.filter_comments() == []
    assert [str(h.title) for h in code.filter_headings()] in (
        ["{{int:filedesc}}", "{{int:license-header}}"],
        ["{{int:filedesc}}"],
    )
    for marker in ("__", "~~~", "{{subst", "{{safesubst", "-{"):
        assert marker not in page, marker
    return Parts(templates, parameters, [link.removeprefix("Category:") for link in links])


def expected(mapping: Mapping, partner: Partner, cells: dict[str, str], date: str) -> Parts:
    template = mapping.template
    templates = Counter(["int:filedesc", template.name])
    parameters: list[str] = []
    for parameter in template.parameters:
        sources = mapping.fields.get(parameter)
        if sources:
            parameters.append(parameter)
            for source in sources:
                templates += _templates_of_value(source, cells, mapping, parameter)
        elif parameter == "institution" and partner.institution_template:
            parameters.append(parameter)
            templates[partner.institution_template] += 1
        elif parameter == "credit line" and partner.credit_line:
            parameters.append(parameter)
    licenses = [name for source in mapping.licenses for name in _licenses(source, cells, mapping)]
    templates += Counter(name.split("|")[0] for name in licenses)
    if template.license_parameter:
        parameters.append(template.license_parameter)
    else:
        templates["int:license-header"] += 1
    if partner.partnership_template:
        templates[partner.partnership_template] += 1
    names = []
    for source in mapping.categories:
        for part in _cell(source, cells).split(source.split or "\n"):
            if (name := category_name(part.strip())) and name not in names:
                names.append(name)
    names += [n for n in partner.categories(date) if n not in names]
    return Parts(templates, parameters, names)


def _cell(source: Source, cells: dict[str, str]) -> str:
    return cells[source.column] if source.column else source.value or ""


def _templates_of_value(source: Source, cells: dict, mapping: Mapping, parameter: str) -> Counter:
    value = _cell(source, cells)
    found: Counter = Counter()
    if parameter in mapping.template.template_parameters:
        return Counter(n.split("|")[0] for n in _licenses(source, cells, mapping))
    if any(t.name == "date" for t in source.transforms) and value.strip():
        date = parse_date(value)
        if date is not None:
            code = mwparserfromhell.parse(date.wikitext())
            found += Counter(str(t.name).strip() for t in code.filter_templates())
    language = source.language or (mapping.language if parameter.lower() == "description" else "")
    if language and _visible(value):
        found[language] += 1
    return found


def _visible(value: str) -> str:
    """The text left once control characters (C0 but tab and line breaks, DEL) are dropped."""
    dropped = {chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 127, 0xFFFE, 0xFFFF]}
    return "".join(ch for ch in value if ch not in dropped).strip()


def _licenses(source: Source, cells: dict, mapping: Mapping) -> list[str]:
    table = mapping.lookups.get("licenses")
    parts = _cell(source, cells).split(source.split) if source.split else [_cell(source, cells)]
    names = []
    for part in (p.strip() for p in parts):
        looked_up = table.get(part) if table and source.transforms else None
        if looked_up is not None:
            names.append(looked_up)
        elif part and known_license(part) and "{" not in part and "[" not in part:
            names.append(part)
    return names
