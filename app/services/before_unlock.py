"""What a face needs before a vault is unlocked, without loading the vault's stack (the
desktop's unlock window paints first, bench/ui_start.py): whether a folder holds a vault, the
failures that unlocking explains, and `Cancelled`, which a face raises from a progress
callback to stop long work. Only light modules are imported here: no SQLAlchemy, no crypto."""

from __future__ import annotations

from app.storage.errors import (
    Cancelled,
    VaultError,
    VaultKeyMissing,
    VaultLocked,
    WrongPassphrase,
    database_failure,
)
from app.storage.paths import holds_database, holds_vault

__all__ = [
    "Cancelled",
    "VaultError",
    "VaultKeyMissing",
    "VaultLocked",
    "WrongPassphrase",
    "database_failure",
    "holds_database",
    "holds_vault",
]
