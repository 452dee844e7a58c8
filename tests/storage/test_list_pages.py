"""A page of the testimony list reads that page through the sort column's index, not every
live testimony of the archive, and still never shows a deleted one."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import event, update

from app.storage import models, search, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.factories import minimal_testimony

_READS_TESTIMONY = re.compile(r"FROM testimony\b")


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


def _plans(vault: Vault, sent: list[tuple[str, Any]]) -> list[list[str]]:
    with vault.engine.connect() as conn:
        return [
            [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)]
            for statement, params in sent
        ]


def test_a_page_of_the_list_walks_the_updated_index_and_leaves_out_the_deleted(
    vault: Vault,
) -> None:
    # At 100,000 testimonies the first page of the list (newest first) read and sorted every
    # live testimony (0.4-1 s): it must walk ix_testimony_updated_at and stop after the page.
    ids = _archive(vault)
    sent: list[tuple[str, Any]] = []

    def watch(_conn: object, _cursor: object, statement: str, params: Any, *_: object) -> None:
        if statement.lstrip().upper().startswith("SELECT") and _READS_TESTIMONY.search(statement):
            sent.append((statement, params))

    event.listen(vault.engine, "before_cursor_execute", watch)
    try:
        with vault.reading() as session:
            # Pages of the sizes the faces ask for (10 and more; for a handful of rows SQLite
            # prefers reading the table and keeping the top few, whatever the archive's size).
            listed = [row.id for row in testimonies.summaries(session, 0, 10)]
            rest = [row.id for row in testimonies.summaries(session, 1, 50)]
            found = search.search(session, vault_vocabulary(session), "", limit=10, snippets=False)
    finally:
        event.remove(vault.engine, "before_cursor_execute", watch)

    newest_first = [ids[4], ids[3], ids[1], ids[0]]  # the deleted one in neither
    assert listed == [hit.id for hit in found] == newest_first
    assert rest == newest_first[1:]
    plans = _plans(vault, sent)
    assert len(plans) == 3
    for plan in plans:
        assert any("INDEX ix_testimony_updated_at" in step for step in plan), plan
        assert not [step for step in plan if "ix_testimony_live" in step], plan
