"""The Linux artefacts, built once per test run by scripts/package.py into a temp folder.

`make test` installs PyInstaller first (the `package` extra, scripts/package_deps); a bare
`pytest` without it skips the build tests with a reason rather than failing on a missing tool.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.sviedka.Sviedka"


@dataclass(frozen=True)
class Built:
    dist: Path
    tarball: Path
    deb: Path


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: `make package-test` installs it and runs these")
    work = tmp_path_factory.mktemp("package")
    env = {key: value for key, value in os.environ.items() if not key.startswith("SVIEDKA_")}
    completed = subprocess.run(
        [
            *(sys.executable, "scripts/package.py"),
            *("--dist", str(work / "dist"), "--work", str(work / "work")),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=1200,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    dist = work / "dist"
    (tarball,) = dist.glob("sviedka-*-linux-x86_64.tar.gz")
    (deb,) = dist.glob("sviedka_*_amd64.deb")
    return Built(dist, tarball, deb)


@pytest.fixture(scope="session")
def unpacked(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The portable folder, unpacked into a fresh temp folder as a user would."""
    into = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(built.tarball) as tar:
        for member in tar.getmembers():
            tar.extract(member, into, filter="data")
    (folder,) = into.iterdir()
    return folder
