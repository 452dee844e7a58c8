"""Search at N testimonies: a fixed mix of queries through `search.search` (limit 50, without
snippets, as the desktop's list asks) vs the raw keyed FTS5 query with the same MATCH expression
(`search.match_expression`) on a bare connection keyed the same way. For a query with a given
name in another language, the reference also runs what our second tier runs when the query's
own words fill less than the page: the raw FTS5 query of the same expanded MATCH
(`search_names.equivalent_match`), for as many rows as ours asks of it.

Each query runs once on both sides to warm up, then 5 times each, interleaved (one slower
than SLOW_SECONDS at the warm-up is not repeated: that time counts 5 times). The budget is on
the p95 over all timed runs of the mix; each query's p50 is reported for diagnosis, with the
number of hits both sides found (a cross-script query that finds nothing would be a bug).
A context row gives the same mix with snippets (what `sviedka search` prints), against the
same reference: each hit's record decrypted, parsed and scanned for the passage.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from app.domain import given_names
from app.storage import search, search_names
from app.storage.engine import CONNECT_ARGS, configure_connection
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import PASSPHRASE, Context, database_file, vault_key
from bench.fill import filled_vault
from bench.report import Figure, percentile, progress

REPETITIONS = 5
# A query slower than this is not repeated: its one time counts for all repetitions (a filter
# that makes the plan quadratic can take minutes at 100k).
SLOW_SECONDS = 5.0
BUDGET = 1.5
LIMIT = 50
RAW_QUERY = (
    "SELECT rowid FROM testimony_search WHERE testimony_search MATCH ? "
    "ORDER BY bm25(testimony_search, 2.0, 1.0) LIMIT ?"
)


@dataclass(frozen=True)
class Query:
    text: str
    kind: str
    filters: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        shown = f"'{self.text}'" + "".join(f" +{f}" for f in self.filters)
        return f"{shown} ({self.kind})"


QUERIES = (
    Query("Babaryka", "Latin for Cyrillic"),
    Query("Kalesnikava", "Latin for Cyrillic"),
    Query("Bialiatski", "English spelling"),
    Query("Tsikhanouskaya", "English spelling"),
    Query("Бабарыка", "Cyrillic be"),
    Query("Бабарико", "Cyrillic ru"),
    Query("Калеснікава", "Cyrillic be"),
    Query("Колесникова", "Cyrillic ru"),
    Query("Сяргей", "first name be"),
    Query("Сергей", "first name ru"),
    Query("Siarhei Statkevich", "two words Latin"),
    Query("Ганна Баравік", "two words be"),
    # A given name in another language: the second tier (an equivalent beside the surname in
    # one of the persons' names, asked of the index's pair tokens) runs whenever the query's own
    # words fill less than a page; the reference runs the query's own words only.
    Query("Mikołaj Statkiewicz", "given name pl"),
    Query("Katarzyna Babaryka", "given name pl"),
    Query("Yekaterina Kalesnikava", "given name ru"),
    Query("Aleksander Bialacki", "given name pl, partial"),
    Query("Akrestsina", "place"),
    Query("Hrodna", "place"),
    Query("Vilnius", "place"),
    Query("insulin", "common word"),
    Query("калоніі", "common word be"),
    Query("экстрадыцыяй", "rare word"),
    Query("Babaryka", "filtered", ("article=342",)),
    Query("Kalesnikava", "filtered", ("in_absentia=yes",)),
    Query("insulin", "filtered", ("facility=hrodna_prison1",)),
    Query("Лосік", "filtered", ("from=2023",)),
)


class Runner:
    def __init__(self, vault: Vault, raw: Any) -> None:
        self.vault, self.raw = vault, raw
        with vault.reading() as session:
            self.vocab = vault_vocabulary(session)

    def ours(self, query: Query, snippets: bool = False) -> tuple[float, int]:
        filters = search.Filters.parse(query.filters)
        start = time.perf_counter()
        with self.vault.reading() as session:
            hits = search.search(
                session, self.vocab, query.text, filters, limit=LIMIT, snippets=snippets
            )
        return time.perf_counter() - start, len(hits)

    def reference(self, query: Query) -> tuple[float, int]:
        # The MATCH ours runs: with the declined forms the index holds (asking it is ours to
        # pay), and the second tier's expanded MATCH where the query has a given name.
        with self.vault.reading() as session:
            forms = search.present_forms(session)
            match = search.match_expression(query.text, forms)
            table = given_names.for_vocabulary(self.vocab)
            equivalent = search_names.equivalent_match(query.text, table, forms)
        start = time.perf_counter()
        rows = [row[0] for row in self.raw.execute(RAW_QUERY, (match, LIMIT))]
        if equivalent is not None and len(rows) < LIMIT:
            # As ours: the first tier's rows are left out of the second tier's in Python.
            seen = set(rows)
            more = self.raw.execute(RAW_QUERY, (equivalent, len(rows) + LIMIT))
            rows += [row[0] for row in more if row[0] not in seen][: LIMIT - len(rows)]
        return time.perf_counter() - start, len(rows)


def reference_connection(database: Path, key: bytes) -> Any:
    """A bare keyed connection made as the vault's are (engine.CONNECT_ARGS: no statement
    cache). bench.common.raw_connection keeps the driver's cache of 128, with which the same
    FTS5 query ran 2-20x slower from run to run, depending on the connection's state."""
    connection = sqlcipher3.connect(str(database), **CONNECT_ARGS)
    connection.isolation_level = None
    configure_connection(connection, key)
    return connection


