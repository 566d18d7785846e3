"""Checking the files of a batch (offline): real damaged, mislabelled, missing and duplicate
files, EXIF, the journal that spares a second reading, and the report."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import openpyxl
import pytest

from glamdonor.catalog import read_catalog
from glamdonor.cli.main import main
from glamdonor.jobs.plan import plan_of
from glamdonor.media.inspect import content_reads, inspect
from glamdonor.media.kinds import COMMONS_EXTENSIONS
from tests.batches import batch_with, codes, row, run
from tests.media import image_bytes, truncated, write


def test_each_kind_of_bad_file_is_found(example_batch):
    folder = example_batch.parent
    files = {
        "good.jpg": image_bytes("jpg", seed=1),
        "good.png": image_bytes("png", seed=2),
        "good.tif": image_bytes("tif", seed=3),
        "cut.jpg": truncated("jpg"),
        "cut.png": truncated("png"),
        "cut.tif": truncated("tif"),
        "zero.png": b"",
        "page.jpg": b"<!DOCTYPE html><html><body>404 Not Found</body></html>",
        "png-named.jpg": image_bytes("png", seed=4),
        "notes.txt": b"just text",
    }
    rows = [row(n, name) for n, name in enumerate(files, start=1)]
    rows += [row(11, "../../etc/passwd"), row(12, "gone.png")]
    report = run(batch_with(folder, files, rows))
    assert codes(report) == {
        5: ["image-damaged"],
        6: ["image-damaged"],
        7: ["image-damaged"],
        8: ["file-empty"],
        9: ["file-is-html"],
        10: ["file-type-mismatch"],
        11: ["file-type-refused"],
        12: ["file-outside-folder"],
        13: ["file-missing"],
    }
    assert report.ready == 3
    mismatch = report.problems[report.plan.rows.index(10)][0]
    assert mismatch.message == "the file is a PNG image, but its name ends in “.jpg”."
    assert mismatch.column == "file"
    assert "truncated" in report.problems[report.plan.rows.index(5)][0].message.lower()


def test_a_symbolic_link_leading_out_is_refused(example_batch, tmp_path):
    outside = write(tmp_path, "private.png", image_bytes("png", seed=9))
    folder = example_batch.parent
    batch = batch_with(folder, {"a.png": image_bytes("png")}, [row(1, "a.png"), row(2, "link.png")])
    (folder / "media" / "link.png").symlink_to(outside)
    assert codes(run(batch)) == {3: ["file-outside-folder"]}


def test_a_file_that_disappears_during_the_check(example_batch):
    batch = batch_with(
        example_batch.parent,
        {"a.png": image_bytes("png"), "b.png": image_bytes("png", seed=5)},
        [row(1, "a.png"), row(2, "b.png")],
    )
    plan = plan_of(batch)  # the file is there when the batch is read...
    (example_batch.parent / "media" / "b.png").unlink()  # ...and gone when it is checked
    report = run(batch, plan)
    assert codes(report) == {3: ["file-vanished"]}
    assert "was there when the batch was read" in report.problems[1][0].message


def test_an_unreadable_file(tmp_path):
    """As root, permissions do not stop reading: the check then runs in a child process that
    has given up root, as a registrar's account would be."""
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    path = write(folder, "locked.png", image_bytes("png"))
    path.chmod(0o000)
    if os.geteuid() != 0:
        facts = inspect(str(path), COMMONS_EXTENSIONS)
    else:
        reader, writer = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover - runs in the child
            try:
                os.setgid(65534)
                os.setuid(65534)
                found = inspect(str(path), COMMONS_EXTENSIONS)
                os.write(writer, repr([p.code for p in found.problems]).encode())
            finally:
                os._exit(0)
        os.close(writer)
        os.waitpid(child, 0)
        answer = os.read(reader, 4096).decode()
        os.close(reader)
        assert answer == "['file-unreadable']"
        return
    assert [p.code for p in facts.problems] == ["file-unreadable"]


def test_duplicates_within_the_batch_and_camera_titles(example_batch):
    same = image_bytes("png", seed=7)
    batch = batch_with(
        example_batch.parent,
        {"a.png": same, "copy.png": same, "c.png": image_bytes("png", seed=8)},
        [row(1, "a.png"), row(2, "copy.png"), row(3, "c.png", title="DSC_0042")],
    )
    report = run(batch)
    assert codes(report) == {3: ["file-duplicate-in-batch"], 4: ["title-camera-name"]}
    assert report.problems[1][0].message == "this file has the same content as the file of row 2."


