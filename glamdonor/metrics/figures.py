"""The figures of a scope's impact, from the store, each with its definition: what a report
shows, in whatever format."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from glamdonor.core.errors import MetricsError
from glamdonor.core.words import N_, QT_TRANSLATE_NOOP
from glamdonor.metrics import WIKIDATA
from glamdonor.metrics.months import Month, last_complete
from glamdonor.metrics.store import Snapshot, Store

TOP = 20  # rows in the top pages and top files tables
CURVE_DAYS = (30, 90, 365)

DEFINITIONS = {  # each figure's definition, translated in the window (context Figures)
    "files": QT_TRANSLATE_NOOP(
        "Figures",
        "Files of the scope found on the wiki at the latest snapshot.",
    ),
    "files used": QT_TRANSLATE_NOOP(
        "Figures",
        "Files shown on at least one article (main namespace) of any wiki but Wikidata, and their"
        " share of the files.",
    ),
    "pages": QT_TRANSLATE_NOOP(
        "Figures",
        "Distinct pages, on any wiki and in any namespace, that show at least one file.",
    ),
    "articles": QT_TRANSLATE_NOOP(
        "Figures",
        "Distinct articles (main namespace) that show at least one file; Wikidata items are "
        "counted apart.",
    ),
    "Wikidata items": QT_TRANSLATE_NOOP(
        "Figures",
        "Distinct Wikidata items that show at least one file (as their image, logo, map...): "
        "Wikipedias and search engines show these images wherever they show the items.",
    ),
    "wikis": QT_TRANSLATE_NOOP(
        "Figures",
        "Distinct wikis with at least one page showing a file.",
    ),
    "languages": QT_TRANSLATE_NOOP(
        "Figures",
        "Distinct languages of those wikis (fr.wikipedia.org and fr.wikisource.org are both "
        "French); multilingual wikis (Commons, Wikidata) are not counted.",
    ),
    "page-context views": QT_TRANSLATE_NOOP(
        "Figures",
        "Views by people (not bots) of the articles that show the files at the latest snapshot, "
        "per month over the period; each article counted once however many files it shows. These "
        "are views of pages, not people who saw the files.",
    ),
    "media requests": QT_TRANSLATE_NOOP(
        "Figures",
        "Requests by people of the files themselves (originals and thumbnails, from any site), "
        "per month over the period.",
    ),
    "in use after N days": QT_TRANSLATE_NOOP(
        "Figures",
        "Of the files uploaded at least N days before a snapshot, the share shown on an article "
        "in the first snapshot taken N days or more after their upload.",
    ),
    "new and lost usages": QT_TRANSLATE_NOOP(
        "Figures",
        "Pages showing a file at the latest snapshot and not at the one before, and the other way"
        " round.",
    ),
    "edits by others": QT_TRANSLATE_NOOP(
        "Figures",
        "Edits of the files' pages by other accounts since the upload (bots included), as "
        "glamdonor community last counted them; editors: the distinct accounts, bots apart; "
        "changes: categories, descriptions, statements and other fields they added or changed.",
    ),
    "usage over time": QT_TRANSLATE_NOOP(
        "Figures",
        "At each snapshot: the files shown on at least one article, and the pages showing at "
        "least one file.",
    ),
}


# A page of a main namespace that is an article: a Wikidata item is counted apart.
ARTICLE = f"namespace = 0 and wiki != '{WIKIDATA}'"

NOT_AVAILABLE = QT_TRANSLATE_NOOP("Figures", "not available on this wiki")


@dataclass(frozen=True)
class Figure:
    name: str
    value: int | float | None  # None: the wiki has no such figure (no page views on a sandbox)
    definition: str

    def said(self) -> str:
        if self.value is None:
            return NOT_AVAILABLE
        if isinstance(self.value, float):
            return f"{self.value:.1%}"
        return f"{self.value:,}"


@dataclass
class Impact:
    scope: str
    wiki: str
    taken: datetime.date
    previous: datetime.date | None
    first: Month
    last: Month
    figures: list[Figure] = field(default_factory=list)
    monthly: list[tuple[Month, int, int]] = field(default_factory=list)  # views, requests
    top_pages: list[tuple[str, str, int]] = field(default_factory=list)  # wiki, page, views
    top_files: list[tuple[str, int, int]] = field(default_factory=list)  # title, pages, views
    wikis: list[tuple[str, str, int, int]] = field(default_factory=list)  # wiki, lang, pages, files
    languages: list[tuple[str, int, int]] = field(default_factory=list)  # language, pages, files
    curves: list[tuple[int, float, int]] = field(default_factory=list)  # days, share, files
    new_usages: list[tuple[str, str, str]] = field(default_factory=list)  # file, wiki, page
    lost_usages: list[tuple[str, str, str]] = field(default_factory=list)
    category: dict[Month, dict[str, int]] = field(default_factory=dict)
    history: list[tuple[datetime.date, int, int]] = field(default_factory=list)  # used, pages
    items: list[tuple[str, str, str, str]] = field(default_factory=list)  # Q, label, P, files
    site_name: str = ""  # the wiki's name for itself (siteinfo), at the latest snapshot
    files_shown: int = 0  # files shown on at least one page (any namespace, any wiki)
    partner: str = ""  # the institution, on the report's cover (from the batch's partner)
    logo: str = ""  # its logo (a PNG or JPEG file), on the cover when given

    def figure(self, name: str) -> Figure:
        return next(f for f in self.figures if f.name == name)

    @property
    def host(self) -> str:
        """The host (and port) of the scope's wiki, as usages name their wikis."""
        return self.wiki.split("//", 1)[-1].split("/", 1)[0]

    @property
    def on_this_computer(self) -> bool:
        return self.host.split(":", 1)[0] in ("127.0.0.1", "localhost")

    @property
    def wiki_words(self) -> str:
        """The wiki as a reader knows it: "Wikimedia Commons", the wiki's own site name,
        never its api.php address or its host."""
        from glamdonor.core.wikis import NAMED_WIKIS, SANDBOX_NAME

        if self.named:
            return next(n.words for n in NAMED_WIKIS.values() if n.api_url == self.wiki)
        if self.on_this_computer and self.site_name in ("", SANDBOX_NAME):
            return "the sandbox wiki on this computer"
        return self.site_name or self.host

    @property
    def named(self) -> bool:
        """Whether the scope's wiki is one of Wikimedia's that glamdonor names (Commons)."""
        from glamdonor.core.wikis import NAMED_WIKIS

        return any(n.api_url == self.wiki for n in NAMED_WIKIS.values())

    @property
    def title(self) -> str:
        """The scope as a reader calls it: a batch by its name, a category as "category X"."""
        return self.scope.removesuffix(" (batch)")


