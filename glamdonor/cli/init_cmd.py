"""``glamdonor init``: write a batch manifest from a catalog, media, mapping and partner."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.cli.catalog_options import add_catalog_options
from glamdonor.core.batch import SANDBOX, load_batch, write_manifest
from glamdonor.core.errors import GlamdonorError, InputError
from glamdonor.core.words import counted

if TYPE_CHECKING:
    from glamdonor.core.plan import Plan


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "init",
        help="write a batch file naming a catalog, media folder, mapping and partner",
        description="Write a batch file (batch.toml) that names the catalog, the media "
        "folder, the mapping and the partner profile, and the wiki the batch goes to; then "
        "plan it and say how many rows are ready.",
    )
    parser.add_argument("--catalog", type=Path, required=True, help="the catalog spreadsheet")
    parser.add_argument(
        "--media", type=Path, help="the folder of media files (not with --existing)"
    )
    parser.add_argument("--mapping", type=Path, required=True, help="a mapping profile (TOML)")
    parser.add_argument("--partner", type=Path, help="a partner profile (TOML)")
    parser.add_argument("--name", help="the batch's name (default: the catalog's)")
    parser.add_argument(
        "--wiki", default=SANDBOX, help="sandbox, test-commons, commons, or an api.php URL"
    )
    parser.add_argument(
        "--out", type=Path, default=Path("batch.toml"), help="the batch file (batch.toml)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite --out")
    parser.add_argument(
        "--existing",
        action="store_true",
        help="the catalog lists files already on the wiki (catalog from-category): record "
        "them as published, with their pages as they are now",
    )
    parser.add_argument("--sandbox-dir", type=Path, help="the sandbox wiki's folder")
    add_catalog_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.plan import plan_of

    out: Path = arguments.out.resolve()
    if out.exists() and not arguments.force:
        raise GlamdonorError(f"{out} exists already.", "Add --force to overwrite it.")
    if arguments.media is None and not arguments.existing:
        raise InputError(
            "no media folder is given.",
            "Give --media FOLDER (or --existing for files already on the wiki).",
        )
    if arguments.existing:  # the files are on the wiki: no folder of them is needed
        arguments.media = arguments.media or arguments.catalog.parent
    for option, path, folder in (
        ("--catalog", arguments.catalog, False),
        ("--media", arguments.media, True),
        ("--mapping", arguments.mapping, False),
        ("--partner", arguments.partner, False),
    ):
        if path is not None and not (path.is_dir() if folder else path.is_file()):
            kind = "folder" if folder else "file"
            raise InputError(
                f"the {kind} given with {option} does not exist: {path}",
                f"Check the path after {option}; nothing was written.",
                file=path,
            )
    write_manifest(
        out,
        catalog=arguments.catalog,
        media=arguments.media,
        mapping=arguments.mapping,
        partner=arguments.partner,
        name=arguments.name or "",
        wiki=arguments.wiki,
        sheet=arguments.sheet,
        header_row=arguments.header_row,
        encoding=arguments.encoding,
    )
    try:
        plan = plan_of(load_batch(out))
    except GlamdonorError:
        out.unlink()  # a batch that cannot even be planned is not left behind
        raise
    if arguments.existing:
        return _take_up(arguments, out, plan)
    blocked = sum(
        1 for problems in plan.problems.values() if any(p.severity == "error" for p in problems)
    )
    print(f"Wrote {out}: {len(plan)} rows, {len(plan) - blocked} ready, {blocked} to fix.")
    print(f"See a row with: glamdonor preview {arguments.out} --row {plan.rows[0]}")
    if said := plan.read_as():
        print(said)
    return 0


def _take_up(arguments: argparse.Namespace, out: Path, plan: Plan) -> int:
    from glamdonor.catalog import read_catalog
    from glamdonor.cli.targets import wiki_for
    from glamdonor.jobs.takeup import PAGE_ID, take_up

    batch = load_batch(out)
    options = batch.catalog_options
    catalog = read_catalog(batch.catalog, sheet=options.sheet, header_row=options.header_row,
                           encoding=options.encoding)  # fmt: skip
    if PAGE_ID not in catalog.columns:
        out.unlink()
        raise InputError(
            f"the catalog has no “{PAGE_ID}” column: it does not list files on the wiki.",
            "Make it with glamdonor catalog from-category, or add the page id of each file.",
            file=batch.catalog,
        )
    urls = catalog.columns.get("url") or [""] * len(catalog)
    pages = {
        row: (int(page_id), url)
        for row, page_id, url in zip(catalog.row_numbers, catalog.columns[PAGE_ID], urls,
                                     strict=True)
        if page_id.strip().isdigit()
    }  # fmt: skip
    wiki = wiki_for(batch, arguments).connect()
    taken = take_up(batch, plan, wiki, pages)
    print(
        f"Wrote {out}: {taken} of {len(plan)} files taken up as published on "
        f"{wiki.identity.words()}. Now glamdonor update, community and metrics work on them."
    )
    missing = len(pages) - taken
    if missing:
        files = counted(missing, "{n} file of the catalog is", "{n} files of the catalog are")
        print(f"  {files} no longer on the wiki: left out.")
    return 0
