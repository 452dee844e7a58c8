"""The vault's life cycle: create, open, wrong passphrase, lock, passphrase change, files."""

from __future__ import annotations

import hashlib
import json
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from app.storage import keyslot, testimonies
from app.storage.engine import CONNECTION_PRAGMAS, read_pragma
from app.storage.errors import (
    VaultCorrupt,
    VaultError,
    VaultExists,
    VaultKeyMissing,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from app.storage.keyslot import KdfParams
from app.storage.models import VaultMeta
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import minimal_testimony


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file's content hash and mtime: 'byte-identical afterwards' made checkable."""
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_every_connection_carries_the_measured_pragmas(vault: Vault) -> None:
    # Each pragma was measured to leak or to matter when wrong (security.md): read them back
    # from a live connection of the pool rather than trusting the code that set them.
    for name, expected in CONNECTION_PRAGMAS.items():
        assert read_pragma(vault.engine, name) == expected, name
    with vault.engine.connect() as first, vault.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA cipher_log_level").scalar() == "NONE"


def test_database_errors_do_not_carry_values(vault: Vault) -> None:
    # Without hide_parameters an IntegrityError message carried the bound value (security.md).
    secret = "Сакрэт-Zq-sentinel"
    with pytest.raises(sa.exc.IntegrityError) as caught, vault.transaction() as session:
        session.add(VaultMeta(name="signing_key_id", value=secret))
    assert secret not in str(caught.value)
    assert secret not in repr(caught.value)


def test_database_is_not_plain_sqlite(vault: Vault) -> None:
    header = vault.paths.database.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_reopen_with_passphrase(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as opened:
        assert len(opened.key_id) == 16


def test_passphrase_is_nfc_normalised(vault_folder: Path) -> None:
    decomposed = "Пароль для сведкі ў Мінску".replace("ў", "у\u0306")  # u + combining breve
    Vault.create(vault_folder, decomposed, FAST_KDF).close()
    composed = "Пароль для сведкі ў Мінску"
    Vault.open(vault_folder, composed).close()


def test_wrong_passphrase_changes_nothing(closed_vault: Path) -> None:
    before = snapshot(closed_vault)
    time.sleep(0.01)
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, "not the passphrase")
    assert snapshot(closed_vault) == before
    Vault.open(closed_vault, PASSPHRASE).close()  # and the lock was released


def test_second_opener_is_refused_clearly(vault: Vault) -> None:
    with pytest.raises(VaultLocked, match="already open"):
        Vault.open(vault.paths.folder, PASSPHRASE)


def test_second_process_is_refused(vault: Vault) -> None:
    code = "\n".join(
        [
            "import sys",
            "from pathlib import Path",
            "from app.storage.errors import VaultLocked",
            "from app.storage.vault import Vault",
            "try:",
            f"    Vault.open(Path(sys.argv[1]), {PASSPHRASE!r})",
            "except VaultLocked:",
            "    sys.exit(7)",
        ]
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(vault.paths.folder)], capture_output=True, check=False
    )
    assert result.returncode == 7, result.stderr


def test_create_refuses_existing_vault(closed_vault: Path) -> None:
    with pytest.raises(VaultExists):
        Vault.create(closed_vault, PASSPHRASE, FAST_KDF)


def test_open_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="sviedka init"):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)