def test_exif_positions_and_dates_are_pointed_out(example_batch):
    gps = {0x8825: {1: "N", 2: (52.0, 22.0, 30.0), 3: "E", 4: (4.0, 53.0, 0.0)}}
    taken = {0x8769: {0x9003: "1987:06:01 12:00:00"}, 0x010F: "Nikon"}
    batch = batch_with(
        example_batch.parent,
        {
            "gps.jpg": image_bytes("jpg", seed=1, exif=gps),
            "old.jpg": image_bytes("jpg", seed=2, exif=taken),
        },
        [row(1, "gps.jpg"), row(2, "old.jpg", date="1990-05-01")],
        template="Information",
    )
    report = run(batch)
    assert codes(report) == {2: ["gps-in-file"], 3: ["date-differs-from-exif"]}
    assert "52.375000, 4.883333" in report.problems[0][0].message
    assert (
        report.problems[1][0].message == "the catalog dates the photograph 1990, the camera 1987."
    )
    assert all(p.severity == "warning" for ps in report.problems.values() for p in ps)


def test_a_second_check_reads_no_file_again(example_batch):
    batch = batch_with(
        example_batch.parent,
        {f"{n}.png": image_bytes("png", seed=n) for n in range(5)},
        [row(n, f"{n}.png") for n in range(5)],
    )
    assert run(batch).files_read == 5
    again = run(batch)
    assert again.files_read == 0
    assert again.ready == 5 and len(again.files) == 5
    touched = example_batch.parent / "media" / "3.png"
    touched.write_bytes(truncated("png"))  # changed: read again, and found damaged
    third = run(batch)
    assert third.files_read == 1
    assert codes(third) == {5: ["image-damaged"]}


def test_the_command_writes_a_report_and_a_summary(example_batch, capsys, tmp_path):
    batch_with(
        example_batch.parent,
        {"a.png": image_bytes("png"), "b.png": b""},
        [row(1, "a.png"), row(2, "b.png"), row(3, "a.png")],
    )
    for name in ("problems.csv", "problems.xlsx"):
        code = main(["check", str(example_batch), "--offline", "--report", str(tmp_path / name)])
        assert code == 1
        out = capsys.readouterr().out
        assert out.startswith("3 rows: 1 ready to upload, 2 blocked by an error. (Checked offline")
        assert "       1  file-empty" in out and "       1  file-duplicate-in-batch" in out
    with (tmp_path / "problems.csv").open(encoding="utf-8-sig") as handle:
        sheet = list(csv.reader(handle))
    assert sheet[0] == [
        "row",
        "column",
        "severity",
        "code",
        "problem",
        "what to do",
        "file",
        "title",
    ]
    assert sheet[1][:5] == ["3", "file", "error", "file-empty", "The file is empty (0 bytes)."]
    assert (
        main(["check", str(example_batch), "--offline", "--report", str(tmp_path / "p.ods")]) == 2
    )
    assert "the report is written as .csv or .xlsx" in capsys.readouterr().err
    workbook = openpyxl.load_workbook(tmp_path / "problems.xlsx")
    assert [[c.value for c in r] for r in workbook.active.iter_rows()] == [
        [int(v) if v.isdigit() else (v or None) for v in line] for line in sheet
    ]


def test_a_starter_sheet_from_a_folder(tmp_path, capsys):
    folder = tmp_path / "photos"
    (folder / "2019").mkdir(parents=True)
    taken = {0x8769: {0x9003: "2019:05:04 10:11:12"}, 0x010F: "Canon", 0x0110: "EOS 5D"}
    write(folder, "a.jpg", image_bytes("jpg", exif=taken))
    write(folder / "2019", "b.png", image_bytes("png"))
    write(folder, "Thumbs.db", b"x")
    out = tmp_path / "starter.xlsx"
    assert (
        main(["catalog", "from-folder", str(folder), "--out", str(out), "--preset", "artwork"]) == 0
    )
    assert "2 media files" in capsys.readouterr().out
    catalog = read_catalog(out)
    assert list(catalog.columns)[:6] == [
        "file",
        "date",
        "camera",
        "size",
        "inventory_number",
        "title",
    ]
    assert catalog.cells(0)["file"] == "2019/b.png" and catalog.cells(0)["date"] == ""
    assert catalog.cells(1) | {"size": "?"} == {c: "" for c in catalog.columns} | {
        "file": "a.jpg",
        "date": "2019-05-04",
        "camera": "Canon EOS 5D",
        "size": "?",
    }
    assert main(["mapping", "suggest", str(out), "--preset", "artwork"]) == 0
    assert "No column found" not in capsys.readouterr().err  # the sheet speaks the preset's words


