"""A keyring kept in memory, for tests: they never touch the computer's real keyring.
Chosen for the whole test run by ``PYTHON_KEYRING_BACKEND`` (conftest.py)."""

from __future__ import annotations

from typing import ClassVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1
    kept: ClassVar[dict[tuple[str, str], str]] = {}  # one for the process, as a real keyring

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
