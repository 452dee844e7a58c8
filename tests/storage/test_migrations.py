"""Migrations, tested the way securedrop-client does (architecture.md point 7)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.storage import keyslot, maintenance, migrate
from app.storage.engine import make_engine
from app.storage.models import Base
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE

REVISIONS = [
    script.revision
    for script in reversed(
        list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions())
    )
]


@pytest.fixture
def engine(tmp_path: Path) -> sa.Engine:
    return make_engine(tmp_path / "m.db", keyslot.new_database_key())


def schema_of(engine: sa.Engine) -> dict[str, list[tuple[str, str, bool]]]:
    inspector = sa.inspect(engine)
    return {
        table: [
            (c["name"], str(c["type"]), bool(c["nullable"])) for c in inspector.get_columns(table)
        ]
        for table in sorted(inspector.get_table_names())
        if table != "alembic_version"
    }


def _is_fts(name: str | None, kind: str) -> bool:
    """The FTS5 index and its shadow tables are not ORM tables; schema_of compares them."""
    return kind == "table" and bool(name) and str(name).startswith("testimony_search")


def test_there_are_revisions() -> None:
    assert REVISIONS[0] == "0001"
    assert REVISIONS[-1] == migrate.head_revision()


def test_upgrade_head_equals_models(engine: sa.Engine, tmp_path: Path) -> None:
    migrate.upgrade(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, kind, _parent: not _is_fts(name, kind)}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    models_engine = make_engine(tmp_path / "models.db", keyslot.new_database_key())
    Base.metadata.create_all(models_engine)
    migrated, modelled = schema_of(engine), schema_of(models_engine)
    assert migrated, "vacuous comparison: no tables after upgrade"
    assert migrated == modelled


@pytest.mark.parametrize("revision", REVISIONS)
def test_each_revision_up_down_up(engine: sa.Engine, revision: str) -> None:
    index = REVISIONS.index(revision)
    previous = REVISIONS[index - 1] if index else "base"
    migrate.upgrade(engine, revision)
    after_up = schema_of(engine)
    migrate.downgrade(engine, previous)
    migrate.upgrade(engine, revision)
    assert schema_of(engine) == after_up
    assert after_up


def test_0002_keeps_testimonies_written_under_0001(engine: sa.Engine) -> None:
    migrate.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO testimony VALUES "
            "('t1', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'K', NULL, 'n', '', '', '')"
        )
    migrate.upgrade(engine, "0002")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT id FROM testimony").scalar() == "t1"
        assert conn.exec_driver_sql("SELECT count(*) FROM local_term").scalar() == 0


def test_audit_trail_triggers_survive_migrations(engine: sa.Engine) -> None:
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_entry VALUES (1, 'a', 'K', 'create', 's', '{}', 'p', 'h')"
        )
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_entry SET action = 'x'")
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM audit_entry")


def test_old_vault_is_backed_up_encrypted_then_migrated(vault_folder: Path) -> None:
    from tests.conftest import FAST_KDF

    vault = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    migrate.downgrade(vault.engine, "0001")  # a vault as the first release left it
    vault.close()
    with Vault.open(vault_folder, PASSPHRASE) as reopened:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
    backups = list((vault_folder / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith("vault-0001-")
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")
    assert backups[0].stat().st_mode & 0o077 == 0


def test_old_backups_are_pruned(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    old, fresh = backups / "vault-0001-old.db", backups / "vault-0001-new.db"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(old, (time.time() - 30 * 86400, time.time() - 30 * 86400))
    assert migrate.prune_backups(backups) == 1
    assert not old.exists()
    assert fresh.exists()
    assert migrate.prune_backups(backups, keep_seconds=0) == 1
    assert not fresh.exists()


def test_0003_indexes_testimonies_written_before_it(vault_folder: Path) -> None:
    from app.storage import search, testimonies
    from app.storage.vocabularies import vault_vocabulary
    from tests.conftest import FAST_KDF
    from tests.factories import full_testimony

    vault = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    with vault.transaction() as session:
        testimony_id = testimonies.add(
            session, full_testimony(), vault_vocabulary(session), vault.key_id
        )
    migrate.downgrade(vault.engine, "0002")
    vault.close()
    with Vault.open(vault_folder, PASSPHRASE) as reopened:
        maintenance.after_unlock(reopened)  # as every unlock by a face does
        with reopened.reading() as session:
            hits = search.search(session, vault_vocabulary(session), "Baravik")
            assert [hit.id for hit in hits] == [testimony_id]
            assert testimonies.get(session, testimony_id).provenance.version == 1


def test_words_deleted_before_scrubbing_existed_are_gone_from_vault_and_backup(
    vault_folder: Path, tmp_path: Path
) -> None:
    """A vault whose delete left words in the index (before scrub_deleted): the first open
    scrubs them, and before the pre-migration copy is taken, so the copy holds none either."""
    from sqlalchemy import text

    from app.storage import search, testimonies
    from app.storage.models import Testimony, VaultMeta
    from app.storage.vocabularies import vault_vocabulary
    from tests.conftest import FAST_KDF
    from tests.factories import minimal_testimony
    from tests.security.canary import Sentinel
    from tests.security.decrypted import leaks

    sentinel = Sentinel.new()
    name = {"value": f"{sentinel.latin} {sentinel.cyrillic}", "script": "Cyrl", "language": "be"}
    person = {"ref": "p1", "names": [{**name, "kind": "original"}], "roles": ["informant"]}
    vault = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    maintenance.after_unlock(vault)  # as creating through a face does: marks it scrubbed
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        testimonies.add(session, minimal_testimony(), vocab, vault.key_id)
        testimony_id = testimonies.add(session, minimal_testimony(persons=[person]), vocab, "k")
    with vault.transaction() as session:  # the delete of earlier releases: no scrub
        search.unindex(session, testimony_id)
        row = session.get(Testimony, testimony_id)
        assert row is not None
        row.deleted_at, row.display_name = "2026-01-01T00:00:00Z", ""
        forget = text("DELETE FROM testimony_version WHERE testimony_id = :t")
        session.execute(forget, {"t": row.id})
        marker = session.get(VaultMeta, search.SCRUBBED_KEY)
        assert marker is not None
        session.delete(marker)
    migrate.downgrade(vault.engine, "0004")
    vault.close()
    assert "tables" in leaks(vault_folder, sentinel, tmp_path / "scratch")  # still there
    Vault.open(vault_folder, PASSPHRASE).close()
    assert len(list((vault_folder / "backups").iterdir())) == 1
    assert leaks(vault_folder, sentinel, tmp_path / "scratch") == {}


def _fact_indexes(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person_fact'"
        )
        return {str(name) for name in found.scalars()}


def _facts(engine: sa.Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql("SELECT * FROM person_fact ORDER BY id")]


@pytest.mark.parametrize("entry_index_at_0009", [True, False])
def test_0010_drops_the_fact_index_and_a_testimony_s_facts_are_still_found_through_an_index(
    vault_folder: Path, entry_index_at_0009: bool
) -> None:
    """A vault at 0009 with registry rows: after the upgrade its facts are all there, the
    index on the testimony alone is gone, and every statement the registry sends to find or
    delete one testimony's facts (a save, the catch-up, a delete) still searches an index
    instead of reading every fact of the archive. Also for a vault that ran 0008 before the
    entry index was added to it (it has only the index 0010 drops)."""
    from app.storage import persons_registry, testimonies
    from app.storage.vocabularies import vault_vocabulary
    from tests.conftest import FAST_KDF
    from tests.factories import full_testimony
    from tests.storage.statement_plans import query_plans, statements_sent

    vault = Vault.create(vault_folder, PASSPHRASE, FAST_KDF)
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        ids = [testimonies.add(session, full_testimony(), vocab, vault.key_id) for _ in range(3)]
    migrate.downgrade(vault.engine, "0009")
    assert "ix_person_fact_testimony_id" in _fact_indexes(vault.engine)  # as 0009 left it
    if not entry_index_at_0009:
        with vault.engine.begin() as conn:
            conn.exec_driver_sql("DROP INDEX ix_person_fact_entry")
    stored = _facts(vault.engine)
    assert len(stored) > 10 * len(ids)  # not vacuous: every testimony's facts
    vault.close()

    with Vault.open(vault_folder, PASSPHRASE) as reopened:  # migrated at unlock
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        assert _facts(reopened.engine) == stored
        indexes = _fact_indexes(reopened.engine)
        assert "ix_person_fact_testimony_id" not in indexes
        assert "ix_person_fact_entry" in indexes

        def finds_facts(statement: str) -> bool:
            finds = statement.lstrip().upper().startswith(("SELECT", "DELETE"))
            return finds and "person_fact" in statement and "testimony_id" in statement

        watching = statements_sent(reopened.engine, finds_facts)
        with watching as sent, reopened.transaction() as session:
            doc = testimonies.get(session, ids[0]).document
            doc["detention_episodes"][0]["arrest"]["date"] = {
                "precision": "day",
                "value": "2022-11-15",
            }
            testimonies.update(session, ids[0], doc, vault_vocabulary(session), "k")
            persons_registry.catch_up(session)
            testimonies.delete(session, ids[1], "k")
        kinds = [statement.split()[0].upper() for statement, _params in sent]
        assert len(kinds) >= 3  # the save's read, the catch-up, the delete
        assert set(kinds) == {"SELECT", "DELETE"}

        for plan in query_plans(reopened.engine, sent):
            assert not [step for step in plan if step.startswith("SCAN person_fact")], plan
            assert [step for step in plan if step.startswith("SEARCH person_fact USING")], plan
