"""A real Reconciliation API service on 127.0.0.1: csv-reconcile (installed by
packaging/reconcile-service.sh in .venv-reconcile), serving a CSV of made-up Wikidata items:
200 creators and 200 subjects, with the traps of real catalogs: names with diacritics, two
people of one name with different life dates, names that differ by one letter.

``SERVICE_DATA`` is what the service knows; ``catalog_values`` what a catalog would write,
each with the item it truly means (or none), for measuring what reconciling gets right.
It is run through csv-reconcile's own application (create_app, its database set-up and its
scorer), with an instance folder of its own, and stopped at the end."""

from __future__ import annotations

import csv
import random
import socket
import subprocess
import sys
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv-reconcile" / ("Scripts" if sys.platform == "win32" else "bin") / "python"

GIVEN = (
    "Anna Jan Zoë Émile Søren Ágnes Jiří Łucja Çelik Ines Tomás Maarten Greta Ólafur Ines "
    "Pieter Hélène Dóra Wojciech Berthe Kasimir Leonora Ferdinand Małgorzata Renée"
).split()
FAMILY = (
    "Štěpánek Ørsted Dąbrowska Åkerlund Müller-Brandt Lefèvre Vermeulen Ó Súilleabháin "
    "Kovač Ibáñez Van der Berghe Nakamura Hofstede Duval Szymańska Lindqvist Moreau Ruiz "
    "Castellanos Jansen Kowalczyk Mäkinen Bianchi Leclerc Novák"
).split()
NOUNS = (
    "windmill", "harbour", "cathedral", "orchard", "portrait", "lighthouse", "bridge", "market",
    "canal", "forest", "battle", "ship", "garden", "village", "castle", "river", "mountain",
    "church", "horse", "still life",
)  # fmt: skip
QUALIFIERS = "winter summer evening night ruined Dutch Italian frozen flooded royal".split()


@dataclass(frozen=True)
class Item:
    qid: str
    name: str
    kind: str  # "creator" or "subject"
    born: str = ""
    died: str = ""


def service_items() -> list[Item]:
    rng = random.Random(1849)
    people, seen = [], set()
    while len(people) < 199:
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        if name in seen:
            continue
        seen.add(name)
        born = rng.randint(1600, 1950)
        people.append(
            Item(
                f"Q{1_000_000 + len(people)}",
                name,
                "creator",
                str(born),
                str(born + rng.randint(25, 90)),
            )
        )
    twin = people[0]  # another person of the same name, a century later
    born = int(twin.born) + 100
    people.append(Item("Q1000199", twin.name, "creator", str(born), str(born + 60)))
    subjects = []
    for noun in NOUNS:
        for qualifier in QUALIFIERS:
            subjects.append(Item(f"Q{2_000_000 + len(subjects)}", f"{qualifier} {noun}", "subject"))
    return people + subjects


def _one_letter_off(text: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(text) - 1)
    return text[:at] + text[at + 1 :]  # a letter dropped, as a typist does


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def catalog_values(items: list[Item]) -> list[tuple[str, str]]:
    """(value as a catalog writes it, the Q-id it means or ""), for the creators: most written
    as the item is named, some with a letter dropped, accents left out or the given name cut
    to an initial; a few people the service does not know."""
    rng = random.Random(1900)
    written = []
    for item in (i for i in items if i.kind == "creator"):
        how = rng.random()
        given, _, family = item.name.partition(" ")
        if how < 0.6:
            written.append((item.name, item.qid))
        elif how < 0.75:
            written.append((_one_letter_off(item.name, rng), item.qid))
        elif how < 0.88:
            written.append((_without_accents(item.name), item.qid))
        else:
            written.append((f"{given[0]}. {family}", item.qid))
    written += [(f"Unknown Painter {n}", "") for n in range(10)]
    unique = {}
    for value, qid in written:  # the twins: one name, two items: no single right answer
        unique[value] = "" if value in unique and unique[value] != qid else qid
    return list(unique.items())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


RUNNER = """
import sys
from csv_reconcile import create_app, initdb
folder, port = sys.argv[1], sys.argv[2]
app = create_app(config=folder + "/service.cfg", instance_path=folder + "/instance", scorerOption="dice")
with app.app_context():
    initdb.init_db_with_context(folder + "/items.csv", "id", "name")
app.run(host="127.0.0.1", port=int(port), debug=False)
"""


class ReconciliationService:
    """csv-reconcile serving ``items`` on a free loopback port until ``stop``."""

    def __init__(self, folder: Path, items: list[Item]) -> None:
        if not PYTHON.exists():
            raise RuntimeError(
                "csv-reconcile is not installed: run `bash packaging/bootstrap.sh` (it runs "
                "packaging/reconcile-service.sh)"
            )
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / "items.csv").open("w", newline="", encoding="utf-8") as out:
            sheet = csv.writer(out)
            sheet.writerow(["id", "name", "born", "died"])
            sheet.writerows((i.qid, i.name, i.born, i.died) for i in items)
        self.port = free_port()
        (folder / "service.cfg").write_text(
            f"SERVER_NAME = '127.0.0.1:{self.port}'\n"
            f"DATABASE = {str(folder / 'service.db')!r}\n"
            "CSVKWARGS = {'delimiter': ','}\n"
            "THRESHOLD = 40.0\n"
            "LIMIT = 5\n"
        )
        self.url = f"http://127.0.0.1:{self.port}/reconcile"
        self.log = (folder / "service.log").open("w")
        self.process = subprocess.Popen(
            [str(PYTHON), "-c", RUNNER, str(folder), str(self.port)],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=folder,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url, timeout=2).ok:
                    return
            except requests.RequestException:
                time.sleep(0.2)
            if self.process.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"csv-reconcile did not start: {(folder / 'service.log').read_text()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()
