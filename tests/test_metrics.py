"""Metrics against a local server answering like Commons and the Wikimedia REST API: usage
with continuation, views and requests per month (404 is zero), maxlag and 429 waited out,
categories walked with a cycle, snapshots and their changes, figures checked against an
independent count of the made-up world, and the reports."""

from __future__ import annotations

import datetime
import html
import json
import math
import subprocess

import pytest

from glamdonor.cli.main import main
from glamdonor.jobs.metrics import MetricsFinished, Scope, refresh
from glamdonor.metrics.figures import impact, language_of
from glamdonor.metrics.headlines import said
from glamdonor.metrics.http import Http
from glamdonor.metrics.months import Month
from glamdonor.metrics.report import write_report
from glamdonor.metrics.sources import file_titles_in_category
from glamdonor.metrics.store import Store
from tests.metricsserver import WIKIDATA, MetricsServer, World

TODAY = datetime.date(2026, 11, 23)
LAST = Month(2026, 10)


@pytest.fixture
def world():
    return World.made(120)


@pytest.fixture
def server(world):
    server = MetricsServer(world)
    yield server
    server.close()


def run(server, store, titles, name="titles t", months=24, http=None, category="", today=TODAY):
    scope = Scope(name, server.api_url, server.rest_url, category=category,
                  entity_api=server.api_url)  # the server answers for Wikidata too  # fmt: skip
    events = list(refresh(store, http or Http(), scope, titles, months=months, today=today))
    assert isinstance(events[-1], MetricsFinished)
    return events[-1]


def expected_usage_requests(world: World, titles: list[str], page: int) -> int:
    """ceil(files / 50) requests, plus one per continuation of each."""
    total = 0
    for start in range(0, len(titles), 50):
        rows = sum(len(world.files[t]["uses"]) for t in titles[start : start + 50])
        total += max(1, math.ceil(rows / page))
    return total


def test_usage_follows_continuations_with_the_fewest_requests(world, server, tmp_path):
    titles = list(world.files)
    with Store(tmp_path / "m.sqlite") as store:
        finished = run(server, store, titles)
        assert finished.usage_requests == expected_usage_requests(world, titles, 40)
        assert finished.usage_requests > math.ceil(len(titles) / 50)  # continuations were met
        kept = set(
            store.db.execute(
                "select f.title, u.wiki, u.page from usages u join files f using (page_id)"
            )
        )
    made = {(t, u["wiki"], u["title"]) for t, f in world.files.items() for u in f["uses"]}
    assert kept == made


def test_maxlag_and_too_many_requests_are_waited_out(world, server, tmp_path):
    waited: list[float] = []
    server.maxlag_left, server.too_many_left = 2, 3
    titles = list(world.files)[:60]
    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, titles, http=Http(sleep=waited.append))
        used = store.db.execute("select count(distinct page_id) from usages").fetchone()[0]
    assert waited.count(1.0) == 2  # the wiki's Retry-After on maxlag
    assert waited.count(0.0) == 3  # the REST API's Retry-After on 429
    assert used == sum(1 for t in titles if world.files[t]["uses"])


def test_views_per_month_with_404_as_zero(world, server, tmp_path):
    title = next(t for t, f in world.files.items() if any(u["ns"] == 0 for u in f["uses"]))
    use = next(u for u in world.files[title]["uses"] if u["ns"] == 0)
    world.silent_pages.add((use["wiki"], use["title"]))
    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, [title], months=12)
        rows = dict(
            store.db.execute(
                "select month, views from views where wiki = ? and page = ?",
                (use["wiki"], use["title"]),
            )
        )
    assert rows == {str(m): 0 for m in LAST.plus(-11).until(LAST)}


def test_past_months_are_fetched_once_and_changes_are_told(world, server, tmp_path):
    titles = list(world.files)[:30]
    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, titles)
        rest_before = server.counts["rest"]
        moved = next(t for t in titles if world.files[t]["uses"])
        lost = world.files[moved]["uses"].pop()
        world.files[moved]["uses"].append(
            {"title": "Brand_new_page", "wiki": "nl.wikipedia.org", "ns": 0}
        )
        run(server, store, titles, today=TODAY + datetime.timedelta(days=1))  # the next day
        found = impact(store, "titles t", today=TODAY)
    # the second refresh asks only for the one new page's views: every other month is kept
    assert server.counts["rest"] - rest_before == 1
    assert found.new_usages == [(moved, "nl.wikipedia.org", "Brand new page")]
    assert found.lost_usages == [(moved, lost["wiki"], lost["title"].replace("_", " "))]
    assert found.figure("new usages").value == 1 and found.figure("lost usages").value == 1
    assert len(found.history) == 2 and found.history[-1][2] == found.figure("pages").value


