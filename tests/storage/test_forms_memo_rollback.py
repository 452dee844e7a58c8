"""The declined forms a connection remembers (app/storage/search_match.present_forms) never
outlive a rolled-back save: a testimony committed after it is found by a declined name."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from app.storage import search, search_match, testimonies
from app.storage.unit_of_work import tentative
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import minimal_testimony

STRUCTURE = text("SELECT block FROM testimony_search_data WHERE id = 10")


class Undone(Exception):
    """Raised to roll a unit of work back, as any failure half-way through a save does."""


def letter(note: str) -> dict[str, Any]:
    names = [{"value": "Ганна Шэмет", "script": "Cyrl", "language": "be", "kind": "original"}]
    return minimal_testimony(
        persons=[{"ref": "p1", "names": names, "roles": ["informant", "victim"]}],
        field_notes=[{"path": "persons[0]", "note": note}],
    )


def search_then_fail(vault: Vault, doc: dict[str, Any], seen: dict[str, Any]) -> None:
    with vault.transaction() as session:
        testimonies.add(session, doc, vault_vocabulary(session), vault.key_id)
        # As a delete does in its unit of work: the index is rewritten before the commit, so
        # the structure record changes inside the transaction (a save alone waits for it).
        search.scrub_deleted(session)
        # A search inside it: no declined form of Babaryka is in the index, and the
        # connection remembers that.
        assert search.present_forms(session)("Babaryka") == frozenset()
        seen["structure"] = session.scalar(STRUCTURE)
        seen["connection"] = session.connection().info
        raise Undone


def test_a_form_asked_in_a_rolled_back_save_is_asked_again_after_the_next_commit(
    vault: Vault,
) -> None:
    # Same length, so both units of work leave an index of the same shape: the structure
    # record, which the memo is keyed on, comes out byte for byte the same after either.
    undone, kept = letter("Ліст ад Калеснікавай"), letter("Ліст ад Бабарыкі")
    seen: dict[str, Any] = {}
    with pytest.raises(Undone):
        search_then_fail(vault, undone, seen)

    with vault.transaction() as session:
        kept_id = testimonies.add(session, kept, vault_vocabulary(session), vault.key_id)

    with vault.reading() as session:
        # The case the structure record cannot tell apart, on the connection that remembers.
        assert session.scalar(STRUCTURE) == seen["structure"]
        assert session.connection().info is seen["connection"]
        found = search.search(session, vault_vocabulary(session), "Babaryka", search.Filters())
    assert kept_id in {hit.id for hit in found}


def test_a_search_after_a_plain_read_still_uses_what_it_remembered(vault: Vault) -> None:
    # Closing a reading session rolls its (empty) transaction back: that must not cost the
    # list its memo, which it relies on to search the same words page after page.
    with vault.transaction() as session:
        testimonies.add(
            session, letter("Ліст ад Бабарыкі"), vault_vocabulary(session), vault.key_id
        )
    with vault.reading() as session:
        assert search.present_forms(session)("Babaryka")
        remembered = session.connection().info
    with vault.reading() as session:
        assert session.connection().info is remembered
        assert "Babaryka" in remembered[search_match._MEMO]


def test_a_form_asked_in_tentative_writes_that_were_undone_is_asked_again(vault: Vault) -> None:
    # An import writes each record tentatively (a savepoint) and undoes the ones it refuses;
    # the unit of work goes on and may search again before it commits.
    undone, kept = letter("Ліст ад Калеснікавай"), letter("Ліст ад Бабарыкі")
    with vault.transaction() as session:
        with tentative(session):
            testimonies.add(session, undone, vault_vocabulary(session), vault.key_id)
            search.scrub_deleted(session)
            assert search.present_forms(session)("Babaryka") == frozenset()
            seen_in_undone = session.scalar(STRUCTURE)
        kept_id = testimonies.add(session, kept, vault_vocabulary(session), vault.key_id)
        search.scrub_deleted(session)
        assert session.scalar(STRUCTURE) == seen_in_undone
        found = search.search(session, vault_vocabulary(session), "Babaryka", search.Filters())
    assert kept_id in {hit.id for hit in found}
