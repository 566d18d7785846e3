"""Finding each row's file in the batch's media folder, with one walk of the folder.

Names are compared as the catalog writes them, after Unicode NFC (macOS stores names
decomposed) and with ``\\`` read as ``/``. A name that leads outside the folder, by ``..``, an
absolute path or a symbolic link, is refused.
"""

from __future__ import annotations

import os
import posixpath
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class MediaFolder:
    root: Path
    files: dict[str, str] = field(default_factory=dict)  # relative name -> file's path
    escaping: set[str] = field(default_factory=set)  # names of links that lead outside
    _folded: dict[str, str] | None = None

    @classmethod
    def scan(cls, root: Path) -> MediaFolder:
        folder = cls(Path(root).resolve())
        folder._walk(folder.root, "")
        return folder

    def _walk(self, directory: str | Path, prefix: str) -> None:
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return
        for entry in entries:
            name = _nfc(prefix + entry.name)
            if entry.is_symlink():
                target = Path(os.path.realpath(entry.path))
                if not target.is_relative_to(self.root):
                    self.escaping.add(name)
                    continue
            if entry.is_dir():
                if not entry.is_symlink():
                    self._walk(entry.path, name + "/")
            elif entry.is_file():
                self.files[name] = entry.path

    def find(self, name: str) -> tuple[str | None, str]:
        """The file a catalog names, or None and why not: "outside", "missing" or ""."""
        key = _nfc(name.strip().replace("\\", "/"))
        found = self.files.get(key)
        if found:  # the common case: a plain name of a file that is there
            return found, ""
        if key.startswith("/") or (len(key) > 1 and key[1] == ":"):
            absolute = Path(key)
            if not absolute.is_relative_to(self.root):
                return None, "outside"
            key = absolute.relative_to(self.root).as_posix()
        key = posixpath.normpath(key)
        if key == ".." or key.startswith("../"):
            return None, "outside"
        if key in self.escaping:
            return None, "outside"
        found = self.files.get(key)
        return (found, "") if found else (None, "missing")

    def similar(self, name: str) -> str:
        """A file whose name differs only in letter case, to suggest; or ""."""
        if self._folded is None:
            self._folded = {key.casefold(): key for key in self.files}
        return self._folded.get(_nfc(name.strip()).casefold(), "")


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)