def test_a_category_is_walked_once_per_subcategory_despite_a_cycle(world, server):
    names = list(world.files)
    world.categories = {
        "Category:Museum": [
            f"File:{names[0]}",
            "Category:Paintings",
            *[f"File:{n}" for n in names[10:25]],
        ],
        "Category:Paintings": [f"File:{names[1]}", "Category:Museum", "Category:Details"],
        "Category:Details": [f"File:{names[2]}", "Category:Deeper"],
        "Category:Deeper": [f"File:{names[3]}"],
    }
    http = Http()
    files, seen = file_titles_in_category(http, server.api_url, "Museum", depth=2)
    assert set(files) == {names[0], names[1], names[2], *names[10:25]}
    assert seen == 3  # Museum, Paintings, Details; Deeper is below the depth
    files, _ = file_titles_in_category(http, server.api_url, "Category:Museum", depth=5)
    assert names[3] in files and len(files) == len(set(files))


def test_figures_equal_an_independent_count(world, server, tmp_path):
    titles = list(world.files)
    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, titles, months=24)
        found = impact(store, "titles t", today=TODAY)
    uses = [(t, u) for t, f in world.files.items() for u in f["uses"]]
    articles = {(u["wiki"], u["title"]) for _, u in uses if u["ns"] == 0 and u["wiki"] != WIKIDATA}
    items = {u["title"] for _, u in uses if u["ns"] == 0 and u["wiki"] == WIKIDATA}
    assert found.figure("files").value == 120
    used = {t for t, u in uses if u["ns"] == 0 and u["wiki"] != WIKIDATA}
    assert found.figure("files used").value == len(used)
    assert found.figure("Wikidata items").value == len(items) > 0
    assert {item for item, *_ in found.items} == items  # every item, with its label and property
    for item, label, prop, files in found.items:
        assert label == f"Item {item[1:]}"
        assert prop == ("P154" if int(item[1:]) % 10 == 0 else "P18")
        shown = {t for t, u in uses if u["wiki"] == WIKIDATA and u["title"] == item}
        assert set(files.split(", ")) == shown
    assert found.figure("pages").value == len({(u["wiki"], u["title"]) for _, u in uses})
    assert found.figure("articles").value == len(articles)
    assert found.figure("wikis").value == len({u["wiki"] for _, u in uses})
    languages = {language_of(u["wiki"]) for _, u in uses} - {""}
    assert found.figure("languages").value == len(languages) == 4  # en fr de ar
    # named as the site matrix names them; fr.wikisource.org is French too
    assert {lang for lang, _, _ in found.languages} == {
        "English (en)", "French (fr)", "German (de)", "Arabic (ar)"
    }  # fmt: skip
    assert dict((w, lang) for w, lang, _, _ in found.wikis)["fr.wikisource.org"] == "French (fr)"
    assert dict((w, lang) for w, lang, _, _ in found.wikis)[WIKIDATA] == ""
    from glamdonor.metrics.headlines import said

    pages, wikis = (
        len({(u["wiki"], u["title"]) for _, u in uses}),
        len({u["wiki"] for _, u in uses}),
    )
    assert said(found)[:2] == [
        f"Your 120 files are shown on {pages:,} pages of {wikis} wikis.",
        f"{len(articles):,} of those pages are articles, in 4 languages.",
    ]
    months = list(LAST.plus(-23).until(LAST))
    assert [m for m, _, _ in found.monthly] == months
    for month, views, requests in found.monthly:
        assert views == sum(world.views(w, p, month) for w, p in articles)
        assert requests == sum(world.requests(t, month) for t in titles)
    assert found.figure("page-context views").value == sum(v for _, v, _ in found.monthly)
    top_views = found.top_pages[0][2]
    assert top_views == max(sum(world.views(w, p, m) for m in months) for w, p in articles)


