"""Cards: the public halves of identities, as small JSON files people pass around.

An organisation card names the organisation, its age recipient(s) (whom bundles are encrypted
to) and its minisign signing key; an interviewer card names a vault's signing key. Neither holds
a secret. A card is trusted only after a person compared its fingerprint over a second channel
(a phone call): the fingerprint is the first 128 bits of SHA-256 over the card's canonical JSON,
so every field (name included) is covered.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.canonical import MalformedJSON, canonical_bytes, parse_strict
from app.storage.files import write_atomic
from app.sync import minisign
from app.sync.errors import CardInvalid
from app.sync.reasons import Reason

ORG_FORMAT = "sviedka.organisation-card/1"
INTERVIEWER_FORMAT = "sviedka.interviewer-card/1"
MAX_CARD_BYTES = 16 * 1024
AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
MAX_RECIPIENTS = 8


def fingerprint(document: dict[str, Any]) -> str:
    """Eight groups of four hex digits, to read aloud: `3F2A 91C0 ...`."""
    digest = hashlib.sha256(canonical_bytes(document)).hexdigest().upper()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class OrganisationCard:
    name: str
    recipients: tuple[str, ...]
    signing_key: minisign.PublicKey

    def document(self) -> dict[str, Any]:
        return {
            "format": ORG_FORMAT,
            "name": self.name,
            "recipients": list(self.recipients),
            "key_id": self.signing_key.key_id,
            "signing_key": self.signing_key.to_base64(),
        }

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.document())


@dataclass(frozen=True)
class InterviewerCard:
    signing_key: minisign.PublicKey

    def document(self) -> dict[str, Any]:
        return {
            "format": INTERVIEWER_FORMAT,
            "key_id": self.signing_key.key_id,
            "signing_key": self.signing_key.to_base64(),
        }

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.document())


def card_text(document: dict[str, Any]) -> str:
    """Indented JSON, keys sorted: the recipient and the key stand in plain view."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n"


def write_card(path: Path, document: dict[str, Any]) -> None:
    write_atomic(path, card_text(document).encode("utf-8"))


def read_card(path: Path) -> OrganisationCard | InterviewerCard:
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_CARD_BYTES else b""
    except OSError as exc:
        raise CardInvalid(Reason.CARD_UNREADABLE, where=path, error=exc.strerror or exc) from None
    if not data:
        raise CardInvalid(Reason.CARD_SIZE, where=path)
    return parse_card(data, str(path))


def parse_card(data: bytes, where: str = "the card") -> OrganisationCard | InterviewerCard:
    try:
        document = parse_strict(data)
    except MalformedJSON as exc:
        raise CardInvalid(Reason.CARD_NOT_JSON, where=where, error=exc) from None
    if not isinstance(document, dict):
        raise CardInvalid(Reason.CARD_NOT_OBJECT, where=where)
    kind = document.get("format")
    try:
        key = minisign.PublicKey.from_base64(_text(document, "signing_key"))
        if key.key_id != document.get("key_id"):
            raise CardInvalid(Reason.CARD_KEY_MISMATCH, where=where)
        if kind == INTERVIEWER_FORMAT:
            _exact_fields(document, {"format", "key_id", "signing_key"}, where)
            return InterviewerCard(key)
        if kind == ORG_FORMAT:
            _exact_fields(
                document, {"format", "name", "recipients", "key_id", "signing_key"}, where
            )
            return OrganisationCard(_name(document), _recipients(document, where), key)
    except ValueError as exc:
        raise CardInvalid(Reason.CARD_INVALID, where=where, error=exc) from None
    raise CardInvalid(Reason.CARD_UNKNOWN_FORMAT, where=where)


def _exact_fields(document: dict[str, Any], wanted: set[str], where: str) -> None:
    if set(document) != wanted:
        raise CardInvalid(Reason.CARD_FIELDS, where=where)


def _text(document: dict[str, Any], key: str) -> str:
    value = document.get(key)
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def _name(document: dict[str, Any]) -> str:
    name = _text(document, "name")
    if not name.strip() or len(name) > 200 or unicodedata.normalize("NFC", name) != name:
        raise ValueError("name must be 1 to 200 characters in NFC")
    return name


def _recipients(document: dict[str, Any], where: str) -> tuple[str, ...]:
    recipients = document.get("recipients")
    if not isinstance(recipients, list) or not 1 <= len(recipients) <= MAX_RECIPIENTS:
        raise CardInvalid(Reason.CARD_RECIPIENT_COUNT, where=where, most=MAX_RECIPIENTS)
    for recipient in recipients:
        if not isinstance(recipient, str) or not AGE_RECIPIENT.match(recipient):
            raise CardInvalid(Reason.CARD_RECIPIENT, where=where, recipient=str(recipient)[:70])
    if len(set(recipients)) != len(recipients):
        raise CardInvalid(Reason.CARD_RECIPIENT_TWICE, where=where)
    return tuple(recipients)
