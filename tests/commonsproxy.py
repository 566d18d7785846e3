"""The sandbox wiki seen as Commons: a loopback proxy (``FaultProxy``, faults included) that
says the wiki has WikibaseMediaInfo and answers ``wbeditentity`` and ``wbgetentities`` for
MediaInfo entities itself, in the shapes Commons uses, keeping the entities in memory:
statements get ids, and a claim ``{"id": ..., "remove": ""}`` removes one, as on Commons.

Everything else goes to the real sandbox wiki, so uploads, pages and page ids are real; an
edit to ``M<id>`` is refused unless ``id`` is the page id of a file page there, as Commons does.
"""

from __future__ import annotations

import http.client
import json
import uuid
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.faultproxy import FaultProxy, _answer

MEDIAINFO = {"name": "WikibaseMediaInfo", "type": "wikibase"}


class CommonsLikeProxy(FaultProxy):
    def __init__(self, api_url: str) -> None:
        super().__init__(api_url)
        self.entities: dict[str, dict] = {}
        self.edits: list[dict] = []  # every wbeditentity that reached the "server"

    def handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        if self._called(handler, body):
            return None
        asked = {k: v[-1] for k, v in parse_qs(urlsplit(handler.path).query).items()}
        if handler.headers.get("Content-Type", "").startswith("application/x-www-form"):
            asked |= {k: v[-1] for k, v in parse_qs(body.decode()).items()}
        action = asked.get("action", "")
        if action == "wbeditentity":
            return self._edit(handler, body, asked)
        if action == "wbgetentities":
            return self._reply(handler, self._get(asked["ids"]))
        if action == "query" and "extensions" in asked.get("siprop", ""):
            return self._siteinfo(handler, body)
        return self._faulty(handler, body)

    def _edit(self, handler: BaseHTTPRequestHandler, body: bytes, asked: dict) -> None:
        fault = self._fault_for(handler.path.encode() + b"\n" + body)
        if fault and fault.kind == "503-before":
            return _answer(handler, 503, b"Service Unavailable", "text/plain")
        entity_id = asked.get("id", "")
        if not asked.get("token") or asked["token"] == "+\\":
            return self._reply(handler, _error("notoken", "The token parameter must be set."))
        if not entity_id.startswith("M") or not self._is_file_page(int(entity_id[1:])):
            return self._reply(handler, _error("no-such-entity", f"Could not find {entity_id}."))
        data = json.loads(asked["data"])
        entity = self.entities.setdefault(
            entity_id, {"type": "mediainfo", "id": entity_id, "labels": {}, "statements": {}}
        )
        for language, label in data.get("labels", {}).items():
            if "remove" in label:
                entity["labels"].pop(language, None)
            else:
                entity["labels"][language] = label
        for claim in data.get("claims", []):
            if "remove" in claim:  # a statement removed by its id, as wbeditentity does
                for claims in entity["statements"].values():
                    claims[:] = [c for c in claims if c.get("id") != claim["id"]]
                continue
            claim = {**claim, "id": f"{entity_id}${uuid.uuid4()}"}  # as Commons gives ids
            entity["statements"].setdefault(claim["mainsnak"]["property"], []).append(claim)
        entity["lastrevid"] = len(self.edits) + 1
        self.edits.append({"id": entity_id, "data": data, "summary": asked.get("summary", "")})
        if fault and fault.kind == "lost-reply":  # done on the "server"; the reply never comes
            handler.close_connection = True
            return handler.connection.close()
        return self._reply(handler, {"entity": entity, "success": 1})

    def _get(self, ids: str) -> dict:
        entities = {}
        for entity_id in ids.split("|"):
            entities[entity_id] = self.entities.get(entity_id) or {
                "type": "mediainfo",
                "id": entity_id,
                "missing": "",
            }
        return {"entities": entities, "success": 1}

    def _siteinfo(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        _status, _headers, content = self._forward(handler, body)
        reply = json.loads(content)
        reply["query"].setdefault("extensions", []).append(MEDIAINFO)
        self._reply(handler, reply)

    def _is_file_page(self, page_id: int) -> bool:
        connection = http.client.HTTPConnection(*self.target, timeout=30)
        path = urlsplit(self.api_url).path
        query = urlencode({"action": "query", "pageids": page_id, "format": "json"})
        connection.request("GET", f"{path}?{query}")
        pages = json.loads(connection.getresponse().read())["query"]["pages"]
        connection.close()
        page = pages.get(str(page_id), {})
        return "missing" not in page and page.get("ns") == 6

    @staticmethod
    def _reply(handler: BaseHTTPRequestHandler, reply: dict) -> None:
        _answer(handler, 200, json.dumps(reply).encode(), "application/json; charset=utf-8")


def _error(code: str, info: str) -> dict:
    return {"error": {"code": code, "info": info}}
