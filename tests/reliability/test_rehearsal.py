"""Rehearse, then go live: a journal vouches only for the wiki its records were made on.

The example batch goes to the session's sandbox (the rehearsal), then to a second sandbox
wiki given by its address, as an operator sends a batch to Commons (``--wiki`` and the
BotPassword in GLAMDONOR_LOGIN / GLAMDONOR_PASSWORD). A sandbox thrown away and made again is
a new, empty wiki; a file deleted on the wiki after its row was verified goes again; a journal
of an earlier version is migrated without losing a record."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3

import pytest

from glamdonor.cli.main import main
from glamdonor.core.journal import Journal, journal_path
from tests.apicheck import file_on_wiki, files_with_sha1, revisions
from tests.media import recolour

pytestmark = pytest.mark.wiki

TITLES = [
    "Red study - Anna Example - Example Museum EM-0001.png",
    "Blue evening - Bram Example - Example Museum EM-0002.png",
    "Green garden - Anna Example - Example Museum EM-0003.png",
]


@pytest.fixture
def live(tmp_path, monkeypatch):
    """A second, empty wiki standing in for Commons, reached by its address and its account."""
    from glamdonor.wiki.sandbox import Sandbox

    wiki = Sandbox(tmp_path / "live")
    status = wiki.start()
    credentials = wiki.credentials()
    monkeypatch.setenv("GLAMDONOR_LOGIN", credentials.login_name)
    monkeypatch.setenv("GLAMDONOR_PASSWORD", credentials.password)
    yield wiki, status.api_url
    wiki.stop()


def renamed(example_batch, tag: str) -> None:
    """Titles and bytes of this test's own, so that the session's sandbox holds none yet."""
    catalog = example_batch.parent / "catalog.csv"
    catalog.write_text(catalog.read_text().replace("EM-000", f"{tag}-000"))
    recolour(example_batch.parent / "media", seed=sum(map(ord, tag)))


def status_of(example_batch, capsys, *target: str) -> dict:
    assert main(["status", str(example_batch), "--format", "json", *target]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_rehearsed_batch_goes_live_in_full_on_the_other_wiki(
    example_batch, sandbox, live, capsys, figures
):
    renamed(example_batch, "RH1")
    titles = [title.replace("EM-000", "RH1-000") for title in TITLES]
    rehearsal = ["--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", str(example_batch), "--yes", *rehearsal]) == 0
    assert "3 uploaded, 0 already there" in capsys.readouterr().err
    live_wiki, api = live
    assert main(["upload", str(example_batch), "--yes", "--wiki", api]) == 0
    printed = capsys.readouterr()
    said = printed.out + printed.err  # the rows' lines go to standard output
    assert said.count(": uploaded: http://127.0.0.1:") == 3
    port = sandbox.status().port
    assert (
        f"Rehearsed on the sandbox wiki on this computer (127.0.0.1:{port}) (3 rows verified "
        f"there); now uploading to the sandbox wiki on this computer "
        f"(127.0.0.1:{live_wiki.status().port}): 3 rows to send." in said
    )
    assert "3 uploaded, 0 already there, 0 skipped, 0 not uploaded." in said
    assert "already there:" not in said
    for title in titles:
        arrived = file_on_wiki(api, title)
        assert arrived["exists"] and revisions(api, title) == 1
        assert files_with_sha1(api, arrived["sha1"]) == [title.replace(" ", "_")]  # once
        assert file_on_wiki(sandbox.status().api_url, title)["exists"]  # the rehearsal stays
    on_sandbox = status_of(example_batch, capsys, *rehearsal)
    on_live = status_of(example_batch, capsys, "--wiki", api)
    assert on_sandbox["states"]["verified"] == on_live["states"]["verified"] == 3
    assert on_sandbox["wiki"] != on_live["wiki"]
    # one cookie file per wiki and account, though both accounts are called "Uploader"
    from glamdonor.core.places import config_dir

    for wiki_api in (sandbox.status().api_url, api):
        jar = f"pywikibot-Uploader-{hashlib.sha1(wiki_api.encode()).hexdigest()[:12]}.lwp"
        assert (config_dir() / "pywikibot" / jar).is_file(), jar
    figures["rehearsal"]["batches rehearsed on one wiki, then sent to another"] += 1
    figures["rehearsal"]["files of theirs on the other wiki once"] += len(titles)
    live_wiki.reset()  # Commons emptied, say: its records say nothing of the new wiki
    fresh = status_of(example_batch, capsys, "--wiki", live_wiki.status().api_url)
    assert fresh["states"]["verified"] == 0 and fresh["states"]["pending"] == 3


def test_a_sandbox_made_again_is_a_new_wiki_and_gets_every_file(
    example_batch, tmp_path, capsys, figures
):
    from glamdonor.wiki.sandbox import Sandbox

    renamed(example_batch, "RH2")
    folder = tmp_path / "own-sandbox"
    own = ["--sandbox-dir", str(folder)]
    try:
        assert main(["upload", str(example_batch), "--yes", *own]) == 0
        assert "3 uploaded, 0 already there" in capsys.readouterr().err
        Sandbox(folder).stop()
        shutil.rmtree(folder)
        assert main(["upload", str(example_batch), "--yes", *own]) == 0  # starts a new one
        printed = capsys.readouterr()
        said = printed.out + printed.err
        assert said.count(": uploaded: http://127.0.0.1:") == 3
        assert "3 uploaded, 0 already there, 0 skipped, 0 not uploaded." in said
        assert "already there:" not in said
        api = Sandbox(folder).status().api_url
        for title in TITLES:
            assert file_on_wiki(api, title.replace("EM-000", "RH2-000"))["exists"]
        assert status_of(example_batch, capsys, *own)["states"]["verified"] == 3
        figures["rehearsal"]["sandboxes made anew, every file sent again"] += 1
    finally:
        Sandbox(folder).stop()


def test_a_file_deleted_after_its_row_was_verified_is_found_and_sent_again(
    example_batch, sandbox, capsys, figures
):
    renamed(example_batch, "RH3")
    own = ["--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", str(example_batch), "--yes", *own]) == 0
    capsys.readouterr()
    gone = TITLES[1].replace("EM-000", "RH3-000")
    sandbox.delete_pages([f"File:{gone}"])
    assert main(["status", str(example_batch), "--verify", "--format", "json", *own]) == 0
    checked = capsys.readouterr()
    assert (
        f"row 3: the journal had it done, but the wiki has no file “{gone}” (deleted, or never "
        "there): it goes again" in checked.err
    )
    assert json.loads(checked.out)["states"]["verified"] == 2
    assert json.loads(checked.out)["states"]["pending"] == 1
    # Sent again: the wiki itself then refuses to publish over a deletion (on Commons, an
    # administrator's), and says so; glamdonor does not override that.
    assert main(["upload", str(example_batch), "--yes", *own]) == 1
    printed = capsys.readouterr()
    said = printed.out + printed.err
    assert "row 3: not uploaded: a file with this title was deleted from the wiki before" in said
    assert "0 uploaded, 2 already there, 0 skipped, 1 not uploaded." in said
    with Journal(journal_path(example_batch)) as journal:
        again = journal.records()[3]
    assert (again.state, again.attempts, again.code) == ("failed", 2, "was-deleted")
    figures["rehearsal"]["files deleted after verifying, found and sent again"] += 1


OLD_ITEMS = """
create table items (
    row integer primary key, title text not null, state text not null,
    sha1 text not null default '', page_id integer not null default 0,
    page_url text not null default '', code text not null default '',
    message text not null default '', attempts integer not null default 0,
    changed text not null, stash_key text not null default '',
    stash_offset integer not null default 0, revision integer not null default 0,
    structured_data text not null default ''
);
"""


def test_a_journal_of_the_earlier_version_is_migrated_without_losing_a_record(
    example_batch, sandbox, capsys, figures
):
    """Rows 2 and 3 were verified on the sandbox by an earlier version (their pages' addresses
    are there); row 4 was left "uploading", with no address: which wiki it was sent to cannot
    be told, so it is kept aside and its row is sent, unless the wiki has its file."""
    renamed(example_batch, "RH4")
    own = ["--sandbox-dir", str(sandbox.folder)]
    assert main(["upload", str(example_batch), "--yes", *own]) == 0
    capsys.readouterr()
    path = journal_path(example_batch)
    with Journal(path) as journal:  # what the earlier version had written, as it wrote it
        kept = {row: record for row, record in journal.records().items()}
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with sqlite3.connect(path) as old:
        old.executescript(OLD_ITEMS)
        for row, record in kept.items():
            state, url = ("uploading", "") if row == 4 else (str(record.state), record.page_url)
            old.execute(
                "insert into items (row, title, state, sha1, page_id, page_url, attempts, changed)"
                " values (?, ?, ?, ?, ?, ?, 1, '2026-11-30T10:00:00+00:00')",
                (row, record.title, state, record.sha1, record.page_id, url),
            )
    assert main(["upload", str(example_batch), "--yes", *own]) == 0
    said = capsys.readouterr().err
    assert (
        "1 row recorded by an earlier glamdonor cannot be told to be on the sandbox wiki on "
        "this computer" in said
    )
    assert "0 uploaded, 3 already there, 0 skipped, 0 not uploaded." in said
    with sqlite3.connect(path) as migrated:
        rows = migrated.execute("select wiki, row, state from records order by row").fetchall()
        tables = {name for (name,) in migrated.execute("select name from sqlite_master")}
    assert "items" not in tables
    aside = [(row, state) for wiki, row, state in rows if wiki == ""]
    assert aside == [(4, "uploading")]  # kept, not lost
    ours = {row: state for wiki, row, state in rows if wiki}
    assert ours == {2: "verified", 3: "verified", 4: "verified"}
    figures["rehearsal"]["records of an earlier journal migrated (none lost)"] += len(rows)
