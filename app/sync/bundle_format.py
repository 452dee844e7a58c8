"""The bundle format's constants, limits, size buckets, member names and its manifest.

docs/bundle-format.md is the specification; this module is the one place the code states it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.canonical import MalformedJSON, parse_strict
from app.sync import minisign
from app.sync.cards import AGE_RECIPIENT, MAX_RECIPIENTS
from app.sync.errors import BundleRejected
from app.sync.reasons import Reason

FORMAT = "sviedka.bundle/1"
RECORD_FORMAT = "sviedka.record/1"
MANIFEST, SIGNATURE, AUDIT = "manifest.json", "manifest.sig", "audit.json"

KIB, MIB, GIB = 1024, 1024 * 1024, 1024 * 1024 * 1024
MAX_BUNDLE_BYTES = 8 * GIB  # the encrypted file, checked before anything is read
MAX_MANIFEST_BYTES = MIB
MAX_SIGNATURE_BYTES = minisign.MAX_SIGNATURE_BYTES
MAX_RECORD_BYTES = 16 * MIB
MAX_AUDIT_BYTES = 64 * MIB
MAX_PAX_HEADER_BYTES = 4 * KIB
MAX_MEMBERS = 20_000
MIN_BUCKET = 64 * KIB

UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
RECORD_NAME = re.compile(rf"^records/({UUID})\.([1-9][0-9]{{0,8}})\.json$")
BLOB_NAME = re.compile(r"^blobs/([0-9a-f]{64})$")
BUNDLE_ID = re.compile(r"^[0-9a-f]{32}$")
SHA256 = re.compile(r"^[0-9a-f]{64}$")
TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")
ATTACHMENT_ID = re.compile(r"^[0-9a-f]{32}$")
_COMMENT = re.compile(r"^sviedka-bundle/1 bundle:([0-9a-f]{32}) sender:([A-Za-z0-9+/]{56})$")


def padded_size(size: int) -> int:
    """The size bucket of a plaintext of `size` bytes: at least 64 KiB, then Padmé.

    Padmé (Nikitin et al., PETS 2019) rounds up to a number whose binary form keeps only its
    top ⌊log2 E⌋+1 bits, E = ⌊log2 size⌋: at most 12 % overhead, and the size reveals
    O(log log size) bits.
    """
    if size <= MIN_BUCKET:
        return MIN_BUCKET
    exponent = size.bit_length() - 1
    bits = exponent.bit_length()
    mask = (1 << (exponent - bits)) - 1
    return (size + mask) & ~mask


def trusted_comment(bundle_id: str, sender: minisign.PublicKey) -> str:
    return f"sviedka-bundle/1 bundle:{bundle_id} sender:{sender.to_base64()}"


def parse_trusted_comment(comment: str, key_id: str) -> tuple[str, minisign.PublicKey]:
    """The bundle id and the sender's public key the (signed) comment carries."""
    match = _COMMENT.match(comment)
    if match is None:
        raise BundleRejected(Reason.COMMENT_NOT_BUNDLE)
    try:
        key = minisign.PublicKey.from_base64(match[2])
    except ValueError:
        raise BundleRejected(Reason.COMMENT_BAD_KEY) from None
    if key.key_id != key_id:
        raise BundleRejected(Reason.COMMENT_OTHER_KEY)
    return match[1], key


@dataclass(frozen=True)
class Member:
    name: str
    sha256: str
    size: int

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "sha256": self.sha256, "size": self.size}


@dataclass(frozen=True)
class AttachmentEntry:
    id: str
    testimony_id: str
    sha256: str
    size: int
    media_type: str
    filename: str  # evidence: stored as written (RTL, zero-width characters and all)
    description: str
    added_at: str
    author_key: str

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


CONSENT_WITHDRAWN, SHARING_ENDED = "consent_withdrawn", "sharing_ended"
NOTICE_KINDS = (CONSENT_WITHDRAWN, SHARING_ENDED)


@dataclass(frozen=True)
class Notice:
    """Sharing with the organisation ended at `version` of a testimony it received before;
    that version's content is not in the bundle."""

    testimony_id: str
    version: int
    kind: str  # CONSENT_WITHDRAWN or SHARING_ENDED (the scope was removed)
    at: str  # when that version was saved

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    sender: str
    recipients: tuple[str, ...]
    created_at: str
    sequence: int
    members: tuple[Member, ...]  # in the order they follow manifest.sig in the tar
    attachments: tuple[AttachmentEntry, ...]
    reply_to: str  # the sender's age recipient: receipts are encrypted to it
    notices: tuple[Notice, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "bundle_id": self.bundle_id,
            "sender": self.sender,
            "recipients": list(self.recipients),
            "created_at": self.created_at,
            "sequence": self.sequence,
            "members": [member.as_json() for member in self.members],
            "attachments": [entry.as_json() for entry in self.attachments],
            "reply_to": self.reply_to,
            "notices": [notice.as_json() for notice in self.notices],
        }


