"""The save path writes only what changed (issue 15): each shortcut is tried here against what it
must still guarantee. The index entry is left alone only when no searchable word changed, the
facets follow every change, and the caller's document is read, never changed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from app.storage import attachments, models, search, testimonies
from app.storage.search_filters import BadFilter, Filters
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import day, full_testimony, minimal_testimony


def add(vault: Vault, doc: dict[str, Any]) -> str:
    with vault.transaction() as session:
        return testimonies.add(session, doc, vault_vocabulary(session), vault.key_id)


def save(vault: Vault, testimony_id: str, doc: dict[str, Any]) -> int:
    with vault.transaction() as session:
        return testimonies.update(session, testimony_id, doc, vault_vocabulary(session), "k")


def read(vault: Vault, testimony_id: str) -> dict[str, Any]:
    with vault.reading() as session:
        return testimonies.get(session, testimony_id).document


def found(vault: Vault, query: str, *filters: str) -> set[str]:
    with vault.reading() as session:
        hits = search.search(
            session, vault_vocabulary(session), query, Filters.parse(filters), snippets=False
        )
    return {hit.id for hit in hits}


def segments(vault: Vault) -> int:
    """Rows of the index's data table: each write of an entry adds a segment at commit."""
    with vault.reading() as session:
        return int(session.scalar(text("SELECT count(*) FROM testimony_search_data")) or 0)


def narrative(doc: dict[str, Any], words: str) -> dict[str, Any]:
    doc["interview"]["narrative"]["text"] = words
    return doc


def test_a_changed_narrative_finds_the_new_words_and_no_longer_the_old(vault: Vault) -> None:
    testimony_id = add(vault, narrative(full_testimony(), "Затрымалі каля Жодзіна ўвосень."))
    assert found(vault, "Жодзіна") == {testimony_id}
    save(vault, testimony_id, narrative(read(vault, testimony_id), "Вывезлі ў Гомель."))
    assert found(vault, "Гомель") == {testimony_id}
    assert found(vault, "Жодзіна") == set()
    assert found(vault, "Zhodzina") == set()  # nor its cross-script keys


def informant(name: str) -> dict[str, Any]:
    written = {"value": name, "script": "Cyrl", "language": "be", "kind": "original"}
    return minimal_testimony(persons=[{"ref": "p1", "roles": ["informant"], "names": [written]}])


def test_a_renamed_person_is_found_by_the_new_name_only(vault: Vault) -> None:
    testimony_id = add(vault, informant("Ігар Баравік"))
    assert found(vault, "Baravik") == {testimony_id}
    doc = read(vault, testimony_id)
    doc["persons"][0]["names"][0]["value"] = "Ігар Лукашэвіч"
    save(vault, testimony_id, doc)
    assert found(vault, "Lukashevich") == {testimony_id}  # its cross-script keys too
    assert found(vault, "Ігар Лукашэвіч") == {testimony_id}
    assert found(vault, "Baravik") == set()
    assert found(vault, "Баравік") == set()


def test_a_save_that_changes_no_word_leaves_the_entry_and_still_finds_it(vault: Vault) -> None:
    # Added in the example's order of sections, read back in the vault's (sorted): the same
    # words all the same.
    testimony_id = add(vault, narrative(full_testimony(), "Затрымалі каля Жодзіна ўвосень."))
    doc = read(vault, testimony_id)
    written = segments(vault)
    doc["interview"]["date"] = day("2024-10-04")  # a date is no searchable word
    assert save(vault, testimony_id, doc) == 2
    assert segments(vault) == written  # the entry was not rewritten ...
    assert found(vault, "Жодзіна") == {testimony_id}  # ... and still finds the testimony
    save(vault, testimony_id, narrative(doc, "Затрымалі каля Жодзіна ўвосень і ў Гомелі."))
    assert segments(vault) > written  # a new word is written at once
    assert found(vault, "Гомелі") == {testimony_id}


def test_an_attachment_description_is_searchable(vault: Vault, tmp_path: Path) -> None:
    # Descriptions live beside the record: they are part of what decides a rewrite.
    testimony_id = add(vault, full_testimony())
    written = segments(vault)
    with vault.transaction() as session:
        search.reindex(session, testimony_id, vault_vocabulary(session))
    assert segments(vault) == written  # nothing new: nothing rewritten
    letter = tmp_path / "letter.txt"
    letter.write_bytes(b"scan")
    attachments.add(vault, testimony_id, letter, "Ліст з Навапольскай калоніі")
    assert found(vault, "Навапольскай") == {testimony_id}


def test_facets_follow_a_save_that_adds_and_removes_an_article(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    assert testimony_id in found(vault, "", "article=342")
    doc = read(vault, testimony_id)
    doc["prosecutions"][0]["articles"] = [{"code": "361-1", "part": 1}]
    save(vault, testimony_id, doc)
    assert testimony_id not in found(vault, "", "article=342")
    assert testimony_id in found(vault, "", "article=361-1")
    with vault.reading() as session:
        rows = session.execute(
            select(models.TestimonyFacet.facet, models.TestimonyFacet.value).where(
                models.TestimonyFacet.testimony_id == testimony_id
            )
        ).all()
    assert len(rows) == len(set(rows))  # nothing written twice
    digests = [value for facet, value in rows if facet == search.ENTRY_DIGEST]
    assert len(digests) == 1  # one digest per testimony, replaced, never piled up


def test_the_entry_digest_is_no_filter(vault: Vault) -> None:
    testimony_id = add(vault, minimal_testimony())
    with vault.reading() as session:
        digest = session.scalar(
            select(models.TestimonyFacet.value).where(
                models.TestimonyFacet.testimony_id == testimony_id,
                models.TestimonyFacet.facet == search.ENTRY_DIGEST,
            )
        )
    assert digest
    with pytest.raises(BadFilter):
        Filters.parse([f"{search.ENTRY_DIGEST}={digest}"])


def test_a_save_reads_the_callers_document_and_never_changes_it(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    doc = read(vault, testimony_id)
    narrative(doc, "Вывезлі ў Гомель.")
    doc["provenance"] = {"version": 1}  # the vault's, dropped on the way in
    before = copy.deepcopy(doc)
    assert save(vault, testimony_id, doc) == 2
    assert doc == before
    stored = read(vault, testimony_id)
    assert stored == {key: value for key, value in before.items() if key != "provenance"}


def test_an_unchanged_document_makes_no_version_a_changed_one_does(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    assert save(vault, testimony_id, read(vault, testimony_id)) == 1
    doc = read(vault, testimony_id)
    narrative(doc, "Вывезлі ў Гомель.")
    assert save(vault, testimony_id, doc) == 2
    with vault.reading() as session:
        versions = session.scalar(
            select(func.count())
            .select_from(models.TestimonyVersion)
            .where(models.TestimonyVersion.testimony_id == testimony_id)
        )
    assert versions == 2


def test_a_version_stored_in_schema_1_is_unchanged_by_its_own_upgrade(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = minimal_testimony()
    assert old["schema"] == "sviedka.testimony/1"
    # Stored as the app did before schema 2: the bytes stay schema 1.
    with monkeypatch.context() as patch:
        patch.setattr(testimonies, "upgrade", lambda record: record)
        testimony_id = add(vault, old)
    upgraded = read(vault, testimony_id)
    assert upgraded["schema"] == "sviedka.testimony/2"
    assert save(vault, testimony_id, upgraded) == 1  # the same testimony: nothing to save
    upgraded["status"] = "complete"
    assert save(vault, testimony_id, upgraded) == 2
