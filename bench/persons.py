"""Persons registry: match suggestions at 5,000 and 50,000 persons (blocking, not all pairs:
budget within 12x for 10x the persons), and a report against the hand-written SQL GROUP BY
that gives the same numbers on the same vault (budget 2x).

The persons are generated with a realistic diversity of names (thousands of surnames, a
hundred given names, birth days over 65 years) and one in ten reported again in another
script with the same birth date, so there is something to find. The bench's testimony
generator draws its people from 30 surnames: fine for search, not for telling namesakes apart.
The report runs over the registry of the generated archive (the facts of each testimony's
people, as saving it writes them), inserted directly so the run stays short.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from app.domain.person_entries import entries_of
from app.domain.person_facts import facts_of
from app.services.persons import Persons
from app.services.reports import report
from app.storage.persons_models import ArchivePerson, PersonEntry, PersonFact, PersonsLinked
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import FAST_KDF, PASSPHRASE, Context, database_file, raw_connection, vault_key
from bench.data import SEED, TestimonyGenerator
from bench.report import Figure, progress

SMALL, LARGE = 5_000, 50_000
REPEAT = 3
_ONSETS = (
    "б",
    "в",
    "г",
    "д",
    "ж",
    "з",
    "к",
    "л",
    "м",
    "н",
    "п",
    "р",
    "с",
    "т",
    "ф",
    "х",
    "ц",
    "ч",
    "ш",
)
_VOWELS = ("а", "е", "і", "о", "у", "ы", "я")
_ENDINGS = ("віч", "ка", "нка", "енка", "ец", "ук", "ік", "скі", "ан", "оў")
_TO_LATIN = str.maketrans(
    {"б": "b", "в": "v", "г": "h", "д": "d", "ж": "ž", "з": "z", "к": "k", "л": "l", "м": "m",
     "н": "n", "п": "p", "р": "r", "с": "s", "т": "t", "ф": "f", "х": "ch", "ц": "c", "ч": "č",
     "ш": "š", "а": "a", "е": "ie", "і": "i", "о": "o", "у": "u", "ы": "y", "я": "ia", "ў": "ŭ",
     "й": "j", "ё": "io", "ю": "iu", "э": "e"}
)  # fmt: skip


def _person(rng: random.Random, given: list[str]) -> tuple[str, str]:
    surname = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(2))
    surname = (surname + rng.choice(_ENDINGS)).capitalize()
    year, day = rng.randint(1940, 2005), rng.randint(1, 365)
    born = f"{year}-{(day - 1) // 31 % 12 + 1:02d}-{(day - 1) % 28 + 1:02d}"
    return f"{rng.choice(given)} {surname}", born


def _people_document(names: list[tuple[str, str, str]]) -> dict[str, Any]:
    persons = [
        {
            "ref": f"p{i}",
            "roles": ["victim"],
            "names": [{"value": name, "script": script, "kind": "original"}],
            "birth_date": {"precision": "day", "value": born},
        }
        for i, (name, script, born) in enumerate(names)
    ]
    return {"persons": persons}


def _fill_persons(vault: Vault, n: int) -> None:
    """``n`` person entries, each its own archive person; one in ten a second report of an
    earlier person in Latin script."""
    rng = random.Random(SEED + n)
    given = [
        "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(2)).capitalize()
        for _ in range(100)
    ]
    people: list[tuple[str, str, str]] = []
    while len(people) < n:
        if people and rng.random() < 0.1:
            name, _script, born = rng.choice(people)
            people.append((name.translate(_TO_LATIN), "Latn", born))
        else:
            name, born = _person(rng, given)
            people.append((name, "Cyrl", born))
    rows, persons = [], []
    for start in range(0, n, 100):
        testimony = f"bench-{start:08d}"
        for entry in entries_of(_people_document(people[start : start + 100])):
            person_id = f"{testimony[-8:]}{entry.ref:>8}".replace(" ", "0")
            persons.append({"id": person_id, "created_at": "2026-12-03T00:00:00Z"})
            rows.append({"testimony_id": testimony, "person_ref": entry.ref,
                         "person_id": person_id, "roles": "victim", "name_keys": entry.name_keys,
                         "birth_lo": entry.birth_lo, "birth_hi": entry.birth_hi,
                         "birth_precision": "day", "case_code": "", "relatives": ""})  # fmt: skip
    with vault.transaction() as session:
        session.execute(insert(ArchivePerson), persons)
        session.execute(insert(PersonEntry), rows)


def _suggest_seconds(ctx: Context, n: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of the suggestions at ``n`` persons, and how many. The CPU
    time is the steadier of the two on a shared machine (the work is one thread in process)."""
    folder = ctx.root / f"persons-{n}"
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault:
        _fill_persons(vault, n)
        samples, cpu, found = [], [], 0
        for _ in range(REPEAT):
            start, start_cpu = time.perf_counter(), time.process_time()
            found = len(Persons(vault).suggestions())
            samples.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    return statistics.median(samples), statistics.median(cpu), found


