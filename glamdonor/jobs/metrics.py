"""Refreshing the metrics of a scope (a batch's files, a category, a list of titles): which
pages show the files today (a new dated snapshot), and the monthly views of those pages and
requests of the files, only for months not fetched before."""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from glamdonor.core.batch import SANDBOX, Batch
from glamdonor.core.journal import Journal, State, journal_path
from glamdonor.core.wikis import WikiIdentity
from glamdonor.jobs.plan import records_on
from glamdonor.metrics import WIKIDATA, sources
from glamdonor.metrics.http import Http
from glamdonor.metrics.months import Month, last_complete
from glamdonor.metrics.store import Snapshot, Store

PARALLEL = 3  # requests at once to the REST API, at most (Wikimedia's etiquette)
ON_THE_WIKI = (State.PUBLISHED, State.DATA_WRITTEN, State.VERIFIED)


@dataclass(frozen=True)
class Scope:
    name: str  # how snapshots of it are found again: "batch …", "category …", "titles …"
    api_url: str  # the wiki's action API
    rest_url: str = ""  # the Wikimedia REST API; "" where there is none (the sandbox)
    category: str = ""  # for Commons Impact Metrics, when the scope is a category
    entity_api: str = ""  # Wikidata's API, for the items that show the files (Commons)


@dataclass(frozen=True)
class MetricsStep:
    step: str  # "usage", "page views", "media requests", "category"
    done: int
    total: int


@dataclass(frozen=True)
class MetricsFinished:
    snapshot: Snapshot
    files: int
    files_used: int
    pages: int
    usage_requests: int  # requests to the wiki's API for usage
    requests: dict[str, int]  # every request made, by source ("api", "rest")
    cancelled: bool = False


MetricsEvent = MetricsStep | MetricsFinished


def batch_scope(
    batch: Batch,
    api_url: str,
    rest_url: str | None,
    target: str | None = None,
    sandbox_folder: Path | None = None,
    wiki: WikiIdentity | None = None,
) -> tuple[Scope, list[str]]:
    """A batch as a scope: the files its journal says are on the target wiki (the batch's,
    or ``target``; ``wiki`` when the caller knows who it is). Without ``rest_url``,
    Wikimedia's REST API, except for the sandbox wiki, which has no views service."""
    target = target or batch.target
    if rest_url is None:
        rest_url = "" if target == SANDBOX else sources.WIKIMEDIA_REST
    with Journal(journal_path(batch.manifest)) as journal:
        records = records_on(journal, target, sandbox_folder=sandbox_folder, wiki=wiki)[1]
        titles = [r.title for r in records.values() if r.state in ON_THE_WIKI]
    scope = Scope(f"{batch.name} (batch)", api_url, rest_url, entity_api=entity_api_of(api_url))
    return scope, titles


def entity_api_of(api_url: str) -> str:
    """Where the items that show a wiki's files are described: Wikidata, for Commons."""
    from glamdonor.metrics import COMMONS_API, WIKIDATA_API

    return WIKIDATA_API if api_url == COMMONS_API else ""


def refresh(
    store: Store,
    http: Http,
    scope: Scope,
    titles: list[str],
    *,
    months: int = 24,
    today: datetime.date | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[MetricsEvent]:
    today = today or datetime.datetime.now(datetime.UTC).date()
    stop = cancel or threading.Event()
    global_usage = sources.has_global_usage(http, scope.api_url)
    name = sources.site_name(http, scope.api_url)
    if global_usage:  # the wikis that show files on Commons: their languages, in one request
        store.keep_sites(sources.site_matrix(http, scope.api_url))
    before = http.counts["api"]
    found: list[sources.FileUsage] = []
    yield MetricsStep("usage", 0, len(titles))
    for file in sources.usage(http, scope.api_url, titles, global_usage=global_usage):
        found.append(file)
        if len(found) % sources.BATCH == 0:
            yield MetricsStep("usage", len(found), len(titles))
    usage_requests = http.counts["api"] - before
    items = {u.title for f in found for u in f.uses if u.wiki == WIKIDATA and u.namespace == 0}
    uses = (
        sources.item_uses(http, scope.entity_api, items, [f.title for f in found])
        if scope.entity_api and items
        else []
    )
    snapshot = store.add_snapshot(
        scope.name, scope.api_url, today, found, counted=bool(scope.rest_url), items=uses,
        site_name=name,
    )  # fmt: skip
    yield MetricsStep("usage", len(titles), len(titles))
    last = last_complete(today)
    first = last.plus(-(months - 1))
    if scope.rest_url and not stop.is_set():
        pages = sorted(
            {(u.wiki, u.title) for f in found for u in f.uses if _article(u.wiki, u.namespace)}
        )
        yield from _monthly(
            "page views",
            pages,
            lambda page: store.months_known("views", page),
            lambda page, a, b: sources.page_views(http, scope.rest_url, *page, a, b),
            lambda page, counts: store.add_views(*page, counts),
            first,
            last,
            stop,
        )
        files = [(f.page_id, f.title) for f in found]
        yield from _monthly(
            "media requests",
            files,
            lambda file: store.months_known("requests", (file[0],)),
            lambda file, a, b: sources.media_requests(http, scope.rest_url, file[1], a, b),
            lambda file, counts: store.add_requests(file[0], counts),
            first,
            last,
            stop,
        )
        if scope.category and not stop.is_set():
            found_metrics = sources.category_metrics(
                http, scope.rest_url, scope.category, first, last
            )
            store.add_category_metrics(scope.category, found_metrics)
            yield MetricsStep("category", 1, 1)
    yield MetricsFinished(
        snapshot,
        files=len(found),
        files_used=sum(1 for f in found if any(_article(u.wiki, u.namespace) for u in f.uses)),
        pages=len({(u.wiki, u.title) for f in found for u in f.uses}),
        usage_requests=usage_requests,
        requests=dict(http.counts),
        cancelled=stop.is_set(),
    )


def _article(wiki: str, namespace: int) -> bool:
    """A page of a wiki's main namespace that is an article: not a Wikidata item."""
    return namespace == 0 and wiki != WIKIDATA


def _monthly(
    step: str,
    keys: list,
    known: Callable,
    fetch: Callable,
    keep: Callable,
    first: Month,
    last: Month,
    stop: threading.Event,
) -> Iterator[MetricsStep]:
    """Fetch the months of each key not known yet (from the first missing one to ``last``),
    a few at once; written to the store as they come, so a stop loses nothing fetched."""
    wanted = []
    for key in keys:
        missing = set(first.until(last)) - known(key)
        if missing:
            wanted.append((key, min(missing)))
    yield MetricsStep(step, 0, len(wanted))
    with ThreadPoolExecutor(PARALLEL) as pool:
        futures = [pool.submit(_fetch, fetch, key, start, last, stop) for key, start in wanted]
        for done, future in enumerate(futures, 1):
            key, counts = future.result()
            if counts is not None:
                keep(key, counts)
            if done % 25 == 0 or done == len(wanted):
                yield MetricsStep(step, done, len(wanted))
        if stop.is_set():
            pool.shutdown(cancel_futures=True)


def _fetch(
    fetch: Callable, key: object, start: Month, last: Month, stop: threading.Event
) -> tuple[object, dict | None]:
    if stop.is_set():
        return key, None
    return key, fetch(key, start, last)
