"""The coordinator's decisions on quarantined bundles: list them, import one whose record
versions conflict with the archive's (keeping the archive's content of those versions), or
discard one. Senders' approval, which releases the bundles of unknown senders, is in importer.

An equivocation (a sender's signed bundle giving a held version other content) means the
sender's vault was restored from an old copy and edited again, or its key is in someone else's
hands. Talk to the interviewer before deciding; either way the conflict stays recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.storage import audit
from app.storage.sync_models import Equivocation, QuarantinedBundle
from app.storage.vault import Vault
from app.sync import importer
from app.sync.errors import SyncError

_PREFIX = re.compile(r"^[0-9a-f]{8,64}$")


@dataclass(frozen=True)
class HeldBundle:
    id: str  # the SHA-256 of the encrypted file; a prefix of 8+ digits names it
    sender: str
    bundle_id: str
    sequence: int
    reason: str
    detail: str
    size: int
    received_at: str
    conflicts: tuple[str, ...]  # "id@version" for an equivocation

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "conflicts": list(self.conflicts)}


def held(vault: Vault) -> list[HeldBundle]:
    with vault.reading() as session:
        rows = session.scalars(
            select(QuarantinedBundle).order_by(
                QuarantinedBundle.sender_key_id, QuarantinedBundle.sequence
            )
        ).all()
        return [_info(session, row) for row in rows]


def _info(session: Any, row: QuarantinedBundle) -> HeldBundle:
    conflicts = session.scalars(
        select(Equivocation).where(Equivocation.bundle_id == row.bundle_id)
    ).all()
    return HeldBundle(
        row.sha256, row.sender_key_id, row.bundle_id, row.sequence, row.reason, row.detail,
        row.size, row.received_at, tuple(f"{c.testimony_id}@{c.version}" for c in conflicts),
    )  # fmt: skip


def find(vault: Vault, prefix: str) -> HeldBundle:
    prefix = prefix.strip().lower()
    if not _PREFIX.match(prefix):
        raise SyncError("name a quarantined bundle by at least 8 hex digits of its id")
    matches = [h for h in held(vault) if h.id.startswith(prefix)]
    if len(matches) != 1:
        found = "no" if not matches else "more than one"
        raise SyncError(f"{found} quarantined bundle has an id beginning with {prefix}")
    return matches[0]


def keep_held(vault: Vault, prefix: str) -> importer.BundleOutcome:
    """Import an equivocating bundle; each conflicting version keeps the archive's content."""
    bundle = find(vault, prefix)
    if bundle.reason != "equivocation":
        raise SyncError(
            f"bundle {bundle.id[:16]} is held for {bundle.reason!r}, not an equivocation; "
            "see `sviedka senders approve`"
        )
    path = importer.quarantine_file(vault, bundle.id)
    label = f"quarantine/{bundle.id[:16]}"
    outcome = importer.import_one(vault, path, label=label, accept_gap=True, keep_held=True)
    if outcome.status != importer.QUARANTINED:
        _forget(vault, bundle, "quarantine_resolve", outcome.status)
    return outcome


def discard(vault: Vault, prefix: str) -> HeldBundle:
    """Delete a quarantined bundle unread; the sender's later bundles will show a gap."""
    bundle = find(vault, prefix)
    _forget(vault, bundle, "quarantine_discard", "discarded")
    return bundle


def _forget(vault: Vault, bundle: HeldBundle, action: str, result: str) -> None:
    with vault.transaction() as session:
        row = session.get(QuarantinedBundle, bundle.id)
        if row is not None:
            session.delete(row)
        detail = {"sender": bundle.sender, "reason": bundle.reason, "result": result}
        audit.append(session, vault.key_id, action, bundle.bundle_id, detail)
    importer.quarantine_file(vault, bundle.id).unlink(missing_ok=True)