def test_commons_impact_metrics_for_an_allow_listed_category(world, server, tmp_path):
    world.categories = {"Category:Museum": [f"File:{t}" for t in list(world.files)[:5]]}
    world.allow_listed = {"Museum"}
    with Store(tmp_path / "m.sqlite") as store:
        titles, _ = file_titles_in_category(Http(), server.api_url, "Museum")
        run(server, store, titles, name="category Museum", months=3, category="Museum")
        found = impact(store, "category Museum", months=3, today=TODAY)
        run(server, store, titles[:1], name="category Other", months=3, category="Other")
        assert impact(store, "category Other", months=3, today=TODAY).category == {}  # 404
    assert sorted(found.category) == [Month(2026, 8), Month(2026, 9), Month(2026, 10)]
    assert found.category[Month(2026, 10)]["views of pages using them"] == 40_020
    assert found.category[Month(2026, 8)]["media files"] == 500


def test_reports_in_every_format_say_the_same(world, server, tmp_path):
    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, list(world.files))
        found = impact(store, "titles t", today=TODAY)
    for kind in ("csv", "xlsx", "json", "html"):
        write_report(found, kind, tmp_path / f"report.{kind}")
    data = json.loads((tmp_path / "report.json").read_text())
    assert (
        data["figures"]["page-context views"]["value"] == found.figure("page-context views").value
    )
    assert len(data["tables"]["Per month"]) == 24
    page = (tmp_path / "report.html").read_text()
    for loading in ("<script", "<link", 'src="http', 'href="http', "url(http", "@import", "<img"):
        assert loading not in page  # opened, it loads nothing from anywhere
    assert page.count("<svg") == 3
    assert f"{found.figure('page-context views').value:,}" in page
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "report.xlsx")["Per month"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        v for _, v, _ in found.monthly
    ]
    lines = (tmp_path / "report.csv").read_text(encoding="utf-8-sig").splitlines()
    assert "Summary,1,figure,files" in lines and "Summary,1,value,120" in lines


def test_the_pdf_report_of_500_files_over_24_months(tmp_path):
    world = World.made(500, seed=7)
    server = MetricsServer(world)
    try:
        with Store(tmp_path / "m.sqlite") as store:
            run(server, store, list(world.files), name="Example Museum (batch)", months=24)
            found = impact(store, "Example Museum (batch)", months=24, today=TODAY)
            monthly = store.db.execute(
                "select month, sum(views) from views v join (select distinct wiki, page from usages"
                " where namespace = 0) u using (wiki, page) group by month order by month"
            ).fetchall()
    finally:
        server.close()
    pdf = tmp_path / "report.pdf"
    write_report(found, "pdf", pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 4
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.strip().splitlines()) - 2 >= 3  # three charts, as pictures
    import numpy as np
    from PIL import Image

    charted = np.asarray(Image.open(pages[1]).convert("RGB")).astype(int)
    near = (np.abs(charted - np.array([0x1F, 0x6F, 0xB4])).max(axis=2) < 30).sum()
    assert near > 500  # the views bars, drawn on the page after the summary
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for month, views in monthly:
        if month >= str(LAST.plus(-23)):
            rows = (line.split() for line in text.splitlines())  # the month's row of the table
            row = next(r for r in rows if len(r) > 1 and r[0] == month and r[1][0].isdigit())
            assert row[1] == f"{views:,}", (month, row)
    assert f"{found.figure('page-context views').value:,}" in text
    assert "Methods" in text and "not people who saw the files" in " ".join(text.split())


def test_metrics_commands(world, server, tmp_path, capsys):
    titles = tmp_path / "titles.txt"
    titles.write_text("\n".join(f"File:{t}" for t in list(world.files)[:20]) + "\n")
    store = tmp_path / "m.sqlite"
    common = [
        "--titles",
        str(titles),
        "--api",
        server.api_url,
        "--rest",
        server.rest_url,
        "--store",
        str(store),
    ]
    assert main(["metrics", "refresh", *common]) == 0
    said = capsys.readouterr()
    assert "titles titles.txt: 20 files on the wiki" in said.out
    assert (
        main(["metrics", "report", *common, "--format", "json", "--out", str(tmp_path / "r.json")])
        == 0
    )
    assert json.loads((tmp_path / "r.json").read_text())["figures"]["files"]["value"] == 20
    assert (
        main(
            [
                "metrics",
                "report",
                "--titles",
                str(tmp_path / "none.txt"),
                "--store",
                str(store),
                "--format",
                "json",
                "--out",
                str(tmp_path / "x.json"),
            ]
        )
        == 2
    )
    assert "no figures are kept" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("wiki", "language"),
    [
        ("fr.wikipedia.org", "fr"),
        ("de.wikisource.org", "de"),
        ("zh-min-nan.wikipedia.org", "zh-min-nan"),
        ("simple.wikipedia.org", "simple"),
        ("commons.wikimedia.org", ""),
        ("www.wikidata.org", ""),
        ("meta.wikimedia.org", ""),
        ("test.wikipedia.org", ""),
        ("127.0.0.1:38243", ""),  # a sandbox is in no language, whatever its host says
        ("wiki.example.org", ""),
        ("fr.m.wikipedia.org", ""),
    ],
)
def test_a_wiki_is_in_a_language_only_when_it_is_a_language_edition(wiki, language):
    assert language_of(wiki) == language


