"""Checking one media file the way the wiki never does: one read for the SHA-1 and the kind of
content, then Pillow decodes images fully (MediaWiki accepts a truncated PNG), and exifread
reads the date taken, the camera and any GPS position."""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import exifread
from PIL import Image

from glamdonor.core.journal import FileFacts
from glamdonor.core.problems import Problem, problem
from glamdonor.media.kinds import (
    ANIMATION_PIXELS,
    IMAGES,
    KIND_OF_EXTENSION,
    NAMES,
    THUMBNAIL_PIXELS,
    kind_of_content,
)

MAX_BYTES = 5 * 1024**3  # Commons' limit, with chunked upload
BLOCK = 1024 * 1024
# Larger images are checked for their structure, not decoded whole: 40 million pixels take
# 160 MB decoded, on each worker (JPEGs are decoded at an eighth of their size, whatever it is).
FULL_DECODE_PIXELS = 40_000_000
logging.getLogger("exifread").setLevel(logging.ERROR)
# Pillow's decompression-bomb guard stays on, far above any scan (its error comes at twice
# this): a header claiming more is said as too large, never decoded. Below it, the size check
# above bounds the memory, and Pillow's warning between the two is not for the terminal.
Image.MAX_IMAGE_PIXELS = 1_000_000_000
warnings.simplefilter("ignore", Image.DecompressionBombWarning)


class ContentReads:
    """How many files had their content read: a second check of an unchanged batch reads none."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def add(self) -> None:
        with self._lock:
            self.count += 1


content_reads = ContentReads()


def inspect(path: str, allowed: frozenset[str]) -> FileFacts:
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return FileFacts(0, 0, problems=(_vanished(),))
    except PermissionError:
        return FileFacts(0, 0, problems=(_unreadable(),))
    size, mtime = status.st_size, status.st_mtime_ns
    extension = os.path.splitext(path)[1].lower().lstrip(".")
    problems: list[Problem] = []
    if extension not in allowed:
        accepted = ", ".join(sorted(allowed))
        problems.append(problem("file-type-refused", extension=extension, accepted=accepted))
    if size == 0:
        problems.append(problem("file-empty"))
        return FileFacts(size, mtime, problems=tuple(problems))
    if size > MAX_BYTES:
        problems.append(problem("file-too-large", size=f"{size / 1024**3:.1f}"))
        return FileFacts(size, mtime, problems=tuple(problems))
    content_reads.add()
    try:
        sha1, head = _hash(path)
    except FileNotFoundError:
        return FileFacts(size, mtime, problems=(_vanished(),))
    except PermissionError:
        return FileFacts(size, mtime, problems=(_unreadable(),))
    kind = kind_of_content(head)
    expected = KIND_OF_EXTENSION.get(extension, "")
    if kind == "html":
        problems.append(problem("file-is-html"))
    elif expected and kind != expected and not (expected == "stl" and not kind):
        said = NAMES.get(kind, "not a file of that type")
        problems.append(problem("file-type-mismatch", content=said, extension=extension))
    elif kind in IMAGES:
        problems += _image_findings(path, kind)
    exif = read_exif(path) if kind in ("jpeg", "tiff", "png", "webp") else {}
    return FileFacts(size, mtime, sha1, kind, tuple(problems), exif)


def _hash(path: str) -> tuple[str, bytes]:
    digest = hashlib.sha1()
    buffer = bytearray(BLOCK)
    view = memoryview(buffer)
    head = b""
    with open(path, "rb", buffering=0) as handle:
        while count := handle.readinto(buffer):
            if not head:
                head = bytes(view[: min(count, 4096)])
            digest.update(view[:count])  # hashlib lets other threads run meanwhile
    return digest.hexdigest(), head


def _image_findings(path: str, kind: str) -> list[Problem]:
    """Damage, and a size Commons makes no thumbnails of (told by the header alone)."""
    try:
        with Image.open(path) as image:
            image.verify()
    except Image.DecompressionBombError as error:  # "Image size (N pixels) exceeds limit..."
        claimed = re.search(r"\((\d+) pixels\)", str(error))
        pixels = int(claimed.group(1)) if claimed else 2 * Image.MAX_IMAGE_PIXELS
        return [_too_large(pixels, kind, THUMBNAIL_PIXELS.get(kind, 2 * Image.MAX_IMAGE_PIXELS))]
    except Exception as error:
        return [problem("image-damaged", damage=str(error) or type(error).__name__)]
    try:
        with Image.open(path) as image:
            pixels, frames = image.width * image.height, getattr(image, "n_frames", 1)
            if image.format == "JPEG":  # decoded at an eighth of its size: every byte read,
                image.draft(image.mode, (image.width // 8 or 1, image.height // 8 or 1))
                image.load()  # a cut one found, in a sixty-fourth of the memory
            elif pixels <= FULL_DECODE_PIXELS:
                image.load()
    except Exception as error:
        return [problem("image-damaged", damage=str(error) or type(error).__name__)]
    limit = THUMBNAIL_PIXELS.get(kind)
    if limit and pixels > limit:
        return [_too_large(pixels, kind, limit)]
    if kind == "gif" and frames > 1 and pixels * frames > ANIMATION_PIXELS:
        return [
            problem(
                "animation-too-large",
                frames=frames,
                megapixels=_megapixels(pixels * frames),
                limit=_megapixels(ANIMATION_PIXELS),
            )
        ]
    return []


def _too_large(pixels: int, kind: str, limit: int) -> Problem:
    return problem(
        "image-too-large-for-thumbnails",
        megapixels=_megapixels(pixels),
        format=kind.upper(),
        limit=_megapixels(limit),
    )


def _megapixels(pixels: int) -> str:
    return f"{pixels / 1_000_000:,.0f}" if pixels >= 10_000_000 else f"{pixels / 1_000_000:.1f}"


def read_exif(path: str) -> dict[str, str]:
    """The date taken, camera and GPS position a file's EXIF data gives, where it gives them."""
    try:
        with open(path, "rb") as handle:
            tags = exifread.process_file(handle, details=False)
    except Exception:
        return {}
    found: dict[str, str] = {}
    # When the photograph was taken; not IFD0's DateTime, the last time software saved it.
    taken = str(tags.get("EXIF DateTimeOriginal") or tags.get("EXIF DateTimeDigitized") or "")
    taken = taken.strip()
    if taken[:4].isdigit() and not taken.startswith("0000"):
        found["date"] = taken[:10].replace(":", "-") + taken[10:19]
    if camera := camera_name(str(tags.get("Image Make", "")), str(tags.get("Image Model", ""))):
        found["camera"] = camera
    position = _gps(tags)
    if position:
        found["gps"] = position
    return found


