"""``glamdonor init``: write a batch manifest from a catalog, media, mapping and partner."""

from __future__ import annotations

import argparse
from pathlib import Path

from glamdonor.cli.catalog_options import add_catalog_options
from glamdonor.core.batch import SANDBOX, load_batch, write_manifest
from glamdonor.core.errors import GlamdonorError, InputError


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "init",
        help="write a batch file naming a catalog, media folder, mapping and partner",
        description="Write a batch file (batch.toml) that names the catalog, the media "
        "folder, the mapping and the partner profile, and the wiki the batch goes to; then "
        "plan it and say how many rows are ready.",
    )
    parser.add_argument("--catalog", type=Path, required=True, help="the catalog spreadsheet")
    parser.add_argument("--media", type=Path, required=True, help="the folder of media files")
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
    add_catalog_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.plan import plan_of

    out: Path = arguments.out.resolve()
    if out.exists() and not arguments.force:
        raise GlamdonorError(f"{out} exists already.", "Add --force to overwrite it.")
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
    blocked = sum(
        1 for problems in plan.problems.values() if any(p.severity == "error" for p in problems)
    )
    print(f"Wrote {out}: {len(plan)} rows, {len(plan) - blocked} ready, {blocked} to fix.")
    print(f"See a row with: glamdonor preview {arguments.out} --row {plan.rows[0]}")
    if said := plan.read_as():
        print(said)
    return 0
