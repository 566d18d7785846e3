"""A loopback HTTP proxy between glamdonor and the sandbox wiki that misbehaves on purpose:
server errors before or after the wiki did the work, connections dropped, replies lost or
slow, maxlag and rate-limit answers. Each fault is armed for the next requests it matches."""

from __future__ import annotations

import http.client
import json
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Fault:
    kind: str  # 503-before, 503-after, reset, lost-reply, slow, maxlag, ratelimited, missingresult
    matches: bytes  # the request (query string and body) must contain these bytes
    times: int = 1  # how many matching requests meet the fault
    seconds: float = 2.0  # for "slow"
    met: int = 0


@dataclass
class Call:
    """Something done when a request matches ``when`` (its parameters): ``before`` the wiki
    sees the request, or ``after`` the wiki did the work and before the reply leaves. The
    connection is then closed without a reply (the client is usually killed by ``action``)."""

    when: Callable[[dict[str, str]], bool]
    action: Callable[[], None]
    moment: str  # "before" or "after"
    met: int = 0


class FaultProxy:
    def __init__(self, api_url: str) -> None:
        target = urlsplit(api_url)
        self.target = (target.hostname, target.port)
        self.faults: list[Fault] = []
        self.calls: list[Call] = []
        self.chance: tuple[float, list[str], random.Random] | None = None
        self.injected: Counter[str] = Counter()  # the faults met at random, by kind
        self.errors: list[str] = []  # the error codes the wiki itself answered
        self.agents: set[str] = set()  # the User-Agents of the requests that came through
        self.paired: Callable[[dict[str, str]], str] | None = None  # see pair_by
        self.seen: list[dict[str, str]] = []  # every request's parameters, in order
        self._waiting: dict[str, threading.Event] = {}
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                proxy.handle(self, b"")

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                proxy.handle(self, self.rfile.read(length))

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.api_url = f"http://127.0.0.1:{self.server.server_port}{target.path}"

    def arm(self, kind: str, matches: bytes, times: int = 1, seconds: float = 2.0) -> Fault:
        fault = Fault(kind, matches, times, seconds)
        with self.lock:
            self.faults.append(fault)
        return fault

    def call(self, when: Callable[[dict[str, str]], bool], action, moment: str) -> Call:
        call = Call(when, action, moment)
        with self.lock:
            self.calls.append(call)
        return call

    def _called(self, handler: BaseHTTPRequestHandler, body: bytes) -> bool:
        """Runs a ``before`` call (True: the request goes no further) or arms an ``after``."""
        asked = parameters(handler, body)
        with self.lock:
            call = next((c for c in self.calls if c.met == 0 and c.when(asked)), None)
            if call is not None:
                call.met += 1
        if call is None:
            return False
        if call.moment == "before":
            call.action()
            handler.close_connection = True
            handler.connection.close()
            return True
        handler.before_answer = call.action  # type: ignore[attr-defined]
        return False

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def at_random(self, rate: float, kinds: list[str], seed: int) -> None:
        """From now on, each request meets one of ``kinds`` with probability ``rate``."""
        self.chance = (rate, kinds, random.Random(seed))

    def _fault_for(self, request: bytes) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.met < fault.times and fault.matches in request:
                    fault.met += 1
                    return fault
            if self.chance is not None:
                rate, kinds, draw = self.chance
                if draw.random() < rate:
                    kind = draw.choice(kinds)
                    self.injected[kind] += 1
                    return Fault(kind, b"", met=1, seconds=0.5)
        return None

    def pair_by(self, key: Callable[[dict[str, str]], str], seconds: float) -> None:
        """From now on, a request for which ``key`` gives a word is held until a second
        request with the same word comes (or ``seconds`` pass); then both go on at once."""
        self.paired, self.pair_seconds = key, seconds

    def _pair(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        word = self.paired(parameters(handler, body)) if self.paired else ""
        if not word:
            return
        with self.lock:
            other = self._waiting.pop(word, None)
            if other is None:
                mine = self._waiting[word] = threading.Event()
        if other is not None:
            other.set()
            return
        mine.wait(self.pair_seconds)
        with self.lock:
            self._waiting.pop(word, None)

    def handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        self.agents.add(handler.headers.get("User-Agent", ""))
        with self.lock:
            self.seen.append(parameters(handler, body))
        self._pair(handler, body)
        if self._called(handler, body):
            return None
        return self._faulty(handler, body)

    def _faulty(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
        fault = self._fault_for(handler.path.encode() + b"\n" + body)
        kind = fault.kind if fault else ""
        if kind == "503-before":
            return _answer(handler, 503, b"Service Unavailable", "text/plain")
        if kind == "reset":
            handler.close_connection = True
            return handler.connection.close()
        if kind == "maxlag":
            error = {
                "code": "maxlag",
                "info": "Waiting for a database server: 2 seconds lagged",
                "lag": 2,
            }
            return _answer(
                handler,
                200,
                json.dumps({"error": error}).encode(),
                "application/json",
                {"Retry-After": "1", "X-Database-Lag": "2"},
            )
        if kind == "missingresult":  # what the wiki says of an upload it lost track of
            error = {"code": "missingresult", "info": "No result in status data."}
            return _answer(handler, 200, json.dumps({"error": error}).encode(), "application/json")
        if kind == "ratelimited":
            error = {"code": "ratelimited", "info": "You've exceeded your rate limit."}
            return _answer(handler, 200, json.dumps({"error": error}).encode(), "application/json")
        if kind == "slow":
            time.sleep(fault.seconds)

        status, headers, content = self._forward(handler, body)
        if headers.get("MediaWiki-API-Error"):
            self.errors.append(headers["MediaWiki-API-Error"])
        if kind == "503-after":  # the wiki did the work; the client is told it failed
            return _answer(handler, 503, b"Service Unavailable", "text/plain")
        if kind == "lost-reply":  # the wiki did the work; the reply never arrives
            handler.close_connection = True
            return handler.connection.close()
        return _answer(
            handler,
            status,
            content,
            headers.get("Content-Type", "text/plain"),
            {k: v for k, v in headers.items() if k.lower() == "set-cookie"},
        )

    def _forward(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[int, dict, bytes]:
        connection = http.client.HTTPConnection(*self.target, timeout=120)
        headers = {
            k: v for k, v in handler.headers.items() if k.lower() not in ("host", "connection")
        }
        connection.request(handler.command, handler.path, body=body or None, headers=headers)
        reply = connection.getresponse()
        content = reply.read()
        cookies = reply.headers.get_all("Set-Cookie") or []
        found = {"Content-Type": reply.headers.get("Content-Type", "text/plain")}
        if reply.headers.get("MediaWiki-API-Error"):
            found["MediaWiki-API-Error"] = reply.headers["MediaWiki-API-Error"]
        connection.close()
        return reply.status, found | ({"Set-Cookie": cookies} if cookies else {}), content


def _answer(
    handler: BaseHTTPRequestHandler,
    status: int,
    content: bytes,
    kind: str,
    extra: dict | None = None,
) -> None:
    then = getattr(handler, "before_answer", None)
    if then is not None:  # the work is done; the reply never leaves
        then()
        handler.close_connection = True
        return handler.connection.close()
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(content)))
    for name, value in (extra or {}).items():
        for one in value if isinstance(value, list) else [value]:
            handler.send_header(name, one)
    handler.end_headers()
    handler.wfile.write(content)


def parameters(handler: BaseHTTPRequestHandler, body: bytes) -> dict[str, str]:
    """A request's parameters: its query string, and its body as a form or multipart parts
    (a file's or a chunk's bytes are left out, named with an empty value)."""
    found = {k: v[-1] for k, v in parse_qs(urlsplit(handler.path).query).items()}
    kind = handler.headers.get("Content-Type", "")
    if kind.startswith("application/x-www-form-urlencoded"):
        found |= {k: v[-1] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
    elif kind.startswith("multipart/form-data"):
        boundary = kind.split("boundary=", 1)[1].strip('"').encode()
        for part in body.split(b"--" + boundary):
            pieces = re.split(rb"\r?\n\r?\n", part, maxsplit=1)
            if len(pieces) < 2:
                continue
            head, value = pieces
            name = re.search(rb'name="([^"]*)"', head)
            if name:
                binary = b"filename=" in head
                text = "" if binary else value.rstrip(b"\r\n").decode("utf-8", "replace")
                found[name.group(1).decode()] = text
    return found
