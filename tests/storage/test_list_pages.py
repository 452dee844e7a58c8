"""A page of the testimony list reads that page through the sort column's index, not every
live testimony of the archive, and still never shows a deleted one."""

from __future__ import annotations

from sqlalchemy import update

from app.storage import models, search, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import minimal_testimony
from tests.storage.statement_plans import query_plans, selects_testimonies, statements_sent


def _archive(vault: Vault) -> list[str]:
    """Five testimonies saved a minute apart (the newest last), the third one deleted."""
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        ids = [testimonies.add(session, minimal_testimony(), vocab, vault.key_id) for _ in range(5)]
        for minute, testimony_id in enumerate(ids):
            session.execute(
                update(models.Testimony)
                .where(models.Testimony.id == testimony_id)
                .values(updated_at=f"2026-12-04T10:0{minute}:00Z")
            )
        testimonies.delete(session, ids[2], vault.key_id)
    return ids


def test_a_page_of_the_list_walks_the_updated_index_and_leaves_out_the_deleted(
    vault: Vault,
) -> None:
    # At 100,000 testimonies the first page of the list (newest first) read and sorted every
    # live testimony (0.4-1 s): it must walk ix_testimony_updated_at and stop after the page.
    ids = _archive(vault)
    with statements_sent(vault.engine, selects_testimonies) as sent, vault.reading() as session:
        # Pages of the sizes the faces ask for (10 and more; for a handful of rows SQLite
        # prefers reading the table and keeping the top few, whatever the archive's size).
        listed = [row.id for row in testimonies.summaries(session, 0, 10)]
        rest = [row.id for row in testimonies.summaries(session, 1, 50)]
        found = search.search(session, vault_vocabulary(session), "", limit=10, snippets=False)

    newest_first = [ids[4], ids[3], ids[1], ids[0]]  # the deleted one in neither
    assert listed == [hit.id for hit in found] == newest_first
    assert rest == newest_first[1:]
    plans = query_plans(vault.engine, sent)
    assert len(plans) == 3
    for plan in plans:
        assert any("INDEX ix_testimony_updated_at" in step for step in plan), plan
        assert not [step for step in plan if "ix_testimony_live" in step], plan
