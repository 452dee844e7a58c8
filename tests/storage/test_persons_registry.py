"""The persons registry kept up to date on the known-truth archive: every person entry linked
with a stable id, rows rewritten only when they change, deleted testimonies leaving it, and
vaults or registries written by older releases brought up to date once."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import delete, select, update

from app.domain.canonical import canonical_bytes
from app.services.persons import Person, Persons
from app.storage import models, persons_registry, testimonies
from app.storage.models import VaultMeta
from app.storage.persons_models import PersonEntry, PersonFact, PersonsLinked
from app.storage.persons_registry import REGISTRY_VERSION_KEY
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.category_archive import convicted
from tests.storage.known_persons import by_name, figure, merge_suggested


def test_every_person_entry_is_linked_with_a_stable_id(vault: Vault, archive: list[str]) -> None:
    people = Persons(vault).people()
    assert sum(len(person.testimonies) for person in people) == 2 * len(archive)
    before = {person.id for person in people}
    first = archive[0]
    with vault.transaction() as session:
        doc = testimonies.get(session, first).document
        doc["persons"][1]["names"].append(
            {"value": "Ales Bialiatski", "script": "Latn", "kind": "transliteration"}
        )
        testimonies.update(session, first, doc, vault_vocabulary(session), vault.key_id)
    assert {person.id for person in Persons(vault).people()} == before


def test_a_save_rewrites_only_the_registry_rows_that_changed(
    vault: Vault, archive: list[str]
) -> None:
    first = archive[0]

    def rows() -> tuple[dict[int, tuple[str, str, str]], dict[str, str]]:
        with vault.reading() as session:
            facts = {
                f.id: (f.person_ref, f.figure, f.value)
                for f in session.scalars(select(PersonFact).where(PersonFact.testimony_id == first))
            }
            entries = {
                e.person_ref: e.name_keys
                for e in session.scalars(
                    select(PersonEntry).where(PersonEntry.testimony_id == first)
                )
            }
        return facts, entries

    facts, entries = rows()
    with vault.transaction() as session:
        doc = testimonies.get(session, first).document
        ref = doc["persons"][1]["ref"]
        doc["persons"][1]["names"].append(
            {"value": "Ales Viktaravich", "script": "Latn", "kind": "transliteration"}
        )
        testimonies.update(session, first, doc, vault_vocabulary(session), vault.key_id)
    facts_after, entries_after = rows()
    assert facts_after == facts  # the same rows, not rewritten copies
    assert entries_after[ref] != entries[ref]
    assert {r: k for r, k in entries_after.items() if r != ref} == {
        r: k for r, k in entries.items() if r != ref
    }
    with vault.transaction() as session:
        doc = testimonies.get(session, first).document
        doc["persons"][1]["birth_date"] = {"precision": "day", "value": "1930-01-01"}
        testimonies.update(session, first, doc, vault_vocabulary(session), vault.key_id)
    facts_after, _ = rows()
    assert (ref, "humanitarian", "age_over_60") in facts_after.values()


def test_deleted_testimonies_leave_the_registry(vault: Vault, archive: list[str]) -> None:
    with vault.transaction() as session:
        testimonies.delete(session, archive[7], vault.key_id)
        left = session.scalars(select(PersonEntry).where(PersonEntry.testimony_id == archive[7]))
        assert list(left) == []
    assert figure(vault, "deaths")[0] == 0


def test_a_vault_older_than_the_registry_is_linked_when_asked(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # as migration 0007 leaves an older vault
        session.execute(delete(PersonEntry))
        session.execute(delete(PersonsLinked))
    assert len(Persons(vault).people()) == 16
    assert figure(vault, "incommunicado")[0] == 4  # Bialiatski's three entries, not merged


OLD_EXAMPLE = Path(__file__).parents[1] / "unit" / "data" / "testimony-1-example.json"


def test_a_stored_schema_1_record_is_counted_as_its_upgrade(vault: Vault) -> None:
    old = json.loads(OLD_EXAMPLE.read_text(encoding="utf-8"))
    with vault.transaction() as session:
        testimony_id = testimonies.add(session, old, vault_vocabulary(session), vault.key_id)
        # As schema 1 stored it (a stored version is never rewritten), its facts not yet linked.
        stored = session.get(models.TestimonyVersion, (testimony_id, 1))
        assert stored is not None
        stored.document = canonical_bytes({**old, "id": testimony_id})
        session.execute(delete(PersonsLinked))
    # Schema 1 kept the list inclusion on the prosecution; read as schema 2 it is a list entry.
    assert figure(vault, "lists", by="list", unit="acts") == (2, {"extremist": 1, "terrorist": 1})


def test_a_registry_written_by_older_rules_is_rewritten_once(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # facts of an older release, which had no deaths
        session.execute(delete(PersonFact).where(PersonFact.figure == "deaths"))
        session.merge(VaultMeta(name=REGISTRY_VERSION_KEY, value="1"))
    assert figure(vault, "deaths")[0] == 1
    with vault.reading() as session:
        marker = session.get(VaultMeta, REGISTRY_VERSION_KEY)
        assert marker is not None
        assert marker.value != "1"


def test_names_written_before_the_registry_kept_them_are_filled_once(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # as migration 0008 leaves a registry of 0007
        session.execute(update(PersonEntry).values(names=""))
        session.merge(VaultMeta(name=REGISTRY_VERSION_KEY, value="2"))
    assert all(person.names for person in Persons(vault).people())


def test_categories_counted_by_rules_3_are_recounted_once(vault: Vault) -> None:
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        testimony_id = testimonies.add(
            session, convicted("Алесь Пушкін", "339"), vocab, vault.key_id
        )
    assert figure(vault, "prosecutions", by="isans_category")[1] == {"other_political": 1}
    # As rules 3 linked it: an article's category from the paper's map alone, 339 had none.
    paper_map = {"group_actions_violating_public_order": ["342"]}
    with vault.transaction() as session:
        document = testimonies.get(session, testimony_id).document
        persons_registry.link(session, testimony_id, 1, document, paper_map)
    assert figure(vault, "prosecutions", by="isans_category")[1] == {"not recorded": 1}
    with vault.transaction() as session:
        session.merge(VaultMeta(name=REGISTRY_VERSION_KEY, value="3"))
    assert figure(vault, "prosecutions", by="isans_category") == (1, {"other_political": 1})


def test_persons_are_listed_in_pages_each_once_with_their_names(
    vault: Vault, archive: list[str]
) -> None:
    merge_suggested(vault)
    service = Persons(vault)
    whole = service.people()
    paged: list[Person] = []
    after: str | None = ""
    while after is not None:
        page = service.page(after, limit=3)
        assert len(page.people) <= 3
        paged.extend(page.people)
        after = page.after
    assert paged == whole
    assert len({person.id for person in whole}) == len(whole) == 16 - 3
    assert all(person.names for person in whole)
    bialiatski = by_name(whole, "Алесь Бяляцкі")[0]
    assert len(bialiatski.testimonies) == 3  # his merged entries listed with him


def test_a_new_vaults_first_catch_up_relinks_nothing(vault: Vault, archive: list[str]) -> None:
    # Its registry was written by today's rules as the testimonies were added: opening Figures
    # or Persons the first time must not make the coordinator wait for all of them again.
    assert Persons(vault).catch_up() == 0


def test_a_vault_created_without_the_rules_mark_is_relinked_once(
    vault: Vault, archive: list[str]
) -> None:
    with vault.transaction() as session:  # as a vault created before the mark was written
        session.execute(delete(VaultMeta).where(VaultMeta.name == REGISTRY_VERSION_KEY))
    assert Persons(vault).catch_up() == len(archive)
    assert Persons(vault).catch_up() == 0
