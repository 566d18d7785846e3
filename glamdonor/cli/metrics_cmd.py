"""``glamdonor metrics refresh|report``: what a donation achieved, fetched, kept and told."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from glamdonor.cli.targets import add_target_options
from glamdonor.core.batch import SANDBOX, load_batch
from glamdonor.core.errors import InputError
from glamdonor.core.places import data_dir
from glamdonor.core.wikis import api_url_of
from glamdonor.wiki.credentials import saved

if TYPE_CHECKING:
    from glamdonor.jobs.metrics import Scope
    from glamdonor.metrics.http import Http
    from glamdonor.metrics.store import Store


def add_parser(commands: argparse._SubParsersAction) -> None:
    from glamdonor.metrics import COMPARE_FORMATS, FORMATS

    metrics = commands.add_parser(
        "metrics",
        help="what the donated files achieved: usage, page views, media requests",
        description="Fetch and keep, dated, which pages show a donation's files and how often "
        "those pages are viewed and the files requested; then report it.",
    )
    steps = metrics.add_subparsers(dest="step", required=True, metavar="STEP")
    refreshing = steps.add_parser(
        "refresh",
        help="take a new snapshot of the scope's usage",
        description="Ask the wiki and Wikimedia's services which pages use the scope's files "
        "and how often they are viewed and requested, and keep it as today's snapshot.",
    )
    _scope_options(refreshing)
    refreshing.add_argument("--depth", type=int, default=3, help="subcategory levels (3)")
    refreshing.set_defaults(run=_refresh)
    reporting = steps.add_parser(
        "report",
        help="write the impact report of a scope",
        description="Write the impact report of the scope from its snapshots: figures, "
        "charts, top pages and files, wikis and languages.",
    )
    _scope_options(reporting)
    reporting.add_argument(
        "--format", choices=FORMATS, default="html", help="the report's format (html)"
    )
    reporting.add_argument("--out", type=Path, required=True, help="the report file")
    reporting.set_defaults(run=_report)
    comparing = steps.add_parser(
        "compare",
        help="several batches or categories side by side, this year against last",
        description="Put the scopes' latest figures side by side (files, pages, articles, "
        "Wikidata items, wikis, languages) with their page-context views and media requests "
        "of the last 12 complete months against the 12 before, from the snapshots kept here. "
        "Each scope is counted on its own.",
    )
    comparing.add_argument("batches", type=Path, nargs="*", help="batch files")
    comparing.add_argument(
        "--category", action="append", default=[], help="a category (again for more)"
    )
    comparing.add_argument(
        "--format", choices=COMPARE_FORMATS, default="html", help="the comparison's format (html)"
    )
    comparing.add_argument("--out", type=Path, required=True, help="the comparison file")
    comparing.add_argument(
        "--store", type=Path, help="the metrics store (in glamdonor's data folder)"
    )
    comparing.set_defaults(run=_compare)


def _scope_options(parser: argparse.ArgumentParser) -> None:
    from glamdonor.metrics import COMMONS_API, WIKIMEDIA_REST

    parser.add_argument("batch", type=Path, nargs="?", help="a batch file: its uploaded files")
    parser.add_argument("--category", help="the files of a category and its subcategories")
    parser.add_argument("--titles", type=Path, help="a text file: one file title a line")
    parser.add_argument("--api", help=f"the wiki's api.php (a batch's wiki, or {COMMONS_API})")
    parser.add_argument("--rest", help=f"the Wikimedia REST API ({WIKIMEDIA_REST})")
    parser.add_argument("--months", type=int, default=24, help="months to show (24)")
    parser.add_argument("--store", type=Path, help="the metrics store (in glamdonor's data folder)")
    add_target_options(parser)


def _scope_and_titles(
    arguments: argparse.Namespace, http: Http, *, reporting: bool = False
) -> tuple[Scope, list[str]]:
    """The scope, and its files' titles (none when reporting: a report reads only the store)."""
    from glamdonor.jobs.metrics import Scope, batch_scope, entity_api_of
    from glamdonor.metrics import COMMONS_API, WIKIMEDIA_REST
    from glamdonor.metrics.sources import file_titles_in_category

    given = [x for x in (arguments.batch, arguments.category, arguments.titles) if x]
    if len(given) != 1:
        raise InputError(
            "give one scope: a batch file, --category or --titles.",
            "For example: glamdonor metrics refresh batch.toml",
        )
    if arguments.batch:
        batch = load_batch(arguments.batch)
        target = arguments.wiki or batch.target
        api = arguments.api or ("" if reporting else _api_of(target, arguments))
        return batch_scope(batch, api, arguments.rest, target, arguments.sandbox_dir)
    api, rest = arguments.api or COMMONS_API, arguments.rest or WIKIMEDIA_REST
    if arguments.category:
        category = arguments.category.replace("_", " ").removeprefix("Category:").strip()
        scope = Scope(
            f"category {category}", api, rest, category=category, entity_api=entity_api_of(api)
        )
        if reporting:
            return scope, []
        return scope, file_titles_in_category(http, api, category, arguments.depth)[0]
    scope = Scope(f"titles {arguments.titles.name}", api, rest, entity_api=entity_api_of(api))
    if reporting:
        return scope, []
    try:
        lines = arguments.titles.read_text(encoding="utf-8-sig").splitlines()
    except OSError as error:
        raise InputError(f"cannot read it ({error.strerror}).", file=arguments.titles) from None
    titles = [line.strip().removeprefix("File:") for line in lines if line.strip()]
    return scope, titles


