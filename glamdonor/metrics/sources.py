"""What the metrics are fetched from: the wiki's API (which files, and which pages show them)
and the Wikimedia REST API (views of pages, requests of files, Commons Impact Metrics).
Shapes: docs/commons.md, "Metrics APIs"."""

from __future__ import annotations

import hashlib
import urllib.parse
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from glamdonor.core.errors import MetricsError
from glamdonor.core.words import N_
from glamdonor.metrics.http import Http
from glamdonor.metrics.months import Month

BATCH = 50  # titles in one request to the wiki's API


@dataclass(frozen=True)
class Use:
    """A page that shows a file."""

    wiki: str  # its wiki's host name: "fr.wikipedia.org"
    title: str  # with underscores, as the wiki gives it
    namespace: int = 0


@dataclass
class FileUsage:
    title: str  # without "File:", with spaces
    page_id: int
    sha1: str = ""
    uploaded: str = ""  # ISO timestamp of its first version
    uses: list[Use] = field(default_factory=list)


def file_titles_in_category(
    http: Http, api_url: str, category: str, depth: int = 3
) -> tuple[list[str], int]:
    """The files of a category and its subcategories down to ``depth`` levels (the category
    graph has cycles: each category is visited once); and how many categories were seen."""
    seen: set[str] = set()
    files: dict[str, None] = {}
    level = [_category_title(category)]
    for _ in range(depth + 1):
        below: list[str] = []
        for name in level:
            if name in seen:
                continue
            seen.add(name)
            for member in _members(http, api_url, name):
                if member["ns"] == 6:
                    files[member["title"].split(":", 1)[1]] = None
                elif member["ns"] == 14:
                    below.append(member["title"])
        level = below
    return list(files), len(seen)


def _category_title(name: str) -> str:
    name = name.strip().replace("_", " ")
    return name if name.lower().startswith("category:") else f"Category:{name}"


def _members(http: Http, api_url: str, category: str) -> Iterator[dict]:
    going_on: dict[str, str] = {}
    while True:
        reply = http.api(
            api_url,
            action="query",
            list="categorymembers",
            cmtitle=category,
            cmtype="file|subcat",
            cmprop="title|ids",
            cmlimit="500",
            **going_on,
        )
        yield from reply.get("query", {}).get("categorymembers", [])
        if "continue" not in reply:
            return
        going_on = reply["continue"]


def usage(
    http: Http, api_url: str, titles: Iterable[str], *, global_usage: bool
) -> Iterator[FileUsage]:
    """Which pages show each file: on every wiki (``prop=globalusage``, Commons) or on the wiki
    itself (``prop=fileusage``); 50 titles a request, continuations followed to the end. Files
    that are not on the wiki are left out."""
    wanted = list(dict.fromkeys(titles))
    prop = "globalusage" if global_usage else "fileusage"
    for start in range(0, len(wanted), BATCH):
        chunk = [f"File:{title}" for title in wanted[start : start + BATCH]]
        found: dict[str, FileUsage] = {}
        going_on: dict[str, str] = {}
        while True:
            parameters = {
                "action": "query",
                "titles": "|".join(chunk),
                "prop": f"{prop}|imageinfo",
                "iiprop": "sha1|timestamp",
                "iilimit": "1",
            }
            if global_usage:
                parameters |= {"guprop": "pageid|namespace", "gulimit": "500"}
            else:
                parameters |= {"fuprop": "pageid|title", "fulimit": "500"}
            reply = http.api(api_url, **parameters, **going_on)
            host = urllib.parse.urlsplit(api_url).netloc
            for page in reply.get("query", {}).get("pages", []):
                if page.get("missing") or page.get("invalid") or "pageid" not in page:
                    continue
                title = page["title"].split(":", 1)[1]
                entry = found.setdefault(title, FileUsage(title, int(page["pageid"])))
                info = (page.get("imageinfo") or [{}])[0]
                entry.sha1 = entry.sha1 or info.get("sha1", "")
                entry.uploaded = entry.uploaded or info.get("timestamp", "")
                for use in page.get(prop, []):
                    if global_usage:
                        entry.uses.append(Use(use["wiki"], use["title"], int(use.get("ns", 0))))
                    else:
                        underscored = use["title"].replace(" ", "_")
                        entry.uses.append(Use(host, underscored, int(use.get("ns", 0))))
            if "continue" not in reply:
                break
            going_on = reply["continue"]
        yield from found.values()


@dataclass(frozen=True)
class ItemUse:
    """A Wikidata item that shows a file, and the property that does (P18 image, P154 logo)."""

    item: str  # "Q42"
    label: str  # in English, or the first there is
    property: str
    file: str  # the file's title, without "File:"


def item_uses(
    http: Http, entity_api: str, items: Iterable[str], files: Iterable[str]
) -> list[ItemUse]:
    """Which property of each item shows which of ``files``, with the item's label: 50 items a
    request to Wikidata's ``wbgetentities`` (labels and claims)."""
    wanted = sorted(dict.fromkeys(items))
    titles = {title.replace("_", " ") for title in files}
    found: list[ItemUse] = []
    for start in range(0, len(wanted), BATCH):
        reply = http.api(
            entity_api,
            action="wbgetentities",
            ids="|".join(wanted[start : start + BATCH]),
            props="labels|claims",
            languages="en",
            languagefallback="1",
        )
        for item, entity in reply.get("entities", {}).items():
            labels = entity.get("labels") or {}
            label = (labels.get("en") or next(iter(labels.values()), {})).get("value", "")
            for prop, claims in (entity.get("claims") or {}).items():
                for claim in claims:
                    value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
                    if isinstance(value, str) and value.replace("_", " ") in titles:
                        found.append(ItemUse(item, label, prop, value.replace("_", " ")))
    return found


