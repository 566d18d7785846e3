"""Secrets: the BotPassword and the wiki's session cookies appear in no log, journal, export,
crash report, output or file of the working folder; pywikibot's files (its cookie jar is a
credential) live in glamdonor's private folder, for the user alone; TLS checks stay on."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from glamdonor.cli.main import main
from tests.batches import batch_with, row
from tests.media import image_bytes

pytestmark = pytest.mark.wiki
ROOT = Path(__file__).resolve().parents[2]


def cookie_values(jar: Path) -> set[str]:
    """The values in pywikibot's cookie jar (LWP format): the session, the user's token."""
    return {
        value
        for value in re.findall(r'Set-Cookie3: [^=]+="?([^";]+)"?', jar.read_text())
        if len(value) >= 8
    }


def test_the_botpassword_and_cookies_are_written_nowhere_else(
    example_batch, sandbox, tmp_path, figures
):
    files = {f"{n}.png": image_bytes("png", seed=6000 + n) for n in range(3)}
    batch_with(example_batch.parent, files, [row(n, f"{n}.png", f"Secret {n}") for n in range(3)])
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    credentials = sandbox.credentials()
    environment = os.environ | {
        "HOME": str(home),
        "GLAMDONOR_HOME": str(home / "glamdonor"),
        "GLAMDONOR_LOGIN": credentials.login_name,
        "GLAMDONOR_PASSWORD": credentials.password,
    }
    api = sandbox.status().api_url
    said = ""
    for command in (
        ["check", str(example_batch), "--wiki", api],
        ["upload", str(example_batch), "--yes", "--wiki", api],
        ["status", str(example_batch), "--format", "json"],
        ["results", str(example_batch), "--out", str(work / "results.xlsx")],
        ["results", str(example_batch), "--out", str(work / "results.csv")],
        ["upload", str(example_batch), "--yes", "--wiki", api + "x"],  # a failing one, logged
    ):
        done = subprocess.run(
            [sys.executable, "-m", "glamdonor.cli.main", *command],
            cwd=work,
            env=environment,
            capture_output=True,
            timeout=600,
            check=False,
        )
        said += done.stdout.decode() + done.stderr.decode()
    assert "3 uploaded" in said, said

    private = home / "glamdonor" / "config" / "pywikibot"
    (jar,) = private.glob("*.lwp")  # pywikibot-Uploader.lwp
    secrets = {credentials.password} | cookie_values(jar)
    assert len(secrets) >= 3, secrets  # the password, the session and the token at least
    written = [
        path
        for folder in (home, work, example_batch.parent)
        for path in folder.rglob("*")
        if path.is_file() and path != jar
    ]
    assert any(p.suffix == ".journal" for p in written) and any("log" in p.parts for p in written)
    holding = [path for path in written if any(s.encode() in path.read_bytes() for s in secrets)]
    figures["secrets"]["files searched for secrets"] += len(written)
    figures["secrets"]["secrets found in them"] += len(holding)
    assert not holding, f"a secret is written in {holding}"
    for secret in secrets:
        assert secret not in said

    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    for path in private.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path  # the user's alone
    assert stat.S_IMODE((home / "glamdonor").stat().st_mode) & 0o077 == 0


def test_a_crash_report_holds_no_secret(tmp_path, monkeypatch, capsys, figures):
    """An unexpected error whose message carries the password (a library quoting a request)
    is reported with the password blotted out, in the crash file and on the terminal."""
    from glamdonor.cli import status_cmd
    from glamdonor.wiki.credentials import Credentials

    monkeypatch.setenv("GLAMDONOR_HOME", str(tmp_path / "home"))
    secret = "s3cret-b0t-passw0rd-123"
    Credentials.from_login_name("Uploader@glamdonor", secret)

    def crashing(arguments):
        raise RuntimeError(f"POST lgname=Uploader%40glamdonor&lgpassword={secret} failed")

    monkeypatch.setattr(status_cmd, "_status", crashing)
    assert main(["status", str(tmp_path / "batch.toml")]) == 70
    err = capsys.readouterr().err
    report = Path(re.search(r"The details are in (\S+):", err).group(1))
    assert "lgpassword=" in report.read_text() and secret not in report.read_text()
    assert secret not in err
    figures["secrets"]["crash reports checked"] += 1


def test_tls_checks_are_never_turned_off(wiki, figures):
    """No code of glamdonor turns certificate checks off, and pywikibot keeps them on."""
    loose = re.compile(
        r"verify\s*=\s*False|verify_ssl\w*|CERT_NONE|_create_unverified|disable_warnings",
        re.IGNORECASE,
    )
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in (ROOT / "glamdonor").rglob("*.py")
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if loose.search(line)
    ]
    assert not found, found
    from glamdonor.metrics.http import Http

    assert wiki.site.verify_SSL_certificate() is True  # what pywikibot passes as verify=
    assert Http()._session.verify is True
    figures["secrets"]["TLS checks"] += 1
