"""Where glamdonor keeps its files on this computer.

By default the platform's own folders (platformdirs). ``GLAMDONOR_HOME`` puts everything under
one folder instead: tests use it so they never touch a user's real settings or wikis.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "glamdonor"


def _folder(kind: str) -> Path:
    home = os.environ.get("GLAMDONOR_HOME")
    if home:
        Path(home).mkdir(parents=True, exist_ok=True, mode=0o700)  # ours: the user's alone
        path = Path(home) / kind
    else:
        path = Path(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def data_dir() -> Path:
    return _folder("data")


def config_dir() -> Path:
    return _folder("config")


def cache_dir() -> Path:
    return _folder("cache")


def log_dir() -> Path:
    return _folder("log")
