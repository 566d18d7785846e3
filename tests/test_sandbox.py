"""The sandbox wiki: created, started, reused, reported and stopped through the real CLI."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import requests

pytestmark = pytest.mark.wiki


def glamdonor(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "glamdonor.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def status_of(folder: Path) -> dict:
    return json.loads(
        glamdonor("sandbox", "status", "--dir", str(folder), "--format", "json").stdout
    )


def processes_serving(port: int) -> list[int]:
    """Every live process whose command line serves 127.0.0.1:port."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"127.0.0.1:{port}".encode() in command and state != "Z":
            found.append(int(entry.name))
    return found


def test_start_status_reuse_and_stop(tmp_path):
    folder = tmp_path / "wiki"
    started = glamdonor("sandbox", "start", "--dir", str(folder))
    assert started.returncode == 0, started.stderr
    status = status_of(folder)
    assert status["running"] is True
    assert status["account"] == "Uploader"
    assert status["login_name"] == "Uploader@glamdonor"
    port = status["port"]
    assert status["api_url"] == f"http://127.0.0.1:{port}/api.php"
    siteinfo = requests.get(
        status["api_url"],
        params={"action": "query", "meta": "siteinfo", "format": "json"},
        timeout=10,
    ).json()["query"]["general"]
    assert siteinfo["sitename"] == "glamdonor sandbox"
    assert len(processes_serving(port)) >= 1

    again = glamdonor("sandbox", "start", "--dir", str(folder))
    assert again.returncode == 0
    assert status_of(folder)["pid"] == status["pid"]

    secret = folder / "botpassword.json"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    password = json.loads(secret.read_text())["password"]
    for output in (started, again):
        assert password not in output.stdout + output.stderr

    stopped = glamdonor("sandbox", "stop", "--dir", str(folder))
    assert stopped.returncode == 0
    assert "stopped" in stopped.stdout
    assert processes_serving(port) == []
    after = status_of(folder)
    assert after["running"] is False
    assert "was not running" in glamdonor("sandbox", "stop", "--dir", str(folder)).stdout

    # Started again at once, while the connections just served linger on the port: the same
    # port. Started while another program listens there: another port, and it says so.
    assert glamdonor("sandbox", "start", "--dir", str(folder)).returncode == 0
    assert status_of(folder)["port"] == port
    glamdonor("sandbox", "stop", "--dir", str(folder))
    with socket.socket() as other:
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.bind(("127.0.0.1", port))
        other.listen()
        moved = glamdonor("sandbox", "start", "--dir", str(folder))
    now = status_of(folder)["port"]
    assert now != port and moved.returncode == 0
    assert f"Port {port}, where it ran before, is taken by another program: it runs on port " \
        f"{now} now." in moved.stdout
    glamdonor("sandbox", "stop", "--dir", str(folder))


def test_stop_leaves_a_foreign_process_alone(tmp_path):
    """A recorded pid that now belongs to another program is not ours to end."""
    from glamdonor.wiki.sandbox import Sandbox

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        folder = tmp_path / "wiki"
        folder.mkdir()
        (folder / "state.json").write_text(json.dumps({"port": 1, "pid": other.pid}))
        assert Sandbox(folder).stop() is False
        assert other.poll() is None
    finally:
        other.kill()
        other.wait()


def test_the_session_sandbox_accepts_commons_file_types(sandbox):
    api = sandbox.status().api_url
    info = requests.get(
        api,
        params={
            "action": "query",
            "meta": "siteinfo",
            "siprop": "fileextensions",
            "format": "json",
        },
        timeout=10,
    ).json()
    extensions = {entry["ext"] for entry in info["query"]["fileextensions"]}
    assert {"png", "jpg", "tif", "tiff", "pdf", "svg", "webm", "djvu", "ogg"} <= extensions
    settings = (sandbox.folder / "glamdonor-settings.php").read_text()
    assert f"$wgMaxUploadSize = {5 * 1024**3};" in settings
    assert "CACHE_DB" in settings


def test_without_mediawiki_and_without_root_the_command_is_printed(monkeypatch):
    from glamdonor.core.errors import SandboxError
    from glamdonor.wiki import sandbox as module

    for name in ("MEDIAWIKI", "DEBIAN_MEDIAWIKI"):  # a Debian machine without the package
        monkeypatch.setattr(module, name, Path("/nonexistent/mediawiki"))
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    with pytest.raises(SandboxError) as caught:
        module.ensure_installed()
    assert "apt-get install -y --no-install-recommends mediawiki php-sqlite3" in caught.value.hint
