"""The batch manifest: a small TOML file naming everything one upload needs.

    format_version = 1
    name = "Example Museum, first batch"
    catalog = "catalog.csv"         # paths are relative to the manifest's folder
    media = "media"
    mapping = "mapping.toml"
    summary = "Example Museum donation"   # the edit summary (optional)
    [target]
    wiki = "sandbox"                # or the api.php URL of another wiki

The journal of the batch lives beside the manifest, so a batch can be moved and resumed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.errors import InputError
from glamdonor.core.tomlfile import read_toml

FORMAT_VERSION = 1
SANDBOX = "sandbox"


@dataclass(frozen=True)
class Batch:
    manifest: Path
    name: str
    catalog: Path
    media: Path
    mapping: Path
    target: str
    summary: str

    @property
    def folder(self) -> Path:
        return self.manifest.parent


def load_batch(manifest: Path) -> Batch:
    manifest = Path(manifest).resolve()
    data = read_toml(manifest)
    if data.get("format_version") != FORMAT_VERSION:
        raise InputError(
            f"the batch file has format_version {data.get('format_version')!r}; this "
            f"glamdonor reads version {FORMAT_VERSION}.",
            "Write `format_version = 1` at the top of the batch file.",
            file=manifest,
        )
    missing = [key for key in ("catalog", "media", "mapping") if not data.get(key)]
    if missing:
        raise InputError(
            f"the batch file does not name its {', '.join(missing)}.",
            'Add a line like `catalog = "catalog.csv"` for each.',
            file=manifest,
        )
    folder = manifest.parent
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
        catalog=folder / data["catalog"],
        media=media,
        mapping=folder / data["mapping"],
        target=str(data.get("target", {}).get("wiki", SANDBOX)),
        summary=str(data.get("summary") or f"Batch upload: {name} (glamdonor)"),
    )