# The Wikimedia projects whose wikis are one a language, named LANGUAGE.PROJECT.
LANGUAGE_PROJECTS = frozenset(
    "wikipedia wiktionary wikisource wikibooks wikiquote wikinews wikiversity wikivoyage".split()
)


def language_of(wiki: str) -> str:
    """ "fr.wikipedia.org" → "fr"; "" for a multilingual wiki (Commons, Wikidata, Meta) and
    for any wiki that is not a language edition of a Wikimedia project (a sandbox on
    127.0.0.1:8080 is in no language, whatever its host begins with)."""
    parts = wiki.lower().split(".")
    if len(parts) != 3 or parts[1] not in LANGUAGE_PROJECTS or parts[2] != "org":
        return ""
    code = parts[0]
    if code in {"commons", "www", "meta", "species", "incubator", "m", "test", "test2"}:
        return ""
    return code if re.fullmatch(r"[a-z]{2,}(-[a-z0-9]+)*", code) else ""


def impact(
    store: Store, scope: str, *, months: int = 24, today: datetime.date | None = None
) -> Impact:
    snapshots = store.snapshots(scope)
    if not snapshots:
        raise MetricsError(
            N_("no figures are kept for {scope} yet."),
            N_("Run `glamdonor metrics refresh` for it first."),
            scope=scope,
        )
    latest = snapshots[-1]
    previous = snapshots[-2] if len(snapshots) > 1 else None
    last = last_complete(today or latest.taken)
    first = last.plus(-(months - 1))
    earliest = store.db.execute(
        "select min(f.uploaded) from files f join snapshot_files s on s.page_id = f.page_id"
        " where s.snapshot = ? and f.uploaded != ''",
        (latest.id,),
    ).fetchone()[0]
    if earliest:  # no months before the first file was there
        uploaded = datetime.date.fromisoformat(earliest[:10])
        first = max(first, Month(uploaded.year, uploaded.month))  # after ``last``: no month
    found = Impact(
        scope, latest.wiki, latest.taken, previous.taken if previous else None, first, last,
        site_name=latest.site_name,
    )  # fmt: skip
    db = store.db
    files = _one(db, "select count(*) from snapshot_files where snapshot = ?", latest.id)
    used = _one(
        db,
        f"select count(distinct page_id) from usages where snapshot = ? and {ARTICLE}",
        latest.id,
    )
    pages = _one(
        db,
        "select count(*) from (select distinct wiki, page from usages where snapshot = ?)",
        latest.id,
    )
    articles = _one(
        db,
        "select count(*) from (select distinct wiki, page from usages"
        f" where snapshot = ? and {ARTICLE})",
        latest.id,
    )
    items = _one(
        db,
        "select count(*) from (select distinct page from usages"
        " where snapshot = ? and namespace = 0 and wiki = ?)",
        latest.id,
        WIKIDATA,
    )
    found.items = _items(db, latest)
    found.files_shown = _one(
        db, "select count(distinct page_id) from usages where snapshot = ?", latest.id
    )
    wiki_rows = db.execute(
        "select wiki, count(distinct page), count(distinct page_id) from usages"
        " where snapshot = ? group by wiki order by 2 desc, 1",
        (latest.id,),
    ).fetchall()
    sites = store.sites()  # from the site matrix, where the wiki has one (Commons)

    def language_said(wiki: str) -> str:
        if wiki in sites:
            code, name = sites[wiki]
            return f"{name} ({code})" if name and code else code
        return language_of(wiki)

    found.wikis = [(w, language_said(w), p, f) for w, p, f in wiki_rows]
    languages: dict[str, tuple[set, set]] = {}
    for wiki, page, file in db.execute(
        "select wiki, page, page_id from usages where snapshot = ?", (latest.id,)
    ):
        if language := language_said(wiki):
            pages_seen, files_seen = languages.setdefault(language, (set(), set()))
            pages_seen.add((wiki, page))
            files_seen.add(file)
    found.languages = sorted(
        ((lang, len(p), len(f)) for lang, (p, f) in languages.items()),
        key=lambda r: (-r[1], r[0]),
    )
    found.monthly = _monthly(db, latest, first, last)
    # Pages: every page that shows a file (as the summary counts them), with the views of the
    # articles among them, the most viewed first; files: those shown somewhere, no zeros.
    found.top_pages = db.execute(
        "select u.wiki, u.page, coalesce(sum(v.views), 0) as total from"
        " (select distinct wiki, page, namespace from usages where snapshot = ?) u"
        " left join views v on v.wiki = u.wiki and v.page = u.page and u.namespace = 0"
        f" and u.wiki != '{WIKIDATA}'"
        " and v.month between ? and ? group by u.wiki, u.page order by total desc, 1, 2"
        " limit ?",
        (latest.id, str(first), str(last), TOP),
    ).fetchall()
    found.top_files = db.execute(
        "select f.title, count(distinct u.wiki || '|' || u.page) as pages,"
        " coalesce((select sum(v.views) from views v join"
        "   (select distinct wiki, page from usages where snapshot = ? and page_id = f.page_id"
        f"    and {ARTICLE}) p on v.wiki = p.wiki and v.page = p.page"
        "   where v.month between ? and ?), 0) as total"
        " from snapshot_files s join files f on f.page_id = s.page_id"
        " join usages u on u.snapshot = s.snapshot and u.page_id = s.page_id"
        " where s.snapshot = ? group by f.page_id order by total desc, 2 desc, 1 limit ?",
        (latest.id, str(first), str(last), latest.id, TOP),
    ).fetchall()
    found.curves = _curves(db, snapshots)
    found.history = [
        (
            snapshot.taken,
            _one(
                db,
                f"select count(distinct page_id) from usages where snapshot = ? and {ARTICLE}",
                snapshot.id,
            ),
            _one(
                db,
                "select count(*) from (select distinct wiki, page from usages where snapshot = ?)",
                snapshot.id,
            ),
        )
        for snapshot in snapshots
    ]
    if previous is not None:
        found.new_usages, found.lost_usages = _changes(db, previous, latest)
    category_rows = db.execute(
        "select month, name, value from category_metrics where category = ? order by month",
        (scope.removeprefix("category "),),
    )
    for month, name, value in category_rows:
        found.category.setdefault(Month.parse(month), {})[name] = value
    if not found.named:  # the scope's own wiki in words (its site name), not by its host

        def named(wiki: str) -> str:
            return found.wiki_words if wiki == found.host else wiki

        found.wikis = [(named(w), lang, p, f) for w, lang, p, f in found.wikis]
        found.top_pages = [(named(w), page, views) for w, page, views in found.top_pages]
        found.new_usages = [(f, named(w), page) for f, w, page in found.new_usages]
        found.lost_usages = [(f, named(w), page) for f, w, page in found.lost_usages]
    total_views = sum(views for _, views, _ in found.monthly)
    total_requests = sum(requests for _, _, requests in found.monthly)
    found.figures = [
        Figure("files", files, DEFINITIONS["files"]),
        Figure("files used", used, DEFINITIONS["files used"]),
        Figure("share of files used", used / files if files else 0.0, DEFINITIONS["files used"]),
        Figure("pages", pages, DEFINITIONS["pages"]),
        Figure("articles", articles, DEFINITIONS["articles"]),
        Figure("Wikidata items", items, DEFINITIONS["Wikidata items"]),
        Figure("wikis", len(found.wikis), DEFINITIONS["wikis"]),
        Figure("languages", len(found.languages), DEFINITIONS["languages"]),
        Figure(
            "page-context views",
            total_views if latest.counted else None,
            DEFINITIONS["page-context views"],
        ),
        Figure(
            "media requests",
            total_requests if latest.counted else None,
            DEFINITIONS["media requests"],
        ),
        Figure("new usages", len(found.new_usages), DEFINITIONS["new and lost usages"]),
        Figure("lost usages", len(found.lost_usages), DEFINITIONS["new and lost usages"]),
    ]
    if (community := store.engagement(scope)) is not None:  # glamdonor community counted it
        found.figures += [
            Figure("edits by others", community.edits, DEFINITIONS["edits by others"]),
            Figure("editors", community.editors, DEFINITIONS["edits by others"]),
            Figure("changes by others", community.changes, DEFINITIONS["edits by others"]),
        ]
    return found


