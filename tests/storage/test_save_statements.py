"""The save path writes its rows with Core statements (issue 15), beside a session whose ORM may
hold the same rows. Each test tries to make the two disagree: a row read before the save, an
audit head loaded or added by the ORM, two saves in one unit of work, and a sequence of saves
compared with what the ORM path wrote before and with the index and registry written anew."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, text
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_bytes
from app.storage import audit, models, persons_registry, search, search_rebuild, testimonies
from app.storage import testimony_batches as batches
from app.storage.models import VaultMeta
from app.storage.persons_models import PersonsLinked
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import day, full_testimony, minimal_testimony

NOW = "2026-12-03T12:00:00Z"


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same second everywhere, so that two vaults' audit hashes can be compared.
    for module in ("testimonies", "testimony_batches", "audit", "persons_registry"):
        monkeypatch.setattr(f"app.storage.{module}.utc_now", lambda: NOW)


def add(vault: Vault, doc: dict[str, Any]) -> str:
    with vault.transaction() as session:
        return testimonies.add(session, doc, vault_vocabulary(session), "k")


def read(vault: Vault, testimony_id: str) -> dict[str, Any]:
    with vault.reading() as session:
        return testimonies.get(session, testimony_id).document


def verified(vault: Vault) -> None:
    with vault.reading() as session:
        report = audit.verify(session)
    assert report.ok, report.problems


def test_a_row_read_before_the_save_reads_the_new_version_after_it(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    doc = read(vault, testimony_id)
    with vault.transaction() as session:  # as Workspace.save: get, then update
        vocab = vault_vocabulary(session)
        assert testimonies.get(session, testimony_id).provenance.version == 1
        doc["interview"]["narrative"]["text"] = "Першы аповед."
        assert testimonies.update(session, testimony_id, doc, vocab, "k") == 2
        stored = testimonies.get(session, testimony_id)
        assert stored.provenance.version == 2
        assert stored.document["interview"]["narrative"]["text"] == "Першы аповед."
        doc["interview"]["narrative"]["text"] = "Другі аповед."
        assert testimonies.update(session, testimony_id, doc, vocab, "k") == 3
        row = session.get(models.Testimony, testimony_id)
        assert row is not None
        assert row.current_version == 3
    assert versions_of(vault, testimony_id) == [1, 2, 3]
    verified(vault)


def versions_of(vault: Vault, testimony_id: str) -> list[int]:
    with vault.reading() as session:
        return [info.version for info in testimonies.history(session, testimony_id)]


def test_the_chain_holds_when_the_orm_holds_the_head_around_saves(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    doc = read(vault, testimony_id)
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        head = session.get(VaultMeta, audit.HEAD_KEY)  # loaded before the Core appends
        assert head is not None
        doc["status"] = "draft"
        assert testimonies.update(session, testimony_id, doc, vocab, "k") == 2
        assert head.value.startswith("2:")  # what the database holds, not what was loaded
        # A batch moves the head through the ORM; a save right after must chain onto it.
        batches.add_many(session, [minimal_testimony()], vocab, "k")
        doc["status"] = "complete"
        assert testimonies.update(session, testimony_id, doc, vocab, "k") == 3
        assert session.get(VaultMeta, audit.HEAD_KEY) is head
        assert head.value.startswith("4:")
    verified(vault)
    with vault.reading() as session:
        stored = session.get(VaultMeta, audit.HEAD_KEY)
        assert stored is not None
        assert stored.value == head.value


def test_the_first_entry_of_a_batch_then_a_save_in_one_unit_of_work_chain(
    tmp_path: Path,
) -> None:
    # A new vault's first batch adds the head as a pending ORM object: the next entry's Core
    # read of the head must see it (written first), not start a second chain at genesis.
    with Vault.create(tmp_path / "fresh", PASSPHRASE, FAST_KDF) as vault:
        with vault.reading() as session:
            assert session.get(VaultMeta, audit.HEAD_KEY) is None  # no trail yet
        with vault.transaction() as session:
            vocab = vault_vocabulary(session)
            [testimony_id] = batches.add_many(session, [full_testimony()], vocab, "k")
            audit.append(session, "k", "passwd", "vault", {"slot": 0})  # any other entry
            doc = {**full_testimony(), "id": testimony_id, "status": "draft"}
            assert testimonies.update(session, testimony_id, doc, vocab, "k") == 2
        verified(vault)


# --- a sequence of saves: the same rows as the ORM path wrote, index and registry as anew ---


def orm_update(session: Session, testimony_id: str, doc: dict[str, Any], author: str) -> int:
    """The save as it was written before the Core statements (commit 667b9ad): the ORM's row,
    its flush, and the audit entry and head as ORM objects. The reference, not the code."""
    vocab = vault_vocabulary(session)
    row = session.get(models.Testimony, testimony_id)
    assert row is not None
    document = testimonies._checked(doc, vocab)
    document = {**document, "id": testimony_id}
    body = canonical_bytes(document)
    stored = session.get(models.TestimonyVersion, (testimony_id, row.current_version))
    if stored is not None and stored.document == body:
        return row.current_version
    row.current_version += 1
    row.updated_at = NOW
    testimonies._summarise(row, document)
    digest = hashlib.sha256(body).hexdigest()
    session.add(
        models.TestimonyVersion(
            testimony_id=testimony_id,
            version=row.current_version,
            document=body,
            sha256=digest,
            saved_at=NOW,
            author_key=author,
            vocabulary_version=vocab.version,
        )
    )
    head = session.get(VaultMeta, audit.HEAD_KEY)
    assert head is not None
    seq, prev = audit._parse_head(head.value)
    detail = f'{{"sha256":"{digest}","version":{row.current_version}}}'
    entry = audit.entry_hash(prev, seq + 1, NOW, author, "update", testimony_id, detail)
    session.add(
        models.AuditEntry(
            seq=seq + 1,
            at=NOW,
            actor=author,
            action="update",
            subject=testimony_id,
            detail=detail,
            prev_hash=prev,
            entry_hash=entry,
        )
    )
    head.value = f"{seq + 1}:{entry}"
    search.index(session, testimony_id, document, vocab)
    persons_registry.link(
        session, testimony_id, row.current_version, document, vocab.isans_categories
    )
    return row.current_version


def edits() -> Iterator[tuple[int, dict[str, Any]]]:
    """(which testimony, its new document): narratives, a name, a birth date, an article, a
    consent, an unchanged save, and back to an earlier document."""
    doc = full_testimony()
    for number, words in enumerate(["Вывезлі ў Гомель.", "Затрымалі каля Жодзіна."]):
        narrative = {**doc["interview"]["narrative"], "text": words}
        doc = {**doc, "interview": {**doc["interview"], "narrative": narrative}}
        yield number % 2, doc
    renamed = full_testimony()
    renamed["persons"][0]["names"][0]["value"] = "Ганна Міхайлаўна Каваленка"
    renamed["persons"][0]["birth_date"] = day("1971-04-12")
    yield 0, renamed
    yield 0, renamed  # unchanged: no version
    fewer = full_testimony()
    fewer["prosecutions"][2]["articles"] = fewer["prosecutions"][2]["articles"][:1]
    fewer["status"] = "draft"
    yield 1, fewer
    yield 2, {**minimal_testimony(), "status": "complete"}
    yield 1, full_testimony()


def stored_rows(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    with vault.transaction() as session:
        session.execute(
            text(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words"
                " USING fts5vocab(main, testimony_search, instance)"
            )
        )
        queries = {
            "testimony": "SELECT * FROM testimony ORDER BY id",
            "version": "SELECT * FROM testimony_version ORDER BY 1, 2",
            "audit": "SELECT * FROM audit_entry ORDER BY seq",
            "head": "SELECT value FROM vault_meta WHERE name = 'audit_head'",
            "entry": "SELECT rowid, testimony_id FROM search_entry ORDER BY rowid",
            "index": "SELECT term, doc, col, offset FROM temp.words ORDER BY 1, 2, 3, 4",
            "facets": "SELECT * FROM testimony_facet ORDER BY 1, 2, 3",
            "persons": "SELECT testimony_id, person_ref, roles, name_keys, birth_lo, names"
            " FROM person_entry ORDER BY 1, 2",
            "facts": "SELECT testimony_id, person_ref, figure, act, dimension, value, lo, hi,"
            " ends FROM person_fact ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9",
            "linked": "SELECT * FROM persons_linked ORDER BY 1",
        }
        return {
            name: [tuple(row) for row in session.execute(text(query))]
            for name, query in queries.items()
        }


def saved_in_sequence(folder: Path, orm: bool) -> dict[str, list[tuple[Any, ...]]]:
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault:
        ids = [
            add(vault, {**doc, "id": f"00000000-0000-4000-8000-00000000000{n}"})
            for n, doc in enumerate([full_testimony(), full_testimony(), minimal_testimony()])
        ]
        for which, doc in edits():
            with vault.transaction() as session:
                document = {**doc, "id": ids[which]}
                if orm:
                    orm_update(session, ids[which], document, "k")
                else:
                    testimonies.update(
                        session, ids[which], document, vault_vocabulary(session), "k"
                    )
        verified(vault)
        return stored_rows(vault)


def test_a_sequence_of_saves_stores_what_the_orm_path_stored(tmp_path: Path) -> None:
    core = saved_in_sequence(tmp_path / "core", orm=False)
    assert core == saved_in_sequence(tmp_path / "orm", orm=True)
    assert len(core["version"]) == 3 + 6  # the unchanged save made none


def test_after_a_sequence_of_saves_index_and_registry_are_what_a_fresh_write_gives(
    tmp_path: Path,
) -> None:
    saved = saved_in_sequence(tmp_path / "saved", orm=False)
    with Vault.open(tmp_path / "saved", PASSPHRASE) as vault:
        with vault.transaction() as session:
            vocab = vault_vocabulary(session)
            search_rebuild.rebuild(session, vocab)
            session.execute(delete(PersonsLinked))
            persons_registry.catch_up(session, vocab.isans_categories)
        fresh = stored_rows(vault)
    for table in ("entry", "facets", "persons", "facts", "linked"):
        assert saved[table] == fresh[table], table
    # The rebuild reads each document back in canonical order, a save indexes the editor's:
    # the same terms in each entry's columns, at other offsets (search._entry_digest).
    assert [row[:3] for row in saved["index"]] == sorted(row[:3] for row in fresh["index"])
