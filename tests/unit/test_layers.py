"""Arrows point down only: ui/cli -> sync -> storage -> domain, and the core never imports Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

# package -> import prefixes it must never use
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "sqlcipher3",
        "alembic",
        "app.storage",
        "app.sync",
        "app.ui",
        "app.cli",
    ),
    "storage": ("PySide6", "app.sync", "app.ui", "app.cli"),
    "sync": ("PySide6", "app.ui", "app.cli"),
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_imports(package: str) -> None:
    files = list((APP / package).rglob("*.py"))
    assert files or package == "sync", f"no sources found for app/{package}"
    offences = [
        f"{path.relative_to(APP)} imports {name}"
        for path in files
        for name in imports_of(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[package])
    ]
    assert offences == []


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    """The check can fail: a Qt import in a file is found."""
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport app.storage.vault\n")
    assert {"PySide6.QtWidgets", "app.storage.vault"} <= imports_of(bad)