def _items(db: object, latest: Snapshot) -> list[tuple[str, str, str, str]]:
    """The Wikidata items that show the files: label and property where Wikidata was asked
    (item_uses), else the items alone, as the usages name them."""
    rows = db.execute(
        "select i.item, max(i.label), group_concat(distinct i.property),"
        " group_concat(distinct f.title) from item_uses i join files f on f.page_id = i.page_id"
        " where i.snapshot = ? group by i.item order by count(distinct i.page_id) desc, i.item",
        (latest.id,),
    ).fetchall()
    if rows:
        return [(item, label, props.replace(",", ", "), files.replace(",", ", "))
                for item, label, props, files in rows]  # fmt: skip
    return [
        (page, "", "", titles.replace(",", ", "))
        for page, titles in db.execute(
            "select u.page, group_concat(distinct f.title) from usages u join files f"
            " on f.page_id = u.page_id where u.snapshot = ? and u.namespace = 0 and u.wiki = ?"
            " group by u.page order by count(distinct u.page_id) desc, u.page",
            (latest.id, WIKIDATA),
        )
    ]


def _one(db: object, query: str, *arguments: object) -> int:
    return int(db.execute(query, arguments).fetchone()[0])


def _monthly(
    db: object, latest: Snapshot, first: Month, last: Month
) -> list[tuple[Month, int, int]]:
    views = dict(
        db.execute(
            "select v.month, sum(v.views) from views v join"
            f" (select distinct wiki, page from usages where snapshot = ? and {ARTICLE}) u"
            " on v.wiki = u.wiki and v.page = u.page where v.month between ? and ?"
            " group by v.month",
            (latest.id, str(first), str(last)),
        )
    )
    requests = dict(
        db.execute(
            "select r.month, sum(r.requests) from requests r join snapshot_files s"
            " on s.page_id = r.page_id and s.snapshot = ? where r.month between ? and ?"
            " group by r.month",
            (latest.id, str(first), str(last)),
        )
    )
    return [
        (month, int(views.get(str(month), 0)), int(requests.get(str(month), 0)))
        for month in first.until(last)
    ]


