"""``glamdonor mapping suggest``: a starter mapping profile for a catalog, from a preset."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from glamdonor.cli.catalog_options import add_catalog_options
from glamdonor.core.errors import GlamdonorError
from glamdonor.core.presets import PRESETS
from glamdonor.core.suggest import suggest

PRESET_NAMES = sorted(PRESETS)


def preset_text(name: str) -> str:
    return PRESETS[name].text()


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "mapping",
        help="make and inspect mapping profiles",
        description="Make a mapping profile: where each part of a file page takes its value.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    suggest_parser = actions.add_parser(
        "suggest",
        help="write a starter mapping for a catalog by matching its column names",
        description="Match the catalog's column names (English, French, German, Spanish or "
        "Dutch) to a preset's fields and write a mapping profile to finish by hand.",
    )
    suggest_parser.add_argument("catalog", type=Path, help="the catalog (a spreadsheet)")
    suggest_parser.add_argument(
        "--preset",
        choices=PRESET_NAMES,
        default="information",
        help="the kind of objects: which template and fields (information)",
    )
    suggest_parser.add_argument("--out", type=Path, help="the file to write (default: print)")
    suggest_parser.add_argument("--force", action="store_true", help="overwrite --out")
    add_catalog_options(suggest_parser)
    suggest_parser.set_defaults(run=_suggest)


def _suggest(arguments: argparse.Namespace) -> int:
    from glamdonor.catalog import read_catalog

    catalog = read_catalog(
        arguments.catalog,
        sheet=arguments.sheet,
        header_row=arguments.header_row,
        encoding=arguments.encoding,
    )
    suggestion = suggest(preset_text(arguments.preset), list(catalog.columns))
    if arguments.out:
        if arguments.out.exists() and not arguments.force:
            raise GlamdonorError(f"{arguments.out} exists already.", "Add --force to overwrite it.")
        arguments.out.write_text(suggestion.text, encoding="utf-8")
        print(f"Wrote {arguments.out}.", file=sys.stderr)
    else:
        print(suggestion.text, end="")
    for ours, theirs in suggestion.matched.items():
        print(f"  {ours:<18} ← {theirs}", file=sys.stderr)
    if suggestion.unmatched:
        print(
            f"  No column found for: {', '.join(suggestion.unmatched)} (left commented out).",
            file=sys.stderr,
        )
    return 0
