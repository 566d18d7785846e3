"""Make the example impact report: a realistic history of a donation (500 files, about 300
pages showing them in 40 languages, Wikidata items among them, usage growing over four
snapshots in a year, 24 months of views), refreshed from a local server answering as Commons
and the Wikimedia REST API do (tests/metricsserver.py), written as PDF and drawn page by page:

    .venv/bin/python docs/example-report/make.py

Writes docs/example-report/report.pdf and page-N.png (pdftoppm, 60 dpi). Nothing is asked of
any Wikimedia site."""

from __future__ import annotations

import datetime
import random
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from glamdonor.jobs.metrics import Scope, refresh  # noqa: E402
from glamdonor.metrics.figures import impact  # noqa: E402
from glamdonor.metrics.http import Http  # noqa: E402
from glamdonor.metrics.report import write_report  # noqa: E402
from glamdonor.metrics.store import Store  # noqa: E402
from tests.metricsserver import WIKIDATA, MetricsServer, World  # noqa: E402

LANGUAGES = (
    "en de fr es it nl pl pt ru ja zh ar fa he tr uk sv no da fi cs hu ro el bg sr hr sk sl "
    "lt lv et ca eu gl cy id vi ko hi".split()
)
SCOPE = "Example Museum, paintings (batch)"
TODAY = datetime.date(2026, 11, 20)
SNAPSHOTS = [TODAY - datetime.timedelta(days=d) for d in (330, 220, 110, 0)]


SUBJECTS = (
    "Still life", "Portrait painting", "Landscape painting", "Marine art", "Genre painting",
    "History painting", "Flower painting", "Vanitas", "Dutch Golden Age painting", "Etching",
    "Harbour", "Windmill", "Canal", "Winter landscape", "Tulip mania", "Oil painting",
    "Self-portrait", "Interior painting", "Cityscape", "Botanical illustration",
)
ITEMS = (
    "Still Life with Flowers", "Portrait of a Woman", "View of a Harbour", "Winter Landscape "
    "with Skaters", "The Windmill", "A Canal at Dusk", "Vase of Tulips", "Vanitas Still Life",
)
PAGES = 310


def world(grown: float, rng_seed: int = 20261120) -> World:
    """The donation when ``grown`` (0 to 1) of its eventual usage is there: 400 files used
    on 310 pages (articles in 40 languages, Wikidata items, a few user pages), 100 unused."""
    rng = random.Random(rng_seed)
    made = World()
    pages = []
    for n in range(PAGES):
        language = LANGUAGES[n] if n < len(LANGUAGES) else LANGUAGES[
            min(int(rng.paretovariate(1.1)) - 1, len(LANGUAGES) - 1)
        ]
        kind = rng.random()
        if n >= len(LANGUAGES) and kind < 0.12:
            item = f"Q{5_000_000 + n}"
            made.labels[item] = f"{ITEMS[n % len(ITEMS)]} ({1600 + n % 120})"
            pages.append((WIKIDATA, item, 0))
        elif n >= len(LANGUAGES) and kind < 0.16:
            pages.append((f"{language}.wikipedia.org", f"User:Volunteer_{n}", 2))
        else:
            subject = SUBJECTS[n % len(SUBJECTS)].replace(" ", "_")
            pages.append((f"{language}.wikipedia.org", f"{subject}_({n})", 0))
    for n in range(500):
        uses = []
        if n < 400:  # four files in five are used somewhere, in the end
            chosen = {n % PAGES} | {rng.randrange(PAGES) for _ in range(int(rng.expovariate(1.2)))}
            for k, index in enumerate(sorted(chosen)):
                if (n * 31 + k) % 100 < grown * 100:
                    wiki, title, ns = pages[index]
                    uses.append({"title": title, "wiki": wiki, "ns": ns})
        made.files[f"Example Museum painting {n:03d}.jpg"] = {
            "pageid": 700_000 + n,
            "sha1": f"{n:040x}",
            "timestamp": "2024-11-18T10:00:00Z",
            "uses": uses,
        }
    return made


def logo(path: Path) -> Path:
    """A made-up museum's logo: its initials in a dark red square."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 159, 159), fill=(140, 24, 36))
    draw.text((80, 80), "EM", fill="white", anchor="mm", font_size=80)
    draw.text((180, 60), "Example", fill=(140, 24, 36), font_size=40)
    draw.text((180, 105), "Museum", fill=(140, 24, 36), font_size=40)
    image.save(path)
    return path


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="glamdonor-report-") as folder:
        store = Store(Path(folder) / "metrics.sqlite")
        for taken, grown in zip(SNAPSHOTS, (0.35, 0.6, 0.85, 1.0), strict=True):
            server = MetricsServer(world(grown))
            scope = Scope(SCOPE, server.api_url, server.rest_url, entity_api=server.api_url)
            titles = list(server.world.files)
            for _ in refresh(store, Http(), scope, titles, months=24, today=taken):
                pass
            server.close()
        found = impact(store, SCOPE, months=24, today=TODAY)
        store.close()
    found.wiki = "https://commons.wikimedia.org/w/api.php"  # as it is, on Commons
    found.partner = "Example Museum"
    pdf = HERE / "report.pdf"
    with tempfile.TemporaryDirectory() as folder:
        found.logo = str(logo(Path(folder) / "logo.png"))  # as the partner profile gives one
        write_report(found, "pdf", pdf)
    for old in HERE.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(HERE / "page")], check=True)
    print(f"Wrote {pdf} and {len(list(HERE.glob('page-*.png')))} pages as PNG.")
    for figure in found.figures:
        print(f"  {figure.name}: {figure.said()}")


if __name__ == "__main__":
    main()
