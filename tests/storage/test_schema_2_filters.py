"""The search filters reach schema 2's facts: instruments of repression, Administrative Code
articles, the official lists and the new flags."""

from __future__ import annotations

from typing import Any

import pytest

from app.storage import search, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import full_testimony, minimal_testimony


def add(vault: Vault, doc: dict[str, Any]) -> str:
    with vault.transaction() as session:
        return testimonies.add(session, doc, vault_vocabulary(session), vault.key_id)


def found(vault: Vault, *filters: str) -> set[str]:
    with vault.reading() as session:
        hits = search.search(session, vault_vocabulary(session), "", search.Filters.parse(filters))
        return {hit.id for hit in hits}


@pytest.mark.parametrize(
    "condition",
    [
        "instrument=inclusion_in_terrorist_list",
        "instrument=non_disclosure_undertaking_on_release",
        "administrative_article=19.11",
        "list=terrorist",
        "flag=listed",
        "flag=administrative_case",
        "flag=property",
        "flag=recruitment",
        "flag=intervention",
    ],
)
def test_a_schema_2_fact_finds_the_testimony_that_records_it(vault: Vault, condition: str) -> None:
    full = add(vault, full_testimony())
    add(vault, minimal_testimony())
    assert found(vault, condition) == {full}


def test_an_instrument_the_testimony_does_not_record_finds_nothing(vault: Vault) -> None:
    add(vault, full_testimony())
    assert found(vault, "instrument=release_with_deportation") == set()
    assert found(vault, "administrative_article=24.23") == set()
