"""What the desktop's Figures and Persons views ask of the archive beyond `report` and
`Persons`: the people behind one number of a figure, arrests and releases by month, the
figures each person is in (the flags of the Persons view), and a person's timeline built from
the registry's links (never by name match).

Counting stays app.storage.figures' (the same conditions, so a number and the people listed
behind it cannot disagree); these queries select the effective person ids instead of counting
them. SQLAlchemy Core expressions only, like the reports.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal
from sqlalchemy.orm import Session, aliased

from app.domain import figures as spec
from app.domain import timeline
from app.domain.canonical import parse_strict
from app.domain.figures import NOT_RECORDED, UNCERTAIN
from app.domain.timeline import TimelineEvent
from app.domain.upgrade import upgrade
from app.storage import figures, persons, persons_registry
from app.storage.files import write_atomic
from app.storage.models import Testimony, TestimonyVersion
from app.storage.persons_models import ArchivePerson, PersonEntry, PersonFact
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

__all__ = [
    "FLAG_FIGURES",
    "MonthCount",
    "by_month",
    "figures_of_people",
    "monthly_people",
    "people_behind",
    "person_timeline",
    "save_outside",
]

# The figures shown as flags of each person (a check mark in its own column).
FLAG_FIGURES = ("humanitarian", "incommunicado", "art411", "deaths", "arrests_on_return")


@dataclass(frozen=True)
class MonthCount:
    month: str  # YYYY-MM, or "date uncertain"
    arrests: int
    releases: int


def _request(figure: str, by: str | None, as_of: str | None) -> spec.Request:
    chosen = spec.figure_named(figure)
    day = spec.parse_day(as_of, "--as-of") if as_of else date.today().isoformat()
    return spec.Request(chosen, spec.parse_by(by, chosen), "persons", day, None, ())


def _members(request: spec.Request, key: str | None) -> Select[Any]:
    """Effective ids of the persons counted in the group ``key`` (None: the total) of the
    figure, as app.storage.figures.count counts them (no date window)."""
    fact, entry, person = figures._tables()
    who = figures._root(person)
    base = "criterion" if request.figure.state == "humanitarian" else ""
    by = request.by
    rows = base if by in (None, "month", "year") else by
    query = figures._joined(fact, entry, person, who).where(
        *figures._conditions(request, fact, person)
    )
    if key is None:
        return query.where(fact.dimension == base).distinct()
    if by in ("month", "year"):
        length = 7 if by == "month" else 4
        lo, hi = func.substr(fact.lo, 1, length), func.substr(fact.hi, 1, length)
        placed: ColumnElement[str] = case(
            (and_(fact.lo != "", lo == hi), lo), else_=literal(UNCERTAIN)
        )
        return query.where(fact.dimension == rows, placed == key).distinct()
    if key == NOT_RECORDED:
        # Its own tables: a subquery on the outer ones would be correlated to them.
        fact2, entry2, person2 = figures._tables()
        recorded = (
            figures._joined(fact2, entry2, person2, figures._root(person2))
            .where(*figures._conditions(request, fact2, person2), fact2.dimension == rows)
            .correlate(None)
        )
        return query.where(fact.dimension == base, who.not_in(recorded)).distinct()
    return query.where(fact.dimension == rows, fact.value == key).distinct()


def people_behind(
    vault: Vault, figure: str, by: str | None, key: str | None, as_of: str | None = None
) -> list[str]:
    """The archive ids of the persons behind one number of a figure (the total when ``key``
    is None), sorted. Raises BadReport like `report` for a request without an answer."""
    request = _request(figure, by, as_of)
    with vault.transaction() as session:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)
        return sorted(str(row[0]) for row in session.execute(_members(request, key)))


def figures_of_people(vault: Vault, as_of: str | None = None) -> dict[str, frozenset[str]]:
    """person id -> the flag figures (FLAG_FIGURES) the person is counted in as of the day."""
    found: dict[str, set[str]] = defaultdict(set)
    with vault.transaction() as session:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)
        for figure in FLAG_FIGURES:
            for row in session.execute(_members(_request(figure, None, as_of), None)):
                found[str(row[0])].add(figure)
    return {person: frozenset(names) for person, names in found.items()}


# What the two columns of "arrests and releases by month" count: (figure, value) of the facts.
MONTHLY_FACTS = {"arrests": ("held", ""), "releases": ("status", "released")}


def _month_of(fact: Any) -> ColumnElement[str]:
    lo, hi = func.substr(fact.lo, 1, 7), func.substr(fact.hi, 1, 7)
    return case((and_(fact.lo != "", lo == hi), lo), else_=literal(UNCERTAIN))


def _monthly(session: Session, kind: str) -> dict[str, int]:
    figure, value = MONTHLY_FACTS[kind]
    fact, entry, person = aliased(PersonFact), aliased(PersonEntry), aliased(ArchivePerson)
    month = _month_of(fact)
    query = (
        figures._joined(
            fact, entry, person, month.label("m"), func.count(func.distinct(figures._root(person)))
        )
        .where(fact.figure == figure, fact.dimension == "", fact.value == value)
        .group_by(month)
    )
    return {str(row[0]): int(row[1]) for row in session.execute(query)}


def monthly_people(vault: Vault, kind: str, month: str) -> list[str]:
    """The archive ids of the persons arrested (kind "arrests") or released ("releases") in
    ``month`` (YYYY-MM or "date uncertain"), as by_month counts them."""
    figure, value = MONTHLY_FACTS[kind]
    fact, entry, person = aliased(PersonFact), aliased(PersonEntry), aliased(ArchivePerson)
    query = (
        figures._joined(fact, entry, person, figures._root(person))
        .where(fact.figure == figure, fact.dimension == "", fact.value == value)
        .where(_month_of(fact) == month)
        .distinct()
    )
    with vault.transaction() as session:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)
        return sorted(str(row[0]) for row in session.execute(query))


def by_month(vault: Vault) -> list[MonthCount]:
    """Persons arrested and persons released in each month of the event (a date known only
    to the year counts as 'date uncertain'), oldest first."""
    with vault.transaction() as session:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)
        arrests = _monthly(session, "arrests")
        releases = _monthly(session, "releases")
    months = sorted(set(arrests) | set(releases), key=lambda m: (m == UNCERTAIN, m))
    return [MonthCount(m, arrests.get(m, 0), releases.get(m, 0)) for m in months]


def person_timeline(vault: Vault, person: str) -> list[TimelineEvent]:
    """Every dated event of one archive person, from the testimony entries the registry
    links to it (a merge brings the other person's entries; a namesake's never come)."""
    events: list[TimelineEvent] = []
    with vault.transaction() as session:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)
        refs: dict[str, list[str]] = defaultdict(list)
        for entry in persons.entries(session, person):
            refs[entry.testimony_id].append(entry.ref)
        for testimony_id, wanted in refs.items():
            row = session.get(Testimony, testimony_id)
            stored = row and session.get(TestimonyVersion, (testimony_id, row.current_version))
            if not stored:
                continue
            document = upgrade(parse_strict(stored.document))
            for entry_doc in document.get("persons", []):
                ref = entry_doc.get("ref")
                if ref not in wanted:
                    continue
                name = next(iter(timeline.person_names(entry_doc)), "")
                for kind, start, until, details in timeline._raw_events(document, ref):
                    events.append(TimelineEvent(kind, start, until, details, name, testimony_id))
    return timeline.in_order(events)


def save_outside(path: Path, data: bytes) -> None:
    """An exported chart or table, written whole or not at all (temp file, fsync, rename),
    readable by its owner only. It leaves the vault: nothing protects it from then on."""
    write_atomic(path, data)
