"""minisign signatures and public keys, composed from `cryptography`'s Ed25519 and BLAKE2b.

The format (https://jedisct1.github.io/minisign/) is four lines:

    untrusted comment: <free text, not signed>
    base64("ED" || key id (8 bytes, little-endian) || Ed25519(BLAKE2b-512(message)))
    trusted comment: <text>
    base64(Ed25519(signature || trusted comment))

Only the prehashed "ED" algorithm is written and accepted (the legacy "Ed" signs the whole
message and is refused). A public key is base64("Ed" || key id || 32-byte Ed25519 key). Why
this is composed here rather than taken from PyPI's py-minisign is in docs/bundle-format.md;
tests prove every signature with Debian's `minisign -V`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.sync.errors import BadSignature
from app.sync.reasons import Reason

PREHASHED = b"ED"
KEY_ALGORITHM = b"Ed"
MAX_SIGNATURE_BYTES = 4096
KEY_ID = re.compile(r"^[0-9A-F]{16}$")
_B64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")
_COMMENT = re.compile(r"^[\x20-\x7e]{0,1024}$")


def key_number(key_id: str) -> bytes:
    """The 8 key-id bytes as minisign stores them: it prints them as a little-endian integer."""
    if not KEY_ID.match(key_id):
        raise ValueError("a key id is 16 upper-case hex digits")
    return int(key_id, 16).to_bytes(8, "little")


def key_id_of(number: bytes) -> str:
    return f"{int.from_bytes(number, 'little'):016X}"


@dataclass(frozen=True)
class PublicKey:
    key_id: str
    raw: bytes  # 32 bytes

    def to_base64(self) -> str:
        """The `RW...` line that `minisign -P` takes."""
        blob = KEY_ALGORITHM + key_number(self.key_id) + self.raw
        return base64.b64encode(blob).decode("ascii")

    def file_text(self) -> str:
        """A minisign public key file (`minisign -p FILE`)."""
        return f"untrusted comment: minisign public key {self.key_id}\n{self.to_base64()}\n"

    @classmethod
    def from_base64(cls, text: str) -> PublicKey:
        blob = _decode(text, 42, "public key")
        if blob[:2] != KEY_ALGORITHM:
            raise ValueError("not an Ed25519 minisign public key")
        return cls(key_id_of(blob[2:10]), blob[10:])

    def verify(self, signature: bytes, message: bytes) -> None:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            raise BadSignature(Reason.SIGNATURE_INVALID, key=self.key_id) from None


@dataclass(frozen=True)
class Signature:
    key_id: str
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    def text(self, untrusted_comment: str = "signature from Sviedka") -> str:
        line1 = base64.b64encode(PREHASHED + key_number(self.key_id) + self.signature)
        return (
            f"untrusted comment: {untrusted_comment}\n{line1.decode('ascii')}\n"
            f"trusted comment: {self.trusted_comment}\n"
            f"{base64.b64encode(self.global_signature).decode('ascii')}\n"
        )

    def verify(self, key: PublicKey, message: bytes) -> None:
        """Both signatures: over BLAKE2b-512(message), and over signature || trusted comment."""
        if key.key_id != self.key_id:
            raise BadSignature(Reason.SIGNATURE_OTHER_KEY, key=self.key_id, expected=key.key_id)
        key.verify(self.signature, hashlib.blake2b(message).digest())
        key.verify(self.global_signature, self.signature + self.trusted_comment.encode("ascii"))


def sign(secret: bytes, key_id: str, message: bytes, trusted_comment: str) -> Signature:
    if not _COMMENT.match(trusted_comment):
        raise ValueError("a trusted comment is one line of printable ASCII")
    private = Ed25519PrivateKey.from_private_bytes(secret)
    signature = private.sign(hashlib.blake2b(message).digest())
    comment = trusted_comment.encode("ascii")
    return Signature(key_id, signature, trusted_comment, private.sign(signature + comment))


def parse_signature(data: bytes) -> Signature:
    """Strict: four lines, ASCII, the prehashed algorithm, exact lengths; else BadSignature."""
    if len(data) > MAX_SIGNATURE_BYTES:
        raise BadSignature(Reason.SIGNATURE_TOO_LARGE)
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise BadSignature(Reason.SIGNATURE_NOT_ASCII) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != 4:
        raise BadSignature(Reason.SIGNATURE_LINES)
    untrusted, line1, trusted, line3 = lines
    if not untrusted.startswith("untrusted comment: ") or not trusted.startswith(
        "trusted comment: "
    ):
        raise BadSignature(Reason.SIGNATURE_COMMENTS)
    comment = trusted.removeprefix("trusted comment: ")
    if not _COMMENT.match(comment) or not _COMMENT.match(untrusted[19:]):
        raise BadSignature(Reason.SIGNATURE_COMMENT_TEXT)
    try:
        blob = _decode(line1, 74, "signature")
        global_signature = _decode(line3, 64, "global signature")
    except ValueError as exc:
        raise BadSignature(Reason.SIGNATURE_ENCODING, error=exc) from None
    if blob[:2] != PREHASHED:
        raise BadSignature(Reason.SIGNATURE_ALGORITHM)
    return Signature(key_id_of(blob[2:10]), blob[10:], comment, global_signature)


def _decode(text: str, length: int, what: str) -> bytes:
    if not _B64.match(text):
        raise ValueError(f"the {what} is not base64")
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"the {what} is not base64") from None
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != text:
        raise ValueError(f"the {what} has the wrong length")
    return raw
