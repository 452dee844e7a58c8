"""Creating, unlocking and re-keying a vault, and checking its change log: the same for
`sviedka init`, `passwd` and `audit verify` and for the desktop's create and unlock screens.

A new passphrase below the minimum (app.services.passphrase_policy) is refused here, before
anything is written or the key derivation is calibrated (which takes seconds), whichever face
asked."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from app.services.passphrase_policy import require_acceptable
from app.services.upkeep import IdleUpkeep
from app.services.workspace import Workspace
from app.storage import audit, maintenance
from app.storage.audit import AuditReport
from app.storage.keyslot import KdfParams
from app.storage.search_rebuild import Progress
from app.storage.vault import Vault


@dataclass(frozen=True)
class Created:
    folder: Path
    key_id: str
    kdf: KdfParams
    unlock_seconds: float  # one unlock, measured on this machine right after creating


def create(folder: Path, passphrase: str, kdf: KdfParams | None = None) -> Workspace:
    """A new vault, left open."""
    require_acceptable(passphrase)
    return _ready(Vault.create(folder, passphrase, kdf or KdfParams.calibrate()))


def initialise(folder: Path, passphrase: str) -> Created:
    """A new vault, closed again, with what its owner should know: its key id and how long
    unlocking takes here."""
    require_acceptable(passphrase)
    kdf = KdfParams.calibrate()
    with create(folder, passphrase, kdf) as workspace:
        key_id = workspace.key_id
    started = time.perf_counter()
    unlock(folder, passphrase).close()
    return Created(folder, key_id, kdf, time.perf_counter() - started)


def unlock(folder: Path, passphrase: str, progress: Progress | None = None) -> Workspace:
    """The vault open, its upkeep after unlock done (app.storage.maintenance), and upkeep at
    idle scheduled until it is locked. `progress(done, total)` is told when the search index
    is rebuilt for a new release's rules (minutes on a large vault), first with done=0."""
    return _ready(Vault.open(folder, passphrase), progress)


def _ready(vault: Vault, progress: Progress | None = None) -> Workspace:
    try:
        maintenance.after_unlock(vault, progress)
        IdleUpkeep.attach(vault)
    except BaseException:
        vault.close()
        raise
    return Workspace(vault)


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """After this, only `new` opens the vault."""
    require_acceptable(new)
    with Vault.open(folder, old) as vault:
        vault.change_passphrase(old, new)


def verify_audit(workspace: Workspace) -> AuditReport:
    with workspace.vault.reading() as session:
        return audit.verify(session)
