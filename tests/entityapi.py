"""Wikidata's entity API (``wbgetentities``) replayed on 127.0.0.1 in the shape its
documentation gives: each entity asked that it holds, the others as ``missing``."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from tests.metricsserver import send_json


class EntityApi:
    """An entity API holding ``entities`` (id -> the entity's JSON), at ``url``."""

    def __init__(self, entities: dict[str, dict]) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                ids = parse_qs(urlsplit(self.path).query).get("ids", [""])[0].split("|")
                found = {i: entities.get(i) or {"id": i, "missing": ""} for i in ids}
                send_json(self, 200, {"entities": found, "success": 1})

            def log_message(self, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/w/api.php"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> EntityApi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def properties(types: dict[str, str]) -> dict[str, dict]:
    """Properties of these datatypes ("P136": "wikibase-item"), as the API gives them."""
    return {p: {"type": "property", "id": p, "datatype": kind} for p, kind in types.items()}


def items(labels: dict[str, str], language: str = "en") -> dict[str, dict]:
    """Items with these labels ("Q1144593": "harbour"), as the API gives them."""
    return {
        q: {"type": "item", "id": q, "labels": {language: {"language": language, "value": label}}}
        for q, label in labels.items()
    }
