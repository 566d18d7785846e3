"""Real media files for the checks: whole, damaged, mislabelled."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image


def image_bytes(
    kind: str, size: tuple[int, int] = (64, 48), seed: int = 0, exif: dict | None = None
) -> bytes:
    image = Image.new("RGB", size, (seed % 256, (seed * 7) % 256, (seed * 13) % 256))
    for x in range(0, size[0], 4):  # some detail, so a cut really loses data
        image.putpixel((x, x % size[1]), (255 - seed % 256, x % 256, 0))
    image.putpixel((size[0] - 1, 0), (seed & 255, (seed >> 8) & 255, (seed >> 16) & 255))  # unique
    buffer = io.BytesIO()
    extra = {}
    if exif:
        data = image.getexif()
        for tag, value in exif.items():
            data[tag] = value
        extra["exif"] = data
    image.save(buffer, {"jpg": "JPEG", "png": "PNG", "tif": "TIFF"}[kind], **extra)
    return buffer.getvalue()


def truncated(kind: str) -> bytes:
    whole = image_bytes(kind, (400, 300), seed=3)
    return whole[: len(whole) * 2 // 3]


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)  # a name with subfolders
    path.write_bytes(data)
    return path


def noise_png(seed: int, side: int = 200) -> bytes:
    """A PNG that does not compress: about 3 bytes a pixel."""
    pixels = random.Random(seed).randbytes(side * side * 3)
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), pixels).save(buffer, "PNG")
    return buffer.getvalue()


def recolour(media: Path, seed: int) -> None:
    """Give the example images bytes of this test's own, so tests do not meet each other."""
    from PIL import Image

    for index, path in enumerate(sorted(media.glob("*.png"))):
        Image.new("RGB", (64, 48), (seed % 256, index * 40, 200 - index)).save(path)
