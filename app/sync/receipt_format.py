"""The receipt format (`sviedka.receipt/1`): what the organisation confirms it holds.

A receipt file is built like a bundle (docs/bundle-format.md §10): age-encrypted to the
interviewer's reply recipient (named in the signed manifest of the bundle it answers), a padded
tar of `receipt.json` and its minisign signature `receipt.sig` by the organisation's key. Found
on a laptop or in a messenger it reveals nothing, not even that it is a receipt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.canonical import MalformedJSON, parse_strict
from app.sync import bundle_format as fmt
from app.sync import minisign
from app.sync.cards import AGE_RECIPIENT
from app.sync.errors import BundleRejected
from app.sync.reasons import Reason

RECEIPT_FORMAT = "sviedka.receipt/1"
RECEIPT, RECEIPT_SIG = "receipt.json", "receipt.sig"
MAX_RECEIPT_BYTES = 64 * fmt.MIB
_COMMENT = re.compile(r"^sviedka-receipt/1 receipt:([0-9a-f]{32}) bundle:([0-9a-f]{32})$")
_TESTIMONY_ID = re.compile(f"^{fmt.UUID}$")


@dataclass(frozen=True)
class HeldVersion:
    testimony_id: str
    version: int
    sha256: str  # of the canonical document, as both vaults store it

    def as_json(self) -> dict[str, Any]:
        return {"id": self.testimony_id, "version": self.version, "sha256": self.sha256}


@dataclass(frozen=True)
class Receipt:
    """Bundle `bundle_id` (sequence, manifest hash) arrived; and everything the organisation
    holds that this sender wrote: receipts are cumulative, so a lost one costs nothing."""

    receipt_id: str
    organisation: str  # the organisation's signing key id
    sender: str  # the interviewer's key id
    recipient: str  # the interviewer's reply recipient the receipt is encrypted to
    bundle_id: str
    sequence: int
    manifest_sha256: str
    created_at: str
    versions: tuple[HeldVersion, ...]
    attachments: tuple[str, ...]  # SHA-256 of each attachment's content held

    def as_json(self) -> dict[str, Any]:
        return {
            "format": RECEIPT_FORMAT,
            "receipt_id": self.receipt_id,
            "organisation": self.organisation,
            "sender": self.sender,
            "recipient": self.recipient,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "manifest_sha256": self.manifest_sha256,
            "created_at": self.created_at,
            "versions": [v.as_json() for v in self.versions],
            "attachments": list(self.attachments),
        }


def trusted_comment(receipt_id: str, bundle_id: str) -> str:
    return f"sviedka-receipt/1 receipt:{receipt_id} bundle:{bundle_id}"


def parse_trusted_comment(comment: str) -> tuple[str, str]:
    match = _COMMENT.match(comment)
    if match is None:
        raise BundleRejected(Reason.RECEIPT_COMMENT)
    return match[1], match[2]


def parse_receipt(data: bytes) -> Receipt:
    try:
        doc = parse_strict(data, max_depth=8)
    except MalformedJSON as exc:
        raise BundleRejected(Reason.RECEIPT_MALFORMED, error=exc) from None
    try:
        return _receipt(doc)
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRejected(Reason.RECEIPT_INVALID, error=exc) from None


def _receipt(doc: Any) -> Receipt:
    wanted = {"format", "receipt_id", "organisation", "sender", "recipient", "bundle_id",
              "sequence", "manifest_sha256", "created_at", "versions", "attachments"}  # fmt: skip
    if not isinstance(doc, dict) or set(doc) != wanted:
        raise ValueError(f"a receipt must have exactly the fields {sorted(wanted)}")
    if doc["format"] != RECEIPT_FORMAT:
        raise ValueError(f"format is not {RECEIPT_FORMAT}")
    versions, attachments = doc["versions"], doc["attachments"]
    if not isinstance(versions, list) or not isinstance(attachments, list):
        raise ValueError("versions and attachments must be lists")
    return Receipt(
        receipt_id=fmt.match_field(doc, "receipt_id", fmt.BUNDLE_ID),
        organisation=fmt.match_field(doc, "organisation", minisign.KEY_ID),
        sender=fmt.match_field(doc, "sender", minisign.KEY_ID),
        recipient=fmt.match_field(doc, "recipient", AGE_RECIPIENT),
        bundle_id=fmt.match_field(doc, "bundle_id", fmt.BUNDLE_ID),
        sequence=fmt.count_field(doc, "sequence", minimum=1),
        manifest_sha256=fmt.match_field(doc, "manifest_sha256", fmt.SHA256),
        created_at=fmt.match_field(doc, "created_at", fmt.TIMESTAMP),
        versions=tuple(_held(v) for v in versions),
        attachments=tuple(fmt.match_value(a, "attachment", fmt.SHA256) for a in attachments),
    )


def _held(doc: Any) -> HeldVersion:
    if not isinstance(doc, dict) or set(doc) != {"id", "version", "sha256"}:
        raise ValueError("a version entry must have exactly the fields id, version, sha256")
    return HeldVersion(
        fmt.match_field(doc, "id", _TESTIMONY_ID),
        fmt.count_field(doc, "version", minimum=1),
        fmt.match_field(doc, "sha256", fmt.SHA256),
    )
