"""Every request says who is asking, as Wikimedia's User-Agent policy asks: the tool's name and
version, its address, and a contact (GLAMDONOR_CONTACT, else the account's user page)."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from glamdonor import __version__

TOOL = re.escape(f"glamdonor/{__version__} (https://github.com/glamdonor/glamdonor; ")


@pytest.mark.wiki
def test_the_upload_client_names_itself_and_the_account(sandbox, proxy, example_batch):
    from glamdonor.core.batch import load_batch
    from glamdonor.core.journal import Journal, journal_path
    from glamdonor.jobs.plan import plan_of
    from glamdonor.jobs.upload import upload
    from glamdonor.wiki.connection import Wiki

    wiki = Wiki(proxy.api_url, sandbox.credentials()).connect()
    with Journal(journal_path(example_batch)) as journal:
        list(upload(plan_of(load_batch(example_batch)), wiki, journal))
    assert len(proxy.agents) >= 2  # glamdonor's own first question, then pywikibot's
    for agent in proxy.agents:
        assert re.match(TOOL + r"User:Uploader\) (requests|Pywikibot)/\S+", agent), agent


class Recorder(BaseHTTPRequestHandler):
    agents: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Recorder.agents.append(self.headers.get("User-Agent", ""))
        body = b'{"query": {"pages": []}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Recorder.agents = []
    yield f"http://127.0.0.1:{server.server_port}/api.php"
    server.shutdown()


@pytest.mark.parametrize(
    ("contact", "account", "said"),
    [
        ("registrar@museum.example", "Uploader", "registrar@museum.example"),
        ("", "Uploader", "User:Uploader"),
        ("", "", "https://github.com/glamdonor/glamdonor/issues"),
    ],
)
def test_the_metrics_client_names_itself_and_a_contact(
    recorder, monkeypatch, contact, account, said
):
    from glamdonor.metrics.http import Http

    monkeypatch.setenv("GLAMDONOR_CONTACT", contact)
    monkeypatch.delenv("GLAMDONOR_LOGIN", raising=False)
    Http(account=account).api(recorder, action="query", titles="File:X.png")
    assert Recorder.agents and all(
        re.fullmatch(TOOL + re.escape(said) + r"\) requests/\S+", agent)
        for agent in Recorder.agents
    ), Recorder.agents
