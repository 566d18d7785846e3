"""A loopback server answering like Commons' API (globalusage, categorymembers) and the
Wikimedia REST API (pageviews per article, media requests per file, Commons Impact Metrics),
in the documented shapes (docs/commons.md, "Metrics APIs"), over a made-up world of files, pages and views:
continuation, 404 problem bodies, maxlag and 429 included. Every request is counted."""

from __future__ import annotations

import hashlib
import json
import threading
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from glamdonor.metrics.months import Month
from glamdonor.metrics.sources import upload_path

WIKIDATA = "www.wikidata.org"
LANGUAGE_NAMES = dict(  # as the site matrix names the languages, in English
    pair.split("=")
    for pair in (
        "en=English de=German fr=French es=Spanish it=Italian nl=Dutch pl=Polish pt=Portuguese "
        "ru=Russian ja=Japanese zh=Chinese ar=Arabic fa=Persian he=Hebrew tr=Turkish "
        "uk=Ukrainian sv=Swedish no=Norwegian da=Danish fi=Finnish cs=Czech hu=Hungarian "
        "ro=Romanian el=Greek bg=Bulgarian sr=Serbian hr=Croatian sk=Slovak sl=Slovenian "
        "lt=Lithuanian lv=Latvian et=Estonian ca=Catalan eu=Basque gl=Galician cy=Welsh "
        "id=Indonesian vi=Vietnamese ko=Korean hi=Hindi"
    ).split()
)
WIKIS = (
    "en.wikipedia.org",
    "fr.wikipedia.org",
    "de.wikipedia.org",
    "ar.wikipedia.org",
    "fr.wikisource.org",
    WIKIDATA,
    "commons.wikimedia.org",
)


@dataclass
class World:
    """Files (title → page id, SHA-1, upload date, pages showing it), categories, and a
    deterministic number of views and requests for every page, file and month."""

    files: dict[str, dict] = field(default_factory=dict)
    categories: dict[str, list[str]] = field(default_factory=dict)  # name → member titles
    allow_listed: set[str] = field(default_factory=set)
    silent_pages: set[tuple[str, str]] = field(default_factory=set)  # 404 for these
    labels: dict[str, str] = field(default_factory=dict)  # Wikidata items' labels ("Q42": ...)

    @classmethod
    def made(cls, count: int, *, seed: int = 0) -> World:
        world = cls()
        for n in range(count):
            uses = []
            if n % 3:  # two files in three are used somewhere
                for k in range(n % 5 + 1):
                    wiki = WIKIS[(n + k) % len(WIKIS)]
                    namespace = 0 if (n + k) % 4 else 2  # some user pages, not articles
                    page = f"Page_{(n * 7 + k) % (count // 2 + 1)}"
                    if wiki == WIKIDATA:  # an item, which shows the file as its image
                        page = f"Q{1000 + (n * 7 + k) % (count // 2 + 1)}"
                    uses.append(
                        {
                            "title": page if namespace == 0 else f"User:{page}",
                            "wiki": wiki,
                            "ns": namespace,
                        }
                    )
            world.files[f"Donated {seed} {n:05d}.jpg"] = {
                "pageid": 10_000 + seed * 100_000 + n,
                "sha1": hashlib.sha1(f"{seed} {n}".encode()).hexdigest(),
                "timestamp": f"{2023 + n % 3}-0{1 + n % 9}-15T10:00:00Z",
                "uses": uses,
            }
        return world

    def views(self, wiki: str, page: str, month: Month) -> int:
        if (wiki, page) in self.silent_pages:
            return 0
        digest = hashlib.sha1(f"{wiki} {page} {month}".encode()).digest()
        return 0 if digest[0] < 20 else int.from_bytes(digest[1:3], "big") % 5000

    def requests(self, title: str, month: Month) -> int:
        digest = hashlib.sha1(f"{title} {month}".encode()).digest()
        return 0 if digest[0] < 30 else int.from_bytes(digest[1:3], "big") % 900


