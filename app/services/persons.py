"""The archive's persons: who they are across testimonies, suggestions of the same person,
a coordinator's merges and separations, and each person's status as of a date.

Both faces call these (`sviedka persons ...`; the desktop's Persons view later). Each call
opens its own unit of work and returns frozen dataclasses. Before reading, the registry is
brought up to date with the testimonies (imports and vaults older than the registry are
linked then), so what is listed is always what the vault holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.domain.person_match import Suggestion, suggest
from app.domain.person_recognition import BadRecognition, Recognition, recognition
from app.domain.person_status import Evidence, Status, status_as_of
from app.services.collector import collector_paused
from app.storage import persons, persons_listing, persons_registry
from app.storage.errors import NotFound
from app.storage.persons import CannotMerge
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

__all__ = [
    "BadRecognition",
    "CannotMerge",
    "PeoplePage",
    "Person",
    "PersonFile",
    "Persons",
    "Recognition",
    "Seen",
    "Suggestion",
]


@dataclass(frozen=True)
class Person:
    id: str
    names: tuple[str, ...]
    roles: tuple[str, ...]
    birth_date: str | None
    testimonies: tuple[str, ...]
    status: Status
    # Recognised as a political prisoner: (since, by whom), a field of the person.
    political_prisoner: tuple[str, str | None] | None = None

    @property
    def recognition(self) -> Recognition | None:
        if self.political_prisoner is None:
            return None
        since, by = self.political_prisoner
        return Recognition(by or "", since)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "names": list(self.names),
            "roles": list(self.roles),
            "birth_date": self.birth_date,
            "testimonies": list(self.testimonies),
            "status": self.status.status,
            "status_since": self.status.since,
            "status_source": self.status.source,
            "recognition": self.recognition.as_json() if self.recognition else None,
        }


def _written(lo: str, hi: str) -> str | None:
    """A birth interval as a partial date: the day, month or year it is known to."""
    if not lo:
        return None
    if lo == hi:
        return lo
    if lo[:7] == hi[:7] and lo.endswith("-01"):
        return lo[:7]
    if lo[:4] == hi[:4] and lo.endswith("-01-01") and hi.endswith("-12-31"):
        return lo[:4]
    return f"{lo}..{hi}"


@dataclass(frozen=True)
class Seen:
    """One fact about the person as one testimony gives it."""

    testimony_id: str
    figure: str
    dimension: str
    value: str
    date: str | None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class PersonFile:
    """A person with every fact the testimonies give, side by side with their sources, and
    the birth dates that disagree."""

    person: Person
    facts: tuple[Seen, ...]
    birth_dates: tuple[tuple[str, str], ...]  # (date as written, testimony id)
    conflicts: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            **self.person.as_json(),
            "facts": [fact.as_json() for fact in self.facts],
            "birth_dates": [{"date": d, "testimony": t} for d, t in self.birth_dates],
            "conflicts": list(self.conflicts),
        }


def _disjoint(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[1] < b[0] or b[1] < a[0]


PAGE = 1000


@dataclass(frozen=True)
class PeoplePage:
    people: tuple[Person, ...]
    after: str | None  # where the next page starts; None after the last


def _person(listed: persons_listing.ListedPerson, day: str) -> Person:
    rows = listed.entries
    written = [name for row in rows for name in row.names]
    births = [row for row in rows if row.birth_lo]
    narrow = min(births, key=lambda r: (r.birth_hi, r.birth_lo), default=None)
    return Person(
        id=listed.id,
        names=tuple(dict.fromkeys(written)),
        roles=tuple(sorted({role for row in rows for role in row.roles})),
        birth_date=_written(narrow.birth_lo, narrow.birth_hi) if narrow else None,
        testimonies=tuple(dict.fromkeys(row.testimony_id for row in rows)),
        status=status_as_of([Evidence(*item) for item in listed.evidence], day),
        political_prisoner=listed.recognition,
    )


class Persons:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _caught_up(self, session: Session) -> None:
        persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)

    def catch_up(self) -> int:
        """Link what the registry has not seen yet (testimonies received in a bundle, a vault
        older than the registry) in a unit of work of its own, for a face about to filter by
        a figure; returns how many testimonies were linked (0, and no write, when none)."""
        with self.vault.transaction() as session:
            return persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)

    def page(self, after: str = "", limit: int = PAGE, as_of: date | None = None) -> PeoplePage:
        """One page of persons in id order, each with at least one testimony; pass the page's
        ``after`` to the next call (None after the last). The first page brings the registry
        up to date; each page is its own unit of work and two queries, whatever its size."""
        if not after:
            with self.vault.transaction() as session:
                self._caught_up(session)
                found, following = persons_listing.page(session, after, limit)
        else:
            with self.vault.reading() as session:
                found, following = persons_listing.page(session, after, limit)
        day = (as_of or date.today()).isoformat()
        return PeoplePage(tuple(_person(listed, day) for listed in found), following)

    def people(self, as_of: date | None = None, person: str | None = None) -> list[Person]:
        """Every person with at least one testimony (or one person), names original first."""
        if person is not None:
            with self.vault.transaction() as session:
                self._caught_up(session)
                found, _ = persons_listing.page(session, only=person)
            day = (as_of or date.today()).isoformat()
            return [_person(listed, day) for listed in found]
        with self.vault.transaction() as session:
            self._caught_up(session)
            found = persons_listing.everyone(session)
        day = (as_of or date.today()).isoformat()
        return [_person(listed, day) for listed in found]

    def get(self, person: str) -> Person:
        found = self.people(person=person)
        if not found:
            raise NotFound(f"no person with id {person}")
        return found[0]

    def file(self, person: str) -> PersonFile:
        """One person with each testimony's facts beside each other, conflicts named."""
        found = self.get(person)
        with self.vault.reading() as session:
            rows = persons.facts(session, found.id)
            entries = persons.entries(session, found.id)
        births = [(r.birth_lo, r.birth_hi, r.testimony_id) for r in entries if r.birth_lo]
        conflicts = [
            f"birth date {_written(a[0], a[1])} ({a[2]}) cannot be {_written(b[0], b[1])} ({b[2]})"
            for i, a in enumerate(births)
            for b in births[i + 1 :]
            if _disjoint(a[:2], b[:2])
        ]
        seen = tuple(
            Seen(r.testimony_id, r.figure, r.dimension, r.value, _written(r.lo, r.hi))
            for r in rows
            if r.dimension or r.figure == "status"
        )
        return PersonFile(
            person=found,
            facts=seen,
            birth_dates=tuple((_written(lo, hi) or "", t) for lo, hi, t in births),
            conflicts=tuple(conflicts),
        )

    def suggestions(self) -> list[Suggestion]:
        """Pairs that may be one person, best first; never merged without a coordinator."""
        # Hundreds of thousands of small objects and no cycles: the collector's full passes
        # over the growing heap made 50,000 persons cost far more than ten times 5,000.
        with collector_paused():
            with self.vault.transaction() as session:
                self._caught_up(session)
                profiles = persons.profiles(session)
                refused = persons.refused_pairs(session)
            return suggest(profiles, refused)

    def merge(self, survivor: str, absorbed: str) -> str:
        """Merge ``absorbed`` into ``survivor`` (audited); returns the surviving id."""
        with self.vault.transaction() as session:
            self._caught_up(session)
            return persons.merge(session, survivor, absorbed, self.vault.key_id)

    def recognise(self, person: str, by: str, since: str) -> Recognition:
        """Record that ``by`` (an organisation) recognised the person as a political prisoner
        on ``since`` (a day, month or year); audited, replaces an earlier recognition.
        BadRecognition when ``by`` or the date will not do, NotFound for an unknown id."""
        found = recognition(by, since, date.today())
        with self.vault.transaction() as session:
            persons.recognise(session, person, found.date, found.by, self.vault.key_id)
        return found

    def withdraw_recognition(self, person: str) -> None:
        """Undo a recognition (audited): the person is no longer shown as recognised."""
        with self.vault.transaction() as session:
            persons.recognise(session, person, None, None, self.vault.key_id)

    def separate(self, person: str) -> tuple[str, str]:
        """Undo the latest merge ``person`` took part in (audited): (survivor, separated)."""
        with self.vault.transaction() as session:
            return persons.separate(session, person, self.vault.key_id)