def _curves(db: object, snapshots: list[Snapshot]) -> list[tuple[int, float, int]]:
    uploaded = {
        page_id: datetime.date.fromisoformat(stamp[:10])
        for page_id, stamp in db.execute("select page_id, uploaded from files where uploaded != ''")
    }
    used_in = {
        s.id: {
            row[0]
            for row in db.execute(
                f"select distinct page_id from usages where snapshot = ? and {ARTICLE}", (s.id,)
            )
        }
        for s in snapshots
    }
    members = {
        s.id: {
            row[0]
            for row in db.execute("select page_id from snapshot_files where snapshot = ?", (s.id,))
        }
        for s in snapshots
    }
    curves = []
    for days in CURVE_DAYS:
        counted = in_use = 0
        for page_id, day in uploaded.items():
            at = next(
                (s for s in snapshots if page_id in members[s.id] and (s.taken - day).days >= days),
                None,
            )
            if at is None:
                continue
            counted += 1
            in_use += page_id in used_in[at.id]
        curves.append((days, in_use / counted if counted else 0.0, counted))
    return curves


def _changes(
    db: object, previous: Snapshot, latest: Snapshot
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Pages that show a file now and showed none at the snapshot before, and the other way
    round: the same pages the summary counts (file, wiki, page; several files joined)."""

    def shown(snapshot: Snapshot) -> dict[tuple[str, str], set[str]]:
        pages: dict[tuple[str, str], set[str]] = {}
        for title, wiki, page in db.execute(
            "select f.title, u.wiki, u.page from usages u join files f"
            " on f.page_id = u.page_id where u.snapshot = ?",
            (snapshot.id,),
        ):
            pages.setdefault((wiki, page), set()).add(title)
        return pages

    before, now = shown(previous), shown(latest)

    def rows(pages: dict[tuple[str, str], set[str]], without: dict) -> list[tuple[str, str, str]]:
        return sorted(
            (", ".join(sorted(files)), wiki, page.replace("_", " "))
            for (wiki, page), files in pages.items()
            if (wiki, page) not in without
        )

    return rows(now, before), rows(before, now)
