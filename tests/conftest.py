"""Suite-wide fixtures: every test runs with HOME, XDG folders and TMPDIR inside its own temp
folder, so nothing a test does can reach the developer's real vault or leave files behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.keyslot import KdfParams
from app.storage.vault import Vault

PASSPHRASE = "correct horse battery staple"
# The product always calibrates Argon2id to 0.3-1 s; tests that are not about the KDF use
# the cheapest parameters the keyslot accepts, stored in the slot like any others.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def private_environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("home")
    saved = dict(os.environ)
    for name, sub in [
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("TMPDIR", "tmp"),
        ("SQLITE_TMPDIR", "tmp"),
    ]:
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    for name in ("SVIEDKA_VAULT", "SVIEDKA_PASSPHRASE", "SVIEDKA_NEW_PASSPHRASE"):
        os.environ.pop(name, None)
    try:
        yield home
    finally:
        os.environ.clear()
        os.environ.update(saved)


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_folder: Path) -> Iterator[Vault]:
    opened = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def closed_vault(vault_folder: Path) -> Path:
    """A vault created and closed again: for tests that open it themselves (or via the CLI)."""
    Vault.create(vault_folder, PASSPHRASE, FAST_KDF).close()
    return vault_folder