def test_exif_values_as_mapping_sources(example_batch):
    """{ exif = "date" } fills a field from the file's EXIF; read once, then from the journal."""
    taken = {0x8769: {0x9003: "1987:06:01 12:00:00"}, 0x010F: "Nikon", 0x0110: "F3"}
    batch = batch_with(
        example_batch.parent,
        {"a.jpg": image_bytes("jpg", exif=taken), "b.png": image_bytes("png")},
        [row(1, "a.jpg"), row(2, "b.png")],
        template="Information",
    )
    mapping = example_batch.parent / "mapping.toml"
    mapping.write_text(
        mapping.read_text()
        .replace(
            'date = { column = "date", transforms = ["date"] }',
            'date = { exif = "date", transforms = ["date"] }',
        )
        .replace(
            'source = { value = "Example Museum" }',
            'source = { pattern = "Photographed with {exif:camera}" }',
        )
    )
    plan = plan_of(batch)
    assert (
        "|date=1987-06-01\n" in plan.pages[0]
        and "|source=Photographed with Nikon F3" in plan.pages[0]
    )
    assert "|date=\n" in plan.pages[1]  # a PNG without EXIF: nothing to say
    run(batch)  # the check remembers the EXIF it read...
    reads = content_reads.count
    assert plan_of(batch).pages == plan.pages
    assert content_reads.count == reads  # ...so planning again reads no file


def test_a_catalog_made_on_windows_finds_its_files(example_batch):
    """File columns as Windows writes them: relative with backslashes, with a drive letter,
    on a server share (UNC); found by their part below the media folder, else by name."""
    files = {
        "photos/EM-0001.png": image_bytes("png", seed=11),
        "EM 0002.png": image_bytes("png", seed=12),
        "scans/EM-0003.png": image_bytes("png", seed=13),
        "2019/EM-0004.png": image_bytes("png", seed=14),
        "2024/EM-0004.png": image_bytes("png", seed=15),
        "Déjà vu.png": image_bytes("png", seed=16),
    }
    rows = [
        row(1, r"photos\EM-0001.png"),
        row(2, r"D:\Collectie\Foto's\EM 0002.png"),
        row(3, r"\\server\share\Museum\scans\EM-0003.png"),
        row(4, r"D:\Collectie\media\2024\EM-0004.png"),
        row(5, r"Z:\Oude schijf\media\Déjà vu.png"),
    ]
    report = run(batch_with(example_batch.parent, files, rows))
    assert codes(report) == {}
    assert report.ready == 5
    found = [os.path.relpath(path, example_batch.parent / "media") for path in report.plan.files]
    assert found == [
        "photos/EM-0001.png",
        "EM 0002.png",
        "scans/EM-0003.png",
        "2024/EM-0004.png",
        "Déjà vu.png",
    ]


def test_a_windows_path_that_could_mean_two_files_says_which(example_batch):
    files = {
        "2019/EM-0004.png": image_bytes("png", seed=14),
        "2024/EM-0004.png": image_bytes("png", seed=15),
    }
    report = run(batch_with(example_batch.parent, files, [row(1, r"D:\Foto's\EM-0004.png")]))
    assert codes(report) == {2: ["file-ambiguous"]}
    problem = report.problems[0][0]
    assert problem.message == (
        "“D:\\Foto's\\EM-0004.png” could be any of these files: 2019/EM-0004.png, 2024/EM-0004.png."
    )
    assert problem.column == "file"


def test_an_absolute_path_of_this_computer_outside_the_folder_is_still_refused(
    example_batch, tmp_path
):
    outside = write(tmp_path, "elsewhere.png", image_bytes("png", seed=21))
    files = {"elsewhere.png": image_bytes("png", seed=22)}
    report = run(batch_with(example_batch.parent, files, [row(1, str(outside))]))
    assert codes(report) == {2: ["file-outside-folder"]}


