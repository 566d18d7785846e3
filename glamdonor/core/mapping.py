"""Mapping profiles: where each part of a Commons file page takes its value from.

A profile is a versioned TOML file (``docs/mapping.md``) that people share and diff. Every
value comes from a ``Source``: a column, a constant or a ``{column}`` pattern, optionally split
into several values and passed through a chain of transforms. Sources work a column at a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from glamdonor.core.catalog import Catalog
from glamdonor.core.errors import InputError
from glamdonor.core.filling import form
from glamdonor.core.templates import TEMPLATES, Template
from glamdonor.core.tomlfile import read_versioned, table_of
from glamdonor.core.transforms import Lookup, Transform, build_transform, load_lookups
from glamdonor.core.values import Trusted, Wikitext
from glamdonor.core.words import N_

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_SOURCE_KEYS = {
    "column",
    "value",
    "pattern",
    "exif",
    "split",
    "transforms",
    "language",
    "raw",
    "keep",
}
EXIF_FIELDS = ("date", "camera", "gps")  # what a file's EXIF data offers: { exif = "date" }
EXIF_PREFIX = "exif:"  # columns of EXIF values, added to the catalog once the files are known
STRUCTURED_KEYS = (
    "captions",
    "depicts",
    "creator",
    "creator_name",
    "inception",
    "inventory_number",
    "artwork",  # the artwork's own item: P6243 digital representation of
    "point_of_view",  # "latitude, longitude", as EXIF gives it: P1259
    "described_at",  # the object's page at the institution: P973
)


@dataclass(frozen=True)
class Source:
    column: str | None = None
    value: str | None = None
    pattern: str | None = None
    split: str | None = None
    transforms: tuple[Transform, ...] = ()
    language: str | None = None  # wrap the value in a language template ({{en|1=...}})
    raw: bool = False  # the value is wikitext the institution meant; not escaped
    keep: str | None = None  # for the title: the column kept whole when it must be shortened

    def columns(self) -> list[str]:
        if self.column is not None:
            return [self.column]
        if self.pattern is not None:
            return _PLACEHOLDER.findall(self.pattern)
        return []

    def texts(self, catalog: Catalog, extra: dict[str, str]) -> list[str]:
        """One value per row (for a source without ``split``)."""
        values = self._base(catalog, extra)
        for transform in self.transforms:
            values = transform.apply(values)
        return [Wikitext(v) for v in values] if self.raw else values

    def lists(self, catalog: Catalog, extra: dict[str, str]) -> list[list[str]]:
        """Several values per row: the cell split, each part transformed, empty parts dropped.

        Worked out once per distinct cell; rows with the same cell share one list, so callers
        must not change the lists they get.
        """
        base = self._base(catalog, extra)
        distinct = list(dict.fromkeys(base))
        separator = self.split
        parts = [cell.split(separator) if separator else [cell] for cell in distinct]
        flat = [part.strip() for cell in parts for part in cell]
        for transform in self.transforms:
            flat = transform.apply(flat)
        if self.raw:
            flat = [Wikitext(v) for v in flat]
        made, position = {}, 0
        for cell, cell_parts in zip(distinct, parts, strict=True):
            made[cell] = [v for v in flat[position : position + len(cell_parts)] if v.strip()]
            position += len(cell_parts)
        return [made[cell] for cell in base]

    def _base(self, catalog: Catalog, extra: dict[str, str]) -> list[str]:
        if self.column is not None:
            return catalog.columns[self.column]
        if self.pattern is not None:
            names = self.columns()
            literal = _PLACEHOLDER.split(self.pattern)[0::2]
            fmt = "".join(
                part.replace("{", "{{").replace("}", "}}") + ("{}" if i < len(names) else "")
                for i, part in enumerate(literal)
            )
            if not names:  # a pattern that names no column: the same text on every row
                return [fmt.format().strip()] * len(catalog)
            cells = [
                catalog.columns[name] if name in catalog.columns else [extra[name]] * len(catalog)
                for name in names
            ]
            filled = map(form(fmt).__mod__, zip(*cells, strict=True))  # in C, row after row
            return list(map(str.strip, filled))
        return [Trusted(self.value or "")] * len(catalog)


# The value types a statement of [[structured_data.statements]] may take, and the Wikibase
# datatype of the properties that take each (checked against the property before upload).
STATEMENT_TYPES = {
    "item": "wikibase-item",
    "string": "string",
    "external-id": "external-id",
    "url": "url",
    "time": "time",
    "quantity": "quantity",
}


@dataclass(frozen=True)
class Statement:
    """A statement the coordinator adds: a property, where its value comes from, its type."""

    property: str  # P136
    source: Source
    type: str  # a key of STATEMENT_TYPES

    @property
    def datatype(self) -> str:
        return STATEMENT_TYPES[self.type]


@dataclass(frozen=True)
class Mapping:
    path: Path
    template: Template
    language: str
    file: Source
    title: Source
    fields: dict[str, list[Source]]  # template parameter (as the template spells it) -> sources
    licenses: list[Source]
    categories: list[Source] = field(default_factory=list)
    structured: dict[str, list[Source]] = field(default_factory=dict)
    lookups: dict[str, Lookup] = field(default_factory=dict)
    statements: tuple[Statement, ...] = ()  # [[structured_data.statements]]

    def sources(self) -> list[Source]:
        everything = [self.file, self.title, *self.licenses, *self.categories]
        everything += [statement.source for statement in self.statements]
        for group in (*self.fields.values(), *self.structured.values()):
            everything += group
        return everything

    def columns(self) -> set[str]:
        """The catalog columns the mapping reads (EXIF values are not the catalog's)."""
        named = {name for source in self.sources() for name in source.columns()}
        named |= {self.title.keep} if self.title.keep else set()
        return {name for name in named if not name.startswith(EXIF_PREFIX)}

    def exif_fields(self) -> list[str]:
        """The EXIF values the mapping reads: date, camera, gps."""
        named = {name for source in self.sources() for name in source.columns()}
        return sorted(n.removeprefix(EXIF_PREFIX) for n in named if n.startswith(EXIF_PREFIX))


def load_mapping(path: Path) -> Mapping:
    path = Path(path)
    data = read_versioned(path, "mapping")
    template = TEMPLATES.get(str(data.get("template", "Information")))
    if template is None:
        raise InputError(
            N_("the template “{template}” is not one glamdonor writes."),
            N_("Use one of: {choices}."),
            file=path,
            template=data.get("template"),
            choices=", ".join(TEMPLATES),
        )
    for required in ("file", "title", "license"):
        if required not in data:
            raise InputError(
                N_("the mapping does not say where “{required}” comes from."),
                N_('Add a line such as `{required} = {{ column = "..." }}`.'),
                file=path,
                required=required,
            )
    lookups = load_lookups(table_of(data, "lookups", path), path)
    fields = {}
    for key, spec in table_of(data, "fields", path).items():
        parameter = template.parameter_name(key)
        if parameter is None:
            raise InputError(
                N_("{{{{{name}}}}} has no parameter “{key}”."),
                N_("Its parameters are: {parameters}."),
                file=path,
                name=template.name,
                key=key,
                parameters=", ".join(template.parameters),
            )
        fields[parameter] = _sources(spec, f"fields.{key}", path, lookups)
    structured = dict(table_of(data, "structured_data", path))
    statements = _statements(structured.pop("statements", []), path, lookups)
    unknown = sorted(set(structured) - set(STRUCTURED_KEYS))
    if unknown:
        raise InputError(
            N_("unknown key(s) under [structured_data]: {unknown}."),
            N_("The keys are: {keys}."),
            file=path,
            unknown=", ".join(unknown),
            keys=", ".join((*STRUCTURED_KEYS, "statements")),
        )
    return Mapping(
        path=path,
        template=template,
        language=str(data.get("language", "en")),
        file=_source(data["file"], "file", path, lookups),
        title=_source(data["title"], "title", path, lookups),
        fields=fields,
        licenses=_sources(data["license"], "license", path, lookups),
        categories=_sources(data.get("categories", []), "categories", path, lookups),
        structured={
            key: _sources(spec, f"structured_data.{key}", path, lookups)
            for key, spec in structured.items()
        },
        lookups=lookups,
        statements=statements,
    )


def _statements(specs: object, path: Path, lookups: dict[str, Lookup]) -> tuple[Statement, ...]:
    """[[structured_data.statements]]: property = "P136", value = a source, type = "item"."""
    if not isinstance(specs, list) or not all(isinstance(s, dict) for s in specs):
        raise InputError(
            N_("[structured_data] statements is a list of tables: [[structured_data.statements]]."),
            N_('Write each as property = "P136", value = {{ column = "genre" }}, type = "item".'),
            file=path,
        )
    found = []
    for number, spec in enumerate(specs, start=1):
        prop, kind = str(spec.get("property", "")).strip(), str(spec.get("type", "")).strip()
        if not re.fullmatch(r"P[1-9][0-9]*", prop) or kind not in STATEMENT_TYPES:
            raise InputError(
                N_(
                    "statement {number} of [structured_data] needs a property (P and digits) "
                    "and a type ({types})."
                ),
                N_('Write it as property = "P136", value = {{ column = "genre" }}, type = "item".'),
                file=path,
                number=number,
                types=", ".join(STATEMENT_TYPES),
            )
        if "value" not in spec:
            raise InputError(
                N_("statement {number} of [structured_data] ({property}) says no value."),
                N_('Add value = {{ column = "..." }} or a pattern.'),
                file=path,
                number=number,
                property=prop,
            )
        source = _source(spec["value"], f"structured_data.statements.{prop}", path, lookups)
        found.append(Statement(prop, source, kind))
    return tuple(found)


def _sources(spec: object, name: str, path: Path, lookups: dict[str, Lookup]) -> list[Source]:
    specs = spec if isinstance(spec, list) else [spec]
    if not specs and name != "categories":  # no category is fine; no source for a field is not
        raise InputError(
            N_("“{name}” names no source: its list [ ] is empty."),
            N_('Give it one, such as {{ column = "Title" }}, or leave the line out.'),
            file=path,
            name=name,
        )
    return [_source(one, name, path, lookups) for one in specs]


def _source(spec: object, name: str, path: Path, lookups: dict[str, Lookup]) -> Source:
    if isinstance(spec, str):
        spec = {"value": spec}
    kinds = [
        k for k in ("column", "value", "pattern", "exif") if isinstance(spec, dict) and k in spec
    ]
    if not isinstance(spec, dict) or len(kinds) != 1:
        raise InputError(
            N_("“{name}” must name exactly one of column, value, pattern or exif."),
            N_('For example `{field} = {{ column = "Title" }}`.'),
            file=path,
            name=name,
            field=name.rsplit(".", 1)[-1],
        )
    extra = set(spec) - _SOURCE_KEYS
    if extra:
        raise InputError(
            N_("“{name}” has unknown key(s): {extra}."),
            N_("A source takes: {keys}."),
            file=path,
            name=name,
            extra=", ".join(sorted(extra)),
            keys=", ".join(sorted(_SOURCE_KEYS)),
        )
    if "exif" in spec:
        if spec["exif"] not in EXIF_FIELDS:
            raise InputError(
                N_("“{name}” asks the EXIF data for “{field}”."),
                N_("EXIF gives: {fields}."),
                file=path,
                name=name,
                field=spec["exif"],
                fields=", ".join(EXIF_FIELDS),
            )
        column = EXIF_PREFIX + str(spec["exif"])
        spec = {key: value for key, value in spec.items() if key != "exif"} | {"column": column}
    transforms = spec.get("transforms", [])
    if not isinstance(transforms, list):
        raise InputError(
            N_("the transforms of “{name}” must be a list [ ... ]."), "", file=path, name=name
        )
    return Source(
        column=_text(spec.get("column")),
        value=_text(spec.get("value")),
        pattern=_text(spec.get("pattern")),
        split=_text(spec.get("split")),
        transforms=tuple(build_transform(t, lookups, path) for t in transforms),
        language=_text(spec.get("language")),
        raw=bool(spec.get("raw", False)),
        keep=_text(spec.get("keep")),
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)
