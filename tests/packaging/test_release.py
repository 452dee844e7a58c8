"""`make release` (scripts/release): minisign signatures that verify with the published key,
made only over artefacts that still match SHA256SUMS, and no secret key in the repository.

Signing uses a throwaway key pair made here; the project's real secret key lives outside the
repository and is never needed by a test."""

from __future__ import annotations

import base64
import hashlib
import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING, ROOT

pytestmark = pytest.mark.skipif(shutil.which("minisign") is None, reason="Debian's minisign")


@pytest.fixture
def key_pair(tmp_path: Path) -> tuple[Path, Path]:
    secret, public = tmp_path / "keys" / "release.key", tmp_path / "keys" / "release.pub"
    secret.parent.mkdir()
    subprocess.run(
        ["minisign", "-G", "-W", "-s", str(secret), "-p", str(public)],
        check=True,
        capture_output=True,
    )
    return secret, public


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    folder = tmp_path / "dist"
    folder.mkdir()
    artefact = folder / "sviedka-0.1.0-linux-x86_64.tar.gz"
    artefact.write_bytes(b"stands in for the real tarball")
    digest = hashlib.sha256(artefact.read_bytes()).hexdigest()
    (folder / "SHA256SUMS").write_text(f"{digest}  {artefact.name}\n")
    return folder


def release(dist: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(ROOT / "scripts" / "release"), str(dist)],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def verifies(path: Path, public: Path) -> bool:
    result = subprocess.run(
        ["minisign", "-Vq", "-p", str(public), "-m", str(path)], capture_output=True, check=False
    )
    return result.returncode == 0


def test_signatures_verify_and_a_changed_byte_does_not(
    dist: Path, key_pair: tuple[Path, Path]
) -> None:
    secret, public = key_pair
    env = {"SVIEDKA_RELEASE_KEY": str(secret), "SVIEDKA_RELEASE_PUBLIC_KEY": str(public)}
    result = release(dist, env)
    assert result.returncode == 0, result.stderr
    artefact = dist / "sviedka-0.1.0-linux-x86_64.tar.gz"
    assert verifies(artefact, public)
    assert verifies(dist / "SHA256SUMS", public)
    artefact.write_bytes(b"stands in for the real tarbalL")
    assert not verifies(artefact, public)


def test_an_artefact_that_no_longer_matches_its_sum_is_not_signed(
    dist: Path, key_pair: tuple[Path, Path]
) -> None:
    secret, public = key_pair
    (dist / "sviedka-0.1.0-linux-x86_64.tar.gz").write_bytes(b"swapped after the build")
    env = {"SVIEDKA_RELEASE_KEY": str(secret), "SVIEDKA_RELEASE_PUBLIC_KEY": str(public)}
    assert release(dist, env).returncode != 0
    assert list(dist.glob("*.minisig")) == []


def test_without_a_key_it_says_what_to_set(dist: Path) -> None:
    result = release(dist, {})
    assert result.returncode == 1
    assert "SVIEDKA_RELEASE_KEY" in result.stderr
    assert list(dist.glob("*.minisig")) == []


def test_a_signature_from_another_key_fails_with_the_published_key(
    dist: Path, key_pair: tuple[Path, Path]
) -> None:
    secret, public = key_pair
    env = {"SVIEDKA_RELEASE_KEY": str(secret), "SVIEDKA_RELEASE_PUBLIC_KEY": str(public)}
    assert release(dist, env).returncode == 0
    assert not verifies(dist / "SHA256SUMS", PACKAGING / "release-key.pub")


def test_the_published_key_is_a_minisign_public_key() -> None:
    lines = (PACKAGING / "release-key.pub").read_text().splitlines()
    assert lines[0].startswith("untrusted comment:")
    raw = base64.b64decode(lines[1], validate=True)
    assert raw[:2] == b"Ed"  # Ed25519 signatures
    assert len(raw) == 42  # algorithm, key id, public key
    assert lines[1] in (ROOT / "README.md").read_text()  # what users are told to trust


def is_minisign_secret_key(text: str) -> bool:
    """A minisign secret key file: a comment line, then 158 bytes in base64 (algorithms, KDF
    salt and limits, key id, secret and public key), encrypted or not."""
    lines = text.splitlines()
    for comment, key in itertools.pairwise(lines):
        if comment.startswith("untrusted comment:"):
            try:
                if len(base64.b64decode(key.strip(), validate=True)) == 158:
                    return True
            except ValueError:
                continue
    return False


def test_no_secret_key_is_tracked_in_the_repository(key_pair: tuple[Path, Path]) -> None:
    secret, public = key_pair
    assert is_minisign_secret_key(secret.read_text())  # the check can see a key
    assert not is_minisign_secret_key(public.read_text())
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, tracked):
        path = ROOT / name.decode()
        if path.is_file() and path.stat().st_size < 64 * 1024:
            text = path.read_bytes().decode("utf-8", errors="replace")
            assert not is_minisign_secret_key(text), f"{name.decode()} holds a secret key"
