"""Usage on the sandbox wiki itself (``prop=fileusage``): real pages that show uploaded files."""

from __future__ import annotations

import datetime
import json

import pytest

from glamdonor.cli.main import main
from glamdonor.jobs.plan import plan_of
from glamdonor.metrics.figures import impact
from glamdonor.metrics.store import Store
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = pytest.mark.wiki


def test_pages_showing_uploaded_files_are_found_and_reported(
    example_batch, sandbox, wiki, tmp_path, capsys
):
    from glamdonor.wiki import pwb

    pywikibot = pwb.load()
    files = {f"{n}.png": image_bytes("png", seed=1400 + n) for n in range(3)}
    batch = batch_with(
        example_batch.parent, files, [row(n + 1, f"{n}.png", f"Shown {n}") for n in range(3)]
    )
    assert main(["upload", str(batch.manifest), "--yes", "--sandbox-dir", str(sandbox.folder)]) == 0
    titles = plan_of(batch).titles
    article = pywikibot.Page(wiki.site, "Museum article 1400")
    article.text = f"[[File:{titles[0]}|thumb]] Text. [[File:{titles[1]}|left]]"
    article.save("glamdonor test")
    gallery = pywikibot.Page(wiki.site, "User:Uploader/Gallery 1400")
    gallery.text = f"<gallery>\nFile:{titles[0]}\n</gallery>"
    gallery.save("glamdonor test")

    store = tmp_path / "metrics.sqlite"
    common = [str(batch.manifest), "--sandbox-dir", str(sandbox.folder), "--store", str(store)]
    assert main(["metrics", "refresh", *common]) == 0
    said = capsys.readouterr().out
    assert "3 files on the wiki, 2 shown on articles, 2 pages in all" in said
    with Store(store) as kept:
        found = impact(kept, f"{batch.name} (batch)")
        pages = set(kept.db.execute("select page, namespace from usages"))
    assert pages == {("Museum_article_1400", 0), ("User:Uploader/Gallery_1400", 2)}
    assert [found.figure(n).value for n in ("files", "files used", "pages", "articles")] == [
        3,
        2,
        2,
        1,
    ]
    assert found.taken == datetime.datetime.now(datetime.UTC).date()
    out = tmp_path / "report.json"
    assert main(["metrics", "report", *common, "--format", "json", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["figures"]["files used"]["value"] == 2
    # no views service here: not counted, said so, never printed as 0
    assert report["figures"]["page-context views"]["value"] is None
    assert report["figures"]["media requests"]["value"] is None
    assert found.figure("page-context views").said() == "not available on this wiki"
    html = tmp_path / "report.html"
    assert main(["metrics", "report", *common, "--format", "html", "--out", str(html)]) == 0
    page = html.read_text()
    assert "not available on this wiki" in page and "(batch)" not in page
    assert "Your 3 files are shown on 2 pages of 1 wiki." in page  # a board's first lines
    assert "This wiki counts no page views" in page
    assert "api.php" not in page and "127.0.0.1" not in page  # the wiki in words, no address
