"""``glamdonor catalog from-folder DIR``: a starter sheet listing a folder's media files."""

from __future__ import annotations

import argparse
from pathlib import Path

from glamdonor.cli.mapping_cmd import PRESET_NAMES, preset_text
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.suggest import preset_columns


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "catalog",
        help="make catalogs",
        description="Make a catalog for media that have none: a starter sheet to fill in.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    folder = actions.add_parser(
        "from-folder",
        help="a starter sheet: one row per media file, EXIF date, camera and size filled in",
        description="List the media files of a folder (and its subfolders) in a sheet with "
        "their EXIF date, camera and size filled in, and empty columns for a mapping preset "
        "to fill in; then `glamdonor mapping suggest` and `glamdonor init` take it from there.",
    )
    folder.add_argument("folder", type=Path, help="the folder of media files")
    folder.add_argument("--out", type=Path, required=True, help="the sheet: .xlsx or .csv")
    folder.add_argument(
        "--preset",
        choices=PRESET_NAMES,
        default="information",
        help="the preset whose columns the sheet gets (information)",
    )
    folder.add_argument("--force", action="store_true", help="overwrite --out")
    folder.set_defaults(run=_from_folder)


def _from_folder(arguments: argparse.Namespace) -> int:
    from glamdonor.catalog.write import write_sheet
    from glamdonor.jobs.starter import starter_rows

    if not arguments.folder.is_dir():
        raise GlamdonorError(f"{arguments.folder} is not a folder.", "Name the media folder.")
    if arguments.out.exists() and not arguments.force:
        raise GlamdonorError(f"{arguments.out} exists already.", "Add --force to overwrite it.")
    columns = preset_columns(preset_text(arguments.preset))
    header, rows, others = starter_rows(arguments.folder, columns)
    write_sheet(arguments.out, header, rows)
    print(f"Wrote {arguments.out}: {len(rows)} media files.")
    if others:
        print(f"  {others} other files (not a type Commons takes) were left out.")
    return 0
