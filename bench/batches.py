"""The batch the benchmarks write: an Information mapping, a catalog of file and title."""

from __future__ import annotations

from pathlib import Path

MAPPING = """format_version = 1
template = "Information"
file = { column = "file" }
title = { column = "title" }
license = "cc-zero"
[fields]
description = { column = "title" }
source = { value = "glamdonor benchmark" }
author = { value = "glamdonor" }
date = { value = "2026" }
"""


def write_batch(
    folder: Path, media: Path, names: list[str], titles: list[str], chunked_above: int = 0
) -> Path:
    """A batch in ``folder`` of the files ``names`` (in ``media``) with these titles."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mapping.toml").write_text(MAPPING)
    lines = ["file,title"] + [f"{name},{title}" for name, title in zip(names, titles, strict=True)]
    (folder / "catalog.csv").write_text("\n".join(lines) + "\n")
    manifest = folder / "batch.toml"
    text = 'format_version = 1\ncatalog = "catalog.csv"\nmapping = "mapping.toml"\n'
    text += f'media = "{media}"\n'
    if chunked_above:
        text += f"[upload]\nchunked_above = {chunked_above}\nchunk_size = 4194304\n"
    manifest.write_text(text)
    return manifest
