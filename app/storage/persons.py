"""Reading the persons registry and recording a coordinator's merges and separations.

An archive person's effective id is its own, or the survivor it was merged into
(`root`). Every merge and separation is one audit entry (ids only, never a name). SQLAlchemy
Core expressions throughout, so that the same queries can run on PostgreSQL.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from app.domain.person_match import Profile
from app.storage import audit
from app.storage.clock import utc_now
from app.storage.errors import NotFound
from app.storage.persons_models import ArchivePerson, PersonEntry, PersonFact, PersonMerge

__all__ = [
    "CannotMerge",
    "EntryRow",
    "entries",
    "merge",
    "profiles",
    "refused_pairs",
    "root",
    "separate",
]


class CannotMerge(ValueError):
    pass


def root() -> ColumnElement[str]:
    """The effective archive id of a row of `archive_person`."""
    return func.coalesce(ArchivePerson.merged_into, ArchivePerson.id)


def rooted_at(person: str) -> ColumnElement[bool]:
    """`root() == person` in a form the indexes of `archive_person` serve (its id, and
    merged_into): merges are flat, every member points at the root itself. Filtering on
    `root()` read every row of the registry instead: one person's facts took 15 s at
    100,000 testimonies."""
    return or_(
        and_(ArchivePerson.id == person, ArchivePerson.merged_into.is_(None)),
        ArchivePerson.merged_into == person,
    )


@dataclass(frozen=True)
class EntryRow:
    person: str  # effective archive id
    testimony_id: str
    ref: str
    roles: tuple[str, ...]
    birth_lo: str
    birth_hi: str


def entries(session: Session, person: str | None = None) -> list[EntryRow]:
    """Every linked person entry (or those of one person), ordered by person."""
    query = (
        select(
            root().label("person"),
            PersonEntry.testimony_id,
            PersonEntry.person_ref,
            PersonEntry.roles,
            PersonEntry.birth_lo,
            PersonEntry.birth_hi,
        )
        .join(ArchivePerson, ArchivePerson.id == PersonEntry.person_id)
        .order_by("person", PersonEntry.testimony_id, PersonEntry.person_ref)
    )
    if person is not None:
        query = query.where(rooted_at(person))
    return [
        EntryRow(
            r.person,
            r.testimony_id,
            r.person_ref,
            tuple(filter(None, r.roles.split(","))),
            r.birth_lo,
            r.birth_hi,
        )
        for r in session.execute(query)
    ]


def _words(name_keys: str, interned: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Parse "word=key|key ..."; equal key sets share one frozenset (a given name's keys recur
    across thousands of persons, and building each anew dominated reading 50,000)."""
    words = {}
    for item in name_keys.split():
        word, _, keys = item.partition("=")
        found = interned.get(keys)
        if found is None:
            found = interned[keys] = frozenset(keys.split("|"))
        words[word] = found
    return words


def _merged_into(session: Session) -> dict[str, str]:
    """Archive id -> the survivor it was merged into, for merged persons only (few)."""
    rows = session.execute(
        select(ArchivePerson.id, ArchivePerson.merged_into).where(
            ArchivePerson.merged_into.is_not(None)
        )
    )
    return {person: str(survivor) for person, survivor in rows}


def profiles(session: Session) -> list[Profile]:
    """What matching needs of every person, gathered over all its entries.

    The entries are read in one scan, without a join: the effective id comes from the few
    merged persons held in a dict (joining every entry with its archive person cost a page
    lookup per row, and grew faster than the archive)."""
    merged = _merged_into(session)
    # On the connection, not the ORM session: plain rows, no ORM row processing per entry.
    rows = session.connection().execute(
        select(
            PersonEntry.person_id,
            PersonEntry.testimony_id,
            PersonEntry.person_ref,
            PersonEntry.name_keys,
            PersonEntry.birth_lo,
            PersonEntry.birth_hi,
            PersonEntry.case_code,
            PersonEntry.relatives,
        )
    )
    interned: dict[str, frozenset[str]] = {}
    words: dict[str, dict[str, frozenset[str]]] = {}
    births: dict[str, list[tuple[str, str]]] = defaultdict(list)
    codes: dict[str, set[str]] = defaultdict(set)
    related: list[tuple[str, str, str]] = []  # (person, testimony, "relation:ref ...")
    person_of: dict[tuple[str, str], str] = {}
    for person_id, testimony_id, ref, name_keys, birth_lo, birth_hi, code, relatives in rows:
        person = merged.get(person_id, person_id)
        person_of[testimony_id, ref] = person
        parsed = _words(name_keys, interned)
        known = words.get(person)
        if known is None:
            words[person] = parsed
        else:
            for word, keys in parsed.items():
                known[word] = known[word] | keys if word in known else keys
        if birth_lo:
            births[person].append((birth_lo, birth_hi))
        if code:
            codes[person].add(code)
        if relatives:
            related.append((person, testimony_id, relatives))
    relatives_of: dict[str, set[str]] = defaultdict(set)
    for person, testimony_id, relatives in related:
        for relation in relatives.split():
            other = person_of.get((testimony_id, relation.partition(":")[2]))
            if other is not None and other != person:
                relatives_of[person].add(other)
    none: frozenset[str] = frozenset()
    result = []
    for person, person_words in words.items():
        lo, hi = _narrowest(births[person]) if person in births else ("", "")
        result.append(
            Profile(
                person,
                person_words,
                lo,
                hi,
                frozenset(codes[person]) if person in codes else none,
                frozenset(relatives_of[person]) if person in relatives_of else none,
            )
        )
    return result


