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
# Ceilings, so that a slot planted in the file (by whoever had the laptop for a moment) cannot
# make unlocking exhaust memory or run for minutes. `calibrate` writes at most 256 MiB x 16
# passes with 2 lanes: memory may grow 4x beyond that, the work (memory x passes, what the
# time is proportional to) not at all. On the 2-core development machine the heaviest slot
# allowed takes about 3 s.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_WORK_KIB = 256 * 1024 * 16
# Unlock tries the slots one by one, each a full Argon2id run. The app writes one slot (passwd
# rewrites it in place); 8 leaves room for recovery slots, and the work of all of them together
# may be that of two of the heaviest slots (about 6 s each here when the machine is busy).
MAX_SLOTS = 8
MAX_TOTAL_WORK_KIB = 2 * MAX_WORK_KIB
MAX_FILE_BYTES = 64 * 1024  # one slot is about 300 bytes


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    @classmethod
    def calibrate(cls, target_seconds: float = 0.5, memory_kib: int = 256 * 1024) -> KdfParams:
        """Pick Argon2id parameters that take about `target_seconds` on this machine.

        Memory starts high (256 MiB, the strongest defence against GPU guessing) and is only
        lowered on a machine too slow for it; the iteration count is raised until one
        derivation lands in the 0.3-1 s band.
        """
        lanes = 2
        iterations = 2
        elapsed = _time_derivation(cls(memory_kib, iterations, lanes))
        # A slow machine: give up memory before going over the band (floor 64 MiB).
        while elapsed > target_seconds * 2 and memory_kib > 64 * 1024:
            memory_kib //= 2
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

    def check_parameters(self) -> None:
        """Refuse a slot Sviedka would never write, before any Argon2id run."""
        if self.kdf != "argon2id":
            raise VaultCorrupt(f"keyslot uses an unknown key derivation: {self.kdf!r}")
        if self.memory_kib < MIN_MEMORY_KIB or self.iterations < MIN_ITERATIONS or self.lanes < 1:
            raise VaultCorrupt("keyslot parameters are below the safe minimum; refusing")
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.iterations > MAX_ITERATIONS
            or self.lanes > MAX_LANES
            or self.memory_kib * self.iterations > MAX_WORK_KIB
        ):
            raise VaultCorrupt(
                "keyslot parameters are implausibly large (the keyslot file may have been "
                "tampered with); refusing"
            )

    def unwrap(self, passphrase: str) -> bytes:
        self.check_parameters()
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
    """The slots of the file, every one checked (count, types, parameters) before the caller
    runs Argon2id on any of them: a file that would stall unlock is refused as a whole."""
    try:
        document = json.loads(_read_small(path))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise VaultCorrupt(f"{path.name} is not a Sviedka keyslot file")
        listed = document["slots"]
        if isinstance(listed, list) and len(listed) > MAX_SLOTS:
            raise VaultCorrupt(
                f"{path.name} has {len(listed)} keyslots, more than the {MAX_SLOTS} Sviedka "
                "allows (the file may have been tampered with); refusing"
            )
        slots = [Keyslot(**slot) for slot in listed]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VaultCorrupt(f"cannot read {path.name}: the keyslot file is damaged") from exc
    for slot in slots:
        _check_types(slot, path)
        slot.check_parameters()
    if sum(slot.memory_kib * slot.iterations for slot in slots) > MAX_TOTAL_WORK_KIB:
        raise VaultCorrupt(
            f"the keyslots in {path.name} together ask for implausibly much work (the file may "
            "have been tampered with); refusing"
        )
    return slots


def _read_small(path: Path) -> bytes:
    with path.open("rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise VaultCorrupt(f"{path.name} is far larger than a keyslot file; refusing")
    return data


def _check_types(slot: Keyslot, path: Path) -> None:
    numbers = (slot.memory_kib, slot.iterations, slot.lanes)
    texts = (slot.kdf, slot.salt, slot.nonce, slot.wrapped_key)
    if not all(type(n) is int for n in numbers) or not all(isinstance(t, str) for t in texts):
        raise VaultCorrupt(f"cannot read {path.name}: the keyslot file is damaged")


def write_keyslots(path: Path, slots: list[Keyslot]) -> None:
    document = {"format": FORMAT, "slots": [asdict(slot) for slot in slots]}
    write_atomic(path, (json.dumps(document, indent=1, sort_keys=True) + "\n").encode())


def unlock_slot(slots: list[Keyslot], passphrase: str) -> tuple[int, bytes]:
    """Try each slot; the first that opens gives its index and the database key."""
    for index, slot in enumerate(slots):
        try:
            return index, slot.unwrap(passphrase)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def unlock(path: Path, passphrase: str) -> bytes:
    return unlock_slot(read_keyslots(path), passphrase)[1]


def new_database_key() -> bytes:
    return os.urandom(KEY_BYTES)
