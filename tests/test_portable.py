"""glamdonor runs where Windows and macOS do: no POSIX-only module on the path of the command
line and the window. With ``fcntl`` made unimportable (as it is on Windows), every module
imports and check, upload and status run on the sandbox wiki. Only the sandbox's own server
management (Linux only: /proc, process groups) may use what Linux alone has."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POSIX_ONLY = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix", "crypt"}
LINUX_SANDBOX = {"glamdonor/wiki/sandbox.py", "glamdonor/wiki/processes.py"}
WITHOUT_FCNTL = "import sys; sys.modules['fcntl'] = None\n"


def without_fcntl(code: str, *, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_FCNTL + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def glamdonor_without_fcntl(*args: str) -> subprocess.CompletedProcess:
    code = (
        "import runpy\n"
        f"sys.argv = ['glamdonor', *{list(args)!r}]\n"
        "runpy.run_module('glamdonor.cli.main', run_name='__main__')\n"
    )
    return without_fcntl(code)


def test_no_module_imports_a_posix_only_module_outside_the_linux_sandbox():
    found = []
    for path in sorted((ROOT / "glamdonor").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            found += [
                f"{name}:{node.lineno} imports {module}"
                for module in modules
                if module.split(".")[0] in POSIX_ONLY and name not in LINUX_SANDBOX
            ]
    assert found == []


def test_every_module_imports_without_fcntl():
    done = without_fcntl(
        "import importlib, pkgutil, glamdonor\n"
        "failed = []\n"
        "for module in pkgutil.walk_packages(glamdonor.__path__, 'glamdonor.'):\n"
        "    try:\n"
        "        importlib.import_module(module.name)\n"
        "    except Exception as error:\n"
        "        failed.append(f'{module.name}: {error!r}')\n"
        "print(len(sys.modules), failed)\n"
        "assert not failed, failed\n"
        "assert sys.modules['fcntl'] is None\n",
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.wiki
def test_check_upload_and_status_run_on_the_sandbox_without_fcntl(
    example_batch, tmp_path, monkeypatch
):
    """A sandbox and a glamdonor folder of the test's own, made and used without fcntl too: on
    one system every process locks the same way, and the other tests' processes lock theirs
    with fcntl (filelock then falls back to lock files of its own, which those would block)."""
    monkeypatch.setenv("GLAMDONOR_HOME", str(tmp_path / "home"))
    folder = ["--sandbox-dir", str(tmp_path / "sandbox")]
    try:
        run_all(example_batch, folder)
    finally:
        glamdonor_without_fcntl("sandbox", "stop", "--dir", str(tmp_path / "sandbox"))


def run_all(example_batch: Path, folder: list[str]) -> None:
    checked = glamdonor_without_fcntl("check", str(example_batch), *folder)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    uploaded = glamdonor_without_fcntl("upload", str(example_batch), "--yes", *folder)
    assert uploaded.returncode == 0, uploaded.stdout + uploaded.stderr
    assert "3 uploaded, 0 already there, 0 skipped, 0 not uploaded." in uploaded.stderr
    status = glamdonor_without_fcntl("status", str(example_batch), "--format", "json", *folder)
    assert status.returncode == 0, status.stdout + status.stderr
    states = json.loads(status.stdout)["states"]
    assert states.get("verified", 0) + states.get("skipped", 0) == 3, states
    assert "Traceback" not in checked.stderr + uploaded.stderr + status.stderr


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_on_windows_and_macos_the_sandbox_says_why_not_and_offers_the_test_wiki(
    monkeypatch, platform
):
    from glamdonor.wiki import sandbox as module

    monkeypatch.setattr(module.sys, "platform", platform)
    reason = module.unavailable()
    assert reason.message == "the sandbox wiki runs only on Linux, with Debian's MediaWiki package."
    assert 'wiki = "test-commons"' in reason.hint


def test_a_machine_without_mediawiki_is_told_in_one_sentence_by_the_command(tmp_path):
    """``glamdonor sandbox status`` and ``start`` where MediaWiki is not (and glamdonor cannot
    install it: not Debian's place): one sentence, the test wiki offered, no traceback."""
    env = dict(os.environ, GLAMDONOR_MEDIAWIKI=str(tmp_path / "no-mediawiki"))
    command = [sys.executable, "-m", "glamdonor.cli.main", "sandbox"]
    status = subprocess.run(
        [*command, "status", "--dir", str(tmp_path / "wiki")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert status.returncode == 0, status.stderr
    sentence = "the sandbox wiki needs MediaWiki and PHP, which this computer does not have."
    assert f"Not here: {sentence}" in status.stdout
    started = subprocess.run(
        [*command, "start", "--dir", str(tmp_path / "wiki")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert started.returncode == 2
    assert started.stderr.splitlines()[0] == f"glamdonor: {sentence}"
    assert 'wiki = "test-commons"' in started.stderr
    assert "Traceback" not in started.stderr + status.stderr
    assert not (tmp_path / "wiki" / "LocalSettings.php").exists()


@pytest.mark.parametrize(
    ("written", "api"),
    [
        ("test-commons", "https://test-commons.wikimedia.org/w/api.php"),
        ("Test-Commons ", "https://test-commons.wikimedia.org/w/api.php"),
        ("commons", "https://commons.wikimedia.org/w/api.php"),
        ("http://127.0.0.1:8080/api.php", "http://127.0.0.1:8080/api.php"),
    ],
)
def test_a_named_target_resolves_to_its_api_address(written, api, example_batch, monkeypatch):
    """No request is made: the address the account is looked up for and connected to."""
    from glamdonor.core.batch import load_batch
    from glamdonor.wiki.target import wiki_at

    text = example_batch.read_text(encoding="utf-8").replace(
        'wiki = "sandbox"', f'wiki = "{written}"'
    )
    example_batch.write_text(text, encoding="utf-8")
    batch = load_batch(example_batch)
    monkeypatch.setenv("GLAMDONOR_LOGIN", "Someone@glamdonor")
    monkeypatch.setenv("GLAMDONOR_PASSWORD", "not-used")
    assert wiki_at(batch.target).api_url == api


def test_an_unknown_target_word_is_said_with_the_file(example_batch):
    from glamdonor.core.batch import load_batch
    from glamdonor.core.errors import InputError

    text = example_batch.read_text(encoding="utf-8").replace('wiki = "sandbox"', 'wiki = "comons"')
    example_batch.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_batch(example_batch)
    assert caught.value.message == (
        f"{example_batch}: the target wiki “comons” is neither a wiki glamdonor knows nor an address."
    )
    assert "“test-commons”" in caught.value.hint and caught.value.file == example_batch
