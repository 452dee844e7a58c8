"""The keyslot file: the random database key, wrapped by a key derived from the passphrase.

The passphrase never reaches SQLCipher. Argon2id turns it into a wrapping key and
ChaCha20-Poly1305 wraps the 256-bit database key, so a wrong passphrase fails here, with no
database access and nothing logged, and changing the passphrase rewrites only this small file
(atomically) instead of re-encrypting the database. Every slot's parameters are bound to its
ciphertext as associated data, so weakening them in the file makes the slot fail to open.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.storage.errors import VaultCorrupt, WrongPassphrase
from app.storage.files import write_atomic

FORMAT = "sviedka.keyslots/1"
KEY_BYTES = 32
# Floors below which we refuse to open a slot: protects against a keyslot file edited to
# make brute force cheap (the parameters are also authenticated, this is belt and braces).
MIN_MEMORY_KIB = 8 * 1024
MIN_ITERATIONS = 1


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def calibrate(cls, target_seconds: float = 0.5, memory_kib: int = 256 * 1024) -> KdfParams:
        """Pick Argon2id parameters that take about `target_seconds` on this machine.

        Memory is fixed high (256 MiB, the strongest defence against GPU guessing); the
        iteration count is raised until one derivation lands in the 0.3-1 s band.
        """
        lanes = 2
        iterations = 2
        elapsed = _time_derivation(cls(memory_kib, iterations, lanes))
        while elapsed < target_seconds * 0.75 and iterations < 16:
            per_iteration = elapsed / iterations
            wanted = max(iterations + 1, round(target_seconds / max(per_iteration, 1e-3)))
            iterations = min(wanted, 16)
            elapsed = _time_derivation(cls(memory_kib, iterations, lanes))
        return cls(memory_kib, iterations, lanes)


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_wrapping_key("calibration", secrets.token_bytes(16), params)
    return time.perf_counter() - start


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC first: the same Cyrillic passphrase typed on two systems may differ in code points."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_wrapping_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


@dataclass(frozen=True)
class Keyslot:
    kdf: str
    memory_kib: int
    iterations: int
    lanes: int
    salt: str
    nonce: str
    wrapped_key: str

    @property
    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes)

    def associated_data(self) -> bytes:
        header = {
            "format": FORMAT,
            "kdf": self.kdf,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt,
        }
        return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def wrap(cls, database_key: bytes, passphrase: str, params: KdfParams) -> Keyslot:
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        unsealed = cls(
            kdf="argon2id",
            memory_kib=params.memory_kib,
            iterations=params.iterations,
            lanes=params.lanes,
            salt=_b64(salt),
            nonce=_b64(nonce),
            wrapped_key="",
        )
        wrapping_key = derive_wrapping_key(passphrase, salt, params)
        sealed = ChaCha20Poly1305(wrapping_key).encrypt(
            nonce, database_key, unsealed.associated_data()
        )
        return cls(**{**asdict(unsealed), "wrapped_key": _b64(sealed)})

    def unwrap(self, passphrase: str) -> bytes:
        if self.kdf != "argon2id":
            raise VaultCorrupt(f"keyslot uses an unknown key derivation: {self.kdf!r}")
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS:
            raise VaultCorrupt("keyslot parameters are below the safe minimum; refusing")
        wrapping_key = derive_wrapping_key(passphrase, _unb64(self.salt), self.params)
        try:
            key = ChaCha20Poly1305(wrapping_key).decrypt(
                _unb64(self.nonce), _unb64(self.wrapped_key), self.associated_data()
            )
        except InvalidTag:
            raise WrongPassphrase() from None
        if len(key) != KEY_BYTES:
            raise VaultCorrupt("keyslot holds a key of the wrong length")
        return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise VaultCorrupt("keyslot file is damaged (bad base64)") from exc


def read_keyslots(path: Path) -> list[Keyslot]:
    try:
        document = json.loads(path.read_bytes())
        if document.get("format") != FORMAT:
            raise VaultCorrupt(f"{path.name} is not a Sviedka keyslot file")
        return [Keyslot(**slot) for slot in document["slots"]]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VaultCorrupt(f"cannot read {path.name}: the keyslot file is damaged") from exc


def write_keyslots(path: Path, slots: list[Keyslot]) -> None:
    document = {"format": FORMAT, "slots": [asdict(slot) for slot in slots]}
    write_atomic(path, (json.dumps(document, indent=1, sort_keys=True) + "\n").encode())


def unlock(path: Path, passphrase: str) -> bytes:
    """Try each slot; the first that opens gives the database key."""
    for slot in read_keyslots(path):
        try:
            return slot.unwrap(passphrase)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)
