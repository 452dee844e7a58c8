"""The type of an open unit of work (`Vault.reading()`, `Vault.transaction()`), and tentative
writes inside one. Layers above storage pass a unit of work to storage functions without
touching the database themselves: app/sync names its sessions by this type and never imports
SQLAlchemy (tests/unit/test_layers.py)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

UnitOfWork = Session


class Tentative:
    """Writes made inside `tentative()`: undone at the end of the block unless kept."""

    def __init__(self) -> None:
        self.kept = False

    def keep(self) -> None:
        self.kept = True


@contextlib.contextmanager
def tentative(session: UnitOfWork) -> Iterator[Tentative]:
    """A SAVEPOINT: what is written in the block stays in the unit of work only if `keep()`
    was called; on an exception or without `keep()` it is rolled back, the rest of the unit
    of work is not."""
    writes = Tentative()
    savepoint = session.begin_nested()
    try:
        yield writes
    except BaseException:
        savepoint.rollback()
        raise
    if writes.kept:
        savepoint.commit()
    else:
        savepoint.rollback()
