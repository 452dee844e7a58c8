"""The audit trail detects a removed, reordered or altered entry, even by someone with the key."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from app.storage import audit, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import minimal_testimony


def record_some(vault: Vault, n: int = 5) -> list[str]:
    """Real writes through the repository, one unit of work each: n audit entries."""
    ids = []
    for _ in range(n):
        with vault.transaction() as session:
            vocab = vault_vocabulary(session)
            ids.append(testimonies.add(session, minimal_testimony(), vocab, vault.key_id))
    return ids


def verify(vault: Vault) -> audit.AuditReport:
    with vault.reading() as session:
        return audit.verify(session)


def tamper(vault: Vault, *statements: str) -> None:
    """What an attacker holding the database key can do: drop the guard triggers and edit."""
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        for statement in statements:
            conn.exec_driver_sql(statement)


def test_intact_trail_verifies(vault: Vault) -> None:
    record_some(vault)
    report = verify(vault)
    assert report.ok, report.problems
    assert report.entries == 5


def test_append_only_in_the_database(vault: Vault) -> None:
    record_some(vault, 1)
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_entry")


def test_removed_entry_is_detected(vault: Vault) -> None:
    record_some(vault)
    tamper(vault, "DELETE FROM audit_entry WHERE seq = 3")
    report = verify(vault)
    assert not report.ok
    assert any("3" in p for p in report.problems)


def test_removed_last_entry_is_detected(vault: Vault) -> None:
    record_some(vault)
    tamper(vault, "DELETE FROM audit_entry WHERE seq = 5")
    assert any("ends early" in p for p in verify(vault).problems)


def test_reordered_entries_are_detected(vault: Vault) -> None:
    record_some(vault)
    tamper(
        vault,
        "UPDATE audit_entry SET seq = 100 WHERE seq = 2",
        "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
        "UPDATE audit_entry SET seq = 3 WHERE seq = 100",
    )
    assert not verify(vault).ok


def test_altered_entry_is_detected(vault: Vault) -> None:
    record_some(vault)
    tamper(vault, "UPDATE audit_entry SET action = 'delete' WHERE seq = 4")
    assert any("entry 4 was altered" in p for p in verify(vault).problems)


def test_rewritten_chain_still_misses_the_head(vault: Vault) -> None:
    # Removing the last entry and leaving a self-consistent chain: the head in vault_meta
    # (written in the same transaction as each entry) still tells.
    record_some(vault, 3)
    tamper(vault, "DELETE FROM audit_entry WHERE seq = 3")
    assert not verify(vault).ok


def test_altered_testimony_content_is_detected(vault: Vault) -> None:
    (testimony_id,) = record_some(vault, 1)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE testimony_version SET document = CAST('{}' AS BLOB) WHERE testimony_id = ?",
            (testimony_id,),
        )
    assert any("was altered" in p for p in verify(vault).problems)


def test_silently_removed_testimony_is_detected(vault: Vault) -> None:
    ids = record_some(vault, 2)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM testimony WHERE id = ?", (ids[0],))  # cascades
    assert any("without a recorded deletion" in p for p in verify(vault).problems)


def test_recorded_deletion_verifies(vault: Vault) -> None:
    ids = record_some(vault, 2)
    with vault.transaction() as session:
        testimonies.delete(session, ids[0], vault.key_id)
    assert verify(vault).ok
