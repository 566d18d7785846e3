"""Finding each row's file in the batch's media folder, with one walk of the folder.

Names are compared after Unicode NFC (macOS stores names decomposed) and with ``\\`` read as
``/``; where the folder's file system ignores letter case (Windows, macOS), so does the
comparison. Catalogs made on Windows name files as ``photos\\EM-0001.tif``,
``D:\\Collectie\\Foto's\\EM 0001.TIF`` or ``\\\\server\\share\\...``: such a name is found by its
part below the media folder (the longest tail of the path that names a file there), else by the
file name alone, and "ambiguous" when two files could be meant. A name that leads outside the
folder, by ``..``, an absolute path of this computer or a symbolic link, is refused.
"""

from __future__ import annotations

import os
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

WINDOWS_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:/|//)")  # D:/..., //server/share/...
_NOT_PLAIN = re.compile(r"[\\\x00-\x09\x0b-\x1f\x7f]|\n | \n")  # in names joined by line breaks


@dataclass
class MediaFolder:
    root: Path
    files: dict[str, str] = field(default_factory=dict)  # relative name -> file's path
    escaping: set[str] = field(default_factory=set)  # names of links that lead outside
    ignores_case: bool = False  # the file system finds "A.TIF" as "a.tif"
    _keyed: dict[str, list[str]] | None = None  # compared name -> relative names
    _by_name: dict[str, list[str]] | None = None  # compared file name -> relative names
    _folded: dict[str, str] | None = None

    @classmethod
    def scan(cls, root: Path) -> MediaFolder:
        folder = cls(Path(root).resolve())
        folder._walk(folder.root, "")
        folder.ignores_case = _ignores_case(folder.root, folder.files)
        return folder

    def _walk(self, directory: str | Path, prefix: str) -> None:
        try:
            entries = list(os.scandir(directory))
        except OSError:
            return
        for entry in entries:
            name = _nfc(prefix + entry.name)
            try:
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
            except OSError:  # a symbolic link in a loop, an entry gone or unreadable: no file
                continue

    def found(self, names: list[str]) -> list[str | None]:
        """The file of each name where the name is plainly the folder's own (ASCII, without
        ``\\``, control characters or spaces around it), else None: ``find`` tells the rest.
        One dictionary lookup a name, in C, for a catalog of plain names."""
        joined = "\n".join(names)
        plain = (
            joined.isascii()
            and joined.count("\n") == len(names) - 1  # no name holds a line break
            and not _NOT_PLAIN.search(joined)
            and not joined.startswith(" ")
            and not joined.endswith(" ")
        )
        return list(map(self.files.get, names)) if plain else [None] * len(names)

    def find(self, name: str) -> tuple[str | None, str]:
        """The file a catalog names, or None and why not: "outside", "missing", "ambiguous"
        (two files could be meant: ``candidates`` names them) or ""."""
        key = _nfc(name.strip().replace("\\", "/"))
        found = self.files.get(key)
        if found:  # the common case: a plain name of a file that is there
            return found, ""
        if WINDOWS_ABSOLUTE.match(key) or key.startswith("/"):
            absolute = Path(key)
            if absolute.is_absolute() and absolute.is_relative_to(self.root):
                key = absolute.relative_to(self.root).as_posix()
            elif absolute.is_absolute() and absolute.exists():
                return None, "outside"  # a file of this computer, elsewhere: to be copied in
            else:  # a path of the computer the catalog was made on: its tail is what counts
                skip = 2 if key.startswith("//") else 1 if WINDOWS_ABSOLUTE.match(key) else 0
                return self._by_tail(key.lstrip("/").split("/")[skip:], "missing")
        key = posixpath.normpath(key)
        if key == ".." or key.startswith("../"):
            return None, "outside"
        if key in self.escaping:
            return None, "outside"
        return self._by_tail(key.split("/"), "missing")

    def candidates(self, name: str) -> list[str]:
        """The files an ambiguous name could mean, relative to the folder."""
        parts = _nfc(name.strip().replace("\\", "/")).split("/")
        return sorted(self._index(by_name=True).get(self._compared(parts[-1]), []))

    def _by_tail(self, parts: list[str], not_found: str) -> tuple[str | None, str]:
        """The file named by the longest tail of ``parts`` that is a path in the folder (the
        part below the media folder), else by the file name alone when one file has it."""
        parts = [part for part in parts if part not in ("", ".")]
        if ".." in parts:
            return None, "outside"
        keyed = self._index(by_name=False)
        for start in range(len(parts) - 1):  # the whole path first, then shorter tails
            hits = keyed.get(self._compared("/".join(parts[start:])), [])
            if len(hits) == 1:
                return self.files[hits[0]], ""
        hits = self._index(by_name=True).get(self._compared(parts[-1]), []) if parts else []
        if len(hits) == 1:
            return self.files[hits[0]], ""
        if len(hits) > 1:
            return None, "ambiguous"
        return None, not_found

    def _index(self, *, by_name: bool) -> dict[str, list[str]]:
        if self._keyed is None:  # both indexes are made together, once
            self._keyed, self._by_name = {}, {}
            for relative in self.files:
                self._keyed.setdefault(self._compared(relative), []).append(relative)
                self._by_name.setdefault(self._compared(relative.rsplit("/", 1)[-1]), []).append(
                    relative
                )
        return self._by_name if by_name else self._keyed

    def _compared(self, name: str) -> str:
        return name.casefold() if self.ignores_case else name

    def similar(self, name: str) -> str:
        """A file whose name differs only in letter case, to suggest; or ""."""
        if self._folded is None:
            self._folded = {key.casefold(): key for key in self.files}
        return self._folded.get(_nfc(name.strip().replace("\\", "/")).casefold(), "")


def _ignores_case(root: Path, files: dict[str, str]) -> bool:
    """Whether the folder's file system finds a name in other letter case (Windows' NTFS and
    macOS's APFS do, by default): asked of one of its files, or of the folder itself."""
    paths = (Path(path) for path in files.values())
    probe = next((path for path in paths if path.name.swapcase() != path.name), root)
    if probe.name.swapcase() == probe.name:
        return False
    try:
        return probe.samefile(probe.with_name(probe.name.swapcase()))
    except OSError:
        return False


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)
