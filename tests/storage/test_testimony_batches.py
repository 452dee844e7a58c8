"""A batch add (app.storage.testimony_batches) stores exactly what `testimonies.add` one after
another stores: the rows, the audit chain, the search index and facets, the persons."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.domain.record import InvalidTestimony
from app.services.workspace import TestimonyRefused as Refused
from app.services.workspace import Workspace
from app.storage import audit, search, testimonies, testimony_batches
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import full_testimony, minimal_testimony
from tests.storage.batch_vaults import freeze_clock, vault_with_one_testimony

INDEX_TERMS = "SELECT term, doc, col, offset FROM temp.words ORDER BY 1, 2, 3, 4"
SURNAMES = ["Бабарыка", "Калеснікава", "Statkievič", "Бяляцкі", "Ціханоўская", "Łabkowicz"]


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_clock(monkeypatch)


def _documents() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for number, surname in enumerate(SURNAMES):
        doc = full_testimony()
        doc["id"] = f"00000000-0000-4000-8000-{number:012d}"
        doc["persons"][1]["names"][0]["value"] = f"Алесь {surname}"
        doc["interview"]["place"]["text"] = f"{surname} {number}"
        docs.append(doc)
    docs.append(
        {**minimal_testimony(status="complete"), "id": "11111111-0000-4000-8000-000000000000"}
    )
    return docs


@pytest.fixture
def one_by_one(tmp_path: Path) -> Iterator[Vault]:
    yield from vault_with_one_testimony(tmp_path / "one-by-one")


@pytest.fixture
def batched(tmp_path: Path) -> Iterator[Vault]:
    yield from vault_with_one_testimony(tmp_path / "batched")


def _rows(session: Session, query: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.execute(text(query))]


def _everything(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    # Every term of the contentless FTS5 index, where it stands (the index itself, not a search).
    session.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words"
            " USING fts5vocab(main, testimony_search, instance)"
        )
    )
    return {
        "testimony": _rows(session, "SELECT * FROM testimony ORDER BY id"),
        "version": _rows(session, "SELECT * FROM testimony_version ORDER BY testimony_id"),
        "audit": _rows(session, "SELECT * FROM audit_entry ORDER BY seq"),
        "head": _rows(session, "SELECT value FROM vault_meta WHERE name = 'audit_head'"),
        "entry": _rows(session, "SELECT rowid, testimony_id FROM search_entry ORDER BY rowid"),
        "index": _rows(
            session, "SELECT term, doc, col, offset FROM temp.words ORDER BY 1, 2, 3, 4"
        ),
        "facets": _rows(session, "SELECT * FROM testimony_facet ORDER BY 1, 2, 3"),
        "persons": _rows(
            session,
            "SELECT testimony_id, person_ref, roles, name_keys, names FROM person_entry"
            " ORDER BY 1, 2",
        ),
        "facts": _rows(
            session,
            "SELECT testimony_id, person_ref, figure, act, dimension, value, lo, hi, ends"
            " FROM person_fact ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9",
        ),
        "linked": _rows(session, "SELECT testimony_id, version FROM persons_linked ORDER BY 1"),
    }


def _stored(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    with vault.transaction() as session:
        stored = _everything(session)
        report = audit.verify(session)
    assert report.ok, report.problems
    return stored


def test_a_batch_stores_what_one_add_after_another_stores(
    one_by_one: Vault, batched: Vault
) -> None:
    docs = _documents()
    with one_by_one.transaction() as session:
        vocab = vault_vocabulary(session)
        expected_ids = [testimonies.add(session, doc, vocab, "k") for doc in docs]
    with batched.transaction() as session:
        ids = testimony_batches.add_many(session, docs, vault_vocabulary(session), "k")
    assert ids == expected_ids == [doc["id"] for doc in docs]
    expected, got = _stored(one_by_one), _stored(batched)
    assert all(expected[kind] for kind in ("index", "facets", "facts"))  # not vacuous
    assert len(expected["audit"]) == len(docs) + 1
    for kind in expected:
        assert got[kind] == expected[kind], kind


def test_what_a_batch_added_is_found_and_read_back(batched: Vault) -> None:
    docs = _documents()
    with batched.transaction() as session:
        testimony_batches.add_many(session, docs, vault_vocabulary(session), "k")
    with batched.reading() as session:
        vocab = vault_vocabulary(session)
        hits = {hit.id for hit in search.search(session, vocab, "Babaryka")}
        assert docs[0]["id"] in hits
        assert docs[1]["id"] not in hits
        assert testimonies.get(session, docs[2]["id"]).document == docs[2]


def test_a_duplicate_id_in_a_batch_stores_none_of_it(batched: Vault) -> None:
    docs = _documents()
    workspace = Workspace(batched)
    with pytest.raises(Refused) as refused:
        workspace.add_all([docs[0], docs[1], copy.deepcopy(docs[0])])
    assert refused.value.index == 2
    assert "already exists" in str(refused.value)
    workspace.add_all([docs[3]])
    with pytest.raises(Refused) as held:
        workspace.add_all([docs[4], docs[3]])
    assert held.value.index == 1
    with batched.reading() as session:
        assert testimonies.count(session) == 2  # the earlier one and docs[3]


def test_an_invalid_testimony_in_a_batch_is_named_and_stores_nothing(batched: Vault) -> None:
    docs = _documents()
    docs[1]["status"] = "no such status"
    with pytest.raises(Refused) as refused:
        Workspace(batched).add_all(docs)
    assert refused.value.index == 1
    with batched.transaction() as session, pytest.raises(InvalidTestimony):
        testimony_batches.add_many(session, docs, vault_vocabulary(session), "k")
    with batched.reading() as session:
        assert testimonies.count(session) == 1


def test_a_refusal_in_a_later_batch_is_named_by_its_place_in_the_file_and_stores_nothing(
    batched: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Testimonies are checked and stored a batch at a time: when the fifth of seven is
    # refused, the first four are written already and must go with the rest, and the
    # interviewer must hear "the fifth", not "the first of its batch".
    monkeypatch.setattr(testimony_batches, "BATCH", 2)
    workspace = Workspace(batched)
    invalid = _documents()
    invalid[4]["status"] = "no such status"
    repeated = _documents()
    repeated[5] = copy.deepcopy(repeated[1])  # the same id as one two batches earlier
    for docs, where, why in ((invalid, 4, "status"), (repeated, 5, "already exists")):
        with pytest.raises(Refused) as refused:
            workspace.add_all(docs)
        assert refused.value.index == where
        assert why in str(refused.value)
        with batched.reading() as session:
            assert testimonies.count(session) == 1  # the vault's own testimony only
            assert search.search(session, vault_vocabulary(session), "Бабарыка") == []
    assert len(workspace.add_all(_documents())) == len(_documents())


def test_a_batch_split_into_many_statements_stores_the_same(
    one_by_one: Vault, batched: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Past 500 testimonies each kind of row takes several statements: the audit chain, the
    # rowids and the FTS5 rows must continue from one statement to the next.
    monkeypatch.setattr(testimony_batches, "BATCH", 2)
    monkeypatch.setattr(search, "_BATCH", 3)
    docs = _documents()
    with one_by_one.transaction() as session:
        vocab = vault_vocabulary(session)
        for doc in docs:
            testimonies.add(session, doc, vocab, "k")
    with batched.transaction() as session:
        testimony_batches.add_many(session, docs, vault_vocabulary(session), "k")
    expected, got = _stored(one_by_one), _stored(batched)
    for kind in expected:
        assert got[kind] == expected[kind], kind


def test_a_failure_in_a_later_statement_leaves_the_vault_as_it_was(
    batched: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(testimony_batches, "BATCH", 2)
    before = _stored(batched)
    real_link, calls = testimony_batches.persons_registry.link_many, []

    def link_then_fail(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) == 3:  # the third statement's testimonies: four are stored already
            raise OSError("the disk is full")
        real_link(*args, **kwargs)

    monkeypatch.setattr(testimony_batches.persons_registry, "link_many", link_then_fail)
    with pytest.raises(OSError, match="disk is full"), batched.transaction() as session:
        testimony_batches.add_many(session, _documents(), vault_vocabulary(session), "k")
    assert _stored(batched) == before


def test_a_batch_that_takes_a_deleted_testimonys_rowid_is_not_found_by_its_words(
    batched: Vault,
) -> None:
    # search_entry reuses the highest rowid freed by a deletion; the deleted testimony's words
    # must not be found under the new testimony, whether deleted before or in the same unit.
    def found(query: str) -> set[str]:
        with batched.reading() as session:
            vocab = vault_vocabulary(session)
            return {hit.id for hit in search.search(session, vocab, query, snippets=False)}

    def named(name: str) -> dict[str, Any]:
        names = [{"value": name, "script": "Cyrl", "language": "be", "kind": "original"}]
        return minimal_testimony(persons=[{"ref": "p1", "names": names, "roles": ["informant"]}])

    with batched.transaction() as session:
        gone = testimonies.add(session, named("Віктар Бабарыка"), vault_vocabulary(session), "k")
    with batched.transaction() as session:
        testimonies.delete(session, gone, "k")
    with batched.transaction() as session:
        vocab = vault_vocabulary(session)
        (later,) = testimony_batches.add_many(session, [named("Марыя Калеснікава")], vocab, "k")
        testimonies.delete(session, later, "k")
        (last,) = testimony_batches.add_many(session, [named("Ігар Лосік")], vocab, "k")
        rowids = session.execute(text("SELECT rowid FROM search_entry ORDER BY 1")).scalars()
        assert list(rowids) == [1, 2]  # the rowid was taken again, twice
    assert found("Babaryka") == found("Kalesnikava") == set()
    assert found("Losik") == {last}