def _fill_archive(vault: Vault, n: int) -> None:
    """The registry rows of ``n`` generated testimonies, as saving them would write."""
    with vault.reading() as session:
        categories = vault_vocabulary(session).isans_categories
    generator = TestimonyGenerator(SEED)
    today = date.today()
    done = 0
    while done < n:
        persons, entries, facts, linked = [], [], [], []
        for doc in generator.take(min(2_000, n - done)):
            testimony = f"t{done:09d}"
            done += 1
            for entry in entries_of(doc):
                person_id = f"{done:09d}{entry.ref:>7}".replace(" ", "0")[-16:]
                persons.append({"id": person_id, "created_at": today.isoformat()})
                entries.append({"testimony_id": testimony, "person_ref": entry.ref,
                                "person_id": person_id, "roles": ",".join(entry.roles),
                                "name_keys": entry.name_keys, "birth_lo": entry.birth_lo,
                                "birth_hi": entry.birth_hi, "birth_precision": "",
                                "case_code": entry.case_code, "relatives": ""})  # fmt: skip
            for fact in facts_of(doc, today, categories):
                facts.append({"testimony_id": testimony, "person_ref": fact.person,
                              "figure": fact.figure, "act": fact.act,
                              "dimension": fact.dimension, "value": fact.value, "lo": fact.lo,
                              "hi": fact.hi, "ends": fact.ends})  # fmt: skip
            linked.append({"testimony_id": testimony, "version": 1})
        with vault.transaction() as session:
            session.execute(insert(ArchivePerson), persons)
            session.execute(insert(PersonEntry), entries)
            session.execute(insert(PersonFact), facts)
            session.execute(insert(PersonsLinked), linked)
        progress(f"persons: registry of {done:,}/{n:,} generated testimonies")


# The hand-written equivalent of `report prosecutions --by article`: its groups and its total.
_GROUPS = """
SELECT f.value, count(DISTINCT coalesce(p.merged_into, p.id)) FROM person_fact f
JOIN person_entry e ON e.testimony_id = f.testimony_id AND e.person_ref = f.person_ref
JOIN archive_person p ON p.id = e.person_id
WHERE f.figure = 'prosecutions' AND f.dimension = 'article' GROUP BY f.value
"""
_TOTAL = """
SELECT count(DISTINCT coalesce(p.merged_into, p.id)) FROM person_fact f
JOIN person_entry e ON e.testimony_id = f.testimony_id AND e.person_ref = f.person_ref
JOIN archive_person p ON p.id = e.person_id
WHERE f.figure = 'prosecutions' AND f.dimension = ''
"""


def _report_seconds(ctx: Context, folder: Path) -> tuple[float, float, int, int]:
    ours, reference = [], []
    total = raw_total = 0
    raw = raw_connection(database_file(folder), vault_key(folder))
    try:
        with Vault.open(folder, PASSPHRASE) as vault:
            for _ in range(REPEAT + 1):
                start = time.perf_counter()
                total = report(vault, "prosecutions", by="article").total
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                raw.execute(_GROUPS).fetchall()
                raw_total = raw.execute(_TOTAL).fetchone()[0]
                reference.append(time.perf_counter() - start)
    finally:
        raw.close()
    return statistics.median(ours[1:]), statistics.median(reference[1:]), total, raw_total


# The shapes of the source paper's tables, printed as context on the generated archive.
PAPER_TABLES = (
    ("humanitarian", "criterion"),
    ("incommunicado", None),
    ("art411", "article"),
    ("deaths", "facility"),
    ("arrests_on_return", "identified_via"),
)


def _paper_tables(ctx: Context, folder: Path, n: int) -> None:
    with Vault.open(folder, PASSPHRASE) as vault:
        for name, by in PAPER_TABLES:
            found = report(vault, name, by=by)
            groups = ", ".join(f"{g.key} {g.count:,}" for g in found.groups[:6])
            ctx.add(
                Figure(
                    "persons",
                    f"paper table: {name} at {n:,} (persons)",
                    found.total,
                    None,
                    "persons",
                    note=f"by {by}: {groups}" if by else "",
                )
            )


def run(ctx: Context) -> None:
    small, small_cpu, small_found = _suggest_seconds(ctx, SMALL)
    progress(f"persons: suggestions at {SMALL:,}: {small:.2f} s ({small_found} pairs)")
    large, large_cpu, large_found = _suggest_seconds(ctx, LARGE)
    progress(f"persons: suggestions at {LARGE:,}: {large:.2f} s ({large_found} pairs)")
    ctx.add(
        Figure(
            "persons",
            f"suggestions at {LARGE:,} vs {SMALL:,} persons",
            large,
            small,
            "s",
            ratio=large / small,
            op="<=",
            limit=12.0,
            budget="<= 12x",
            note=f"{large_found:,} vs {small_found:,} pairs suggested; CPU time "
            f"{large_cpu:.2f} s vs {small_cpu:.3f} s ({large_cpu / small_cpu:.1f}x)",
            extra={"cpu_s": [small_cpu, large_cpu]},
        )
    )
    n = ctx.testimonies
    folder = ctx.root / "persons-archive"
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault:
        _fill_archive(vault, n)
    ours, reference, total, raw_total = _report_seconds(ctx, folder)
    _paper_tables(ctx, folder, n)
    ctx.add(
        Figure(
            "persons",
            f"report prosecutions --by article at {n:,} vs SQL GROUP BY",
            ours * 1000,
            reference * 1000,
            "ms",
            ratio=ours / reference,
            op="<=",
            limit=2.0,
            budget="<= 2x",
            note=f"{total:,} persons (SQL: {raw_total:,})",
        )
    )