def run(ctx: Context) -> None:
    folder = filled_vault(ctx)
    key = vault_key(folder)
    raw = reference_connection(database_file(folder), key)
    ours: dict[Query, list[float]] = {q: [] for q in QUERIES}
    reference: dict[Query, list[float]] = {q: [] for q in QUERIES}
    snipped: dict[Query, list[float]] = {q: [] for q in QUERIES}
    hits: dict[Query, tuple[int, int]] = {}
    try:
        with Vault.open(folder, PASSPHRASE) as vault:
            runner = Runner(vault, raw)
            for query in QUERIES:  # warm-up, and the hit counts
                seconds, found = runner.ours(query)
                hits[query] = (found, runner.reference(query)[1])
                runner.ours(query, snippets=True)
                if seconds > SLOW_SECONDS:
                    progress(f"search: {query.label} took {seconds:.1f} s; it runs only once")
                    ours[query] = [seconds] * REPETITIONS
            for repetition in range(REPETITIONS):
                for query in QUERIES:
                    if len(ours[query]) < REPETITIONS:
                        ours[query].append(runner.ours(query)[0])
                    reference[query].append(runner.reference(query)[0])
                    snipped[query].append(runner.ours(query, snippets=True)[0])
                progress(f"search: repetition {repetition + 1}/{REPETITIONS}")
    finally:
        raw.close()
    all_ours = [s * 1000 for samples in ours.values() for s in samples]
    all_reference = [s * 1000 for samples in reference.values() for s in samples]
    p95, raw_p95 = percentile(all_ours, 95), percentile(all_reference, 95)
    n = ctx.testimonies
    ctx.add(
        Figure(
            "search",
            f"p95 of {len(QUERIES)} queries x {REPETITIONS} at {n:,}",
            p95,
            raw_p95,
            "ms",
            ratio=p95 / raw_p95,
            op="<=",
            limit=BUDGET,
            budget=f"<= {BUDGET}x raw FTS5",
            extra={"ours_ms": all_ours, "reference_ms": all_reference},
        )
    )
    p50, raw_p50 = percentile(all_ours, 50), percentile(all_reference, 50)
    ctx.add(Figure("search", "p50 of the mix", p50, raw_p50, "ms", ratio=p50 / raw_p50))
    with_snippets = [s * 1000 for samples in snipped.values() for s in samples]
    for name, value, raw_value in (
        ("p95", percentile(with_snippets, 95), raw_p95),
        ("p50", percentile(with_snippets, 50), raw_p50),
    ):
        ctx.add(
            Figure(
                "search",
                f"  {name} with snippets (sviedka search)",
                value,
                raw_value,
                "ms",
                ratio=value / raw_value,
                extra={"ours_ms": with_snippets} if name == "p95" else {},
            )
        )
    for query in QUERIES:
        mine = percentile([s * 1000 for s in ours[query]], 50)
        theirs = percentile([s * 1000 for s in reference[query]], 50)
        found, raw_found = hits[query]
        ctx.add(
            Figure(
                "search",
                f"  p50 {query.label}",
                mine,
                theirs,
                "ms",
                ratio=mine / theirs,
                note=f"hits: ours {found}, raw {raw_found}"
                + _zero(found, raw_found)
                + (" - ran once (too slow to repeat)" if mine > SLOW_SECONDS * 1000 else ""),
                extra={
                    "ours_ms": [s * 1000 for s in ours[query]],
                    "reference_ms": [s * 1000 for s in reference[query]],
                },
            )
        )


def _zero(found: int, raw_found: int) -> str:
    return " - NOTHING FOUND" if found == 0 and raw_found == 0 else ""
