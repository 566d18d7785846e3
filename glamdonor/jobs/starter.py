"""A starter catalog for an institution without a catalog export: one row per media file of a
folder, with what the files themselves tell (EXIF date, camera, size) and empty columns to fill
for a mapping preset."""

from __future__ import annotations

from pathlib import Path

from glamdonor.core.media_folder import MediaFolder
from glamdonor.media.inspect import parallel, read_exif
from glamdonor.media.kinds import COMMONS_EXTENSIONS

FROM_FILES = ("file", "date", "camera", "size")


def starter_rows(folder: Path, columns: list[str]) -> tuple[list[str], list[list[str]], int]:
    """The header, one row per media file (sorted by name) and how many other files there were.

    ``columns`` are the preset's columns; those the files cannot fill are left empty.
    """
    media = MediaFolder.scan(folder)
    names = sorted(
        name for name in media.files if name.rsplit(".", 1)[-1].lower() in COMMONS_EXTENSIONS
    )
    header = [*FROM_FILES, *(c for c in columns if c not in FROM_FILES)]
    rows = []
    for name, exif in zip(names, parallel(read_exif, [media.files[n] for n in names]), strict=True):
        known = {
            "file": name,
            "date": exif.get("date", "")[:10],
            "camera": exif.get("camera", ""),
            "size": str(Path(media.files[name]).stat().st_size),
        }
        rows.append([known.get(column, "") for column in header])
    return header, rows, len(media.files) - len(names)
