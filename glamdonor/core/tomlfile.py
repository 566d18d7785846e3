"""Reading the TOML files people write by hand (batches, mappings), with readable errors."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from glamdonor.core.errors import InputError


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with Path(path).open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise InputError("the file does not exist.", "Check the path.", file=path) from None
    except IsADirectoryError:
        raise InputError("this is a folder, not a file.", "Name the file.", file=path) from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(
            f"this is not valid TOML ({error}).", "Correct the line it names.", file=path
        ) from None