def test_two_refreshes_on_one_day_keep_one_snapshot(tmp_path):
    """The second refresh of a day replaces the first: the history has one row a day."""
    import datetime

    from glamdonor.metrics.sources import FileUsage, Use

    day = datetime.date(2026, 12, 1)
    with Store(tmp_path / "m.sqlite") as store:
        store.add_snapshot("batch b", "w", day, [FileUsage("A.png", 1)])
        used = FileUsage("A.png", 1, uses=[Use("fr.wikipedia.org", "Page", 0)])
        store.add_snapshot("batch b", "w", day, [used])
        store.add_snapshot("batch b", "w", day + datetime.timedelta(days=1), [used])
        snapshots = store.snapshots("batch b")
        assert [s.taken for s in snapshots] == [day, day + datetime.timedelta(days=1)]
        found = impact(store, "batch b", today=day + datetime.timedelta(days=1))
    assert [(taken, used, pages) for taken, used, pages in found.history] == [
        (day, 1, 1),
        (day + datetime.timedelta(days=1), 1, 1),
    ]


@pytest.mark.parametrize("used", [False, True], ids=["nothing yet", "three pages"])
def test_chart_axes_count_in_whole_numbers_from_zero(used):
    """No chart has a fractional or a negative tick, empty or not; an empty one says why."""
    import datetime

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from glamdonor.metrics import charts
    from glamdonor.metrics.figures import Impact

    months = list(Month(2026, 1).until(Month(2026, 6)))
    found = Impact("batch b", "w", datetime.date(2026, 7, 2), None, months[0], months[-1])
    found.monthly = [(m, 3 * n if used else 0, n if used else 0) for n, m in enumerate(months)]
    found.languages = [("fr", 2, 1), ("de", 1, 1)] if used else []
    for figure, axis in ((charts._monthly(found), "y"), (charts._languages(found), "x")):
        FigureCanvasAgg(figure).draw()
        axes = figure.axes[0]
        ticks = axes.get_yticks() if axis == "y" else axes.get_xticks()
        shown = [t for t in ticks if (axes.get_ylim() if axis == "y" else axes.get_xlim())[0] <= t]
        assert shown and all(t >= 0 and float(t).is_integer() for t in shown), ticks
        said = [text.get_text() for text in axes.texts]
        assert bool(said) is (not used), said


def test_the_months_begin_with_the_first_upload(tmp_path):
    """A batch uploaded in September 2026 has no months before it; one uploaded in the month
    under way has no complete month yet, and the report's heading says so."""

    from glamdonor.metrics.report import heading
    from glamdonor.metrics.sources import FileUsage

    with Store(tmp_path / "m.sqlite") as store:
        store.add_snapshot(
            "batch b", "w", TODAY, [FileUsage("A.png", 1, uploaded="2026-09-14T10:00:00Z")]
        )
        store.add_snapshot(
            "batch c", "w", TODAY, [FileUsage("B.png", 2, uploaded="2026-11-20T10:00:00Z")]
        )
        older = impact(store, "batch b", today=TODAY)
        newer = impact(store, "batch c", today=TODAY)
    assert [str(m) for m, _, _ in older.monthly] == ["2026-09", "2026-10"]
    assert newer.monthly == []
    assert heading(newer).endswith("no month complete since the first upload (2026-11)")
    assert heading(older).endswith("months 2026-09 to 2026-10")


