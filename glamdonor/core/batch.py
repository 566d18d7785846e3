"""The batch manifest: a small TOML file naming everything one upload needs.

    format_version = 1
    name = "Example Museum, first batch"
    date = "2026-11-23"             # the batch's date, for its dated category (optional)
    catalog = "catalog.csv"         # relative to the manifest's folder; or a table:
                                    # { path = "c.xlsx", sheet = "Objects", header_row = 2 }
    media = "media"
    mapping = "mapping.toml"
    partner = "partner.toml"        # optional
    summary = "Example Museum donation"   # the edit summary (optional)
    [upload]                        # optional
    chunked_above = 20971520        # bytes: larger files are sent in chunks
    chunk_size = 4194304            # bytes a chunk
    deadline_minutes = 10           # for one file, plus a minute per 50 MiB
    [target]
    wiki = "sandbox"                # or "test-commons", "commons", or another wiki's api.php URL

The journal of the batch lives beside the manifest, so a batch can be moved and resumed.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.tomlfile import read_versioned, table_of
from glamdonor.core.wikis import NAMED_WIKIS, SANDBOX, is_known_target
from glamdonor.core.words import N_

__all__ = ["SANDBOX", "Batch", "load_batch", "write_manifest"]


@dataclass(frozen=True)
class Chunking:
    """How large files are sent: in chunks above a size (``[upload]`` in the batch file)."""

    above: int = 20 * 1024**2  # bytes: larger files go in chunks
    size: int = 4 * 1024**2  # bytes a chunk; the wiki takes no chunk under 1,024 but the last


DEFAULT_CHUNKING = Chunking()


@dataclass(frozen=True)
class Deadline:
    """How long one file may take to send: ``minutes`` (``[upload] deadline_minutes``), plus
    a minute for every 50 MiB. Past it, no more chunks of that file are sent this run."""

    minutes: float = 10

    def seconds_for(self, size: int) -> float:
        return self.minutes * 60 + size / (50 * 1024**2) * 60


DEFAULT_DEADLINE = Deadline()


@dataclass(frozen=True)
class CatalogOptions:
    sheet: str | None = None
    header_row: int = 1
    encoding: str | None = None


@dataclass(frozen=True)
class Batch:
    manifest: Path
    name: str
    catalog: Path
    media: Path
    mapping: Path
    target: str
    summary: str
    partner: Path | None = None
    date: str = ""
    catalog_options: CatalogOptions = CatalogOptions()
    chunking: Chunking = Chunking()
    deadline: Deadline = Deadline()

    @property
    def folder(self) -> Path:
        return self.manifest.parent


FILE_KEYS = ("media", "mapping", "partner")


def load_batch(manifest: Path) -> Batch:
    manifest = Path(manifest).resolve()
    data = read_versioned(manifest, "batch file")
    missing = [key for key in ("catalog", "media", "mapping") if not data.get(key)]
    if missing:
        raise InputError(
            N_("the batch file does not name its {missing}."),
            N_('Add a line like `catalog = "catalog.csv"` for each.'),
            file=manifest,
            missing=", ".join(missing),
        )
    folder = manifest.parent
    catalog = data["catalog"]
    options = CatalogOptions()
    if isinstance(catalog, dict):
        header_row = catalog.get("header_row", 1)
        encoding = catalog.get("encoding")
        if not isinstance(header_row, int) or isinstance(header_row, bool) or header_row < 1:
            raise InputError(
                N_("the catalog's header_row is “{value}”: it takes a row number, 1 or more."),
                N_("Write for example header_row = 2."),
                file=manifest,
                value=header_row,
            )
        options = CatalogOptions(
            sheet=None if catalog.get("sheet") is None else str(catalog["sheet"]),
            header_row=header_row,
            encoding=None if encoding is None else str(encoding),
        )
        catalog = catalog.get("path", "")
    for key, value in (("catalog", catalog), *((k, data.get(k)) for k in FILE_KEYS)):
        if value is not None and not isinstance(value, str):
            raise InputError(
                N_("“{key}” must name a file or folder in quotes, not “{value}”."),
                N_('Write for example {key} = "name", relative to the batch file.'),
                file=manifest,
                key=key,
                value=value,
            )
    date = str(data.get("date", ""))
    if date and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
        raise InputError(
            N_("the batch date “{date}” is not written as 2026-11-23."),
            N_("Write the date as year-month-day."),
            file=manifest,
            date=date,
        )
    chunking = _chunking(table_of(data, "upload", manifest), manifest)
    deadline = _deadline(table_of(data, "upload", manifest), manifest)
    media = folder / data["media"]
    if not media.is_dir():
        raise InputError(
            N_("the media folder “{media}” does not exist."),
            N_("Check the `media` line of the batch file."),
            file=manifest,
            media=media,
        )
    name = str(data.get("name") or manifest.stem)
    target = str(table_of(data, "target", manifest).get("wiki", SANDBOX)).strip()
    if not is_known_target(target):
        raise InputError(
            N_("the target wiki “{target}” is neither a wiki glamdonor knows nor an address."),
            N_("Write wiki = one of {names}, or the address of the wiki's api.php."),
            file=manifest,
            target=target,
            names=", ".join(f"“{name}”" for name in (SANDBOX, *NAMED_WIKIS)),
        )
    return Batch(
        manifest=manifest,
        name=name,
        catalog=folder / catalog,
        media=media,
        mapping=folder / data["mapping"],
        target=target,
        summary=str(data.get("summary", "")),
        partner=folder / data["partner"] if data.get("partner") else None,
        date=date,
        catalog_options=options,
        chunking=chunking,
        deadline=deadline,
    )


def _chunking(spec: dict, manifest: Path) -> Chunking:
    try:
        chunking = Chunking(
            above=int(spec.get("chunked_above", Chunking.above)),
            size=int(spec.get("chunk_size", Chunking.size)),
        )
    except (TypeError, ValueError):
        chunking = Chunking(above=-1)
    if chunking.above < 0 or chunking.size < 1024:
        raise InputError(
            N_("[upload] takes chunked_above and chunk_size in bytes; a chunk is at least 1024."),
            N_("Write for example chunked_above = 20971520 and chunk_size = 4194304."),
            file=manifest,
        )
    return chunking


def _deadline(spec: dict, manifest: Path) -> Deadline:
    minutes = spec.get("deadline_minutes", Deadline.minutes)
    if isinstance(minutes, bool) or not isinstance(minutes, int | float) or minutes <= 0:
        raise InputError(
            N_("[upload] deadline_minutes is “{minutes}”: it takes a number of minutes above 0."),
            N_("Write for example deadline_minutes = 10."),
            file=manifest,
            minutes=minutes,
        )
    return Deadline(float(minutes))


def write_manifest(
    out: Path,
    *,
    catalog: Path,
    media: Path,
    mapping: Path,
    partner: Path | None = None,
    name: str = "",
    wiki: str = SANDBOX,
    sheet: str | None = None,
    header_row: int = 1,
    encoding: str | None = None,
) -> None:
    """Write a batch file naming these files, as paths relative to its own folder."""
    folder = out.resolve().parent

    def relative(path: Path) -> str:
        return Path(os.path.relpath(path.resolve(), folder)).as_posix()

    table = {"path": relative(catalog)}
    if sheet:
        table["sheet"] = sheet
    if header_row != 1:
        table["header_row"] = header_row
    if encoding:
        table["encoding"] = encoding
    lines = [
        "# A glamdonor batch: see `glamdonor upload --help`.",
        "format_version = 1",
        f"name = {_toml(name or catalog.stem)}",
        f"date = {_toml(datetime.date.today().isoformat())}",
        "catalog = { " + ", ".join(f"{k} = {_toml(v)}" for k, v in table.items()) + " }",
        f"media = {_toml(relative(media))}",
        f"mapping = {_toml(relative(mapping))}",
    ]
    if partner:
        lines.append(f"partner = {_toml(relative(partner))}")
    lines += ["", "[target]", f"wiki = {_toml(wiki)}", ""]
    out.write_text("\n".join(lines), encoding="utf-8")


def _toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)


def name_partner(manifest: Path, partner: Path) -> None:
    """Make the batch file name this partner profile (a path relative to its folder), its
    other lines and comments kept as they are."""
    import tomlkit

    document = tomlkit.parse(manifest.read_text(encoding="utf-8"))
    relative = Path(os.path.relpath(partner.resolve(), manifest.resolve().parent)).as_posix()
    if "partner" in document:
        document["partner"] = relative
    else:  # before [target], with the other files
        body = tomlkit.document()
        for key, value in document.body:
            if key is not None and key.key == "target" and "partner" not in body:
                body["partner"] = relative
            if key is None:
                body.add(value)
            else:
                body[key.key] = value
        if "partner" not in body:
            body["partner"] = relative
        document = body
    manifest.write_text(tomlkit.dumps(document), encoding="utf-8")
