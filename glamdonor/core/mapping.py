"""Mapping profiles: where each Commons field of a file page takes its value from.

A profile is a versioned TOML file that people can share and diff. Each source is one of
``{ column = "Title" }``, ``{ value = "cc-zero" }`` or ``{ pattern = "{Title} ({Year})" }``;
a source may add ``split = ";"`` where one cell holds several values (categories, licenses).
``docs/mapping.md`` describes the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.tomlfile import read_toml

FORMAT_VERSION = 1
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# The {{Information}} fields a profile may fill, in the order the template shows them.
INFORMATION_FIELDS = ("description", "date", "source", "author", "permission", "other_versions")


@dataclass(frozen=True)
class Source:
    column: str | None = None
    value: str | None = None
    pattern: str | None = None
    split: str | None = None

    def columns(self) -> list[str]:
        if self.column is not None:
            return [self.column]
        if self.pattern is not None:
            return _PLACEHOLDER.findall(self.pattern)
        return []

    def text(self, cells: dict[str, str]) -> str:
        if self.column is not None:
            return cells[self.column].strip()
        if self.pattern is not None:
            return _PLACEHOLDER.sub(lambda m: cells[m.group(1)].strip(), self.pattern).strip()
        return (self.value or "").strip()

    def values(self, cells: dict[str, str]) -> list[str]:
        text = self.text(cells)
        parts = text.split(self.split) if self.split else [text]
        return [part.strip() for part in parts if part.strip()]


@dataclass(frozen=True)
class Mapping:
    path: Path
    file: Source
    title: Source
    fields: dict[str, Source]
    licenses: list[Source]
    categories: list[Source] = field(default_factory=list)
    description_language: str = "en"
    template: str = "Information"

    def columns(self) -> set[str]:
        sources = [self.file, self.title, *self.fields.values(), *self.licenses, *self.categories]
        return {name for source in sources for name in source.columns()}


def load_mapping(path: Path) -> Mapping:
    path = Path(path)
    data = read_toml(path)
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise InputError(
            f"this mapping has format_version {version!r}; this glamdonor reads version "
            f"{FORMAT_VERSION}.",
            "Update glamdonor, or write `format_version = 1` for a profile made by hand.",
            file=path,
        )
    template = data.get("template", "Information")
    if template != "Information":
        raise InputError(
            f"the template “{template}” is not supported yet.",
            'Use template = "Information".',
            file=path,
        )
    for required in ("file", "title", "license"):
        if required not in data:
            raise InputError(
                f"the mapping does not say where “{required}” comes from.",
                f'Add a line such as `{required} = {{ column = "..." }}`.',
                file=path,
            )
    fields = data.get("fields", {})
    unknown = sorted(set(fields) - set(INFORMATION_FIELDS))
    if unknown:
        raise InputError(
            f"unknown field(s) {', '.join(unknown)} under [fields].",
            f"The Information template has: {', '.join(INFORMATION_FIELDS)}.",
            file=path,
        )
    return Mapping(
        path=path,
        file=_source(data["file"], "file", path),
        title=_source(data["title"], "title", path),
        fields={name: _source(spec, name, path) for name, spec in fields.items()},
        licenses=_sources(data["license"], "license", path),
        categories=_sources(data.get("categories", []), "categories", path),
        description_language=str(data.get("description_language", "en")),
    )


def _sources(spec: object, name: str, path: Path) -> list[Source]:
    specs = spec if isinstance(spec, list) else [spec]
    return [_source(one, name, path) for one in specs]


def _source(spec: object, name: str, path: Path) -> Source:
    if isinstance(spec, str):
        spec = {"value": spec}
    kinds = [
        key for key in ("column", "value", "pattern") if isinstance(spec, dict) and key in spec
    ]
    if not isinstance(spec, dict) or len(kinds) != 1:
        raise InputError(
            f"“{name}” must name exactly one of column, value or pattern.",
            f'For example `{name} = {{ column = "Title" }}`.',
            file=path,
        )
    extra = set(spec) - {"column", "value", "pattern", "split"}
    if extra:
        raise InputError(
            f"“{name}” has unknown key(s): {', '.join(sorted(extra))}.",
            "A source takes column, value or pattern, and optionally split.",
            file=path,
        )
    return Source(**{key: str(value) for key, value in spec.items()})
