"""Make the example batch's images: small PNGs drawn here, so no binary sits in git.

The pictures are the same every time, so uploading the example twice finds them already there.
``copy_example`` gives a fresh copy of the example (the files git tracks, and new images),
leaving behind whatever a run left here: the batch's journal, results, reports.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
# The example's own files, as the repository tracks them (tests/test_examples.py keeps this true).
TRACKED = ("batch.toml", "catalog.csv", "make_media.py", "mapping.toml", "partner.toml")


PICTURES = {
    "red-study.png": ((196, 40, 40), (250, 210, 190)),
    "blue-evening.png": ((30, 60, 140), (240, 200, 90)),
    "green-garden.png": ((40, 120, 60), (230, 230, 200)),
}


def make(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, (ground, figure) in PICTURES.items():
        image = Image.new("RGB", (320, 240), ground)
        draw = ImageDraw.Draw(image)
        draw.ellipse((100, 60, 220, 180), fill=figure)
        draw.rectangle((20, 200, 300, 220), fill=figure)
        path = folder / name
        image.save(path, optimize=False)
        made.append(path)
    return made


def copy_example(folder: Path) -> Path:
    """A copy of the example batch in ``folder``, its images made; the batch file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in TRACKED:
        shutil.copy2(HERE / name, folder / name)
    make(folder / "media")
    return folder / "batch.toml"


if __name__ == "__main__":
    for path in make(Path(__file__).with_name("media")):
        print(f"made {path}")
