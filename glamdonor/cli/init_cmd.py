"""``glamdonor init``: write a batch manifest from a catalog, media, mapping and partner."""

from __future__ import annotations

import argparse
import datetime
import json
import os
from pathlib import Path

from glamdonor.cli.catalog_options import add_catalog_options
from glamdonor.core.batch import SANDBOX, load_batch
from glamdonor.core.errors import GlamdonorError
from glamdonor.jobs.plan import plan_of


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "init",
        help="write a batch file naming a catalog, media folder, mapping and partner",
    )
    parser.add_argument("--catalog", type=Path, required=True)
    parser.add_argument("--media", type=Path, required=True, help="the folder of media files")
    parser.add_argument("--mapping", type=Path, required=True, help="a mapping profile (TOML)")
    parser.add_argument("--partner", type=Path, help="a partner profile (TOML)")
    parser.add_argument("--name", help="the batch's name (default: the catalog's)")
    parser.add_argument("--wiki", default=SANDBOX, help="'sandbox' or an api.php URL")
    parser.add_argument("--out", type=Path, default=Path("batch.toml"))
    parser.add_argument("--force", action="store_true", help="overwrite --out")
    add_catalog_options(parser)
    parser.set_defaults(run=_run)


def _run(arguments: argparse.Namespace) -> int:
    out: Path = arguments.out.resolve()
    if out.exists() and not arguments.force:
        raise GlamdonorError(f"{out} exists already.", "Add --force to overwrite it.")
    folder = out.parent

    def relative(path: Path) -> str:
        return Path(os.path.relpath(path.resolve(), folder)).as_posix()

    catalog = {"path": relative(arguments.catalog)}
    if arguments.sheet:
        catalog["sheet"] = arguments.sheet
    if arguments.header_row != 1:
        catalog["header_row"] = arguments.header_row
    if arguments.encoding:
        catalog["encoding"] = arguments.encoding
    lines = [
        "# A glamdonor batch: see `glamdonor upload --help`.",
        "format_version = 1",
        f"name = {_toml(arguments.name or arguments.catalog.stem)}",
        f"date = {_toml(datetime.date.today().isoformat())}",
        "catalog = { " + ", ".join(f"{k} = {_toml(v)}" for k, v in catalog.items()) + " }",
        f"media = {_toml(relative(arguments.media))}",
        f"mapping = {_toml(relative(arguments.mapping))}",
    ]
    if arguments.partner:
        lines.append(f"partner = {_toml(relative(arguments.partner))}")
    lines += ["", "[target]", f"wiki = {_toml(arguments.wiki)}", ""]
    text = "\n".join(lines)
    out.write_text(text, encoding="utf-8")
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
    return 0


def _toml(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else str(value)
