"""Asking before anything that writes to a wiki or deletes, the same way for every command."""

from __future__ import annotations

import sys

from glamdonor.core.errors import GlamdonorError


def confirm(question: str, yes: bool) -> None:
    """Return if the user agrees (or gave --yes), raise otherwise; never wait without a tty."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise GlamdonorError(f"{question} No answer can be given here.", "Add --yes to go ahead.")
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise GlamdonorError("Nothing was done.", "")
