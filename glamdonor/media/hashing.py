"""SHA-1 of media files, as the wiki computes it, read in blocks so size does not matter."""

from __future__ import annotations

import hashlib
from pathlib import Path

BLOCK = 1024 * 1024


def sha1_of(path: Path) -> str:
    digest = hashlib.sha1()
    with Path(path).open("rb") as handle:
        while block := handle.read(BLOCK):
            digest.update(block)
    return digest.hexdigest()
