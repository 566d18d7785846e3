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
    [target]
    wiki = "sandbox"                # or the api.php URL of another wiki

The journal of the batch lives beside the manifest, so a batch can be moved and resumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.tomlfile import read_versioned

SANDBOX = "sandbox"


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

    @property
    def folder(self) -> Path:
        return self.manifest.parent


def load_batch(manifest: Path) -> Batch:
    manifest = Path(manifest).resolve()
    data = read_versioned(manifest, "batch file")
    missing = [key for key in ("catalog", "media", "mapping") if not data.get(key)]
    if missing:
        raise InputError(
            f"the batch file does not name its {', '.join(missing)}.",
            'Add a line like `catalog = "catalog.csv"` for each.',
            file=manifest,
        )
    folder = manifest.parent
    catalog = data["catalog"]
    options = CatalogOptions()
    if isinstance(catalog, dict):
        options = CatalogOptions(
            sheet=None if catalog.get("sheet") is None else str(catalog["sheet"]),
            header_row=int(catalog.get("header_row", 1)),
            encoding=catalog.get("encoding"),
        )
        catalog = catalog.get("path", "")
    date = str(data.get("date", ""))
    if date and not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", date):
        raise InputError(
            f"the batch date “{date}” is not written as 2026-11-23.",
            "Write the date as year-month-day.",
            file=manifest,
        )
    media = folder / data["media"]
    if not media.is_dir():
        raise InputError(
            f"the media folder “{media}” does not exist.",
            "Check the `media` line of the batch file.",
            file=manifest,
        )
    name = str(data.get("name") or manifest.stem)
    return Batch(
        manifest=manifest,
        name=name,
        catalog=folder / catalog,
        media=media,
        mapping=folder / data["mapping"],
        target=str(data.get("target", {}).get("wiki", SANDBOX)),
        summary=str(data.get("summary", "")),
        partner=folder / data["partner"] if data.get("partner") else None,
        date=date,
        catalog_options=options,
    )
