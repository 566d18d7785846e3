"""``glamdonor catalog from-folder DIR``: a starter sheet listing a folder's media files."""

from __future__ import annotations

import argparse
from pathlib import Path

from glamdonor.cli.mapping_cmd import PRESET_NAMES, preset_text
from glamdonor.core.batch import SANDBOX
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
    category = actions.add_parser(
        "from-category",
        help="a catalog of files already on the wiki, to take up an earlier donation",
        description="List the files of a category of the wiki (and of its subcategories, "
        "--depth levels down) in a sheet: title, page id, media id, first uploader and date, "
        "address, categories, and the fields of the Artwork, Information, Photograph or Book "
        "template of each page (a description in several languages gives a column a "
        "language). With a mapping, `glamdonor init --existing` makes it a batch whose files "
        "are known as published: `update`, `community` and `metrics` then work on a donation "
        "made with Pattypan, GWToolset or by hand.",
    )
    category.add_argument("category", help='the category, such as "Media contributed by X"')
    category.add_argument("--depth", type=int, default=0, help="subcategory levels (0)")
    category.add_argument("--out", type=Path, required=True, help="the sheet: .xlsx or .csv")
    category.add_argument("--force", action="store_true", help="overwrite --out")
    category.add_argument(
        "--wiki", default=SANDBOX, help="sandbox (default), test-commons, commons, an api.php URL"
    )
    category.add_argument("--sandbox-dir", type=Path, help="the sandbox wiki's folder")
    category.set_defaults(run=_from_category)


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


def _from_category(arguments: argparse.Namespace) -> int:
    from glamdonor.catalog.write import write_sheet
    from glamdonor.cli.targets import wiki_named
    from glamdonor.jobs.takeup import catalog_of_category

    if arguments.out.exists() and not arguments.force:
        raise GlamdonorError(f"{arguments.out} exists already.", "Add --force to overwrite it.")
    wiki = wiki_named(arguments.wiki, arguments).connect()
    header, rows = catalog_of_category(wiki, arguments.category, arguments.depth)
    if not rows:
        raise GlamdonorError(
            f"the category “{arguments.category}” holds no files on {wiki.identity.words()}.",
            "Check its name (without “Category:” is fine), or give --depth for subcategories.",
        )
    write_sheet(arguments.out, header, rows)
    print(f"Wrote {arguments.out}: {len(rows)} files of {wiki.identity.words()}.")
    print(
        "  Map its columns (glamdonor mapping suggest), then take the donation up with "
        f"glamdonor init --existing --catalog {arguments.out} --mapping MAPPING --wiki "
        f"{arguments.wiki}"
    )
    return 0