def test_where_the_file_system_ignores_case_so_do_the_names(tmp_path):
    """On Windows and macOS “EM 0002.TIF” is the file “em 0002.tif”; a decomposed “é” (as macOS
    writes names) is the composed one. Here (Linux) the folder is case-sensitive, and said so."""
    import unicodedata

    from glamdonor.core.media_folder import MediaFolder

    write(tmp_path, "Scans/Em 0002.tif", b"x")
    write(tmp_path, "Déjà vu.png", b"x")
    here = MediaFolder.scan(tmp_path)
    assert here.ignores_case is False
    assert here.find(r"D:\Foto's\EM 0002.TIF") == (None, "missing")
    folder = MediaFolder.scan(tmp_path)
    folder.ignores_case = True  # as NTFS and APFS are
    assert folder.find(r"D:\Foto's\EM 0002.TIF") == (str(tmp_path / "Scans/Em 0002.tif"), "")
    assert folder.find(r"SCANS\EM 0002.TIF") == (str(tmp_path / "Scans/Em 0002.tif"), "")
    decomposed = unicodedata.normalize("NFD", "Déjà vu.png")
    assert folder.find(decomposed) == (str(tmp_path / "Déjà vu.png"), "")


def test_the_date_taken_is_the_cameras_and_the_camera_is_named_once(tmp_path):
    """IFD0's DateTime is when software last saved the file (a Photoshop date): never the
    date taken. "Canon" and "Canon EOS 40D" make "Canon EOS 40D"."""
    from glamdonor.media.inspect import camera_name, read_exif

    saved = {0x0132: "2021:03:04 10:00:00", 0x010F: "Canon", 0x0110: "Canon EOS 40D"}
    path = write(tmp_path, "saved.jpg", image_bytes("jpg", exif=saved))
    assert read_exif(str(path)) == {"camera": "Canon EOS 40D"}  # no date: it was not taken then
    taken = {**saved, 0x8769: {0x9003: "1999:12:31 23:59:00"}}
    path = write(tmp_path, "taken.jpg", image_bytes("jpg", exif=taken))
    assert read_exif(str(path))["date"] == "1999-12-31 23:59:00"
    assert camera_name("NIKON CORPORATION", "NIKON D70") == "NIKON D70"
    assert camera_name("Nikon", "F3") == "Nikon F3"
    assert camera_name("", "X100") == "X100" and camera_name("Leica", "") == "Leica"


def test_a_file_found_at_fault_is_looked_at_again_though_unchanged(example_batch):
    """What a check found wrong is not kept as true: a file made readable again (chmod) has
    the same size and time, and is read again by the next check; a sound one is not."""
    from glamdonor.core.journal import FileFacts, Journal, journal_path
    from glamdonor.core.problems import problem

    batch = batch_with(
        example_batch.parent,
        {"a.png": image_bytes("png", seed=61), "b.png": image_bytes("png", seed=62)},
        [row(1, "a.png"), row(2, "b.png")],
    )
    report = run(batch)
    assert report.files_read == 2 and not codes(report)
    locked = str(example_batch.parent / "media" / "a.png")
    status = Path(locked).stat()
    with Journal(journal_path(batch.manifest)) as journal:  # as a run that could not read it
        journal.remember_files(
            {
                locked: FileFacts(
                    status.st_size, status.st_mtime_ns, problems=(problem("file-unreadable"),)
                )
            }
        )
    again = run(batch)
    assert not codes(again)  # read again, and found readable
    assert again.files_read == 1  # that file alone: the sound one was not read again


def test_a_symbolic_link_in_a_loop_is_no_file_and_no_crash(example_batch):
    media = example_batch.parent / "media"
    files = {"a.png": image_bytes("png", seed=63)}
    batch = batch_with(example_batch.parent, files, [row(1, "a.png"), row(2, "loop/b.png")])
    (media / "loop").symlink_to(media / "loop")  # a link to itself
    (media / "ring1").symlink_to(media / "ring2")
    (media / "ring2").symlink_to(media / "ring1")
    report = run(batch)
    assert codes(report) == {3: ["file-missing"]}


