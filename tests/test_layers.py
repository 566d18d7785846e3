"""The layers of docs/design.md: the core imports neither Qt nor pywikibot, only glamdonor/wiki
imports pywikibot, and each package imports only the packages its table allows. Imports inside
functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "glamdonor"
RULES = (
    # (which modules, which top-level import they must not use)
    (lambda module: module.startswith("glamdonor.core"), "PySide6"),
    (lambda module: module.startswith("glamdonor.core"), "pywikibot"),
    (lambda module: module.startswith("glamdonor.metrics"), "PySide6"),
    (lambda module: not module.startswith("glamdonor.wiki"), "pywikibot"),
)


def imported_roots(source: str) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def violations(module: str, source: str) -> list[str]:
    roots = imported_roots(source)
    return [
        f"{module} imports {root}" for applies, root in RULES if applies(module) and root in roots
    ]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(part for part in parts if part != "__init__")


def test_no_module_crosses_a_layer():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20  # the walk really found the package
    found = [v for path in files for v in violations(module_name(path), path.read_text())]
    assert found == []


def test_the_check_catches_each_kind_of_crossing():
    assert violations("glamdonor.core.plan", "import PySide6.QtCore") == [
        "glamdonor.core.plan imports PySide6"
    ]
    assert violations("glamdonor.core.x", "def f():\n    from pywikibot import Site\n") == [
        "glamdonor.core.x imports pywikibot",
        "glamdonor.core.x imports pywikibot",
    ]
    assert violations("glamdonor.jobs.upload", "import pywikibot.data.api") == [
        "glamdonor.jobs.upload imports pywikibot"
    ]
    assert violations("glamdonor.wiki.connection", "import pywikibot") == []
    assert violations("glamdonor.gui.app", "from PySide6 import QtWidgets") == []


PACKAGES = {"core", "catalog", "media", "wiki", "metrics", "jobs", "cli", "gui"}
ALLOWED = {  # the table of docs/design.md: which of glamdonor's packages each may import
    "core": set(),
    "catalog": {"core"},
    "media": {"core"},
    "wiki": {"core", "media"},
    "metrics": {"core"},
    "jobs": {"core", "catalog", "media", "wiki", "metrics"},
    "cli": PACKAGES - {"gui"},
    "gui": PACKAGES - {"cli"},
}


def test_each_package_imports_only_what_the_design_allows():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if len(parts) < 2 or parts[0] not in ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("glamdonor."):
                used = node.module.split(".")[1]
                if used in PACKAGES and used != parts[0] and used not in ALLOWED[parts[0]]:
                    found.append(f"{'/'.join(parts)}:{node.lineno} imports glamdonor.{used}")
    assert found == []
    design = (PACKAGE.parent / "docs" / "design.md").read_text(encoding="utf-8")
    for package in PACKAGES:
        assert f"| `{package}` |" in design, package