def test_vault_files_are_private(vault: Vault) -> None:
    assert stat.S_IMODE(vault.paths.folder.stat().st_mode) == 0o700
    for path in vault.paths.folder.iterdir():
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_change_passphrase_rewrites_only_the_keyslot(vault: Vault) -> None:
    database_before = hashlib.sha256(vault.paths.database.read_bytes()).hexdigest()
    vault.change_passphrase(PASSPHRASE, "a new and different passphrase", FAST_KDF)
    assert hashlib.sha256(vault.paths.database.read_bytes()).hexdigest() == database_before
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.paths.folder, PASSPHRASE)
    Vault.open(vault.paths.folder, "a new and different passphrase").close()
    leftovers = [p.name for p in vault.paths.folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_change_passphrase_needs_the_old_one(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("wrong old passphrase", "whatever new one", FAST_KDF)


def test_weakened_keyslot_parameters_do_not_open(closed_vault: Path) -> None:
    # An attacker editing the stored cost down (to make guessing cheap, or to trick the next
    # passphrase change) breaks the slot: its parameters are authenticated.
    path = closed_vault / "keyslots.json"
    document = json.loads(path.read_text())
    document["slots"][0]["lanes"] = 2
    path.write_text(json.dumps(document))
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)


def test_damaged_keyslot_file_is_a_clear_error(closed_vault: Path) -> None:
    (closed_vault / "keyslots.json").write_text("{not json")
    with pytest.raises(VaultCorrupt, match="keyslot"):
        Vault.open(closed_vault, PASSPHRASE)


def test_database_replaced_is_a_clear_error(closed_vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, FAST_KDF).close()
    (closed_vault / "vault.db").write_bytes((other / "vault.db").read_bytes())
    with pytest.raises(VaultCorrupt, match="cannot be decrypted"):
        Vault.open(closed_vault, PASSPHRASE)


def test_init_never_replaces_a_database_whose_key_file_is_missing(vault: Vault) -> None:
    # The attack: the key file is lost or removed; `init` used to delete the database.
    folder = vault.paths.folder
    with vault.transaction() as session:
        testimony_id = testimonies.add(
            session, minimal_testimony(), vault_vocabulary(session), vault.key_id
        )
    vault.close()
    saved_slot = (folder / "keyslots.json").read_bytes()
    (folder / "keyslots.json").unlink()
    before = (folder / "vault.db").read_bytes()
    with pytest.raises(VaultKeyMissing, match="the key file is missing: restore it from a backup"):
        Vault.create(folder, "a new passphrase here", FAST_KDF)
    with pytest.raises(VaultKeyMissing, match="the key file is missing"):
        Vault.open(folder, PASSPHRASE)
    assert (folder / "vault.db").read_bytes() == before
    (folder / "keyslots.json").write_bytes(saved_slot)  # restored from a backup
    with Vault.open(folder, PASSPHRASE) as reopened, reopened.reading() as session:
        assert testimonies.get(session, testimony_id).provenance.version == 1


def test_failed_init_leaves_no_database_and_can_be_redone(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_disk_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(keyslot, "write_keyslots", no_disk_space)
        with pytest.raises(OSError, match="No space"):
            Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    assert not (vault_folder / "vault.db").exists()
    Vault.create(vault_folder, PASSPHRASE, FAST_KDF).close()
    Vault.open(vault_folder, PASSPHRASE).close()


def test_calibrated_kdf_lands_in_the_band() -> None:
    params = KdfParams.calibrate()
    assert params.memory_kib >= 64 * 1024
    started = time.perf_counter()
    keyslot.derive_wrapping_key("x", b"0" * 16, params)
    elapsed = time.perf_counter() - started
    # Generous band: shared CI machines are noisy. The point is "not trivially cheap".
    assert 0.15 < elapsed < 2.5


def test_change_passphrase_keeps_other_slots(vault: Vault) -> None:
    # A second slot (e.g. a recovery slot) must survive a passphrase change of the first.
    database_key = keyslot.unlock(vault.paths.keyslots, PASSPHRASE)
    recovery = keyslot.Keyslot.wrap(database_key, "recovery words for the office", FAST_KDF)
    slots = keyslot.read_keyslots(vault.paths.keyslots)
    keyslot.write_keyslots(vault.paths.keyslots, [*slots, recovery])
    vault.change_passphrase(PASSPHRASE, "the interviewer's new phrase", FAST_KDF)
    vault.close()
    Vault.open(vault.paths.folder, "recovery words for the office").close()
    Vault.open(vault.paths.folder, "the interviewer's new phrase").close()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("memory_kib", "65536", "damaged"),
        ("memory_kib", 64 * 1024 * 1024, "implausibly large"),
        ("iterations", 10_000, "implausibly large"),
        ("memory_kib", 1024, "below the safe minimum"),
        ("salt", 7, "damaged"),
    ],
)
def test_tampered_keyslot_values_are_refused_clearly(
    closed_vault: Path, field: str, value: object, message: str
) -> None:
    path = closed_vault / "keyslots.json"
    document = json.loads(path.read_text())
    document["slots"][0][field] = value
    path.write_text(json.dumps(document))
    with pytest.raises(VaultCorrupt, match=message):
        Vault.open(closed_vault, PASSPHRASE)


def test_vault_from_a_newer_version_is_refused_without_backup(closed_vault: Path) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as opened, opened.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(VaultError, match="newer version of Sviedka"):
        Vault.open(closed_vault, PASSPHRASE)
    assert not (closed_vault / "backups").exists()
