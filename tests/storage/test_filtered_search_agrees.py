"""A search with words and filters finds exactly the testimonies its words find that the same
filters list without words: the filtered full-text query (a correlated EXISTS per match, written
for speed) against the plain definition (the listing's IN conditions on the testimony table).

The archive mixes testimonies added one by one and as a batch, an edited one whose facts
changed and a deleted one, so that every way an index entry is written is compared."""

from __future__ import annotations

import copy
import itertools
from typing import Any

import pytest

from app.storage import search, testimonies, testimony_batches
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import day, full_testimony, minimal_testimony

# The last two reach the second tier: what only a given name's equivalents find (Ганна, Алесь).
QUERIES = [
    "Baravik",
    "Бабарыка",
    "Navapolatsk",
    "Калеснікава",
    "Losik",
    "Viktor",
    "Igor",
    "Anna Baravik",
    "Alexander Baravik",
]
FILTERS = [
    "incommunicado=yes",
    "art411=yes",
    "article=342",
    "criterion=disability",
    "facility=navapolatsk_ik1",
    "consent=internal_documentation",
    "consent=share_organisation",
    "from=2024",
    "to=2023-06",
    "figure=deaths",
]


def person(name: str, script: str = "Cyrl", language: str = "be") -> dict[str, Any]:
    return {
        "ref": "p1",
        "names": [{"value": name, "script": script, "language": language, "kind": "original"}],
        "roles": ["informant", "victim"],
    }


def dated(doc: dict[str, Any], value: str) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    doc["interview"]["date"] = day(value)
    return doc


@pytest.fixture
def archive(vault: Vault) -> None:
    one_by_one = [
        full_testimony(),
        dated(full_testimony(), "2023-03-01"),
        minimal_testimony(persons=[person("Ганна Баравік")]),
        dated(minimal_testimony(persons=[person("Віктар Бабарыка")]), "2022-12-31"),
    ]
    batch = [
        dated(full_testimony(), "2025-01-15"),
        minimal_testimony(persons=[person("Марыя Калеснікава")]),
        dated(minimal_testimony(persons=[person("Ihar Losik", "Latn", "en")]), "2023-06-30"),
        dated(minimal_testimony(persons=[person("Віктар Бабарыка")]), "2024-02-02"),
    ]
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        added = [testimonies.add(session, doc, vocab, vault.key_id) for doc in one_by_one]
        added += testimony_batches.add_many(session, batch, vocab, vault.key_id)
        # One full testimony loses its facts by an edit, another is deleted.
        stored = testimonies.get(session, added[0]).document
        edited = {**minimal_testimony(persons=[person("Ганна Баравік")]), "id": stored["id"]}
        testimonies.update(session, added[0], edited, vocab, vault.key_id)
        testimonies.delete(session, added[4], vault.key_id)


def whole_list(vault: Vault, query: str, filters: tuple[str, ...]) -> list[str]:
    """Every hit in the list's order, in one page larger than the archive."""
    with vault.reading() as session:
        hits = search.search(
            session,
            vault_vocabulary(session),
            query,
            search.Filters.parse(filters),
            limit=1000,
            snippets=False,
        )
    return [hit.id for hit in hits]


def found(vault: Vault, query: str, filters: tuple[str, ...]) -> set[str]:
    return set(whole_list(vault, query, filters))


SINGLE_AND_PAIRS = [(f,) for f in FILTERS] + list(itertools.combinations(FILTERS, 2))


@pytest.mark.usefixtures("archive")
@pytest.mark.parametrize("query", QUERIES)
def test_filtered_search_is_the_words_hits_the_filters_allow(vault: Vault, query: str) -> None:
    words = found(vault, query, ())
    assert words, f"{query} finds nothing: the comparison would prove nothing"
    for filters in SINGLE_AND_PAIRS:
        assert found(vault, query, filters) == words & found(vault, "", filters), filters


def paged(vault: Vault, query: str, filters: tuple[str, ...], size: int) -> list[str]:
    pages: list[str] = []
    with vault.reading() as session:
        vocab, parsed = vault_vocabulary(session), search.Filters.parse(filters)
        while True:
            page = search.search(
                session, vocab, query, parsed, limit=size, offset=len(pages), snippets=False
            )
            pages += [hit.id for hit in page]
            if len(page) < size:
                return pages


@pytest.mark.usefixtures("archive")
@pytest.mark.parametrize("query", QUERIES)
def test_pages_of_a_filtered_search_join_into_the_whole_list(vault: Vault, query: str) -> None:
    # Page by page as the list scrolls, the second tier included: no hit lost or shown twice.
    for filters in [(), ("consent=internal_documentation",), ("from=2024",), ("to=2023-06",)]:
        whole = whole_list(vault, query, filters)
        for size in (1, 2):
            assert paged(vault, query, filters, size) == whole, (filters, size)
