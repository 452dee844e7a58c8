"""The persons registry of a batch (`persons_registry.link_many`, what a bulk add and an import
write) is the registry `link` writes one testimony after another: every table, row for row.

Archive person ids are random, so they are compared by the order they were created in; the
rest (fact ids, digests, times) must be equal as stored. Documents: the bench generator's,
the known-truth archive, the one-prisoner-per-category archive and the factories' testimonies.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from app.storage import persons_registry, testimonies, testimony_batches
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench import data as bench_data
from tests import category_archive, known_archive
from tests.factories import full_testimony, minimal_testimony
from tests.storage.batch_vaults import freeze_clock, vault_with_one_testimony


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _documents() -> list[dict[str, Any]]:
    docs = [
        *bench_data.TestimonyGenerator(seed=7).take(12),
        *known_archive.documents(),
        *(category_archive.convicted(*pair) for pair in category_archive.CONVICTED.items()),
        full_testimony(),
        minimal_testimony(),
        minimal_testimony(status="complete"),
    ]
    for number, doc in enumerate(docs):
        doc["id"] = f"00000000-0000-4000-8000-{number:012d}"
    return docs


@pytest.fixture
def singles(tmp_path: Path) -> Iterator[Vault]:
    yield from vault_with_one_testimony(tmp_path / "singles")


@pytest.fixture
def batched(tmp_path: Path) -> Iterator[Vault]:
    yield from vault_with_one_testimony(tmp_path / "batched")


def _registry(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every registry table; an archive person's random id replaced by its creation order."""
    people = session.execute(text("SELECT * FROM archive_person ORDER BY rowid")).all()
    order = {row.id: number for number, row in enumerate(people)}
    entries = session.execute(text("SELECT * FROM person_entry ORDER BY rowid")).mappings()
    return {
        "archive_person": [(order[row[0]], *row[1:]) for row in people],
        "person_entry": [
            tuple({**row, "person_id": order[row["person_id"]]}.values()) for row in entries
        ],
        "person_fact": [tuple(r) for r in session.execute(text("SELECT * FROM person_fact"))],
        "persons_linked": [
            tuple(r) for r in session.execute(text("SELECT * FROM persons_linked ORDER BY 1"))
        ],
    }


def _registry_of(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    with vault.reading() as session:
        return _registry(session)


def test_a_batch_links_what_one_link_after_another_links(singles: Vault, batched: Vault) -> None:
    docs = _documents()
    with singles.transaction() as session:
        categories = vault_vocabulary(session).isans_categories
        for doc in docs:
            persons_registry.link(session, doc["id"], 1, doc, categories)
    with batched.transaction() as session:
        categories = vault_vocabulary(session).isans_categories
        persons_registry.link_many(session, [(doc["id"], 1, doc) for doc in docs], categories)
    expected, got = _registry_of(singles), _registry_of(batched)
    assert len(expected["persons_linked"]) == len(docs) + 1
    assert len(expected["person_fact"]) > 10 * len(docs)  # not vacuous: facts of every kind
    assert len({row[3] for row in expected["person_fact"]}) > 5
    for table in expected:
        assert got[table] == expected[table], table


def test_a_bulk_add_links_what_adding_one_by_one_links(
    singles: Vault, batched: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Through the app's paths, with the batch split over several statements of each kind.
    monkeypatch.setattr(testimony_batches, "BATCH", 4)
    docs = _documents()
    with singles.transaction() as session:
        vocab = vault_vocabulary(session)
        for doc in docs:
            testimonies.add(session, copy.deepcopy(doc), vocab, "k")
    with batched.transaction() as session:
        testimony_batches.add_many(session, docs, vault_vocabulary(session), "k")
    assert _registry_of(batched) == _registry_of(singles)


def test_a_save_after_a_batch_finds_the_registry_up_to_date(batched: Vault) -> None:
    # The digest stored by the batch is the one a save computes: an unchanged save writes
    # nothing, and a catch-up has nothing left to link.
    docs = _documents()
    with batched.transaction() as session:
        vocab = vault_vocabulary(session)
        persons_registry.catch_up(session, vocab.isans_categories)  # notes the rules' version
        testimony_batches.add_many(session, docs, vocab, "k")
    before = _registry_of(batched)
    with batched.transaction() as session:
        vocab = vault_vocabulary(session)
        assert persons_registry.catch_up(session, vocab.isans_categories) == 0
        for doc in docs[:5]:
            persons_registry.link(session, doc["id"], 1, doc, vocab.isans_categories)
    assert _registry_of(batched) == before


def _unordered(vault: Vault) -> dict[str, Any]:
    """The registry without the ids and order that depend on when each row was written."""
    with vault.reading() as session:
        registry = _registry(session)
    return {
        "people": len(registry["archive_person"]),
        "entries": sorted(row[:2] + row[3:] for row in registry["person_entry"]),
        "facts": sorted(row[1:] for row in registry["person_fact"]),
        "linked": registry["persons_linked"],
    }


def test_a_catch_up_links_the_testimonies_it_never_saw_as_links_one_by_one_do(
    singles: Vault, batched: Vault
) -> None:
    # Testimonies received before imports linked them: no link, entry or fact of theirs.
    # One more lost only its link (registry rules changed): relinked in place, same persons.
    docs = _documents()
    for vault in (singles, batched):
        with vault.transaction() as session:
            vocab = vault_vocabulary(session)
            persons_registry.catch_up(session, vocab.isans_categories)
            for doc in docs:
                testimonies.add(session, copy.deepcopy(doc), vocab, "k")
    received = tuple(doc["id"] for doc in docs[1:])
    with batched.transaction() as session:
        kept = _person_ids(session, docs[0]["id"])
        for table in ("person_fact", "person_entry", "persons_linked"):
            session.execute(
                text(f"DELETE FROM {table} WHERE testimony_id IN :ids").bindparams(  # noqa: S608
                    bindparam("ids", expanding=True)
                ),
                {"ids": [*received]},
            )
        session.execute(text("DELETE FROM persons_linked WHERE testimony_id = :id"), docs[0])
        session.execute(
            text("DELETE FROM archive_person WHERE id NOT IN (SELECT person_id FROM person_entry)")
        )
    with batched.transaction() as session:
        vocab = vault_vocabulary(session)
        assert persons_registry.catch_up(session, vocab.isans_categories) == len(docs)
        assert _person_ids(session, docs[0]["id"]) == kept
    assert _unordered(batched) == _unordered(singles)


def _person_ids(session: Session, testimony_id: str) -> list[str]:
    query = text("SELECT person_id FROM person_entry WHERE testimony_id = :id ORDER BY 1")
    return list(session.execute(query, {"id": testimony_id}).scalars())
