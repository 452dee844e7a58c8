"""Holding a bundle back: the quarantine folder of a coordinator's vault, and its limits.

A bundle is held, still age-encrypted as it came, when its sender is unknown or revoked, when
earlier bundles of a sender are missing (a gap), when it gives a held record version other
content (an equivocation), or when it brings versions of another sender's testimony. Anyone
who holds the organisation card can write a bundle, so what strangers can make us keep is
limited, per key and in total; so is the whole quarantine.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.storage import audit, held_bundles
from app.storage import senders as stored_senders
from app.storage.clock import utc_now
from app.storage.files import PRIVATE_FILE, fsync_dir, make_private_dir
from app.storage.unit_of_work import UnitOfWork
from app.storage.vault import Vault
from app.sync import bundle_format as fmt
from app.sync import identities, minisign
from app.sync.errors import BundleRejected
from app.sync.import_apply import Applied
from app.sync.reasons import Reason


class HoldReason(StrEnum):
    """Why a bundle is held (stored in quarantined_bundle.reason, shown in its outcome)."""

    UNKNOWN = "unknown sender"
    REVOKED = "revoked sender"
    GAP = "sequence gap"
    EQUIVOCATION = "equivocation"
    FOREIGN = "another sender's testimony"


UNKNOWN, REVOKED, GAP = HoldReason.UNKNOWN, HoldReason.REVOKED, HoldReason.GAP
EQUIVOCATION, FOREIGN = HoldReason.EQUIVOCATION, HoldReason.FOREIGN
UNTRUSTED = (UNKNOWN, REVOKED)


@dataclass(frozen=True)
class Limits:
    """How much the quarantine keeps. A real interviewer sends a handful of bundles before a
    coordinator approves the card; an attacker sends as many as the disk takes."""

    key_bundles: int = 20  # from one unknown or revoked key
    key_bytes: int = 2 * fmt.GIB
    untrusted_bundles: int = 200  # from all unknown and revoked keys together
    untrusted_bytes: int = 8 * fmt.GIB
    all_bundles: int = 1000  # held for any reason
    all_bytes: int = 16 * fmt.GIB


LIMITS = Limits()


class QuarantineFull(BundleRejected):
    """Holding the bundle would pass a limit; nothing was kept."""


def quarantine_file(vault: Vault, sha256: str) -> Path:
    return vault.paths.quarantine / f"{sha256}.age"


def check_room(vault: Vault, path: Path, signer: str, untrusted: bool) -> None:
    """Refuse, before anything is copied, a bundle that would pass a limit. A bundle already
    in the quarantine folder (a retry) is counted already."""
    if path.parent == vault.paths.quarantine:
        return
    size = path.stat().st_size
    with vault.reading() as session:
        checks = [
            (held_bundles.usage(session), LIMITS.all_bundles, LIMITS.all_bytes,
             Reason.QUARANTINE_FULL),
        ]  # fmt: skip
        if untrusted:
            checks += [
                (held_bundles.usage(session, UNTRUSTED), LIMITS.untrusted_bundles,
                 LIMITS.untrusted_bytes, Reason.QUARANTINE_FULL_UNTRUSTED),
                (held_bundles.usage(session, UNTRUSTED, signer), LIMITS.key_bundles,
                 LIMITS.key_bytes, Reason.QUARANTINE_FULL_KEY),
            ]  # fmt: skip
    for (count, used), most, most_bytes, reason in checks:
        if count + 1 > most or used + size > most_bytes:
            raise QuarantineFull(
                reason, key=signer, count=count, size=_gib(used), most=most,
                most_size=_gib(most_bytes),
            )  # fmt: skip


def _gib(size: int) -> str:
    return f"{size / fmt.GIB:.2f} GiB" if size >= fmt.GIB else f"{size / fmt.MIB:.1f} MiB"


def keep(
    vault: Vault, path: Path, manifest: fmt.Manifest, signer: minisign.PublicKey,
    why: tuple[str, str], applied: Applied | None = None,
) -> None:  # fmt: skip
    """Keep the encrypted bundle in the vault folder and a row naming `why` (reason, detail).
    The signer, whose signature verified, is noted as a pending sender if none is known."""
    reason, detail = why
    check_room(vault, path, signer.key_id, reason in UNTRUSTED)
    sha256, size = _copy_into_quarantine(vault, path)
    with vault.transaction() as session:
        if stored_senders.get(session, signer.key_id) is None:
            identities.note_pending(session, signer)
        row = held_bundles.HeldRow(
            sha256, signer.key_id, manifest.bundle_id, manifest.sequence, reason, detail, size,
            utc_now(), signer.raw,
        )  # fmt: skip
        if held_bundles.hold(session, row):
            audit.append(session, vault.key_id, "quarantine", manifest.bundle_id,
                         {"sender": signer.key_id, "reason": reason, "sha256": sha256})  # fmt: skip
        if applied is not None:
            note_conflicts(session, manifest, applied)


def note_conflicts(session: UnitOfWork, manifest: fmt.Manifest, applied: Applied) -> None:
    """Record each equivocation and each testimony of another sender the bundle brought."""
    bundle = (manifest.bundle_id, manifest.sender)
    for testimony_id, version, held, received in applied.equivocations:
        held_bundles.note_equivocation(session, testimony_id, version, (held, received), bundle)
    for testimony_id, owner in applied.foreign.items():
        held_bundles.note_owner_conflict(session, testimony_id, owner, bundle)


def _copy_into_quarantine(vault: Vault, path: Path) -> tuple[str, int]:
    """The bundle is age-encrypted to the organisation already: kept as it came, as a file
    (a BLOB would be read whole into memory at approval), named by its SHA-256."""
    make_private_dir(vault.paths.quarantine)
    fd, tmp_name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=vault.paths.quarantine)
    digest, size = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as sink, path.open("rb") as source:
            while chunk := source.read(1024 * 1024):
                digest.update(chunk)
                size += len(chunk)
                sink.write(chunk)
            sink.flush()
            os.fsync(sink.fileno())
        os.chmod(tmp_name, PRIVATE_FILE)
        os.replace(tmp_name, quarantine_file(vault, digest.hexdigest()))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_dir(vault.paths.quarantine)
    return digest.hexdigest(), size
