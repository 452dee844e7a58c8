"""The coordinator's decisions on quarantined bundles: list them, import one whose record
versions conflict with the archive's (keeping the archive's content of those versions, and
leaving out other senders' testimonies), hand other senders' testimonies over to the bundle's
sender, or discard one. Senders' approval, which releases the bundles of unknown senders, is in
importer.

An equivocation (a sender's signed bundle giving a held version other content) means the
sender's vault was restored from an old copy and edited again, or its key is in someone else's
hands. Talk to the interviewer before deciding; either way the conflict stays recorded.

A bundle that brings versions of a testimony another sender delivered first is held the same
way: an interviewer cannot write into a colleague's testimony. If the testimony did change
hands (an interviewer left, a colleague continues), `hand_over` makes the bundle's sender the
one who may send it from now on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.storage import audit, held_bundles
from app.storage.unit_of_work import UnitOfWork
from app.storage.vault import Vault
from app.sync import holding, importer
from app.sync.errors import SyncError
from app.sync.holding import HoldReason
from app.sync.outcomes import QUARANTINE_LABEL, QUARANTINED, BundleOutcome, TestimonyRef, pick

_PREFIX = re.compile(r"^[0-9a-f]{8,64}$")


@dataclass(frozen=True)
class HeldBundle:
    id: str  # the SHA-256 of the encrypted file; a prefix of 8+ digits names it
    sender: str
    bundle_id: str
    sequence: int
    reason: HoldReason
    detail: str
    size: int
    received_at: str
    versions: tuple[tuple[str, int], ...] = ()  # (testimony, version): other content than held
    owners: tuple[tuple[str, str], ...] = ()  # (testimony, its sender): another sender's
    names: tuple[TestimonyRef, ...] = field(default=(), compare=False)  # see app.sync.outcomes

    @property
    def conflicts(self) -> tuple[str, ...]:
        return tuple(f"{testimony_id}@{version}" for testimony_id, version in self.versions)

    @property
    def others(self) -> tuple[str, ...]:
        return tuple(f"{testimony_id} (sender {owner})" for testimony_id, owner in self.owners)

    @property
    def mentioned(self) -> list[str]:
        """Every testimony this bundle conflicts on, each once: what `names` should cover."""
        return list(dict.fromkeys([t for t, _ in self.versions] + [t for t, _ in self.owners]))

    def name(self, testimony_id: str) -> TestimonyRef:
        return pick(self.names, [testimony_id])[0]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "sender": self.sender, "bundle_id": self.bundle_id,
                "sequence": self.sequence, "reason": self.reason, "detail": self.detail,
                "size": self.size, "received_at": self.received_at,
                "conflicts": list(self.conflicts), "others": list(self.others)}  # fmt: skip


def held(vault: Vault, sender: str | None = None) -> list[HeldBundle]:
    """The held bundles, by sender and sequence; only `sender`'s if one is given."""
    with vault.reading() as session:
        return [_info(session, row) for row in held_bundles.of_sender(session, sender)]


def _info(session: UnitOfWork, row: held_bundles.HeldRow) -> HeldBundle:
    return HeldBundle(
        row.sha256, row.sender_key_id, row.bundle_id, row.sequence, HoldReason(row.reason),
        row.detail, row.size, row.received_at,
        tuple(held_bundles.equivocations(session, row.bundle_id)),
        tuple(held_bundles.owner_conflicts(session, row.bundle_id)),
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


def keep_held(vault: Vault, prefix: str) -> BundleOutcome:
    """Import a bundle held for conflicts; each conflicting version keeps the archive's
    content and other senders' testimonies are left out."""
    return _decide(vault, prefix, importer.Decisions(accept_gap=True, keep_held=True))


def hand_over(vault: Vault, prefix: str) -> BundleOutcome:
    """Import a bundle that brings other senders' testimonies, making its sender the one who
    may send them from now on (recorded in the audit trail)."""
    decisions = importer.Decisions(accept_gap=True, hand_over=True)
    return _decide(vault, prefix, decisions, (holding.FOREIGN,))


def _decide(
    vault: Vault, prefix: str, decisions: importer.Decisions,
    reasons: tuple[str, ...] = (holding.EQUIVOCATION, holding.FOREIGN),
) -> BundleOutcome:  # fmt: skip
    bundle = find(vault, prefix)
    if bundle.reason not in reasons:
        raise SyncError(
            f"bundle {bundle.id[:16]} is held for {str(bundle.reason)!r}, which this decision does "
            "not answer; see `sviedka quarantine list` and `sviedka senders approve`"
        )
    path = importer.quarantine_file(vault, bundle.id)
    label = f"{QUARANTINE_LABEL}{bundle.id[:16]}"
    outcome = importer.import_one(vault, path, label=label, decisions=decisions)
    if outcome.status != QUARANTINED:
        _forget(vault, bundle, "quarantine_resolve", outcome.status)
    return outcome


def discard(vault: Vault, prefix: str) -> HeldBundle:
    """Delete a quarantined bundle unread; the sender's later bundles will show a gap."""
    bundle = find(vault, prefix)
    _forget(vault, bundle, "quarantine_discard", "discarded")
    return bundle


def _forget(vault: Vault, bundle: HeldBundle, action: str, result: str) -> None:
    with vault.transaction() as session:
        held_bundles.forget(session, bundle.id)
        detail = {"sender": bundle.sender, "reason": bundle.reason, "result": result}
        audit.append(session, vault.key_id, action, bundle.bundle_id, detail)
    importer.quarantine_file(vault, bundle.id).unlink(missing_ok=True)