@pytest.mark.parametrize(
    ("counts", "sentences"),
    [
        (
            {"files": 1, "files used": 1, "pages": 1, "articles": 1, "wikis": 1, "languages": 1,
             "Wikidata items": 1, "page-context views": 1, "media requests": 2},
            ["Your file is shown on 1 page of 1 wiki.",
             "One of those pages is an article, in 1 language.",
             "A Wikidata item shows them too: Wikipedias and search engines show its image "
             "wherever they show the item.",
             "The articles that show them were read once from 2026-09 to 2026-10.",
             "The files themselves were requested 2 times in those months."],
        ),
        (
            {"files": 25, "files used": 1, "pages": 3, "articles": 0, "wikis": 2, "languages": 0,
             "Wikidata items": 0, "page-context views": 12_400, "media requests": 1},
            ["Your 25 files are shown on 3 pages of 2 wikis.",
             "None of those pages is an article.",
             "One of the files (4.0%) is shown on at least one article.",
             "The articles that show them were read 12,400 times from 2026-09 to 2026-10.",
             "The files themselves were requested once in those months."],
        ),
        (
            {"files": 1, "files used": 0, "pages": 0, "articles": 0, "wikis": 0, "languages": 0,
             "Wikidata items": 0, "page-context views": 0, "media requests": 0},
            ["Your file is not shown on a page of a wiki yet."],
        ),
    ],
)  # fmt: skip
def test_headlines_say_one_thing_in_the_singular(counts, sentences):
    from glamdonor.metrics.figures import Figure, Impact
    from glamdonor.metrics.headlines import said

    found = Impact("t", "https://commons.wikimedia.org/w/api.php", TODAY, None,
                   Month(2026, 9), Month(2026, 10))  # fmt: skip
    share = counts["files used"] / counts["files"]
    found.figures = [Figure(name, value, "") for name, value in counts.items()]
    found.figures.append(Figure("share of files used", share, ""))
    assert said(found) == sentences


