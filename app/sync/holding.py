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
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage import audit
from app.storage.clock import utc_now
from app.storage.files import PRIVATE_FILE, fsync_dir, make_private_dir
from app.storage.sync_models import Equivocation, OwnerConflict, QuarantinedBundle, Sender
from app.storage.vault import Vault
from app.sync import bundle_format as fmt
from app.sync import identities, minisign
from app.sync.errors import BundleRejected
from app.sync.import_apply import Applied

# Reasons a bundle is held (stored in quarantined_bundle.reason).
UNKNOWN, REVOKED = "unknown sender", "revoked sender"
GAP, EQUIVOCATION, FOREIGN = "sequence gap", "equivocation", "another sender's testimony"
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
    held = QuarantinedBundle
    with vault.reading() as session:
        checks = [(_usage(session), LIMITS.all_bundles, LIMITS.all_bytes, _FULL)]
        if untrusted:
            checks += [
                (_usage(session, held.reason.in_(UNTRUSTED)), LIMITS.untrusted_bundles,
                 LIMITS.untrusted_bytes, _FULL_UNTRUSTED),
                (_usage(session, held.reason.in_(UNTRUSTED), held.sender_key_id == signer),
                 LIMITS.key_bundles, LIMITS.key_bytes, _FULL_KEY),
            ]  # fmt: skip
    for (count, used), most, most_bytes, message in checks:
        if count + 1 > most or used + size > most_bytes:
            raise QuarantineFull(
                message.format(
                    key=signer, count=count, size=_gib(used), most=most, most_size=_gib(most_bytes)
                )
            )


_FULL = (
    "not kept: the quarantine already holds {count} bundles, {size} (at most {most}, "
    "{most_size}); decide on the held bundles first (sviedka quarantine list)"
)
_FULL_UNTRUSTED = (
    "not kept: bundles from unknown or revoked senders already take {count} places, {size} "
    "(at most {most}, {most_size}); approve the senders you know and discard the rest first"
)
_FULL_KEY = (
    "not kept: key {key} already has {count} bundles held back, {size} (at most {most}, "
    "{most_size}); approve it after comparing its fingerprint, or discard its bundles"
)


def _usage(session: Session, *where: object) -> tuple[int, int]:
    query = select(func.count(), func.coalesce(func.sum(QuarantinedBundle.size), 0))
    count, used = session.execute(query.where(*where)).one()  # type: ignore[arg-type]
    return int(count), int(used)


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
        if session.get(Sender, signer.key_id) is None:
            identities.note_pending(session, signer)
        row = session.get(QuarantinedBundle, sha256)
        if row is None:
            session.add(QuarantinedBundle(
                sha256=sha256, sender_key_id=signer.key_id, bundle_id=manifest.bundle_id,
                sequence=manifest.sequence, reason=reason, detail=detail, size=size,
                received_at=utc_now(), signer_public=signer.raw,
            ))  # fmt: skip
            audit.append(session, vault.key_id, "quarantine", manifest.bundle_id,
                         {"sender": signer.key_id, "reason": reason, "sha256": sha256})  # fmt: skip
        else:
            row.reason, row.detail = reason, detail
        if applied is not None:
            note_conflicts(session, manifest, applied)


def note_conflicts(session: Session, manifest: fmt.Manifest, applied: Applied) -> None:
    """Record each equivocation and each testimony of another sender the bundle brought."""
    for testimony_id, version, held, received in applied.equivocations:
        seen = session.scalars(select(Equivocation).filter_by(
            testimony_id=testimony_id, version=version, received_sha256=received,
            bundle_id=manifest.bundle_id,
        )).first()  # fmt: skip
        if seen is None:
            session.add(Equivocation(
                testimony_id=testimony_id, version=version, held_sha256=held,
                received_sha256=received, bundle_id=manifest.bundle_id,
                sender_key_id=manifest.sender, detected_at=utc_now(),
            ))  # fmt: skip
    for testimony_id, owner in applied.foreign.items():
        known = session.scalars(select(OwnerConflict).filter_by(
            testimony_id=testimony_id, bundle_id=manifest.bundle_id,
        )).first()  # fmt: skip
        if known is None:
            session.add(OwnerConflict(
                testimony_id=testimony_id, owner_key_id=owner, sender_key_id=manifest.sender,
                bundle_id=manifest.bundle_id, detected_at=utc_now(),
            ))  # fmt: skip


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
