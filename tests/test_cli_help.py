"""Every command and every option says what it is for in ``--help``."""

from __future__ import annotations

import argparse

from glamdonor.cli.main import build_parser


def commands(parser: argparse.ArgumentParser, path: str = "glamdonor"):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, f"{path} {name}")


def test_every_command_has_a_description_and_every_option_a_help():
    found = list(commands(build_parser()))
    assert len(found) >= 15
    for path, parser in found:
        assert parser.description and len(parser.description) > 20, f"{path}: no description"
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction | argparse._SubParsersAction):
                continue
            assert action.help and action.help != argparse.SUPPRESS, f"{path}: {action.dest}"


def test_the_version_is_said_without_loading_what_the_commands_need():
    """`glamdonor --version` answers at once: neither pandas, Qt nor pywikibot is loaded."""
    import subprocess
    import sys

    from glamdonor import __version__

    probe = (
        "import sys; from glamdonor.cli.main import main; code = main(['--version']); "
        "heavy = [m for m in ('pandas', 'pywikibot', 'PySide6', 'PIL') if m in sys.modules]; "
        "print(code, heavy)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [f"glamdonor {__version__}", "0 []"]