def test_the_report_says_what_an_independent_count_of_the_history_gives(world, server, tmp_path):
    """Both reports read as a board reads them (the PDF through pdftotext, the HTML through
    a parser): every figure equals a count made here from the made-up world itself; no host
    name or address of the wiki appears; no chart has a fractional or negative tick."""
    import re
    from html.parser import HTMLParser

    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, list(world.files), name="Example Museum (batch)")
        found = impact(store, "Example Museum (batch)", today=TODAY)
    uses = [(t, u) for t, f in world.files.items() for u in f["uses"]]
    articles = {(u["wiki"], u["title"]) for _, u in uses if u["ns"] == 0 and u["wiki"] != WIKIDATA}
    months = list(LAST.plus(-23).until(LAST))
    expected = {
        "files": len(world.files),
        "pages": len({(u["wiki"], u["title"]) for _, u in uses}),
        "articles": len(articles),
        "Wikidata items": len({u["title"] for _, u in uses if u["wiki"] == WIKIDATA and u["ns"] == 0}),
        "wikis": len({u["wiki"] for _, u in uses}),
        "languages": len({language_of(u["wiki"]) for _, u in uses} - {""}),
        "page-context views": sum(world.views(w, p, m) for w, p in articles for m in months),
        "media requests": sum(world.requests(t, m) for t in world.files for m in months),
    }
    assert all(expected.values())
    pdf, page = tmp_path / "report.pdf", tmp_path / "report.html"
    write_report(found, "pdf", pdf)
    write_report(found, "html", page)
    pdf_text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip

    class Cells(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[list[str]] = []
            self.text: list[str] = []
            self.cell: list[str] | None = None

        def handle_starttag(self, tag: str, attrs: list) -> None:
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th"):
                self.cell = []

        def handle_endtag(self, tag: str) -> None:
            if tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append("".join(self.cell).strip())
                self.cell = None

        def handle_data(self, data: str) -> None:
            self.text.append(data)
            if self.cell is not None:
                self.cell.append(data)

    cells = Cells()
    cells.feed(page.read_text(encoding="utf-8"))
    html_figures = {row[0]: row[1] for row in cells.rows if len(row) == 3}
    pdf_lines = [" ".join(line.split()) for line in pdf_text.splitlines()]
    for name, value in expected.items():
        assert html_figures[name] == f"{value:,}", name
        assert any(line.startswith(f"{name} {value:,}") for line in pdf_lines), name
    html_text = " ".join("".join(cells.text).split())
    shown = len({t for t, _ in uses})
    for note in (
        f"The 20 most viewed of the {expected['pages']:,} pages that show the files.",
        f"The 20 most viewed of the {shown:,} files shown on a page.",
    ):  # the top lists say how many of how many they show
        assert note in html_text and note in " ".join(pdf_text.split()), note
    for sentence in said(found):
        assert sentence in html_text and sentence in " ".join(pdf_text.split())
    for text in (html_text, pdf_text, page.read_text(encoding="utf-8")):
        assert "127.0.0.1" not in text and "localhost" not in text and "api.php" not in text
    ticks = re.findall(r'<g id="[xy]tick_\d+">.*?<!-- (.*?) -->', page.read_text(), re.S)
    numbers = [t.replace(",", "") for t in ticks if re.fullmatch(r"[−-]?[\d,]+(?:\.\d+)?", t)]
    assert numbers and all(n.isdigit() for n in numbers), numbers  # whole, never below zero


def test_two_batches_compared_this_year_against_last(world, server, tmp_path):
    from glamdonor.metrics.compare import compare, sentence, write_comparison

    titles = list(world.files)
    halves = {"First (batch)": titles[:60], "Second (batch)": titles[60:]}
    with Store(tmp_path / "m.sqlite") as store:
        for name, part in halves.items():
            run(server, store, part, name=name)
        found = compare(store, list(halves), today=TODAY)
    recent, earlier = list(LAST.plus(-11).until(LAST)), list(LAST.plus(-23).until(LAST.plus(-12)))
    for compared, part in zip(found, halves.values(), strict=True):
        articles = {(u["wiki"], u["title"]) for t in part for u in world.files[t]["uses"]
                    if u["ns"] == 0 and u["wiki"] != WIKIDATA}  # fmt: skip
        views = [sum(world.views(w, p, m) for w, p in articles for m in ms) for ms in (recent, earlier)]
        requests = [sum(world.requests(t, m) for t in part for m in ms) for ms in (recent, earlier)]
        assert compared.this_year == (views[0], requests[0])
        assert compared.last_year == (views[1], requests[1])
        assert compared.impact.figure("files").value == len(part)
        change = f"{(views[0] - views[1]) / views[1]:+.0%}"
        assert sentence(compared).endswith(f"{views[1]:,} in the 12 before ({change}).")
    out = tmp_path / "compare.html"
    write_comparison(found, "html", out)
    page = out.read_text(encoding="utf-8")
    assert "2 donations compared" in page and all(sentence(c) in html.unescape(page) for c in found)


def test_the_partners_name_and_logo_on_the_cover(world, server, tmp_path):
    from PIL import Image

    from glamdonor.core.errors import InputError
    from glamdonor.core.partner import load_partner

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), (180, 30, 40)).save(logo)
    profile = tmp_path / "partner.toml"
    profile.write_text('format_version = 1\nname = "Example Museum"\nlogo = "logo.png"\n')
    partner = load_partner(profile)
    assert partner.logo == str(logo.resolve())
    with Store(tmp_path / "m.sqlite") as store:
        run(server, store, list(world.files)[:10], name="Logo (batch)")
        found = impact(store, "Logo (batch)", today=TODAY)
    found.partner, found.logo = partner.name, partner.logo
    write_report(found, "html", tmp_path / "r.html")
    write_report(found, "pdf", tmp_path / "r.pdf")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<p class='partner'>Example Museum</p>" in page and "src='data:image/png;base64," in page
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "r.pdf")], capture_output=True,
                            text=True, check=True).stdout.splitlines()[2:]  # fmt: skip
    assert [line.split()[3:5] for line in images if line.split()[0] == "1"] == [["120", "60"]]
    text = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert text.lstrip().startswith("Example Museum")
    profile.write_text('format_version = 1\nname = "Example Museum"\nlogo = "logo.gif"\n')
    with pytest.raises(InputError, match="is not a PNG or JPEG file"):
        load_partner(profile)


def test_a_wiki_not_of_wikimedia_is_named_by_its_own_site_name(tmp_path):
    from glamdonor.metrics.sources import FileUsage, Use

    api = "https://collections.museum.example/w/api.php"
    host = "collections.museum.example"
    files = [FileUsage("Vase.jpg", 1, uses=[Use(host, "Main_Page", 0), Use(host, "Vases", 0)])]
    with Store(tmp_path / "m.sqlite") as store:
        store.add_snapshot("Vases (batch)", api, TODAY, files, counted=False,
                           site_name="Museum Collections Wiki")  # fmt: skip
        found = impact(store, "Vases (batch)", today=TODAY)
    assert found.wiki_words == "Museum Collections Wiki"
    assert [w for w, *_ in found.wikis] == ["Museum Collections Wiki"]
    assert {w for w, _, _ in found.top_pages} == {"Museum Collections Wiki"}
    write_report(found, "html", tmp_path / "r.html")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "on Museum Collections Wiki" in page and host not in page