def parse_manifest(data: bytes) -> Manifest:
    """Strict: canonical JSON types only, exact fields, every identifier in its pattern."""
    try:
        document = parse_strict(data, max_depth=32)
    except MalformedJSON as exc:
        raise BundleRejected(Reason.MANIFEST_MALFORMED, error=exc) from None
    try:
        return _manifest(document)
    except (KeyError, TypeError, ValueError) as exc:
        raise BundleRejected(Reason.MANIFEST_INVALID, error=exc) from None


def _manifest(doc: Any) -> Manifest:
    _fields(doc, "manifest", {"format", "bundle_id", "sender", "recipients", "created_at",
                              "sequence", "members", "attachments", "reply_to",
                              "notices"})  # fmt: skip
    if doc["format"] != FORMAT:
        raise ValueError(f"format is not {FORMAT}")
    recipients = doc["recipients"]
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise ValueError("recipients must list 1 to 8 age recipients")
    members = doc["members"]
    if not isinstance(members, list) or len(members) > MAX_MEMBERS:
        raise ValueError(f"members must be a list of at most {MAX_MEMBERS}")
    attachments = doc["attachments"]
    if not isinstance(attachments, list) or len(attachments) > MAX_MEMBERS:
        raise ValueError(f"attachments must be a list of at most {MAX_MEMBERS}")
    notices = doc["notices"]
    if not isinstance(notices, list) or len(notices) > MAX_MEMBERS:
        raise ValueError(f"notices must be a list of at most {MAX_MEMBERS}")
    return Manifest(
        bundle_id=match_field(doc, "bundle_id", BUNDLE_ID),
        sender=match_field(doc, "sender", minisign.KEY_ID),
        recipients=tuple(match_value(r, "recipient", AGE_RECIPIENT) for r in recipients),
        created_at=match_field(doc, "created_at", TIMESTAMP),
        sequence=count_field(doc, "sequence", minimum=1),
        members=tuple(_member(m) for m in members),
        attachments=tuple(_attachment(a) for a in attachments),
        reply_to=match_field(doc, "reply_to", AGE_RECIPIENT),
        notices=tuple(_notice(n) for n in notices),
    )


def _member(doc: Any) -> Member:
    _fields(doc, "member", {"name", "sha256", "size"})
    name = doc["name"]
    if not isinstance(name, str) or not (
        name == AUDIT or RECORD_NAME.match(name) or BLOB_NAME.match(name)
    ):
        raise ValueError("a member name is not audit.json, records/<id>.<version>.json or blobs/")
    return Member(name, match_field(doc, "sha256", SHA256), count_field(doc, "size"))


def _attachment(doc: Any) -> AttachmentEntry:
    _fields(doc, "attachment", {"id", "testimony_id", "sha256", "size", "media_type",
                                "filename", "description", "added_at", "author_key"})  # fmt: skip
    return AttachmentEntry(
        id=match_field(doc, "id", ATTACHMENT_ID),
        testimony_id=match_field(doc, "testimony_id", re.compile(f"^{UUID}$")),
        sha256=match_field(doc, "sha256", SHA256),
        size=count_field(doc, "size"),
        media_type=match_field(doc, "media_type", re.compile(r"^[\x21-\x7e]{1,128}$")),
        filename=_text(doc, "filename", 4096),
        description=_text(doc, "description", 100_000),
        added_at=match_field(doc, "added_at", TIMESTAMP),
        author_key=match_field(doc, "author_key", minisign.KEY_ID),
    )


def _notice(doc: Any) -> Notice:
    _fields(doc, "notice", {"testimony_id", "version", "kind", "at"})
    if doc["kind"] not in NOTICE_KINDS:
        raise ValueError(f"a notice's kind is not one of {list(NOTICE_KINDS)}")
    return Notice(
        testimony_id=match_field(doc, "testimony_id", re.compile(f"^{UUID}$")),
        version=count_field(doc, "version", minimum=1),
        kind=doc["kind"],
        at=match_field(doc, "at", TIMESTAMP),
    )


def _fields(doc: Any, what: str, wanted: set[str]) -> None:
    if not isinstance(doc, dict) or set(doc) != wanted:
        raise ValueError(f"a {what} entry must have exactly the fields {sorted(wanted)}")


# Field checks shared with the receipt format (receipt_format.py).
def match_field(doc: dict[str, Any], key: str, pattern: re.Pattern[str]) -> str:
    return match_value(doc[key], key, pattern)


def match_value(value: Any, key: str, pattern: re.Pattern[str]) -> str:
    # Identifiers are ASCII by pattern, so a non-NFC (or any non-ASCII) identifier fails here.
    if not isinstance(value, str) or not pattern.match(value):
        raise ValueError(f"{key} is not in its required form")
    return value


def count_field(doc: dict[str, Any], key: str, minimum: int = 0) -> int:
    value = doc[key]
    if type(value) is not int or not minimum <= value < 2**53:
        raise ValueError(f"{key} must be a whole number from {minimum}")
    return value


def _text(doc: dict[str, Any], key: str, limit: int) -> str:
    value = doc[key]
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(f"{key} must be text of at most {limit} characters")
    return value
