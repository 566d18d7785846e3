"""The options every command that reads a catalog shares: sheet, header row, encoding."""

from __future__ import annotations

import argparse


def add_catalog_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sheet", help="the sheet of a workbook, by name or position (1, 2...)")
    parser.add_argument("--header-row", type=int, default=1, help="the row of column names")
    parser.add_argument("--encoding", help="the encoding of a CSV file (default: found out)")