def _narrowest(bounds: list[tuple[str, str]]) -> tuple[str, str]:
    """The birth interval all entries agree on; when they disagree, the span of all (a merge
    of entries whose dates conflict does not claim a precision it lacks)."""
    if not bounds:
        return "", ""
    if len(bounds) == 1:  # most persons are reported once
        return bounds[0]
    lo, hi = max(b[0] for b in bounds), min(b[1] for b in bounds)
    if lo <= hi:
        return lo, hi
    return min(b[0] for b in bounds), max(b[1] for b in bounds)


def refused_pairs(session: Session) -> frozenset[tuple[str, str]]:
    """Pairs a coordinator separated after merging: not suggested again."""
    rows = session.execute(
        select(PersonMerge.survivor, PersonMerge.absorbed).where(PersonMerge.undone_at.is_not(None))
    )
    return frozenset((a, b) if a < b else (b, a) for a, b in rows)


def _root_of(session: Session, person: str) -> str:
    row = session.execute(
        select(ArchivePerson.id, root().label("root")).where(ArchivePerson.id == person)
    ).first()
    if row is None:
        raise NotFound(f"no person with id {person}")
    return str(row.root)


def merge(session: Session, survivor: str, absorbed: str, actor: str) -> str:
    """Record that ``absorbed`` is the same person as ``survivor``; returns the surviving id."""
    first, second = _root_of(session, survivor), _root_of(session, absorbed)
    if first == second:
        raise CannotMerge(f"{survivor} and {absorbed} are already one person")
    moved = session.scalars(select(ArchivePerson.id).where(ArchivePerson.merged_into == second))
    members = [second, *moved]
    session.execute(
        update(ArchivePerson).where(ArchivePerson.id.in_(members)).values(merged_into=first)
    )
    session.add(
        PersonMerge(
            survivor=first, absorbed=second, members=json.dumps(members), at=utc_now(), actor=actor
        )
    )
    audit.append(
        session, actor, "person_merge", first, {"absorbed": second, "members": len(members)}
    )
    return first


def separate(session: Session, person: str, actor: str) -> tuple[str, str]:
    """Undo the latest merge that ``person`` took part in (as the one absorbed, else as the
    survivor); returns (survivor, separated)."""
    _root_of(session, person)
    found = session.scalars(
        select(PersonMerge)
        .where(PersonMerge.undone_at.is_(None))
        .where((PersonMerge.absorbed == person) | (PersonMerge.survivor == person))
        .order_by(case((PersonMerge.absorbed == person, 0), else_=1), PersonMerge.id.desc())
        .limit(1)
    ).first()
    if found is None:
        raise CannotMerge(f"{person} was not merged with anyone")
    members: list[str] = json.loads(found.members)
    others = [m for m in members if m != found.absorbed]
    current = _root_of(session, found.absorbed)
    session.execute(
        update(ArchivePerson).where(ArchivePerson.id == found.absorbed).values(merged_into=None)
    )
    if others:
        session.execute(
            update(ArchivePerson)
            .where(ArchivePerson.id.in_(others))
            .where(ArchivePerson.merged_into == current)
            .values(merged_into=found.absorbed)
        )
    found.undone_at = utc_now()
    audit.append(
        session,
        actor,
        "person_separate",
        found.survivor,
        {"separated": found.absorbed, "merge": found.id},
    )
    return found.survivor, found.absorbed


def recognise(
    session: Session, person: str, since: str | None, source: str | None, actor: str
) -> None:
    """Record (or, with ``since`` None, withdraw) the person's recognition as a political
    prisoner: a fact of the person, not of any testimony. Audited without the source text."""
    target = _root_of(session, person)
    session.execute(
        update(ArchivePerson)
        .where(ArchivePerson.id == target)
        .values(political_prisoner_since=since, political_prisoner_source=source)
    )
    audit.append(session, actor, "person_recognition", target, {"since": since})


def recognitions(session: Session) -> dict[str, tuple[str, str | None]]:
    """Effective id -> (since, source) of the persons recognised as political prisoners."""
    rows = session.execute(
        select(
            ArchivePerson.id,
            ArchivePerson.political_prisoner_since,
            ArchivePerson.political_prisoner_source,
        )
        .where(ArchivePerson.merged_into.is_(None))
        .where(ArchivePerson.political_prisoner_since.is_not(None))
    )
    return {r.id: (str(r.political_prisoner_since), r.political_prisoner_source) for r in rows}


def known(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Id -> effective id, for the ids that exist."""
    rows = session.execute(
        select(ArchivePerson.id, root().label("root")).where(ArchivePerson.id.in_(list(ids)))
    )
    return {r.id: r.root for r in rows}


@dataclass(frozen=True)
class FactRow:
    testimony_id: str
    ref: str
    figure: str
    dimension: str
    value: str
    lo: str
    hi: str


def facts(session: Session, person: str) -> list[FactRow]:
    """Every fact about one person (all its entries), in testimony order."""
    query = (
        select(PersonFact)
        .join(
            PersonEntry,
            and_(
                PersonEntry.testimony_id == PersonFact.testimony_id,
                PersonEntry.person_ref == PersonFact.person_ref,
            ),
        )
        .join(ArchivePerson, ArchivePerson.id == PersonEntry.person_id)
        .where(rooted_at(person))
        .order_by(PersonFact.testimony_id, PersonFact.id)
    )
    return [
        FactRow(f.testimony_id, f.person_ref, f.figure, f.dimension, f.value, f.lo, f.hi)
        for f in session.scalars(query)
    ]
