"""Benchmark: ``community`` for 10,000 file pages of a sandbox wiki of its own, 1% of them
edited by its Volunteer, through a counting proxy.

Prints the requests ``community`` made and their ratio to the fewest possible: the latest
revision of every page, 50 pages a request; one history request per page someone edited;
the texts of those pages at the upload, 50 a request; the bots among their editors, 50 names a
request. Goal: 1.0. The pages are imported as the file pages of a batch (importDump.php: no
file bytes are needed to count what a page's history costs).

    .venv/bin/python bench/community.py [--files 10000] [--edited 100]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from batches import write_batch  # bench/batches.py

from glamdonor.core.batch import load_batch
from glamdonor.core.journal import ItemRecord, Journal, State, journal_path
from glamdonor.jobs.community import community
from glamdonor.jobs.plan import plan_of
from glamdonor.wiki.connection import Wiki
from glamdonor.wiki.sandbox import Sandbox
from tests.faultproxy import FaultProxy
from tests.volunteer import Volunteer


def dump(titles: list[str], texts: list[str]) -> str:
    pages = "".join(
        f"<page><title>File:{escape(title)}</title><ns>6</ns><revision>"
        f"<contributor><username>Uploader</username></contributor>"
        f"<model>wikitext</model><format>text/x-wiki</format>"
        f'<text xml:space="preserve">{escape(text)}</text></revision></page>'
        for title, text in zip(titles, texts, strict=True)
    )
    return (
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">'
        f"{pages}</mediawiki>"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--edited", type=int, default=100)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="glamdonor-community-") as folder:
        root = Path(folder)
        sandbox = Sandbox(root / "sandbox")
        sandbox.start()
        try:
            run(root, sandbox, arguments.files, arguments.edited)
        finally:
            sandbox.stop()


def run(root: Path, sandbox: Sandbox, files: int, edited: int) -> None:
    media = root / "media"
    media.mkdir()
    names = [f"c{n:05d}.png" for n in range(files)]
    titles = [f"Community benchmark {n:05d}" for n in range(files)]
    manifest = write_batch(root / "batch", media, names, titles)
    batch = load_batch(manifest)
    plan = plan_of(batch)
    (root / "pages.xml").write_text(dump(plan.titles, plan.pages), encoding="utf-8")
    start = time.perf_counter()
    sandbox._php("importDump.php", str(root / "pages.xml"))
    print(f"{files:,} file pages imported in {time.perf_counter() - start:.0f} s")

    wiki = Wiki(sandbox.status().api_url, sandbox.credentials()).connect()
    from glamdonor.wiki.pages import files_on_wiki

    on_wiki = {f.title: f for f in files_on_wiki(wiki, plan.titles)}
    with Journal(journal_path(manifest)) as journal:
        journal.use(wiki.identity)
        for row, title in zip(plan.rows, plan.titles, strict=True):
            page = on_wiki[title]
            journal.record(ItemRecord(row, title, State.VERIFIED, page_id=page.page_id,
                                      revision=page.revision))  # fmt: skip
    volunteer = Volunteer(sandbox)
    step = max(1, files // edited)
    for title in plan.titles[::step][:edited]:
        category = "[[Category:Uploaded with glamdonor]]"
        volunteer.edit(title, (category, category + "\n[[Category:Harbours]]"))

    proxy = FaultProxy(sandbox.status().api_url)
    counted = Wiki(proxy.api_url, sandbox.credentials()).connect()
    counted.siteinfo()  # pywikibot's first questions (site and user info): not the job's
    proxy.seen.clear()
    start = time.perf_counter()
    found = community(batch, plan, counted)
    spent = time.perf_counter() - start
    made = len(proxy.seen)
    proxy.close()
    editors = 1
    fewest = math.ceil(files / 50) + edited + math.ceil(edited / 50) + math.ceil(editors / 50)
    assert found.edited == edited, (found.edited, edited)
    assert len(found.changes) == edited, len(found.changes)
    print(
        f"community of {files:,} pages, {edited} edited by others: {made} requests in "
        f"{spent:.1f} s; the fewest possible {fewest}: ratio {made / fewest:.2f} (goal 1.0)"
    )
    kinds = Counter(
        asked.get("prop") or asked.get("list") or asked.get("meta") or asked.get("action")
        for asked in proxy.seen
    )
    print("  requests by kind: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


if __name__ == "__main__":
    main()
