"""A keyslot file planted or edited on a seized laptop cannot stall unlock or exhaust memory:
too many slots, an absurd cost or an oversized file is refused as a whole, before a single
Argon2id run (each run is the expensive part: 0.3-1 s by design, minutes with a planted cost)."""

from __future__ import annotations

import dataclasses
import json
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest

from app.storage import keyslot
from app.storage.errors import VaultCorrupt
from app.storage.keyslot import KdfParams, Keyslot
from app.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

# The limits, written out: the test pins them rather than reading them from the code.
MAX_SLOTS = 8
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
MAX_FILE_BYTES = 64 * 1024


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[KdfParams]:
    """Every Argon2id run from here on, by its parameters (the real function still runs)."""
    seen: list[KdfParams] = []
    real: Callable[[str, bytes, KdfParams], bytes] = keyslot.derive_wrapping_key

    def counting(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        seen.append(params)
        return real(passphrase, salt, params)

    monkeypatch.setattr(keyslot, "derive_wrapping_key", counting)
    return seen


def planted_slot() -> Keyslot:
    """A well-formed slot that some other passphrase opens."""
    return Keyslot.wrap(secrets.token_bytes(32), f"not yours {secrets.token_hex(4)}", FAST_KDF)


def write_slots(folder: Path, slots: list[Keyslot]) -> None:
    keyslot.write_keyslots(folder / "keyslots.json", slots)


def genuine(folder: Path) -> Keyslot:
    return keyslot.read_keyslots(folder / "keyslots.json")[0]


def test_more_slots_than_allowed_are_refused_before_any_derivation(
    closed_vault: Path, derivations: list[KdfParams]
) -> None:
    planted = [planted_slot() for _ in range(MAX_SLOTS)]
    write_slots(closed_vault, [*planted, genuine(closed_vault)])
    derivations.clear()
    with pytest.raises(VaultCorrupt, match=f"more than the {MAX_SLOTS}"):
        Vault.open(closed_vault, PASSPHRASE)
    assert derivations == []


def test_a_hundred_slots_are_refused(closed_vault: Path, derivations: list[KdfParams]) -> None:
    one = dataclasses.asdict(genuine(closed_vault))
    document = {"format": keyslot.FORMAT, "slots": [one] * 100}
    (closed_vault / "keyslots.json").write_text(json.dumps(document))
    with pytest.raises(VaultCorrupt, match="more than the"):
        Vault.open(closed_vault, PASSPHRASE)
    assert derivations == []


def test_the_allowed_number_of_slots_still_opens(closed_vault: Path) -> None:
    planted = [planted_slot() for _ in range(MAX_SLOTS - 1)]
    write_slots(closed_vault, [*planted, genuine(closed_vault)])
    Vault.open(closed_vault, PASSPHRASE).close()


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (MAX_MEMORY_KIB + 1, 1, 1),  # 1 GiB + 1 KiB: exhausts a small laptop's memory
        (8 * 1024, MAX_ITERATIONS + 1, 1),
        (64 * 1024, 1, MAX_LANES + 1),
        (512 * 1024, 16, 2),  # each bound alone passes; the work (minutes on a slow laptop) not
        (1024 * 1024, 64, 2),
    ],
)
def test_an_absurd_cost_slot_is_refused_before_any_derivation(
    closed_vault: Path,
    derivations: list[KdfParams],
    memory_kib: int,
    iterations: int,
    lanes: int,
) -> None:
    # Planted after the genuine slot, which opens: the whole file is still refused, because a
    # wrong passphrase would reach the planted slot and stall there.
    absurd = dataclasses.replace(
        planted_slot(), memory_kib=memory_kib, iterations=iterations, lanes=lanes
    )
    write_slots(closed_vault, [genuine(closed_vault), absurd])
    derivations.clear()
    with pytest.raises(VaultCorrupt, match="implausibly large"):
        Vault.open(closed_vault, PASSPHRASE)
    assert derivations == []


def test_several_heavy_slots_together_are_refused(
    closed_vault: Path, derivations: list[KdfParams]
) -> None:
    """Each slot within its bounds, but unlocking with a wrong passphrase would run them all."""
    heavy = [
        dataclasses.replace(planted_slot(), memory_kib=256 * 1024, iterations=16, lanes=2)
        for _ in range(3)
    ]
    write_slots(closed_vault, [genuine(closed_vault), *heavy])
    derivations.clear()
    with pytest.raises(VaultCorrupt, match="together ask for implausibly much work"):
        Vault.open(closed_vault, PASSPHRASE)
    assert derivations == []


def test_what_calibration_can_write_is_within_the_bounds() -> None:
    """The heaviest slot `KdfParams.calibrate` writes (256 MiB, 16 passes, 2 lanes) opens."""
    heaviest = dataclasses.replace(planted_slot(), memory_kib=256 * 1024, iterations=16, lanes=2)
    heaviest.check_parameters()


def test_an_oversized_keyslot_file_is_refused(closed_vault: Path) -> None:
    path = closed_vault / "keyslots.json"
    document = json.loads(path.read_text())
    padded = json.dumps(document) + " " * MAX_FILE_BYTES
    path.write_text(padded)
    with pytest.raises(VaultCorrupt, match="far larger than a keyslot file"):
        Vault.open(closed_vault, PASSPHRASE)


@pytest.mark.parametrize("text", ["[]", '"sviedka.keyslots/1"', "null"])
def test_a_keyslot_file_that_is_not_an_object_is_a_clear_error(
    closed_vault: Path, text: str
) -> None:
    (closed_vault / "keyslots.json").write_text(text)
    with pytest.raises(VaultCorrupt, match="not a Sviedka keyslot file"):
        Vault.open(closed_vault, PASSPHRASE)
