"""Arrows point down only: ui/cli -> services -> sync -> storage -> domain, and the core never
imports Qt."""

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
    "storage": ("PySide6", "app.services", "app.sync", "app.ui", "app.cli"),
    "sync": ("PySide6", "app.services", "app.ui", "app.cli"),
    "services": ("PySide6", "app.ui", "app.cli"),
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


# The one module that may open a file chooser: it forces Qt's own dialog and erases its history
# (the platform's choosers write recently-used.xbel outside the vault).
FILE_DIALOGS = APP / "ui" / "file_dialogs.py"


def file_dialog_uses(path: Path) -> list[str]:
    """Every mention of QFileDialog in a file: imported, called or subclassed."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom | ast.Import):
            names = [alias.name.rsplit(".", 1)[-1] for alias in node.names]
        elif isinstance(node, ast.Name):
            names = [node.id]
        elif isinstance(node, ast.Attribute):
            names = [node.attr]
        else:
            continue
        found += [f"line {node.lineno}" for name in names if name == "QFileDialog"]
    return found


def test_only_the_helper_opens_file_choosers() -> None:
    files = [path for path in (APP / "ui").rglob("*.py") if path != FILE_DIALOGS]
    assert files
    assert FILE_DIALOGS.exists()
    offences = [
        f"{path.relative_to(APP)} {where}" for path in files for where in file_dialog_uses(path)
    ]
    assert offences == [], "use app.ui.file_dialogs"


def test_file_dialog_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from PySide6 import QtWidgets\n"
        "from PySide6.QtWidgets import QFileDialog as Chooser\n"
        "name = QtWidgets.QFileDialog.getOpenFileName(None)\n"
    )
    assert len(file_dialog_uses(bad)) == 2
    assert file_dialog_uses(FILE_DIALOGS) != []


# The faces call services (app.services); a database session opened in one is an operation the
# other face does not have (issue 10).


def session_uses(path: Path) -> list[str]:
    """SQLAlchemy imported, or a unit of work opened (`.reading()`, `.transaction()`)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("reading", "transaction")
        ):
            found.append(f"line {node.lineno} opens a session (.{node.func.attr}())")
            continue
        else:
            continue
        found += [
            f"line {node.lineno} imports {name}"
            for name in modules
            if name == "sqlalchemy" or name.startswith("sqlalchemy.")
        ]
    return found


def test_faces_open_no_database_session() -> None:
    files = [*(APP / "cli").rglob("*.py"), *(APP / "ui").rglob("*.py")]
    assert APP / "cli" / "commands.py" in files
    assert APP / "cli" / "attachment_commands.py" in files
    offences = [
        f"{path.relative_to(APP)} {where}" for path in files for where in session_uses(path)
    ]
    assert offences == [], "call a service in app/services instead"


def test_session_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlalchemy.orm\n"
        "from sqlalchemy import select\n"
        "with vault.reading() as session, vault.transaction() as writing:\n"
        "    pass\n"
        "workspace.page()\n"
    )
    assert len(session_uses(bad)) == 4
    assert session_uses(APP / "services" / "workspace.py") != []
