"""A loopback HTTP proxy between glamdonor and the sandbox wiki that misbehaves on purpose:
server errors before or after the wiki did the work, connections dropped, replies lost or
slow, maxlag and rate-limit answers. Each fault is armed for the next requests it matches."""

from __future__ import annotations

import http.client
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Fault:
    kind: str  # 503-before, 503-after, reset, lost-reply, slow, maxlag, ratelimited
    matches: bytes  # the request (query string and body) must contain these bytes
    times: int = 1  # how many matching requests meet the fault
    seconds: float = 2.0  # for "slow"
    met: int = 0


class FaultProxy:
    def __init__(self, api_url: str) -> None:
        target = urlsplit(api_url)
        self.target = (target.hostname, target.port)
        self.faults: list[Fault] = []
        self.errors: list[str] = []  # the error codes the wiki itself answered
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

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _fault_for(self, request: bytes) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.met < fault.times and fault.matches in request:
                    fault.met += 1
                    return fault
        return None

    def handle(self, handler: BaseHTTPRequestHandler, body: bytes) -> None:
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
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(content)))
    for name, value in (extra or {}).items():
        for one in value if isinstance(value, list) else [value]:
            handler.send_header(name, one)
    handler.end_headers()
    handler.wfile.write(content)
