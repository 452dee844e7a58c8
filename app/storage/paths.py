"""Where a vault lives. A vault is a folder: database, keyslot file, lock file, encrypted
attachments, pre-migration backups."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

ENV_VAULT = "SVIEDKA_VAULT"
KEYSLOTS_FILE = "keyslots.json"


def holds_vault(folder: Path) -> bool:
    """Whether `folder` holds a vault (a keyslot file: only a complete vault has one)."""
    return (Path(folder) / KEYSLOTS_FILE).exists()


def holds_database(folder: Path) -> bool:
    """Whether `folder` holds a vault's database, complete or not: never a place to create a
    new vault (its key file may be missing and restorable)."""
    return any(path.exists() for path in VaultPaths(Path(folder)).database_companions())


def default_vault_folder() -> Path:
    """The user's data folder (e.g. ~/.local/share/sviedka/vault), unless SVIEDKA_VAULT says."""
    chosen = os.environ.get(ENV_VAULT)
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir("sviedka", appauthor=False)) / "vault"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "vault.db"

    @property
    def keyslots(self) -> Path:
        return self.folder / KEYSLOTS_FILE

    @property
    def lock(self) -> Path:
        return self.folder / "vault.lock"

    @property
    def blobs(self) -> Path:
        """Encrypted attachment files, one `<random id>.age` each."""
        return self.folder / "blobs"

    @property
    def quarantine(self) -> Path:
        """Bundles held back at import, still age-encrypted to the organisation."""
        return self.folder / "quarantine"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    def database_companions(self) -> list[Path]:
        db = self.database
        return [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
