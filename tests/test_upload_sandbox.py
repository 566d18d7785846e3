"""Uploading batches to the session's sandbox wiki, checked through the API afterwards."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PIL import Image

from glamdonor.cli.main import main
from tests.apicheck import file_on_wiki, files_with_sha1
from tests.media import recolour

pytestmark = pytest.mark.wiki


def sha1(path: Path) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()




def upload(batch: Path, sandbox, *extra: str) -> int:
    return main(["upload", str(batch), "--yes", "--sandbox-dir", str(sandbox.folder), *extra])


def test_a_batch_goes_up_and_reads_back_exactly(example_batch, sandbox, capsys):
    recolour(example_batch.parent / "media", seed=11)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", "T1-000"))

    assert upload(example_batch, sandbox) == 0
    printed = capsys.readouterr()
    assert "3 uploaded, 0 already there, 0 skipped, 0 not uploaded." in printed.err
    api = sandbox.status().api_url

    expected = {
        "Red study - Anna Example - Example Museum T1-0001.png": "red-study.png",
        "Blue evening - Bram Example - Example Museum T1-0002.png": "blue-evening.png",
        "Green garden - Anna Example - Example Museum T1-0003.png": "green-garden.png",
    }
    for title, file in expected.items():
        on_wiki = file_on_wiki(api, title)
        assert on_wiki["exists"], title
        assert on_wiki["sha1"] == sha1(example_batch.parent / "media" / file)
        assert on_wiki["url"] in printed.out
        assert on_wiki["text"].startswith("=={{int:filedesc}}==\n{{Artwork\n")
        assert "[[Category:Media contributed by Example Museum]]" in on_wiki["text"]
    blue = file_on_wiki(api, "Blue evening - Bram Example - Example Museum T1-0002.png")["text"]
    assert "|description={{en|1=Evening light over a canal; the painter&#39;s last work.}}" in blue
    assert "|date={{other date|circa|1905}}" in blue
    assert "[[Category:Media contributed by Example Museum (2026-11-23)]]" in blue
    assert "{{cc-by-4.0}}" in blue

    # A second run sends nothing again.
    assert upload(example_batch, sandbox) == 0
    again = capsys.readouterr()
    assert "0 uploaded, 3 already there, 0 skipped, 0 not uploaded." in again.err
    for file in expected.values():
        assert len(files_with_sha1(api, sha1(example_batch.parent / "media" / file))) == 1


def test_failed_rows_are_reported_and_the_rest_goes_up(example_batch, sandbox, wiki, capsys):
    media = example_batch.parent / "media"
    recolour(media, seed=23)
    catalog = example_batch.parent / "catalog.csv"
    text = catalog.read_text().replace("EM-000", "T2-000")
    catalog.write_text(text.replace("green-garden.png", "no-such-file.png"))
    # Another file already holds row 3's title on the wiki.
    taken = "Blue evening - Bram Example - Example Museum T2-0002.png"
    other = media.parent / "other.png"
    Image.new("RGB", (10, 10), (1, 2, 3)).save(other)
    assert wiki.upload(other, taken, "placed by the test", "test").published

    assert upload(example_batch, sandbox) == 1
    printed = capsys.readouterr()
    assert "1 uploaded, 0 already there, 0 skipped, 2 not uploaded." in printed.err
    assert "row 3: not uploaded: another file already has the title" in printed.out
    assert (
        "row 4: not uploaded: the file “no-such-file.png” is not in the media folder" in printed.out
    )
    assert "Traceback" not in printed.out + printed.err
    assert file_on_wiki(sandbox.status().api_url, taken)["sha1"] == sha1(other)


def test_the_same_bytes_under_another_title_are_not_uploaded_twice(
    example_batch, sandbox, wiki, capsys
):
    media = example_batch.parent / "media"
    recolour(media, seed=37)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", "T3-000"))
    assert wiki.upload(media / "red-study.png", "Somebody else's red.png", "x", "test").published

    assert upload(example_batch, sandbox) == 0
    printed = capsys.readouterr()
    assert (
        "row 2: skipped: the same file is already on the wiki as “File:Somebody else's red.png”."
        in printed.out
    )
    assert "2 uploaded, 0 already there, 1 skipped, 0 not uploaded." in printed.err
    assert files_with_sha1(sandbox.status().api_url, sha1(media / "red-study.png")) == [
        "Somebody_else's_red.png"
    ]


def test_another_wiki_needs_credentials_and_uses_them(example_batch, sandbox, monkeypatch, capsys):
    """A target given as an API URL logs in with the BotPassword from the environment."""
    recolour(example_batch.parent / "media", seed=41)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", "T4-000"))
    api = sandbox.status().api_url
    monkeypatch.delenv("GLAMDONOR_LOGIN", raising=False)
    assert upload(example_batch, sandbox, "--wiki", api) == 2
    said = capsys.readouterr().err
    assert "glamdonor login" in said and "set GLAMDONOR_LOGIN" in said

    credentials = sandbox.credentials()
    monkeypatch.setenv("GLAMDONOR_LOGIN", credentials.login_name)
    monkeypatch.setenv("GLAMDONOR_PASSWORD", "wrong-password")
    assert upload(example_batch, sandbox, "--wiki", api) == 2
    refused = capsys.readouterr().err
    assert "BotPassword" in refused and "wrong-password" not in refused


def test_no_secret_is_written_outside_its_file(
    example_batch, sandbox, glamdonor_home, monkeypatch, capsys
):
    """After an upload the BotPassword is only in the sandbox's own secret file, and the
    working folder holds nothing of pywikibot's (cookies, throttle file, caches)."""
    recolour(example_batch.parent / "media", seed=53)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", "T5-000"))
    workdir = example_batch.parent.parent / "workdir"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    assert upload(example_batch, sandbox) == 0
    printed = capsys.readouterr()

    password = sandbox.credentials().password.encode()
    secret_file = sandbox.folder / "botpassword.json"
    scanned = 0
    for folder in (glamdonor_home, sandbox.folder, example_batch.parent):
        for path in folder.rglob("*"):
            if path.is_file() and path != secret_file:
                scanned += 1
                assert password not in path.read_bytes(), path
    assert scanned > 10
    assert password.decode() not in printed.out + printed.err
    assert list(workdir.iterdir()) == []
    assert (glamdonor_home / "config" / "pywikibot" / "user-config.py").is_file()


