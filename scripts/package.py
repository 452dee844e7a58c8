"""Build the Linux release artefacts from this checkout: `make package` runs it.

    .venv/bin/python scripts/package.py [--dist dist] [--work build/package]

Writes into --dist:
  sviedka-VERSION-linux-x86_64.tar.gz  a portable folder: unpack anywhere, run ./sviedka
  sviedka_VERSION_amd64.deb            the same folder in /opt/sviedka, `sviedka` on the PATH,
                                       the menu entry, icon and AppStream metadata installed
  SHA256SUMS                           `sha256sum -c SHA256SUMS` checks both

Both are built from one PyInstaller folder (packaging/sviedka.spec) that holds Python, Qt with
the libraries its xcb plugin loads, SQLCipher and every other dependency. No AppImage: its
tools (appimagetool, linuxdeploy) are downloaded from GitHub releases, are neither on PyPI nor
in Debian 12, and a build must not fetch unpinned binaries from the network.

Reproducible: the same commit gives the same bytes. SOURCE_DATE_EPOCH is the commit's time
(unless set), PYTHONHASHSEED is fixed for PyInstaller, and both archives are written with
sorted names, one mtime, root ownership and normalised modes (scripts/reproducible_check).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.sviedka.Sviedka"
INSTALL_DIR = "opt/sviedka"  # inside the .deb


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def source_date_epoch() -> int:
    """The commit's time, so that a rebuild of the same commit stamps the same dates."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    git = shutil.which("git")
    if git is None:
        raise SystemExit("package: git is needed to date the build (or set SOURCE_DATE_EPOCH)")
    out = subprocess.run(
        [git, "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip())


def freeze(work: Path, epoch: int) -> Path:
    """The PyInstaller folder (work/dist/sviedka), built afresh."""
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # The compiled catalogues are not in git; build them from the .ts sources being shipped.
    subprocess.run([sys.executable, "scripts/translations.py", "build"], cwd=ROOT, check=True)
    subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean"),
            *("--log-level", "WARN"),
            *("--distpath", str(work / "dist"), "--workpath", str(work / "build")),
            str(PACKAGING / "sviedka.spec"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return work / "dist" / "sviedka"


def desktop_files(into: Path, icon_dir: Path) -> None:
    """The menu entry, the AppStream metadata and the icon under their freedesktop names."""
    (into / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.desktop", into / "applications")
    (into / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", into / "metainfo")
    icon_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGING / "icons" / "sviedka.svg", icon_dir / f"{APP_ID}.svg")


def _normalised(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.mtime = min(int(info.mtime), epoch)
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    if info.isdir() or info.mode & 0o111:
        info.mode = 0o755
    elif not info.issym():
        info.mode = 0o644
    return info


def write_tarball(folder: Path, target: Path, epoch: int) -> None:
    """`folder` as `target` (.tar.gz) under its own name: sorted, one owner, dates clamped."""
    paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())
    with (
        target.open("wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch, compresslevel=6) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        top = tar.gettarinfo(str(folder), arcname=folder.name)
        tar.addfile(_normalised(top, epoch))
        for path in paths:
            info = tar.gettarinfo(str(path), arcname=f"{folder.name}/{path.relative_to(folder)}")
            info = _normalised(info, epoch)
            if info.isfile():
                with path.open("rb") as data:
                    tar.addfile(info, data)
            else:
                tar.addfile(info)


def portable(frozen: Path, stage: Path, dist: Path, epoch: int) -> Path:
    name = f"sviedka-{version()}-linux-x86_64"
    folder = stage / name
    shutil.copytree(frozen, folder, symlinks=True)
    desktop_files(folder / "share", folder / "share" / "icons")
    shutil.copy(PACKAGING / "linux" / "README.txt", folder / "README.txt")
    target = dist / f"{name}.tar.gz"
    write_tarball(folder, target, epoch)
    return target


def debian(frozen: Path, stage: Path, dist: Path, epoch: int) -> Path:
    root = stage / "deb"
    shutil.copytree(frozen, root / INSTALL_DIR, symlinks=True)
    share = root / "usr" / "share"
    desktop_files(share, share / "icons" / "hicolor" / "scalable" / "apps")
    (root / "usr" / "bin").mkdir(parents=True)
    # Relative, so that the program also starts from an unpacked .deb (tests/packaging).
    (root / "usr" / "bin" / "sviedka").symlink_to(f"../../{INSTALL_DIR}/sviedka")
    control = (PACKAGING / "linux" / "debian-control").read_text()
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(
        control.replace("@VERSION@", version()).replace("@SIZE_KIB@", str(size_kib))
    )
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
            os.utime(path, (epoch, epoch))
    target = dist / f"sviedka_{version()}_amd64.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    dpkg_deb = shutil.which("dpkg-deb") or "/usr/bin/dpkg-deb"
    subprocess.run(
        [dpkg_deb, "--root-owner-group", "-Zgzip", "--build", str(root), str(target)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return target


def write_sums(artefacts: list[Path], dist: Path) -> Path:
    lines = []
    for path in sorted(artefacts):
        digest = hashlib.sha256()
        with path.open("rb") as data:
            for block in iter(lambda: data.read(1 << 20), b""):
                digest.update(block)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    sums = dist / "SHA256SUMS"
    sums.write_text("".join(lines))
    return sums


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "package")
    parser.add_argument("--no-deb", action="store_true", help="only the portable tarball")
    args = parser.parse_args(argv)
    if not args.no_deb and shutil.which("dpkg-deb") is None:
        raise SystemExit("package: dpkg-deb is missing (Debian: apt install dpkg), or --no-deb")
    epoch = source_date_epoch()
    shutil.rmtree(args.work, ignore_errors=True)
    frozen = freeze(args.work, epoch)
    stage = args.work / "stage"
    args.dist.mkdir(parents=True, exist_ok=True)
    for old in args.dist.glob("sviedka[-_]*"):
        old.unlink()
    artefacts = [portable(frozen, stage, args.dist, epoch)]
    if not args.no_deb:
        artefacts.append(debian(frozen, stage, args.dist, epoch))
    write_sums(artefacts, args.dist)
    for path in [*artefacts, args.dist / "SHA256SUMS"]:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