def site_matrix(http: Http, api_url: str) -> dict[str, tuple[str, str]]:
    """Each Wikimedia wiki's host and its language: code and name in English ("fr",
    "French"), from the wiki farm's own list (the SiteMatrix extension's API, as Commons has
    it); multilingual wikis (Commons, Wikidata, Meta) have none. {} where there is no list."""
    try:
        reply = http.api(
            api_url, action="sitematrix", smtype="language|special",
            smlangprop="code|localname|site", smsiteprop="url", smlimit="5000",
        )  # fmt: skip
    except MetricsError:  # a wiki without the extension refuses the question
        return {}
    found: dict[str, tuple[str, str]] = {}
    matrix = reply.get("sitematrix", {})
    languages = matrix.values() if isinstance(matrix, dict) else []
    for entry in languages:
        if not isinstance(entry, dict) or "code" not in entry:
            continue
        for site in entry.get("site", []):
            host = urllib.parse.urlsplit(site.get("url", "")).netloc
            if host:
                found[host] = (entry["code"], entry.get("localname") or entry.get("name", ""))
    for site in matrix.get("specials", []) if isinstance(matrix, dict) else []:
        if host := urllib.parse.urlsplit(site.get("url", "")).netloc:
            found[host] = ("", "")
    return found


def site_name(http: Http, api_url: str) -> str:
    """The wiki's own name for itself (siteinfo's sitename): how a report names a wiki that
    is not one of Wikimedia's, never by its host."""
    reply = http.api(api_url, action="query", meta="siteinfo", siprop="general")
    return str(reply.get("query", {}).get("general", {}).get("sitename", ""))


def has_global_usage(http: Http, api_url: str) -> bool:
    """Whether the wiki tells usage on other wikis (the GlobalUsage extension, as Commons)."""
    reply = http.api(api_url, action="paraminfo", modules="query+globalusage")
    modules = reply.get("paraminfo", {}).get("modules", [])
    return any(module.get("name") == "globalusage" for module in modules)


def page_views(
    http: Http, rest_url: str, wiki: str, title: str, first: Month, last: Month
) -> dict[Month, int]:
    """Monthly views of one page by people (agent "user"), every access method; months with
    no data are 0."""
    article = urllib.parse.quote(title.replace(" ", "_"), safe="")
    url = (
        f"{rest_url}/metrics/pageviews/per-article/{wiki}/all-access/user/{article}/monthly/"
        f"{first.first_day()}00/{last.last_day()}00"
    )
    return _monthly(http.rest(url), first, last, "views")


def media_requests(
    http: Http, rest_url: str, file_title: str, first: Month, last: Month
) -> dict[Month, int]:
    """Monthly requests of one file (the original and its thumbnails), by people."""
    path = urllib.parse.quote(upload_path(file_title), safe="")
    url = (
        f"{rest_url}/metrics/mediarequests/per-file/all-referers/user/{path}/monthly/"
        f"{first.first_day()}/{last.last_day()}"
    )
    return _monthly(http.rest(url), first, last, "requests")


def upload_path(file_title: str) -> str:
    """Where Commons keeps a file: /wikipedia/commons/a/ab/Name_with_underscores.jpg"""
    name = file_title.replace(" ", "_")
    digest = hashlib.md5(name.encode("utf-8")).hexdigest()  # Commons' layout, not security
    return f"/wikipedia/commons/{digest[0]}/{digest[:2]}/{name}"


def category_metrics(
    http: Http, rest_url: str, category: str, first: Month, last: Month
) -> dict[Month, dict[str, int]]:
    """Commons Impact Metrics of an allow-listed category, per month: files, files used,
    wikis and pages using them, and views of those pages; empty when it has none."""
    name = urllib.parse.quote(_category_title(category).split(":", 1)[1].replace(" ", "_"), safe="")
    base = f"{rest_url}/metrics/commons-analytics"
    snapshot = http.rest(
        f"{base}/category-metrics-snapshot/{name}/{first.first_day()}/{last.last_day()}"
    )
    views = http.rest(
        f"{base}/pageviews-per-category-monthly/{name}/deep/all-wikis/"
        f"{first.first_day()}/{last.last_day()}"
    )
    found: dict[Month, dict[str, int]] = {}
    for item in (snapshot or {}).get("items", []):
        month = Month.of_timestamp(item["timestamp"])
        found[month] = {
            "media files": int(item.get("media-file-count", 0)),
            "media files used": int(item.get("used-media-file-count", 0)),
            "wikis using them": int(item.get("leveraging-wiki-count", 0)),
            "pages using them": int(item.get("leveraging-page-count", 0)),
        }
    for item in (views or {}).get("items", []):
        month = Month.of_timestamp(item["timestamp"])
        found.setdefault(month, {})["views of pages using them"] = int(item["pageview-count"])
    return found


def _monthly(reply: dict | None, first: Month, last: Month, key: str) -> dict[Month, int]:
    counts = dict.fromkeys(first.until(last), 0)
    for item in (reply or {}).get("items", []):
        try:
            month = Month.of_timestamp(item["timestamp"])
        except (KeyError, ValueError):
            raise MetricsError(
                N_("the REST API answered in a shape glamdonor does not know."),
                N_("Check the REST API's address; report it if it is Wikimedia's."),
            ) from None
        if month in counts:
            counts[month] += int(item.get(key, 0))
    return counts
