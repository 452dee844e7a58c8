"""The .deb: what it installs where, that its metadata validates, and that the program it puts
on the PATH starts (from the package unpacked with dpkg-deb, without installing it)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import APP_ID, Built


def dpkg_deb(*args: str) -> str:
    return subprocess.run(
        ["dpkg-deb", *args], capture_output=True, text=True, check=True, timeout=300
    ).stdout


@pytest.fixture(scope="module")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("deb-root")
    dpkg_deb("-x", str(built.deb), str(root))
    return root


def test_control_names_the_package_version_and_what_it_needs(built: Built) -> None:
    assert dpkg_deb("-f", str(built.deb), "Package", "Version", "Architecture").split() == [
        "Package:",
        "sviedka",
        "Version:",
        "0.1.0",
        "Architecture:",
        "amd64",
    ]
    # Qt's X11 plugin needs libxcb from the system: PyInstaller does not bundle it.
    assert "libxcb1" in dpkg_deb("-f", str(built.deb), "Depends")


def test_every_file_belongs_to_root(built: Built) -> None:
    for line in dpkg_deb("--contents", str(built.deb)).splitlines():
        assert line.split()[1] == "root/root", line


def test_it_installs_the_program_menu_entry_icon_and_metadata(installed: Path) -> None:
    share = installed / "usr" / "share"
    assert (installed / "opt" / "sviedka" / "sviedka").is_file()
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_the_program_on_the_path_starts(installed: Path) -> None:
    program = installed / "usr" / "bin" / "sviedka"
    assert program.is_symlink()
    result = subprocess.run(
        [str(program), "--version"],
        capture_output=True,
        text=True,
        env={"HOME": str(installed)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "sviedka 0.1.0"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_installed_menu_entry_validates(installed: Path) -> None:
    entry = installed / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
