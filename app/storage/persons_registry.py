"""Keeping the persons registry in step with the testimonies.

`link` is called in the unit of work that saves a testimony, `unlink` in the one that deletes
it. `catch_up` writes what those hooks did not see: a vault made before the registry existed,
and testimonies received by import. Each person entry of a testimony keeps its archive person
across versions (by its ref); a new entry gets a new archive person, which a coordinator may
later merge with another. Written with SQLAlchemy Core expressions on the session's connection.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, exists, insert, or_, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from app.domain.canonical import parse_strict
from app.domain.person_entries import PersonEntry as Entry
from app.domain.person_entries import entries_of
from app.domain.person_facts import Fact, facts_of
from app.domain.upgrade import upgrade
from app.storage import audit
from app.storage.base import Base
from app.storage.clock import utc_now
from app.storage.models import Testimony, TestimonyVersion, VaultMeta
from app.storage.persons_models import ArchivePerson, PersonEntry, PersonFact, PersonsLinked

__all__ = ["REGISTRY_VERSION", "catch_up", "link", "link_many", "new_person_id", "unlink"]

# Bump when the facts of a record change: every testimony is relinked at the next catch_up.
# 2: stored records read through app.domain.upgrade (a schema-1 record's list entries);
#    deaths after release, deportation from release conditions, held beyond the term, lists.
# 3: entries keep the names as written (migration 0008).
REGISTRY_VERSION = "4"
REGISTRY_VERSION_KEY = "persons_registry_version"
CAUGHT_UP_KEY = "persons_registry_caught_up"  # what the last catch-up was made against
# Testimonies never linked that catch_up links by one statement of each kind.
CATCH_UP_BATCH = 500


def new_person_id() -> str:
    return secrets.token_hex(8)


def link(
    session: Session,
    testimony_id: str,
    version: int,
    document: Mapping[str, Any],
    isans_categories: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """(Re)write the registry rows of one testimony from its current document.

    Only what changed is written: most saves change no person and no fact (a note, a
    consent), and rewriting every row of a full testimony cost tens of milliseconds a save.
    When the entries and facts the document gives are those last written (the digest stored
    with the link, migration 0009), not even the stored rows are read."""
    conn = session.connection()
    entries = entries_of(document)
    facts = facts_of(document, date.today(), isans_categories)
    digest = _digest(entries, facts)
    stored_digest = conn.execute(_LINKED_DIGEST, {"t": testimony_id}).scalar()
    if stored_digest == digest:
        conn.execute(_LINKED_VERSION, {"t": testimony_id, "version": version})
        return
    stored_entries = {
        row.person_ref: row
        for row in conn.execute(
            select(*_ENTRY_COLUMNS).where(PersonEntry.testimony_id == testimony_id)
        )
    }
    now = utc_now()
    new_people = []
    rows: dict[str, dict[str, str]] = {}
    for entry in entries:
        stored = stored_entries.get(entry.ref)
        if stored is None:
            person_id = new_person_id()
            new_people.append({"id": person_id, "created_at": now})
        else:
            person_id = stored.person_id
        rows[entry.ref] = {
            "testimony_id": testimony_id,
            "person_ref": entry.ref,
            "person_id": person_id,
            "roles": ",".join(entry.roles),
            "name_keys": entry.name_keys,
            "birth_lo": entry.birth_lo,
            "birth_hi": entry.birth_hi,
            "birth_precision": entry.birth_precision,
            "case_code": entry.case_code,
            "relatives": entry.relatives,
            "names": json.dumps(list(entry.names), ensure_ascii=False),
        }
    # An entry whose ref is gone or whose row differs is replaced; an equal one is left alone.
    unchanged = {
        ref
        for ref, row in rows.items()
        if ref in stored_entries and dict(stored_entries[ref]._mapping) == row
    }
    stale_refs = [ref for ref in stored_entries if ref not in unchanged]
    if stale_refs:
        conn.execute(
            delete(PersonEntry).where(
                PersonEntry.testimony_id == testimony_id, PersonEntry.person_ref.in_(stale_refs)
            )
        )
    if new_people:
        conn.execute(insert(ArchivePerson), new_people)
    fresh = [row for ref, row in rows.items() if ref not in unchanged]
    if fresh:
        conn.execute(insert(PersonEntry), fresh)
    _write_facts(conn, testimony_id, facts)
    if stored_digest is None:
        conn.execute(
            insert(PersonsLinked),
            {"testimony_id": testimony_id, "version": version, "digest": digest},
        )
    else:
        conn.execute(
            update(PersonsLinked)
            .where(PersonsLinked.testimony_id == testimony_id)
            .values(version=version, digest=digest)
        )


# What a save that changes no person or fact runs (most saves), built once: building the two
# statements again each time cost about as much as running them.
_LINKED_DIGEST = select(PersonsLinked.digest).where(PersonsLinked.testimony_id == bindparam("t"))
_LINKED_VERSION = (
    update(PersonsLinked)
    .where(PersonsLinked.testimony_id == bindparam("t"))
    .values(version=bindparam("version"))
)


def link_many(
    session: Session,
    linked: Sequence[tuple[str, int, Mapping[str, Any]]],
    isans_categories: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """`link` of many testimonies new to the registry in this unit of work (a batch add, an
    import), each (testimony id, version, document): the same rows as one `link` after
    another, written by one statement per kind of row for all of them.

    Nothing is read: a new testimony has no entries, facts or link to compare with, and a
    bulk add spent most of its registry time sending one testimony's few statements after
    another (bench/README.md, bulk). The caller vouches that none of them was linked before."""
    today = date.today()
    people: list[tuple[str, ...]] = []
    entry_rows: list[tuple[str, ...]] = []
    fact_rows: list[tuple[str, ...]] = []
    links: list[tuple[str, int, str]] = []
    for testimony_id, version, document in linked:
        entries = entries_of(document)
        facts = facts_of(document, today, isans_categories)
        now = utc_now()
        rows: dict[str, tuple[str, ...]] = {}
        for entry in entries:
            person_id = new_person_id()
            people.append((person_id, now))
            rows[entry.ref] = (testimony_id, *_entry_values(entry, person_id))
        entry_rows.extend(rows.values())
        # One row per distinct fact, in the order first given, as `_write_facts` writes them.
        fact_rows.extend((testimony_id, *key) for key in dict.fromkeys(map(_fact_key, facts)))
        links.append((testimony_id, version, _digest(entries, facts)))
    # Tuples straight to the driver's executemany: for about 70 facts a testimony, building
    # and binding a parameter dict per row through SQLAlchemy cost as much as SQLite's insert.
    conn = session.connection()
    for statement, values in (
        (_INSERT_PEOPLE, people),
        (_INSERT_ENTRIES, entry_rows),
        (_INSERT_FACTS, fact_rows),
        (_INSERT_LINKS, links),
    ):
        if values:
            conn.exec_driver_sql(statement, values)


def _insert_statement(table: type[Base], columns: Sequence[str]) -> str:
    """The qmark INSERT of these columns, compiled once by SQLAlchemy (not formatted by hand)."""
    return str(insert(table).compile(dialect=sqlite.dialect(), column_keys=list(columns)))


_ENTRY_FIELDS = ("person_ref", "person_id", "roles", "name_keys", "birth_lo", "birth_hi",
                 "birth_precision", "case_code", "relatives", "names")  # fmt: skip
_INSERT_PEOPLE = _insert_statement(ArchivePerson, ("id", "created_at"))
_INSERT_ENTRIES = _insert_statement(PersonEntry, ("testimony_id", *_ENTRY_FIELDS))
_INSERT_FACTS = _insert_statement(
    PersonFact,
    ("testimony_id", "person_ref", "figure", "act", "dimension", "value", "lo", "hi", "ends"),
)
_INSERT_LINKS = _insert_statement(PersonsLinked, ("testimony_id", "version", "digest"))


def _entry_values(entry: Entry, person_id: str) -> tuple[str, ...]:
    """An entry's columns after its testimony id, in the order of `_ENTRY_FIELDS`, as `link`
    writes them."""
    return (
        entry.ref, person_id, ",".join(entry.roles), entry.name_keys, entry.birth_lo,
        entry.birth_hi, entry.birth_precision, entry.case_code, entry.relatives,
        json.dumps(list(entry.names), ensure_ascii=False),
    )  # fmt: skip


def _fact_key(fact: Fact) -> tuple[str, ...]:
    return (fact.person, fact.figure, fact.act, fact.dimension, fact.value, fact.lo, fact.hi,
            fact.ends)  # fmt: skip


def _digest(entries: Sequence[Entry], facts: Sequence[Fact]) -> str:
    """sha256 of every field of the entries and facts `link` writes (their reprs: frozen
    dataclasses of strings, so a field added later is covered too). The archive person is not
    among them: the registry keeps it across saves, and a merge changes it. Stored inside the
    encrypted vault only."""
    return hashlib.sha256(repr((entries, facts)).encode("utf-8")).hexdigest()


_ENTRY_COLUMNS = tuple(
    getattr(PersonEntry, name)
    for name in (
        "testimony_id",
        "person_ref",
        "person_id",
        "roles",
        "name_keys",
        "birth_lo",
        "birth_hi",
        "birth_precision",
        "case_code",
        "relatives",
        "names",
    )
)
_FACT_FIELDS = ("person_ref", "figure", "act", "dimension", "value", "lo", "hi", "ends")


def _write_facts(conn: Connection, testimony_id: str, facts: Sequence[Fact]) -> None:
    """Delete the stored facts the testimony no longer gives, insert the ones it newly gives."""
    wanted = {
        (f.person, f.figure, f.act, f.dimension, f.value, f.lo, f.hi, f.ends): f for f in facts
    }
    stored: dict[tuple[str, ...], int] = {}
    gone: list[int] = []
    for row in conn.execute(
        select(PersonFact.id, *(getattr(PersonFact, name) for name in _FACT_FIELDS)).where(
            PersonFact.testimony_id == testimony_id
        )
    ):
        key = tuple(row[1:])
        if key in wanted and key not in stored:
            stored[key] = row.id
        else:
            gone.append(row.id)  # no longer given, or a duplicate
    if gone:
        conn.execute(delete(PersonFact).where(PersonFact.id.in_(gone)))
    new = [_fact_row(testimony_id, fact) for key, fact in wanted.items() if key not in stored]
    if new:
        conn.execute(insert(PersonFact), new)


def _fact_row(testimony_id: str, fact: Fact) -> dict[str, str]:
    return {
        "testimony_id": testimony_id,
        "person_ref": fact.person,
        "figure": fact.figure,
        "act": fact.act,
        "dimension": fact.dimension,
        "value": fact.value,
        "lo": fact.lo,
        "hi": fact.hi,
        "ends": fact.ends,
    }


def unlink(session: Session, testimony_id: str) -> None:
    """Remove a deleted testimony from the registry (its archive persons stay, without it)."""
    _unlink(session.connection(), testimony_id)


def _unlink(conn: Connection, testimony_id: str) -> None:
    conn.execute(delete(PersonEntry).where(PersonEntry.testimony_id == testimony_id))
    conn.execute(delete(PersonFact).where(PersonFact.testimony_id == testimony_id))
    conn.execute(delete(PersonsLinked).where(PersonsLinked.testimony_id == testimony_id))


def catch_up(session: Session, isans_categories: Mapping[str, Sequence[str]] | None = None) -> int:
    """Link every live testimony whose current version the registry has not seen, and drop
    deleted ones; returns how many testimonies were (re)linked."""
    conn = session.connection()
    caught_up = _caught_up_with(session, isans_categories)
    held = session.get(VaultMeta, CAUGHT_UP_KEY)
    if (
        held is not None
        and held.value == caught_up
        and caught_up.startswith(REGISTRY_VERSION + "|")
    ):
        return 0  # nothing was added, saved, imported or deleted since the last catch-up
    linked = _catch_up(session, conn, isans_categories)
    caught_up = _caught_up_with(session, isans_categories)  # the rules' mark may have moved
    if held is None:
        session.add(VaultMeta(name=CAUGHT_UP_KEY, value=caught_up))
    else:
        held.value = caught_up
    return linked


def _caught_up_with(session: Session, isans_categories: Mapping[str, Sequence[str]] | None) -> str:
    """What a catch-up was made against: the audit trail's head (every add, save, import,
    hand-over and deletion moves it), the mark of the rules the registry was written by, the
    schema's revision and the categories facts were derived with. While all four stay, and
    the code's rules are those marked, there is nothing to catch up: the check that finds it
    out reads every testimony (0.3-0.7 s at 100,000), and Figures and Persons run a catch-up
    before each number and each person's file they show."""
    head = session.get(VaultMeta, audit.HEAD_KEY)
    rules = session.get(VaultMeta, REGISTRY_VERSION_KEY)
    revision = session.connection().exec_driver_sql("SELECT version_num FROM alembic_version")
    named = {category: list(codes) for category, codes in (isans_categories or {}).items()}
    categories = json.dumps(named, sort_keys=True, ensure_ascii=False)
    return "|".join(
        (
            rules.value if rules is not None else "",
            ",".join(str(value) for value in revision.scalars()),
            hashlib.sha256(categories.encode()).hexdigest()[:16],
            head.value if head is not None else "",
        )
    )