def camera_name(make: str, model: str) -> str:
    """The camera as a person would name it: "Canon EOS 40D", not "Canon Canon EOS 40D";
    "NIKON D70", not "NIKON CORPORATION NIKON D70"."""
    make, model = " ".join(make.split()), " ".join(model.split())
    brand = make.split(" ")[0].lower() if make else ""
    if not model or (brand and model.lower().startswith(brand)):
        return model or make
    return f"{make} {model}".strip()


def _gps(tags: dict) -> str:
    try:
        latitude = _degrees(tags["GPS GPSLatitude"], str(tags.get("GPS GPSLatitudeRef", "N")))
        longitude = _degrees(tags["GPS GPSLongitude"], str(tags.get("GPS GPSLongitudeRef", "E")))
    except (KeyError, ValueError, ZeroDivisionError, TypeError, IndexError):
        return ""
    return f"{latitude:.6f}, {longitude:.6f}"


def _degrees(tag: object, reference: str) -> float:
    d, m, s = (float(part.num) / float(part.den) for part in tag.values[:3])
    value = d + m / 60 + s / 3600
    return -value if reference.strip().upper() in ("S", "W") else value


def _vanished() -> Problem:
    return problem("file-vanished")


def _unreadable() -> Problem:
    return problem("file-unreadable")


T = TypeVar("T")
R = TypeVar("R")


def parallel(work: Callable[[T], R], items: Iterable[T], workers: int | None = None) -> Iterator[R]:
    """``work`` on each item on all cores, results in order, never more than a few in flight.

    Threads suffice: hashlib, file reads and Pillow's decoders let other threads run.
    """
    workers = workers or os.cpu_count() or 2
    window: list[Future[R]] = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for item in items:
            window.append(pool.submit(work, item))
            if len(window) >= 4 * workers:
                yield window.pop(0).result()
        for future in window:
            yield future.result()
