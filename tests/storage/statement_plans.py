"""What a piece of code asks SQLite, and how SQLite answers it: the statements (with their
parameters) sent to a vault's engine inside a block, and each one's `EXPLAIN QUERY PLAN`.
For tests that an action about one testimony or person searches an index instead of reading a
table that grows with the archive (measured at 100,000 testimonies, where it matters)."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

Sent = list[tuple[str, Any]]


@contextlib.contextmanager
def statements_sent(
    engine: sa.Engine, keep: Callable[[str], bool] = lambda _statement: True
) -> Iterator[Sent]:
    """The statements `keep` accepts, with their parameters, as the block sends them."""
    sent: Sent = []

    def watch(_conn: object, _cursor: object, statement: str, params: Any, *_: object) -> None:
        if keep(statement):
            sent.append((statement, params))

    event.listen(engine, "before_cursor_execute", watch)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", watch)


_FROM_TESTIMONY = re.compile(r"FROM testimony\b")


def selects(statement: str) -> bool:
    return statement.lstrip().upper().startswith("SELECT")


def selects_testimonies(statement: str) -> bool:
    """A SELECT that reads the testimony table itself (not a table named after it)."""
    return selects(statement) and _FROM_TESTIMONY.search(statement) is not None


def query_plans(engine: sa.Engine, sent: Sent) -> list[list[str]]:
    """Each statement's plan, one line per step ("SEARCH t USING INDEX ...", "SCAN t")."""
    with engine.connect() as conn:
        return [
            [str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)]
            for statement, params in sent
        ]