def _catch_up(
    session: Session, conn: Connection, isans_categories: Mapping[str, Sequence[str]] | None
) -> int:
    marker = session.get(VaultMeta, REGISTRY_VERSION_KEY)
    if marker is None or marker.value != REGISTRY_VERSION:
        # Facts written by older rules: relink everything (entries keep their archive person).
        conn.execute(delete(PersonsLinked))
        if marker is None:
            session.add(VaultMeta(name=REGISTRY_VERSION_KEY, value=REGISTRY_VERSION))
        else:
            marker.value = REGISTRY_VERSION
    # A testimony the registry never saw (no link, entry or fact: received before imports
    # linked them, or from before the registry) has nothing to compare: linked in batches.
    never = and_(
        PersonsLinked.testimony_id.is_(None),
        ~exists().where(PersonEntry.testimony_id == Testimony.id),
        ~exists().where(PersonFact.testimony_id == Testimony.id),
    )
    stale = conn.execute(
        select(Testimony.id, Testimony.current_version, never)
        .outerjoin(PersonsLinked, PersonsLinked.testimony_id == Testimony.id)
        .where(Testimony.deleted_at.is_(None))
        .where(
            or_(
                PersonsLinked.version.is_(None),
                PersonsLinked.version != Testimony.current_version,
            )
        )
    ).all()
    batch: list[tuple[str, int, Mapping[str, Any]]] = []
    for testimony_id, version, unseen in stale:
        stored = conn.execute(
            select(TestimonyVersion.document).where(
                and_(
                    TestimonyVersion.testimony_id == testimony_id,
                    TestimonyVersion.version == version,
                )
            )
        ).scalar()
        if stored is None:
            continue
        # Read as the rest of storage reads it: a stored schema-1 record as schema 2.
        document = upgrade(parse_strict(stored))
        if not unseen:
            link(session, testimony_id, version, document, isans_categories)
            continue
        batch.append((testimony_id, version, document))
        if len(batch) == CATCH_UP_BATCH:
            link_many(session, batch, isans_categories)
            batch = []
    link_many(session, batch, isans_categories)
    gone = conn.execute(
        select(PersonsLinked.testimony_id)
        .join(Testimony, Testimony.id == PersonsLinked.testimony_id)
        .where(Testimony.deleted_at.is_not(None))
    ).scalars()
    for testimony_id in list(gone):
        _unlink(conn, testimony_id)
    return len(stale)