class MetricsServer:
    def __init__(self, world: World, *, usage_page: int = 40) -> None:
        self.world = world
        self.usage_page = usage_page  # usage rows a reply holds at most (forces continuation)
        self.counts: Counter[str] = Counter()
        self.maxlag_left = 0  # the next requests to the API get a maxlag error
        self.too_many_left = 0  # the next requests to the REST API get 429
        self.lock = threading.Lock()
        self.by_path = {upload_path(title): title for title in world.files}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # A reply in one write, sent at once: head and body apart wait out the client's
            # delayed acknowledgement (40 ms a reply on Linux).
            wbufsize = 1 << 16
            disable_nagle_algorithm = True

            def do_GET(self) -> None:
                server.handle(self)

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{self.http.server_port}"
        self.api_url, self.rest_url = f"{base}/w/api.php", f"{base}/api/rest_v1"

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()

    # -- dispatch ----------------------------------------------------------------------------

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        url = urllib.parse.urlsplit(handler.path)
        with self.lock:
            if url.path == "/w/api.php":
                self.counts["api"] += 1
                if self.maxlag_left:
                    self.maxlag_left -= 1
                    error = {
                        "code": "maxlag",
                        "info": "Waiting for a database server: 3 seconds lagged",
                        "lag": 3,
                    }
                    return send_json(handler, 200, {"error": error}, {"Retry-After": "1"})
            else:
                self.counts["rest"] += 1
                if self.too_many_left:
                    self.too_many_left -= 1
                    return send_json(
                        handler, 429, {"title": "Too many requests"}, {"Retry-After": "0"}
                    )
        if url.path == "/w/api.php":
            asked = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query).items()}
            self.counts[asked.get("prop") or asked.get("list") or asked.get("action", "")] += 1
            return send_json(handler, 200, self.api(asked))
        parts = [urllib.parse.unquote(p) for p in url.path.split("/")]
        status, body = self.rest(parts[parts.index("metrics") + 1 :], url.path)
        send_json(
            handler,
            status,
            body,
            content_type="application/problem+json" if status == 404 else "application/json",
        )

    # -- the action API ---------------------------------------------------------------------

    def api(self, asked: dict) -> dict:
        if asked.get("action") == "sitematrix":
            return self.site_matrix()
        if asked.get("action") == "wbgetentities":
            return self.entities(asked)
        if asked.get("meta") == "siteinfo":
            return {
                "query": {"general": {"sitename": "Wikimedia Commons", "wikiid": "commonswiki"}}
            }
        if asked.get("action") == "paraminfo":
            return {
                "paraminfo": {"modules": [{"name": "globalusage", "path": "query+globalusage"}]}
            }
        if asked.get("list") == "categorymembers":
            return self.members(asked)
        return self.usage(asked)

    def site_matrix(self) -> dict:
        """The Wikimedia wikis of the world, as the SiteMatrix extension's API lists them:
        language wikis under a number, each with its code and English name; the others apart."""
        names = LANGUAGE_NAMES
        matrix: dict = {"count": 0, "specials": []}
        hosts = sorted(
            {u["wiki"] for f in self.world.files.values() for u in f["uses"]} | set(WIKIS)
        )
        languages: dict[str, list] = {}
        for host in hosts:
            code, project = host.split(".")[0], host.split(".")[1]
            if code in names or code not in ("www", "commons", "meta"):
                languages.setdefault(code, []).append(
                    {
                        "url": f"https://{host}",
                        "code": "wiki" if project == "wikipedia" else project,
                    }
                )
            else:
                matrix["specials"].append({"url": f"https://{host}", "code": code})
        for number, (code, sites) in enumerate(sorted(languages.items())):
            matrix[str(number)] = {"code": code, "name": code, "localname": names.get(code, code),
                                   "site": sites}  # fmt: skip
        matrix["count"] = len(hosts)
        return {"sitematrix": matrix}

    def entities(self, asked: dict) -> dict:
        """Wikidata's items, as ``wbgetentities`` gives them: a label, and the files that show
        them as P18 (image) claims; an item in ten shows its file as P154 (logo) instead."""
        ids = asked["ids"].split("|")
        assert len(ids) <= 50, "more than 50 ids in one request"
        entities = {}
        for item in ids:
            files = [
                title
                for title, file in self.world.files.items()
                for use in file["uses"]
                if use["wiki"] == WIKIDATA and use["title"] == item and use["ns"] == 0
            ]
            prop = "P154" if int(item[1:]) % 10 == 0 else "P18"
            claims = [
                {"mainsnak": {"snaktype": "value", "property": prop, "datatype": "commonsMedia",
                              "datavalue": {"type": "string", "value": title}},
                 "type": "statement", "rank": "normal"}
                for title in files
            ]  # fmt: skip
            entities[item] = {
                "type": "item",
                "id": item,
                "labels": {
                    "en": {
                        "language": "en",
                        "value": self.world.labels.get(item, f"Item {item[1:]}"),
                    }
                },
                "claims": {prop: claims} if claims else {},
            }
        return {"entities": entities, "success": 1}

    def members(self, asked: dict) -> dict:
        members = self.world.categories.get(asked["cmtitle"], [])
        start = int(asked.get("cmcontinue", 0))
        limit = 7  # small pages: continuation is met
        page = [
            {"ns": 14 if t.startswith("Category:") else 6, "title": t, "pageid": i}
            for i, t in enumerate(members[start : start + limit], start)
        ]
        reply = {"batchcomplete": True, "query": {"categorymembers": page}}
        if start + limit < len(members):
            reply = {
                "continue": {"cmcontinue": str(start + limit), "continue": "-||"},
                "query": {"categorymembers": page},
            }
        return reply

    def usage(self, asked: dict) -> dict:
        titles = asked["titles"].split("|")
        assert len(titles) <= 50, "more than 50 titles in one request"
        rows = [
            (t, use)
            for t in titles
            for use in self.world.files.get(t.removeprefix("File:"), {}).get("uses", [])
        ]
        start = int(asked.get("gucontinue", 0))
        shown = rows[start : start + self.usage_page]
        continuing = "gucontinue" in asked
        pages = []
        for t in titles:
            file = self.world.files.get(t.removeprefix("File:"))
            if file is None:
                pages.append({"ns": 6, "title": t, "missing": True})
                continue
            page = {
                "pageid": file["pageid"],
                "ns": 6,
                "title": t,
                "globalusage": [
                    {
                        "title": use["title"],
                        "wiki": use["wiki"],
                        "url": f"https://{use['wiki']}/wiki/{use['title']}",
                        "pageid": str(abs(hash(use["title"])) % 10**6),
                        "ns": str(use["ns"]),
                    }
                    for tt, use in shown
                    if tt == t
                ],
            }
            if not continuing:  # imageinfo is done in the first reply: left out of the others
                page["imageinfo"] = [{"sha1": file["sha1"], "timestamp": file["timestamp"]}]
            pages.append(page)
        reply: dict = {"query": {"pages": pages}}
        if start + self.usage_page < len(rows):
            reply["continue"] = {
                "gucontinue": str(start + self.usage_page),
                "continue": "||imageinfo",
            }
        else:
            reply["batchcomplete"] = True
        return reply

    # -- the REST API ------------------------------------------------------------------------

    def rest(self, parts: list[str], path: str) -> tuple[int, dict]:
        kind = parts[0]
        if kind == "pageviews":  # per-article/{project}/{access}/{agent}/{article}/monthly/a/b
            _, _, project, _access, _agent, article, _granularity, start, end = parts
            months = list(Month.of_timestamp(start).until(Month.of_timestamp(end)))
            if (project, article) in self.world.silent_pages:
                return 404, _problem(path)
            items = [
                {
                    "project": project,
                    "article": article,
                    "granularity": "monthly",
                    "timestamp": f"{m.first_day()}00",
                    "access": "all-access",
                    "agent": "user",
                    "views": self.world.views(project, article, m),
                }
                for m in months
                if self.world.views(project, article, m)
            ]  # no row for 0
            return (200, {"items": items}) if items else (404, _problem(path))
        if kind == "mediarequests":  # per-file/{referer}/{agent}/{file_path}/monthly/a/b
            _, _, _referer, agent, file_path, _granularity, start, end = parts
            title = self.by_path.get(file_path)
            if title is None:
                return 404, _problem(path)
            months = list(Month.of_timestamp(start).until(Month.of_timestamp(end)))
            items = [
                {
                    "referer": "all-referers",
                    "file_path": file_path,
                    "agent": agent,
                    "granularity": "monthly",
                    "timestamp": f"{m.first_day()}00",
                    "requests": self.world.requests(title, m),
                }
                for m in months
                if self.world.requests(title, m)
            ]
            return (200, {"items": items}) if items else (404, _problem(path))
        if kind == "commons-analytics":
            report, category = parts[1], parts[2].replace("_", " ")
            if category not in self.world.allow_listed:
                return 404, _problem(path)
            start, end = parts[-2], parts[-1]
            months = list(Month.of_timestamp(start).until(Month.of_timestamp(end)))
            if report == "category-metrics-snapshot":
                return 200, {
                    "items": [
                        {
                            "category": category,
                            "category-scope": "deep",
                            "timestamp": f"{m}-01T00:00:00Z",
                            "media-file-count": 500 + i,
                            "media-file-count-deep": 500 + i,
                            "used-media-file-count": 300 + i,
                            "used-media-file-count-deep": 300 + i,
                            "leveraging-wiki-count": 12,
                            "leveraging-wiki-count-deep": 12,
                            "leveraging-page-count": 900 + i,
                            "leveraging-page-count-deep": 900 + i,
                        }
                        for i, m in enumerate(months)
                    ]
                }
            return 200, {
                "items": [
                    {
                        "category": category,
                        "category-scope": "deep",
                        "wiki": "all-wikis",
                        "timestamp": f"{m}-01T00:00:00Z",
                        "pageview-count": 40_000 + 10 * i,
                    }
                    for i, m in enumerate(months)
                ]
            }
        return 404, _problem(path)


def _problem(path: str) -> dict:
    return {
        "type": "https://mediawiki.org/wiki/HyperSwitch/errors/not_found",
        "title": "Not found.",
        "method": "get",
        "status": 404,
        "detail": "The date(s) you used are valid, but we either do not have data for those date(s), or the project you asked for is not loaded yet.",
        "uri": path,
    }


def send_json(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: dict,
    headers: dict | None = None,
    content_type: str = "application/json",
) -> None:
    """``body`` as JSON, the reply of a local replay of a Wikimedia service."""
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)
