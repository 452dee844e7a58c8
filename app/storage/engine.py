"""SQLAlchemy engine over SQLCipher, keyed with the raw database key on every connection.

The order on each new connection matters and is fixed here, in one place:
1. `PRAGMA key` with the raw 256-bit key (no passphrase, no PBKDF2: the keyslot did that);
2. `cipher_log_level = NONE`, so a failure never prints to stderr;
3. the pragmas measured to matter (docs/threat-model.md, "SQLCipher settings, as measured"):
   temp_store MEMORY keeps sort spills and temp tables out of plaintext files, secure_delete
   overwrites deleted rows,
   cipher_memory_security wipes freed memory, WAL, foreign keys, busy timeout;
4. a read of sqlite_master: a wrong key fails here, not later in the middle of work;
5. WAL mode without automatic checkpoints (a commit that crossed 1,000 WAL pages paid for the
   whole checkpoint: app/storage/maintenance.py runs them at idle and before lock instead),
   synchronous FULL (a confirmed save survives power loss), then temp_store read back and
   asserted.
`hide_parameters=True` keeps bound values (testimony) out of exception messages and logs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.storage.errors import VaultCorrupt, VaultError

BUSY_TIMEOUT_MS = 5000
WRITE_OPTION = "sviedka_write"

# name -> value expected back when the pragma is read on a live connection
CONNECTION_PRAGMAS: dict[str, int | str] = {
    "temp_store": 2,  # MEMORY
    "secure_delete": 1,
    "cipher_memory_security": "1",
    "journal_mode": "wal",
    "wal_autocheckpoint": 0,
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": 2,  # FULL
    "cipher_plaintext_header_size": "0",
}


# Vault connections keep no cache of prepared statements (a raw connection that bench/ compares
# with must be made the same way). With the driver's cache (128), a connection that had run
# other statements made ~15x more mlock/munlock calls for the same full-text query (43,000 vs
# 3,000 for five searches, strace): SQLCipher's memory security locks every allocation, and
# the statements kept prepared hold the connection's lookaside memory, so small allocations
# fall through to it. A common word at 10k took ~410 ms instead of 49. SQLAlchemy caches the
# compiled SQL; preparing again costs microseconds.
CONNECT_ARGS: dict[str, Any] = {"cached_statements": 0}


def configure_connection(dbapi_connection: Any, key: bytes) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute("PRAGMA cipher_plaintext_header_size = 0")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA cipher_memory_security = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        try:
            cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise VaultCorrupt(
                "the vault database cannot be decrypted with its key (damaged or replaced)"
            ) from exc
        cursor.execute("PRAGMA journal_mode = WAL").fetchone()
        cursor.execute("PRAGMA wal_autocheckpoint = 0")
        # A save the interviewer saw confirmed survives a killed process and a laptop whose
        # battery died: the WAL is synced at each commit. NORMAL would survive the first only;
        # measured at 10k under load it would save ~8 ms of a commit's p50 (21 -> 13 ms), not
        # worth losing a testimony. Said explicitly: a build's default may be NORMAL.
        cursor.execute("PRAGMA synchronous = FULL")
        # Measured: with temp_store=FILE sort spills went to plaintext files in /var/tmp.
        # A build of SQLite compiled to force FILE would ignore our pragma: refuse it.
        if cursor.execute("PRAGMA temp_store").fetchone()[0] != CONNECTION_PRAGMAS["temp_store"]:
            raise VaultError("this SQLCipher build keeps temporary data in files; refusing")
    finally:
        cursor.close()


def make_engine(database: Path, key: bytes) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlite:///{database}",
        module=sqlcipher3.dbapi2,
        connect_args=CONNECT_ARGS,
        hide_parameters=True,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    # insert=True: our listener runs before SQLAlchemy's own first-connect queries, which
    # would otherwise hit an unkeyed (unreadable) database.
    @event.listens_for(engine, "connect", insert=True)
    def _key_connection(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's implicit BEGIN handling breaks SAVEPOINT and transactional DDL; let
        # SQLAlchemy emit BEGIN itself (documented SQLAlchemy recipe for pysqlite).
        dbapi_connection.isolation_level = None
        configure_connection(dbapi_connection, key)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # Writers take the write lock up front (IMMEDIATE) so a unit of work never fails
        # half-way on a lock upgrade; readers begin deferred and never block anyone (WAL).
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")

    return engine


def writer(engine: Engine) -> Engine:
    """A view of the engine whose transactions begin IMMEDIATE (same pool, same keys)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def read_pragma(engine: Engine, name: str) -> Any:
    with engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def checkpoint(engine: Engine) -> None:
    """Fold the WAL back into the database file and truncate it.

    Run on a raw connection outside any transaction: SQLite refuses a checkpoint inside one.
    """
    _checkpoint(engine, "TRUNCATE")


def passive_checkpoint(engine: Engine) -> None:
    """Fold as much of the WAL as no reader still needs, without waiting for anyone."""
    _checkpoint(engine, "PASSIVE")


def _checkpoint(engine: Engine, mode: str) -> None:
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
        cursor.close()
    finally:
        raw.close()
