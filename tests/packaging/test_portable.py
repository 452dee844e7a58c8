"""The portable Linux folder, unpacked anywhere and started with a bare environment: no
virtualenv, no PYTHONPATH, no system Python packages; only what the tarball holds.

Each program runs with an environment built from nothing (as `env -i` would), HOME and TMPDIR
in a fresh folder, and from a working directory outside the checkout, so a module found only
through this checkout or the test's own interpreter cannot make a test pass.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.packaging.conftest import APP_ID, ROOT, Built

PROBE = "SVIEDKA_EXIT_AFTER_FIRST_PAINT"


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


@pytest.fixture
def bare(tmp_path: Path) -> dict[str, str]:
    """The whole environment of the packaged program: a home and a temp folder, nothing else."""
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    return {"HOME": str(home), "TMPDIR": str(temp)}


def run(program: Path, *args: str, env: dict[str, str], stdin: str | None = None) -> Ran:
    completed = subprocess.run(
        [str(program), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=env["HOME"],
        timeout=180,
        check=False,
        start_new_session=True,  # no terminal: a prompt must not hang the test
    )
    return Ran(completed.returncode, completed.stdout, completed.stderr)


def test_sha256sums_name_every_artefact_with_its_digest(built: Built) -> None:
    listed = {}
    for line in (built.dist / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split("  ")
        listed[name] = digest
    assert set(listed) == {built.tarball.name, built.deb.name}
    for name, digest in listed.items():
        assert hashlib.sha256((built.dist / name).read_bytes()).hexdigest() == digest


def test_the_folder_holds_python_qt_sqlcipher_and_the_desktop_files(unpacked: Path) -> None:
    internal = unpacked / "_internal"
    assert (unpacked / "sviedka").stat().st_mode & 0o111
    assert list(internal.glob("libpython3*.so*")), "Python is not bundled"
    assert list(internal.rglob("libQt6Widgets.so*")), "Qt is not bundled"
    assert list(internal.rglob("libqxcb.so")), "Qt's X11 platform plugin is not bundled"
    assert list(internal.glob("libxcb-cursor.so*")), "Qt's xcb plugin needs libxcb-cursor"
    assert list(internal.rglob("sqlcipher3/_sqlite3*.so")), "SQLCipher is not bundled"
    share = unpacked / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / f"{APP_ID}.svg").is_file()


def test_every_module_of_the_app_is_frozen_in(unpacked: Path) -> None:
    """Commands and views are imported lazily (app.cli.main, app.ui.main); one the import scan
    missed would only fail when a user opens it, so compare with the checkout's modules."""
    readers = pytest.importorskip("PyInstaller.archive.readers")
    frozen = set(
        readers.CArchiveReader(str(unpacked / "sviedka")).open_embedded_archive("PYZ.pyz").toc
    )
    app = ROOT / "app"
    expected = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in app.rglob("*.py")
        if "migrations" not in path.parts  # shipped as files: Alembic reads them by path
    }
    assert expected - frozen == set()
    assert {"pyqtgraph", "alembic", "sqlalchemy", "platformdirs"} <= frozen


def test_version_with_an_empty_environment(unpacked: Path) -> None:
    result = run(unpacked / "sviedka", "--version", env={"HOME": str(unpacked.parent)})
    assert result.code == 0, result.err
    assert result.out.strip() == "sviedka 0.1.0"


def test_init_add_list_show_from_the_unpacked_folder(
    unpacked: Path, bare: dict[str, str], tmp_path: Path
) -> None:
    program, vault = unpacked / "sviedka", tmp_path / "vault"
    env = {**bare, "SVIEDKA_PASSPHRASE": PASSPHRASE}
    created = run(program, "--vault", str(vault), "init", env=env)
    assert created.code == 0, created.err
    template = run(program, "template", env=bare)
    assert template.code == 0, template.err
    record = json.loads(template.out)
    added = run(program, "--vault", str(vault), "add", "-", env=env, stdin=json.dumps(record))
    assert added.code == 0, added.err
    (testimony_id,) = added.out.split()
    listed = run(program, "--vault", str(vault), "list", "--json", env=env)
    assert listed.code == 0, listed.err
    assert [row["id"] for row in json.loads(listed.out)] == [testimony_id]
    shown = run(program, "--vault", str(vault), "show", testimony_id, "--json", env=env)
    assert shown.code == 0, shown.err
    record_shown = json.loads(shown.out)
    record_shown.pop("provenance")
    assert record_shown == {**record, "id": testimony_id}
    wrong = run(program, "--vault", str(vault), "list", env={**bare, "SVIEDKA_PASSPHRASE": "no"})
    assert wrong.code == 1
    assert "Traceback" not in wrong.err


def test_it_writes_nothing_outside_the_vault_and_the_users_folders(
    unpacked: Path, bare: dict[str, str], tmp_path: Path
) -> None:
    before = sorted(p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*"))
    vault = tmp_path / "vault"
    env = {**bare, "SVIEDKA_PASSPHRASE": PASSPHRASE}
    assert run(unpacked / "sviedka", "--vault", str(vault), "init", env=env).code == 0
    assert run(unpacked / "sviedka", "--vault", str(vault), "list", env=env).code == 0
    desktop = {**bare, "QT_QPA_PLATFORM": "offscreen", PROBE: "1"}
    assert run(unpacked / "sviedka", "--vault", str(vault), env=desktop).code == 0
    # No bytecode cache or unpacked copy in the program's folder, nothing in the temp folder.
    assert sorted(p.relative_to(unpacked).as_posix() for p in unpacked.rglob("*")) == before
    assert list(Path(bare["TMPDIR"]).iterdir()) == []


def test_the_desktop_paints_its_first_window_offscreen(
    unpacked: Path, bare: dict[str, str], tmp_path: Path
) -> None:
    env = {**bare, "QT_QPA_PLATFORM": "offscreen", PROBE: "1"}
    result = run(unpacked / "sviedka", "--vault", str(tmp_path / "new vault"), env=env)
    assert result.code == 0, result.err
    assert result.out.startswith("painted ")
    assert "Traceback" not in result.err


def test_without_a_display_the_desktop_says_so_in_one_line(
    unpacked: Path, bare: dict[str, str]
) -> None:
    result = run(unpacked / "sviedka", env=bare)
    assert result.code == 1
    assert result.err.startswith("sviedka: ")
    assert "Traceback" not in result.err