def test_a_cut_jpeg_too_large_to_decode_whole_is_still_found(example_batch, monkeypatch):
    """A JPEG is decoded at an eighth of its size, so a cut one is found whatever its size,
    in a fraction of the memory; other large images are checked for their structure."""
    from glamdonor.media import inspect as inspecting

    monkeypatch.setattr(inspecting, "FULL_DECODE_PIXELS", 100)  # every test image is "large"
    whole = image_bytes("jpg", (400, 300), seed=64)
    files = {"whole.jpg": whole, "cut.jpg": whole[: len(whole) * 2 // 3]}
    batch = batch_with(example_batch.parent, files, [row(1, "whole.jpg"), row(2, "cut.jpg")])
    assert codes(run(batch)) == {3: ["image-damaged"]}


def huge_png(width: int, height: int) -> bytes:
    """A 1-bit PNG of any size, written without making its pixels: a few hundred KB."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    packer, line, parts = zlib.compressobj(9), b"\0" * (1 + (width + 7) // 8), []
    parts += [packer.compress(line) for _ in range(height)]
    data = b"".join(parts) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def test_images_commons_makes_no_thumbnails_of_are_said_and_still_go(example_batch, monkeypatch):
    """Told from the header alone: a 30000×30000 PNG (900 million pixels) is over Commons'
    limit for thumbnails; a JPEG has no such limit; an animated GIF over the limit for
    animations is said too. Warnings: the rows may still go, and an unchanged file is not
    read again to say so."""
    from PIL import Image

    from glamdonor.media import inspect as inspecting

    frames = [Image.new("P", (1000, 1000), n) for n in range(3)]
    animation = io.BytesIO()
    frames[0].save(animation, "GIF", save_all=True, append_images=frames[1:])
    files = {
        "huge.png": huge_png(30000, 30000),
        "photo.jpg": image_bytes("jpg", (400, 300), seed=65),
        "small.png": image_bytes("png", (400, 300), seed=66),
        "moving.gif": animation.getvalue(),
    }
    monkeypatch.setattr(inspecting, "ANIMATION_PIXELS", 2_000_000)  # the GIF has 3 × 1,000,000
    batch = batch_with(
        example_batch.parent,
        files,
        [row(1, "huge.png"), row(2, "photo.jpg"), row(3, "small.png"), row(4, "moving.gif")],
    )
    report = run(batch)
    assert codes(report) == {2: ["image-too-large-for-thumbnails"], 5: ["animation-too-large"]}
    huge = report.problems[0][0]
    assert huge.said()[0] == (
        "The image has 900 million pixels; Commons makes no thumbnails of PNG images over 100 "
        "million, so articles could not show it."
    )
    assert (
        report.problems[3][0]
        .said()[0]
        .startswith(
            "The animation has 3.0 million pixels in its 3 frames; over 2.0 million, its thumbnails"
        )
    )
    assert not any(report.blocked(i) for i in range(4))
    assert run(batch).files_read == 0  # kept: warnings are no reason to read a file again


@pytest.mark.parametrize("character", ["\x01", "\x0b", "\x1b"])  # a NUL: no file system
def test_a_control_character_in_a_file_name_is_refused_naming_the_row(character, example_batch):
    name = f"a{character}b.png"
    batch = batch_with(
        example_batch.parent,
        {name: image_bytes("png", seed=67), "c.png": image_bytes("png", seed=68)},
        [row(1, "c.png"), row(2, name.replace(",", ""))],
    )
    report = run(batch)
    assert codes(report) == {3: ["file-name-control-character"]}
    found = report.problems[1][0]
    assert found.column == "file" and found.value("file") == f"a\\x{ord(character):02x}b.png"


def test_a_header_claiming_billions_of_pixels_is_never_decoded(example_batch):
    """Pillow's decompression-bomb guard: a PNG whose header claims 60000×60000 pixels (3.6
    billion) is said as too large for thumbnails from its header, not read or decoded."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 60000, 60000, 1, 0, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 64))
        + chunk(b"IEND", b"")
    )
    batch = batch_with(example_batch.parent, {"bomb.png": bomb}, [row(1, "bomb.png")])
    report = run(batch)
    assert codes(report) == {2: ["image-too-large-for-thumbnails"]}
    assert report.problems[0][0].value("megapixels") == "3,600"


def test_names_looked_up_a_column_at_a_time_find_what_each_name_finds(tmp_path):
    """``found`` (every name at once, for plain names) never finds another file than ``find``
    of the name alone, and leaves to ``find`` what it cannot tell."""
    from glamdonor.core.media_folder import MediaFolder

    for name in ("a.png", "b c.png", "sub/d.png", " e.png", "Déjà.png"):
        write(tmp_path, name, b"x")
    folder = MediaFolder.scan(tmp_path)
    plain = ["a.png", "b c.png", "sub/d.png", "nothing.png", ""]
    assert folder.found(plain) == [
        str(tmp_path / "a.png"), str(tmp_path / "b c.png"), str(tmp_path / "sub/d.png"), None, None
    ]  # fmt: skip
    for names in (["a.png", " e.png"], ["a.png", "a.png "], ["Déjà.png"], ["sub\\d.png"],
                  ["a.png\n"], ["a.png", "b\tc.png"]):  # fmt: skip
        assert folder.found(names) == [None] * len(names), names
    assert folder.find(" e.png") == (None, "missing")  # the name is read without its spaces
    assert folder.find("a.png ")[0] == folder.find("sub\\d.png")[0].replace("sub/d", "a")