def _api_of(target: str, arguments: argparse.Namespace) -> str:
    if target != SANDBOX:
        return api_url_of(target)
    from glamdonor.wiki.sandbox import Sandbox

    return Sandbox(arguments.sandbox_dir).start().api_url


def _account(arguments: argparse.Namespace) -> str:
    """The user name of the account kept for the batch's wiki, for the User-Agent's contact."""
    if not arguments.batch:
        return ""
    target = arguments.wiki or load_batch(arguments.batch).target
    if target == SANDBOX:
        return ""
    kept = saved(api_url_of(target))
    return kept.account if kept else ""


def _store(arguments: argparse.Namespace) -> Store:
    from glamdonor.metrics.store import Store

    return Store(arguments.store or data_dir() / "metrics.sqlite")


def _refresh(arguments: argparse.Namespace) -> int:
    from glamdonor.jobs.metrics import MetricsFinished, MetricsStep, refresh
    from glamdonor.metrics.http import Http

    http = Http(account=_account(arguments))
    scope, titles = _scope_and_titles(arguments, http)
    finished = None
    with _store(arguments) as store:
        for event in refresh(store, http, scope, titles, months=arguments.months):
            if isinstance(event, MetricsStep) and event.total and sys.stderr.isatty():
                print(f"\r{event.step}: {event.done:,}/{event.total:,}", end="", file=sys.stderr)
            elif isinstance(event, MetricsStep) and event.done == event.total:
                print(f"{event.step}: {event.total:,} done", file=sys.stderr)  # in a log
            elif isinstance(event, MetricsFinished):
                finished = event
        if sys.stderr.isatty():
            print(file=sys.stderr)
    assert finished is not None
    print(
        f"{scope.name}: {finished.files:,} files on the wiki, {finished.files_used:,} shown on "
        f"articles, {finished.pages:,} pages in all; snapshot of {finished.snapshot.taken} kept."
    )
    asked = ", ".join(f"{count:,} to the {source}" for source, count in finished.requests.items())
    print(f"Requests: {asked} ({finished.usage_requests:,} for usage).", file=sys.stderr)
    return 0


def _report(arguments: argparse.Namespace) -> int:
    from glamdonor.metrics.figures import impact
    from glamdonor.metrics.http import Http
    from glamdonor.metrics.report import write_report

    scope, _ = _scope_and_titles(arguments, Http(), reporting=True)
    with _store(arguments) as store:
        found = impact(store, scope.name, months=arguments.months)
    if arguments.batch and (partner := load_batch(arguments.batch).partner):
        from glamdonor.core.partner import load_partner

        profile = load_partner(partner)
        found.partner, found.logo = profile.name, profile.logo
    write_report(found, arguments.format, arguments.out)
    print(f"Wrote {arguments.out}.")
    return 0


def _compare(arguments: argparse.Namespace) -> int:
    from glamdonor.metrics.compare import compare, sentence, write_comparison

    scopes = [f"{load_batch(path).name} (batch)" for path in arguments.batches]
    scopes += [f"category {name.removeprefix('Category:')}" for name in arguments.category]
    if len(scopes) < 2:
        raise InputError(
            "give two scopes or more to compare: batch files, or --category NAME.",
            "For example: glamdonor metrics compare first.toml second.toml --out compare.html",
        )
    with _store(arguments) as store:
        found = compare(store, scopes)
    write_comparison(found, arguments.format, arguments.out)
    for compared in found:
        print(sentence(compared))
    print(f"Wrote {arguments.out}.")
    return 0
