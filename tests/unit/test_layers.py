"""Arrows point down only: ui/cli -> services -> sync -> storage -> domain, and the core never
imports Qt."""

from __future__ import annotations

import ast
from collections.abc import Iterator
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
    # sync keeps protocol, crypto and tar; its persistence goes through storage functions
    # that take a unit of work and return frozen values (issue 10).
    "sync": (
        "PySide6",
        "sqlalchemy",
        "app.storage.models",
        "app.storage.sync_models",
        "app.services",
        "app.ui",
        "app.cli",
    ),
    "services": ("PySide6", "app.ui", "app.cli"),
    # render draws with Qt, for both faces, what services built; it never reads the vault itself
    "render": ("sqlalchemy", "sqlcipher3", "alembic", "app.storage", "app.sync", "app.cli"),
}


def uses(path: Path) -> Iterator[tuple[int, str, str]]:
    """(line, kind, name) of what a file uses: "import" for every module it imports (for
    `from a import b`, both `a` and `a.b`, since b may be a module), "call" for every method
    called as `x.name(...)` or `y.x.name(...)` (as "x.name"), "name" for every name or
    attribute mentioned."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, "import", alias.name
                yield node.lineno, "name", alias.name.rsplit(".", 1)[-1]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            yield node.lineno, "import", module
            for alias in node.names:
                yield node.lineno, "import", f"{module}.{alias.name}"
                yield node.lineno, "name", alias.name.rsplit(".", 1)[-1]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            owner = getattr(receiver, "id", None) or getattr(receiver, "attr", "")
            yield node.lineno, "call", f"{owner}.{node.func.attr}"
        if isinstance(node, ast.Name):
            yield node.lineno, "name", node.id
        elif isinstance(node, ast.Attribute):
            yield node.lineno, "name", node.attr


def imports_of(path: Path) -> set[str]:
    return {name for _, kind, name in uses(path) if kind == "import"}


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
    return [f"line {line}" for line, kind, name in uses(path)
            if kind == "name" and name == "QFileDialog"]  # fmt: skip


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
    found, importing = [], set()
    for line, kind, name in uses(path):
        method = name.rsplit(".", 1)[-1]
        if kind == "call" and method in ("reading", "transaction"):
            found.append(f"line {line} opens a session (.{method}())")
        elif kind == "import" and name.split(".")[0] == "sqlalchemy" and line not in importing:
            importing.add(line)  # `from sqlalchemy import a, b` is one offence
            found.append(f"line {line} imports {name}")
    return found


def test_faces_open_no_database_session() -> None:
    files = [*(APP / "cli").rglob("*.py"), *(APP / "ui").rglob("*.py")]
    files += (APP / "render").rglob("*.py")
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


# What app/sync must leave to storage: the ORM calls it made by hand before issue 10.
ORM_CALLS = ("add", "execute", "scalar", "scalars", "get", "delete", "merge", "flush")


def orm_calls(path: Path) -> list[str]:
    """`session.<orm method>(...)` (or `self.session...`) in a file."""
    wanted = {f"session.{method}" for method in ORM_CALLS}
    return [f"line {line} {name}()" for line, kind, name in uses(path)
            if kind == "call" and name in wanted]  # fmt: skip


def test_sync_leaves_persistence_to_storage() -> None:
    files = list((APP / "sync").rglob("*.py"))
    assert APP / "sync" / "importer.py" in files
    offences = [f"{path.relative_to(APP)} {where}" for path in files for where in orm_calls(path)]
    assert offences == [], "add a storage function that takes the session instead"


def test_orm_call_checker_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from app.storage import sync_models\n"
        "session.add(row)\n"
        "self.session.get(Sender, key)\n"
        "cache.get(key)\n"
    )
    assert len(orm_calls(bad)) == 2
    assert "app.storage.sync_models" in imports_of(bad)
