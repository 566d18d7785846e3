"""The documentation stays true to the code: every command and option of the command line is
in docs/cli.md, and every link between the README and the docs leads to a file that exists."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from glamdonor.cli.main import build_parser

ROOT = Path(__file__).resolve().parent.parent


def commands(parser: argparse.ArgumentParser, path: str = ""):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                options = [
                    option
                    for a in sub._actions
                    if not isinstance(a, argparse._HelpAction)
                    for option in a.option_strings
                ]
                yield f"{path}{name}", options
                yield from commands(sub, f"{path}{name} ")


def test_every_command_and_option_is_in_the_cli_reference():
    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    found = list(commands(build_parser()))
    assert len(found) > 15
    for command, options in found:
        last = command.split()[-1]
        assert re.search(rf"\b{re.escape(last)}\b", reference), command
        for option in options:
            assert option in reference, f"{command} {option}"


def test_links_between_the_readme_and_the_docs_lead_somewhere():
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):  # https:, mailto:
                continue
            if not (page.parent / target).exists():
                broken.append(f"{page.relative_to(ROOT)} → {target}")
    assert not broken, broken
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for guide in ("guide-museum-staff.md", "guide-coordinators.md", "cli.md", "mapping.md"):
        assert f"docs/{guide}" in readme, guide


def test_the_design_is_cited_from_the_repository_only():
    """The design notes outside the repository are not sources: docs/design.md and
    docs/commons.md are, and both exist."""
    root = Path(__file__).resolve().parent.parent
    assert (root / "docs" / "design.md").is_file() and (root / "docs" / "commons.md").is_file()
    citing = []
    for folder in ("glamdonor", "tests", "docs", "bench", "packaging", "examples"):
        for path in (root / folder).rglob("*"):
            if path.suffix in {".py", ".md", ".sh", ".toml", ".spec"} and path != Path(__file__):
                text = path.read_text(encoding="utf-8", errors="replace")
                if "FACTS" + ".md" in text or "ARCHITECTURE" + ".md" in text:
                    citing.append(str(path.relative_to(root)))
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert citing == [] and "ARCHITECTURE" + ".md" not in readme and "FACTS" + ".md" not in readme
