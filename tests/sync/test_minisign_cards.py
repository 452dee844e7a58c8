"""The minisign composition and the cards, without external tools."""

from __future__ import annotations

import base64
import secrets

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.sync import cards, minisign
from app.sync.errors import BadSignature, CardInvalid


def keypair() -> tuple[bytes, minisign.PublicKey]:
    private = Ed25519PrivateKey.generate()
    key_id = secrets.token_bytes(8).hex().upper()
    return private.private_bytes_raw(), minisign.PublicKey(
        key_id, private.public_key().public_bytes_raw()
    )


def legacy(text: str) -> str:
    lines = text.split("\n")
    raw = base64.b64decode(lines[1])
    lines[1] = base64.b64encode(b"Ed" + raw[2:]).decode()
    return "\n".join(lines)


def test_sign_parse_verify_round_trip() -> None:
    secret, public = keypair()
    signature = minisign.sign(secret, public.key_id, b"manifest", "bundle 1")
    parsed = minisign.parse_signature(signature.text().encode())
    assert parsed == signature
    parsed.verify(public, b"manifest")
    assert minisign.PublicKey.from_base64(public.to_base64()) == public
    with pytest.raises(BadSignature):
        parsed.verify(public, b"manifest!")
    other = minisign.Signature(parsed.key_id, parsed.signature, "bundle 2", parsed.global_signature)
    with pytest.raises(BadSignature):
        other.verify(public, b"manifest")  # the trusted comment is signed too


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: legacy(t),  # minisign's old non-prehashed "Ed" algorithm
        lambda t: t + "extra line\n",
        lambda t: t.replace("trusted comment: ", "comment: "),
        lambda t: t.replace("\n", "\r\n"),
        lambda t: "ü" + t,
        lambda t: t[:-10] + "\n",
    ],
)
def test_strict_parsing(mangle: object) -> None:
    secret, public = keypair()
    text = minisign.sign(secret, public.key_id, b"m", "c").text()
    with pytest.raises(BadSignature):
        minisign.parse_signature(mangle(text).encode())  # type: ignore[operator]


def test_card_fingerprint_covers_every_field() -> None:
    _, public = keypair()
    recipient = "age1" + "q" * 58
    card = cards.OrganisationCard("Org", (recipient,), public)
    renamed = cards.OrganisationCard("Org.", (recipient,), public)
    assert card.fingerprint != renamed.fingerprint
    assert len(card.fingerprint.split()) == 8
    parsed = cards.parse_card(cards.card_text(card.document()).encode())
    assert parsed == card


@pytest.mark.parametrize(
    "change",
    [
        {"recipients": ["age1bad"]},
        {"key_id": "0000000000000000"},
        {"format": "other"},
        {"extra": 1},
        {"name": ""},
    ],
)
def test_bad_cards_are_refused(change: dict[str, object]) -> None:
    _, public = keypair()
    document = cards.OrganisationCard("Org", ("age1" + "q" * 58,), public).document()
    document.update(change)
    with pytest.raises(CardInvalid):
        cards.parse_card(cards.card_text(document).encode())
