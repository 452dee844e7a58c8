"""The unlock's refresh of flags that time alone changed reads only the testimonies due, found
through their facts_until index, never every live testimony of the archive."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import update

from app.storage import models, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import day, full_testimony
from tests.storage.statement_plans import query_plans, selects_testimonies, statements_sent


def _over_sixty() -> dict[str, Any]:
    doc = full_testimony()
    doc["persons"][1]["birth_date"] = day("1960-01-01")  # the detained son is over 60 today
    return doc


def test_only_the_testimonies_due_are_refreshed_and_found_through_their_index(
    vault: Vault,
) -> None:
    # At 100,000 testimonies the refresh walked every live row at each unlock (~150 ms) to
    # find the few whose flags aged: it must search the facts_until index instead.
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        due, later, deleted = (
            testimonies.add(session, _over_sixty(), vocab, vault.key_id) for _ in range(3)
        )
        testimonies.delete(session, deleted, vault.key_id)
    with vault.transaction() as session:  # as saved before the birthday; a later one not yet
        stale = {due: "2000-01-01", later: "2999-01-01", deleted: "2000-01-01"}
        for testimony_id, until in stale.items():
            session.execute(
                update(models.Testimony)
                .where(models.Testimony.id == testimony_id)
                .values(flags="", facts_until=until)
            )
    with statements_sent(vault.engine, selects_testimonies) as sent, vault.transaction() as session:
        refreshed = testimonies.refresh_aged_facts(session, vault_vocabulary(session))

    assert refreshed == 1  # the tombstone is not counted
    with vault.reading() as session:
        rows = {row.id: row for row in session.query(models.Testimony)}
    assert "humanitarian" in rows[due].flags
    assert rows[due].facts_until > date.today().isoformat()
    assert (rows[later].flags, rows[later].facts_until) == ("", "2999-01-01")
    assert rows[deleted].deleted_at is not None

    assert sent
    for plan in query_plans(vault.engine, sent):
        assert any("INDEX ix_testimony_facts_until" in step for step in plan), plan
        assert not [step for step in plan if step.startswith("SCAN testimony")], plan
