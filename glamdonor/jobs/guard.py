"""One sender at a time for the same bytes on the same wiki, on this computer.

Two glamdonor processes (two batches sharing a media folder, say) could each find that the
wiki lacks a file and both send it: the wiki tells a duplicate only once the first is
published. Holding a lock per wiki and SHA-1 from the look-up until the publish, the second
process waits, then finds the first's file on the wiki and does not publish it again.

The locks are 256 files, each shared by the wikis and SHA-1s that hash alike, so that a batch
of a million files leaves no million files behind; two processes sending other bytes meet on
one only by chance (1 in 256), and then merely take turns.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator

from filelock import FileLock

from glamdonor.core.places import data_dir


@contextlib.contextmanager
def sending(wiki: str, sha1: str) -> Iterator[None]:
    """Hold these bytes for this process while they go to this wiki (its journal key)."""
    folder = data_dir() / "sending"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stripe = hashlib.sha1(f"{wiki}\0{sha1}".encode()).hexdigest()[:2]
    with FileLock(folder / f"{stripe}.lock"):
        yield
