"""What the command line says when things go wrong: a sentence and an exit code, never a
traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from glamdonor.cli import main as cli
from tests.apicheck import file_on_wiki


def test_a_broken_batch_file_gets_one_clear_sentence(tmp_path, capsys):
    manifest = tmp_path / "batch.toml"
    manifest.write_text("format_version = 1\ncatalog = 'c.csv'\n")
    assert cli.main(["upload", str(manifest), "--yes"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.startswith(f"glamdonor: {manifest}: the batch file does not name its media, mapping")
    assert "Traceback" not in err


def test_an_unexpected_error_is_saved_not_shown(tmp_path, capsys, monkeypatch, glamdonor_home):
    def broken(arguments):
        raise ZeroDivisionError("deep inside")

    from glamdonor.cli import upload_cmd

    monkeypatch.setattr(upload_cmd, "load_batch", lambda path: broken(path))
    assert cli.main(["upload", str(tmp_path / "b.toml")]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert "Traceback" not in err and "deep inside" not in err
    report = err.split("The details are in ")[1].split(":")[0]
    assert "ZeroDivisionError: deep inside" in Path(report).read_text()
    assert report.startswith(str(glamdonor_home))


def test_without_yes_and_without_a_terminal_nothing_is_uploaded(
    example_batch, sandbox, capsys, monkeypatch
):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", "TC6-000"))
    code = cli.main(["upload", str(example_batch), "--sandbox-dir", str(sandbox.folder)])
    assert code == cli.EXIT_ERROR
    assert "Add --yes to go ahead." in capsys.readouterr().err
    title = "Red study - Anna Example - Example Museum TC6-0001.png"
    assert file_on_wiki(sandbox.status().api_url, title) == {"exists": False}


def test_help_lists_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "130 stopped with Ctrl-C" in out and "sandbox" in out and "upload" in out


def test_a_wrong_wiki_address_is_said_at_once(example_batch, capfd, monkeypatch):
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("GLAMDONOR_LOGIN", "Someone@bot")
    monkeypatch.setenv("GLAMDONOR_PASSWORD", "x")
    code = cli.main(["check", str(example_batch), "--wiki", f"http://127.0.0.1:{port}/api.php"])
    assert code == cli.EXIT_ERROR
    err = capfd.readouterr().err
    assert err.startswith(f"glamdonor: no wiki answers at http://127.0.0.1:{port}/api.php")
    assert "Traceback" not in err


def test_pywikibot_logs_to_a_file_not_the_terminal(capfd, glamdonor_home):
    import logging

    from glamdonor.wiki import pwb

    pywikibot = pwb.load()
    pywikibot.bot._handlers_initialized.clear()  # as when pywikibot first prints something:
    pywikibot.bot.init_handlers()  # it clears its logger's handlers and asks the interface
    logging.getLogger("pywiki.data.api").error("Traceback (most recent call last): test entry")
    assert "Traceback" not in capfd.readouterr().err
    for handler in logging.getLogger("pywiki").handlers:
        handler.flush()
    assert "test entry" in (glamdonor_home / "log" / pwb.LOG_FILE).read_text()
