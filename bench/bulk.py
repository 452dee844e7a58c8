"""Bulk add: `testimony_batches.add_many` (what a JSON-lines add runs) of N realistic
testimonies in one `vault.transaction()` vs a raw keyed `executemany` of the same canonical JSON
bytes into a bare table (same pragmas).

The per-record split comes from timing wrappers put around the app's own steps during the
measured run (a few perf_counter calls per record, negligible beside the steps):
validation = `validate_testimony`; ORM flush = every `Session.flush` (explicit or autoflush: the
ORM objects pending, such as the audit head); indexing = `search.index` and `search.index_new`
less the flushes inside them (folding, phonetic keys, the search entry, FTS5 row and facets);
persons registry = `persons_registry.link` and `link_many` (entries and facts of each person,
written by one statement per kind of row for a batch); commit = the final COMMIT less its
flush; other = the rest (canonical JSON, the duplicate-id check, summaries, audit hashing, the
testimony and version rows).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

from sqlalchemy.orm import Session

from app.domain.canonical import canonical_bytes
from app.domain.vocabulary import VocabularySet
from app.storage import maintenance, persons_registry, search, testimony_batches
from app.storage import testimonies as testimonies_module
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import FAST_KDF, PASSPHRASE, Context, index_columns, new_key, raw_connection
from bench.data import TestimonyGenerator
from bench.report import Figure, median, progress

BUDGET = 1 / 1.5
REFERENCE_REPETITIONS = 3
# add_many is called with this many testimonies at a time, to say how far it is.
PROGRESS_EVERY = 1000


class Split:
    """Where our time goes, from timing wrappers around the app's own steps."""

    def __init__(self) -> None:
        self.seconds = {
            "validation": 0.0,
            "ORM flush": 0.0,
            "indexing": 0.0,
            "persons registry": 0.0,
            "commit": 0.0,
        }

    @contextlib.contextmanager
    def installed(self) -> Iterator[bool]:
        """Wrap the steps; yields False (and measures nothing) if the app renamed them."""
        validate = getattr(testimonies_module, "validate_testimony", None)
        index = getattr(search, "index", None)
        index_new = getattr(search, "index_new", None)
        link = getattr(persons_registry, "link", None)
        link_many = getattr(persons_registry, "link_many", None)
        if validate is None or index is None or index_new is None or link is None:
            yield False
            return
        with contextlib.ExitStack() as patches:
            for module, name, wrapper in (
                (testimonies_module, "validate_testimony", self._validation(validate)),
                (search, "index", self._indexing(index)),
                (search, "index_new", self._indexing(index_new)),
                (persons_registry, "link", self._linking(link)),
                (Session, "flush", self._flushing(Session.flush)),
            ):
                patches.enter_context(mock.patch.object(module, name, wrapper))
            if link_many is not None:  # the batch add's (an older checkout links one by one)
                patches.enter_context(
                    mock.patch.object(persons_registry, "link_many", self._linking(link_many))
                )
            yield True

    def _validation(self, validate: Callable[..., Any]) -> Callable[..., Any]:
        def timed_validate(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return validate(*args, **kwargs)
            finally:
                self.seconds["validation"] += time.perf_counter() - start

        return timed_validate

    def _flushing(self, flush: Callable[..., Any]) -> Callable[..., Any]:
        def timed_flush(session: Session, *args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return flush(session, *args, **kwargs)
            finally:
                self.seconds["ORM flush"] += time.perf_counter() - start

        return timed_flush

    def _linking(self, link: Callable[..., Any]) -> Callable[..., Any]:
        def timed_link(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return link(*args, **kwargs)
            finally:
                self.seconds["persons registry"] += time.perf_counter() - start

        return timed_link

    def _indexing(self, index: Callable[..., Any]) -> Callable[..., Any]:
        def timed_index(*args: Any, **kwargs: Any) -> Any:
            start, flushed = time.perf_counter(), self.seconds["ORM flush"]
            try:
                return index(*args, **kwargs)
            finally:
                inner_flush = self.seconds["ORM flush"] - flushed
                self.seconds["indexing"] += time.perf_counter() - start - inner_flush

        return timed_index

    def commit(self, seconds: float, flushed_before: float) -> None:
        self.seconds["commit"] += seconds - (self.seconds["ORM flush"] - flushed_before)


def _ours(ctx: Context, docs: list[dict[str, Any]], split: Split) -> tuple[float, bool]:
    folder = ctx.folder("bulk") / "vault"
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault:
        maintenance.after_unlock(vault)  # as the faces open a vault: the index's settings
        with vault.reading() as session:
            vocab = vault_vocabulary(session)
        with split.installed() as measured:
            start = time.perf_counter()
            with vault.transaction() as session:
                for start_at in range(0, len(docs), PROGRESS_EVERY):
                    chunk = docs[start_at : start_at + PROGRESS_EVERY]
                    testimony_batches.add_many(session, chunk, vocab, vault.key_id)
                    progress(f"bulk: {start_at + len(chunk)}/{len(docs)} added")
                committing, flushed = time.perf_counter(), split.seconds["ORM flush"]
            end = time.perf_counter()
        split.commit(end - committing, flushed)
    return end - start, measured


def _reference(ctx: Context, bodies: list[bytes], attempt: int) -> float:
    database = ctx.folder("bulk") / f"reference-{attempt}.db"
    connection = raw_connection(database, new_key())
    try:
        connection.execute("CREATE TABLE bare (id INTEGER PRIMARY KEY, document BLOB NOT NULL)")
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO bare (document) VALUES (?)", [(b,) for b in bodies])
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def _search_table(ctx: Context) -> tuple[str, VocabularySet]:
    """The search index's FTS5 definition as a new vault has it (after every migration), and
    the vault's vocabularies (facility labels are indexed words)."""
    folder = ctx.folder("bulk") / "schema"
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault, vault.reading() as session:
        vocab = vault_vocabulary(session)
        sql = session.connection().exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'testimony_search'"
        )
        return str(sql.scalar_one()), vocab


def _reference_indexed(
    ctx: Context, bodies: list[bytes], table_sql: str, columns: list[tuple[str, str]]
) -> float:
    """The reference's executemany plus one executemany into the search index's own FTS5
    table (same definition, same flush and merge settings as the app sets at unlock) of the
    words our indexing writes: the least that keeping testimonies searchable costs SQLite."""
    database = ctx.folder("bulk") / "reference-indexed.db"
    connection = raw_connection(database, new_key())
    settings = "INSERT INTO testimony_search (testimony_search, rank) VALUES (?, ?)"
    try:
        connection.execute("CREATE TABLE bare (id INTEGER PRIMARY KEY, document BLOB NOT NULL)")
        connection.execute(table_sql)
        connection.execute(settings, ("automerge", maintenance.AUTOMERGE))
        connection.execute(settings, ("crisismerge", maintenance.CRISISMERGE))
        connection.execute(settings, ("hashsize", maintenance.HASHSIZE))
        rows = [(rowid, body, keys) for rowid, (body, keys) in enumerate(columns, start=1)]
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany("INSERT INTO bare (document) VALUES (?)", [(b,) for b in bodies])
        connection.executemany(
            "INSERT INTO testimony_search (rowid, body, keys) VALUES (?, ?, ?)", rows
        )
        connection.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        connection.close()


def run(ctx: Context) -> None:
    n = ctx.bulk_count
    docs = TestimonyGenerator(seed=1).take(n)
    bodies = [canonical_bytes(doc) for doc in docs]
    references = [_reference(ctx, bodies, attempt) for attempt in range(REFERENCE_REPETITIONS)]
    reference = median(references)
    table_sql, vocab = _search_table(ctx)
    columns = [index_columns(doc, vocab) for doc in docs]  # untimed: SQLite's share alone
    indexed = _reference_indexed(ctx, bodies, table_sql, columns)
    progress(f"bulk: raw executemany of {n} documents took {reference:.2f} s; now ours")
    split = Split()
    ours, measured = _ours(ctx, docs, split)
    average = sum(len(b) for b in bodies) / n
    ctx.add(
        Figure(
            "bulk",
            f"testimony_batches.add_many x {n:,}, one transaction",
            n / ours,
            n / reference,
            "rec/s",
            ratio=reference / ours,
            op=">=",
            limit=BUDGET,
            budget=">= 0.67 (ref time / ours)",
            note=f"ours {ours:.1f} s, raw {reference:.2f} s; {average / 1024:.1f} KiB per record",
            extra={"ours_s": ours, "reference_s": references, "record_bytes": average},
        )
    )
    if not measured:
        return
    parts = dict(split.seconds)
    parts["other"] = max(0.0, ours - sum(parts.values()))
    what = {
        "validation": "validate_testimony: JSON Schema + semantic checks",
        "ORM flush": "pending ORM objects: the audit head",
        "indexing": "search.index_new less its flush: folding, keys, FTS5 row, facets",
        "persons registry": "persons_registry.link_many: entries, facts",
        "commit": "",
        "other": "canonical JSON, id check, summaries, audit hash, testimony/version rows",
    }
    for part, seconds in parts.items():
        ctx.add(
            Figure(
                "bulk",
                f"  per record: {part}",
                seconds / n * 1000,
                None,
                "ms",
                note=f"{seconds / ours:.0%} of ours" + (f" ({what[part]})" if what[part] else ""),
            )
        )
    ctx.add(
        Figure("bulk", "  per record: raw insert (reference)", reference / n * 1000, None, "ms")
    )
    allowed = reference / (1 / 4) / n * 1000  # what the first step (>= 1/4) leaves a record
    ctx.add(
        Figure(
            "bulk",
            "  per record: raw insert + the index's FTS5 row (context)",
            indexed / n * 1000,
            None,
            "ms",
            note=(
                f"SQLite's share of indexing, our words given; the first step (>= 1/4) leaves "
                f"{allowed:.2f} ms a record for everything"
            ),
            extra={"seconds": indexed, "first_step_ms": allowed},
        )
    )
