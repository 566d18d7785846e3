"""Reading the TOML files people write by hand (batches, mappings), with readable errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from glamdonor.core.errors import InputError
from glamdonor.core.words import N_


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with Path(path).open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise InputError(N_("the file does not exist."), N_("Check the path."), file=path) from None
    except IsADirectoryError:
        raise InputError(
            N_("this is a folder, not a file."), N_("Name the file."), file=path
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            N_("this is not valid TOML ({error})."),
            N_("Correct the line it names."),
            file=path,
            error=error,
        ) from None


FORMAT_VERSION = 1  # of batch files, mapping profiles and partner profiles alike


def read_versioned(path: Path, what: str) -> dict[str, Any]:
    """A glamdonor TOML file (``what``: "batch file", "mapping"...) of the version it reads."""
    data = read_toml(path)
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        raise InputError(
            N_(
                "this {what} has format_version {version!r}; this glamdonor reads version "
                "{readable}."
            ),
            N_(
                "Write `format_version = {readable}` at the top of a file made by hand, or "
                "update glamdonor for a file made by a newer one."
            ),
            file=path,
            what=what,
            version=version,
            readable=FORMAT_VERSION,
        )
    return data


def table_of(data: dict, key: str, path: Path) -> dict:
    """``data[key]``, which must be a TOML table ([key] or key = { ... }) if it is there."""
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise InputError(
            N_("“{key}” must be a table: [{key}] with lines below it, or {key} = {{ ... }}."),
            N_("See docs/mapping.md for how such a file is written."),
            file=path,
            key=key,
        )
    return table
