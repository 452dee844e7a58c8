"""The persons registry skips a save that changes nothing it keeps (the digest stored with the
link, migration 0009), and still follows every save that changes a person: tried by watching
the statements a save sends and the rows it leaves."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from app.storage import testimonies
from app.storage.persons_models import PersonEntry, PersonFact, PersonsLinked
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import full_testimony


def add(vault: Vault, doc: dict[str, Any]) -> str:
    with vault.transaction() as session:
        return testimonies.add(session, doc, vault_vocabulary(session), vault.key_id)


def read(vault: Vault, testimony_id: str) -> dict[str, Any]:
    with vault.reading() as session:
        return testimonies.get(session, testimony_id).document


@contextmanager
def registry_statements(vault: Vault) -> Iterator[list[str]]:
    """The statements sent to the registry's entry and fact tables meanwhile."""
    seen: list[str] = []

    def watch(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "person_entry" in statement or "person_fact" in statement:
            seen.append(statement.split()[0].upper())

    event.listen(vault.engine, "before_cursor_execute", watch)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", watch)


def save(vault: Vault, testimony_id: str, doc: dict[str, Any]) -> list[str]:
    """Save and return the statements the save sent to the registry's rows."""
    with registry_statements(vault) as seen, vault.transaction() as session:
        testimonies.update(session, testimony_id, doc, vault_vocabulary(session), "k")
    return seen


def entry(vault: Vault, testimony_id: str, ref: str) -> Any:
    with vault.reading() as session:
        return session.execute(
            select(PersonEntry).where(
                PersonEntry.testimony_id == testimony_id, PersonEntry.person_ref == ref
            )
        ).scalar_one()


def linked(vault: Vault, testimony_id: str) -> tuple[int, str]:
    with vault.reading() as session:
        row = session.get(PersonsLinked, testimony_id)
        assert row is not None
        return row.version, row.digest


def test_a_changed_narrative_leaves_the_registry_unread_and_notes_the_version(
    vault: Vault,
) -> None:
    testimony_id = add(vault, full_testimony())
    doc = read(vault, testimony_id)
    doc["interview"]["narrative"]["text"] = "Іншы аповед, тыя ж людзі."
    assert save(vault, testimony_id, doc) == []
    assert linked(vault, testimony_id)[0] == 2  # the registry knows it is up to date


def test_a_changed_name_is_relinked_under_the_same_archive_person(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    before = entry(vault, testimony_id, "p1")
    _, digest = linked(vault, testimony_id)
    doc = read(vault, testimony_id)
    doc["persons"][0]["names"][0]["value"] = "Ганна Міхайлаўна Каваленка"
    assert "SELECT" in save(vault, testimony_id, doc)
    after = entry(vault, testimony_id, "p1")
    assert "Каваленка" in after.names
    assert after.name_keys != before.name_keys
    assert after.person_id == before.person_id
    assert linked(vault, testimony_id) != (2, digest)


def test_a_changed_birth_date_is_relinked(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    doc = read(vault, testimony_id)
    doc["persons"][0]["birth_date"] = {"precision": "day", "value": "1971-04-12"}
    assert save(vault, testimony_id, doc) != []
    assert entry(vault, testimony_id, "p1").birth_lo == "1971-04-12"
    # And back: the digest follows the rows, not the first save.
    doc["persons"][0]["birth_date"] = {"precision": "month", "value": "1966-09"}
    assert save(vault, testimony_id, doc) != []
    assert entry(vault, testimony_id, "p1").birth_lo.startswith("1966-09")


def test_a_changed_arrest_date_changes_the_facts_counted(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())

    def held_since() -> set[str]:
        with vault.reading() as session:
            rows = session.scalars(
                select(PersonFact.lo).where(
                    PersonFact.person_ref == "p2", PersonFact.figure == "held"
                )
            )
            return set(rows)

    assert held_since() == {"2022-11-14"}
    doc = read(vault, testimony_id)
    doc["detention_episodes"][0]["arrest"]["date"] = {"precision": "day", "value": "2022-11-15"}
    save(vault, testimony_id, doc)
    assert held_since() == {"2022-11-15"}


def test_a_link_of_an_older_vault_without_a_digest_is_rewritten_once(vault: Vault) -> None:
    testimony_id = add(vault, full_testimony())
    with vault.transaction() as session:  # as migration 0009 leaves a link of 0008
        row = session.get(PersonsLinked, testimony_id)
        assert row is not None
        row.digest = ""
    doc = read(vault, testimony_id)
    doc["interview"]["narrative"]["text"] = "Першы захаваны пасля абнаўлення."
    assert save(vault, testimony_id, doc) != []
    assert linked(vault, testimony_id)[1] != ""
    doc["interview"]["narrative"]["text"] = "Другі."
    assert save(vault, testimony_id, doc) == []
