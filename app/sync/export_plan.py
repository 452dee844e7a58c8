"""What an export sends, and how it is cut into bundles that each fit the format's limits.

Only testimonies whose current consent includes `share_organisation` leave the vault. One that
the organisation received before but whose current consent no longer allows it is not sent
either: the organisation gets a *notice* instead (its id, the version number, and whether
consent was withdrawn or only its scope narrowed), so that it stops using what it holds.
Deleting a testimony is not sent: it is what an interviewer does to a delivered testimony
before crossing a border, and a deletion forced from an interviewer must not reach the
archive (the audit trail, which is sent, still records it).

A testimony's new versions and its attachments always travel in the same bundle; bundles are
filled in testimony order until the manifest or the bundle would pass a limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.domain import facts
from app.domain.canonical import canonical_bytes, parse_strict
from app.storage import exported
from app.storage.exported import AttachmentFile, LiveTestimony, StoredVersion
from app.storage.testimonies import Provenance
from app.storage.unit_of_work import UnitOfWork
from app.sync import bundle_format as fmt
from app.sync.errors import ExportRefused

SHARE_SCOPE = "share_organisation"
# Below the format's limits (1 MiB manifest, 20,000 members, 8 GiB file) with room to spare:
# a manifest's size is estimated from its entries before it is written.
MANIFEST_BUDGET = 900 * 1024
MEMBERS_BUDGET = 15_000
BLOB_BUDGET = 4 * fmt.GIB


@dataclass
class Shipment:
    """One testimony's part of an export: its new versions and attachments not yet sent."""

    testimony_id: str
    records: list[tuple[str, bytes]]  # (member name, bytes)
    latest: int  # its newest version in the shipment, 0 if only attachments
    attachments: list[AttachmentFile]

    def manifest_cost(self) -> int:
        records = sum(len(name) + 110 for name, _ in self.records)
        attached = sum(
            400 + len(a.filename.encode()) * 6 + len(a.description.encode()) * 6
            for a in self.attachments
        )  # JSON escapes make a non-ASCII character up to 6 bytes long
        return records + attached

    def blob_bytes(self) -> int:
        return sum(a.size for a in self.attachments)


@dataclass
class Plan:
    last_sequence: int
    shipments: list[Shipment] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    notices: list[fmt.Notice] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.shipments and not self.notices


@dataclass
class Part:
    """The content of one bundle of an export."""

    shipments: list[Shipment] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    notices: list[fmt.Notice] = field(default_factory=list)

    @property
    def records(self) -> list[tuple[str, bytes]]:
        return [record for s in self.shipments for record in s.records]

    @property
    def attachments(self) -> list[AttachmentFile]:
        return [a for s in self.shipments for a in s.attachments]


def plan_export(session: UnitOfWork, organisation: str, everything: bool) -> Plan:
    """What is new for `organisation` (its key id): each organisation gets every version,
    attachment and audit entry it has not received, and numbers its own bundles."""
    plan = Plan(last_sequence=exported.last_sequence(session, organisation))
    ever_sent = exported.sent_versions(session, organisation)
    notified = exported.sent_notices(session, organisation)
    sent, sent_attachments, audit_from = ever_sent, set[str](), 0
    if everything:
        sent, notified = {}, {}
    else:
        sent_attachments = exported.sent_attachments(session, organisation)
        audit_from = exported.last_audit_seq(session, organisation)
    for row in exported.live_testimonies(session):
        current = exported.version(session, row.id, row.current_version)
        document = parse_strict(current.document) if current is not None else {}
        if current is None or SHARE_SCOPE not in facts.consent_scopes(document):
            plan.withheld.append(row.id)
            if (
                current is not None
                and row.id in ever_sent
                and notified.get(row.id, 0) < row.current_version
            ):
                plan.notices.append(_notice(row.id, current, document))
            continue
        versions = exported.versions_after(session, row.id, sent.get(row.id, 0))
        attachments = [a for a in exported.attachments_of(session, row.id)
                       if a.id not in sent_attachments]  # fmt: skip
        if versions or attachments:
            plan.shipments.append(Shipment(
                row.id, [record_member(row, v) for v in versions],
                versions[-1].version if versions else 0, attachments,
            ))  # fmt: skip
    plan.audit = exported.audit_after(session, audit_from)
    return plan


def split(plan: Plan) -> list[Part]:
    """Bundles in sending order; the first carries the audit entries and the notices."""
    parts = [Part(audit=plan.audit, notices=plan.notices)]
    cost = len(canonical_bytes([n.as_json() for n in plan.notices])) + 2048
    members, blobs = 1, 0
    for shipment in plan.shipments:
        extra_cost, extra_members = (
            shipment.manifest_cost(),
            len(shipment.records) + len(shipment.attachments),
        )
        if (
            extra_cost > MANIFEST_BUDGET - 2048
            or extra_members > MEMBERS_BUDGET
            or shipment.blob_bytes() > BLOB_BUDGET
        ):
            raise ExportRefused(
                f"testimony {shipment.testimony_id} alone is larger than a bundle may be "
                "(too many versions or attachments, or over 4 GiB of attachments)"
            )
        full = (
            cost + extra_cost > MANIFEST_BUDGET
            or members + extra_members > MEMBERS_BUDGET
            or blobs + shipment.blob_bytes() > BLOB_BUDGET
        )
        if full and parts[-1].shipments:
            parts.append(Part())
            cost, members, blobs = 2048, 1, 0
        parts[-1].shipments.append(shipment)
        cost, members, blobs = (
            cost + extra_cost,
            members + extra_members,
            blobs + shipment.blob_bytes(),
        )
    return parts


def record_member(row: LiveTestimony, version: StoredVersion) -> tuple[str, bytes]:
    provenance = Provenance(
        id=row.id,
        version=version.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
        saved_at=version.saved_at,
        author_key=version.author_key,
        vocabulary_version=version.vocabulary_version,
        sha256=version.sha256,
    )
    record = {
        "format": fmt.RECORD_FORMAT,
        "provenance": provenance.as_json(),
        "document": parse_strict(version.document),
    }
    return f"records/{row.id}.{version.version}.json", canonical_bytes(record)


def _notice(testimony_id: str, current: StoredVersion, document: Any) -> fmt.Notice:
    withdrawn = "withdrawal" in (document.get("consent") or {})
    kind = fmt.CONSENT_WITHDRAWN if withdrawn else fmt.SHARING_ENDED
    return fmt.Notice(testimony_id, current.version, kind, current.saved_at)