def test_login_keeps_the_botpassword_in_the_keyring_and_nowhere_else(
    example_batch, sandbox, glamdonor_home, monkeypatch, capsys
):
    import io

    import keyring

    recolour(example_batch.parent / "media", seed=61)
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", "T6-000"))
    api = sandbox.status().api_url
    credentials = sandbox.credentials()
    monkeypatch.delenv("GLAMDONOR_LOGIN", raising=False)
    monkeypatch.delenv("GLAMDONOR_PASSWORD", raising=False)
    login = ["login", api, "--name", credentials.login_name, "--password-stdin"]

    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-password\n"))
    assert main(login) == 2  # checked on the wiki first: a wrong password is not kept
    assert keyring.get_password("glamdonor", api) is None
    monkeypatch.setattr("sys.stdin", io.StringIO(credentials.password + "\n"))
    assert main(login) == 0
    assert credentials.password in keyring.get_password("glamdonor", api)

    assert upload(example_batch, sandbox, "--wiki", api) == 0  # no variable: the keyring's
    printed = capsys.readouterr()
    assert "3 uploaded" in printed.err
    assert credentials.password not in printed.out + printed.err
    secret_file = sandbox.folder / "botpassword.json"
    for folder in (glamdonor_home, example_batch.parent):
        for path in folder.rglob("*"):
            if path.is_file() and path != secret_file:
                assert credentials.password.encode() not in path.read_bytes(), path

    assert main(["logout", api]) == 0
    assert keyring.get_password("glamdonor", api) is None
    assert upload(example_batch, sandbox, "--wiki", api) == 2
