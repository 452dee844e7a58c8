"""Report queries over the persons registry: one figure, counted in persons, testimonies or
acts, grouped by a dimension or by the month or year of the event.

Written with SQLAlchemy Core expressions only (a window function for the current status, CASE
for the groups, COUNT DISTINCT), so a central archive on PostgreSQL runs the same queries.
Each person is counted once through its effective archive id (merges followed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.figures import NOT_RECORDED, UNCERTAIN, Request, Window, figure_named
from app.storage.persons_models import ArchivePerson, PersonEntry, PersonFact

__all__ = ["Counted", "count", "counted_testimonies"]

_STAGE = {"held": 0, "released": 1, "deported": 2, "died": 3}


@dataclass(frozen=True)
class Counted:
    total: int
    groups: tuple[tuple[str, int], ...]


def _tables() -> tuple[Any, Any, Any]:
    return aliased(PersonFact), aliased(PersonEntry), aliased(ArchivePerson)


def _joined(fact: Any, entry: Any, person: Any, *columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(fact)
        .join(
            entry,
            and_(entry.testimony_id == fact.testimony_id, entry.person_ref == fact.person_ref),
        )
        .join(person, person.id == entry.person_id)
    )


def _root(person: Any) -> ColumnElement[str]:
    return func.coalesce(person.merged_into, person.id)


def current_status(as_of: str, statuses: tuple[str, ...]) -> Select[Any]:
    """Effective ids of the persons whose latest dated status evidence by ``as_of`` is one of
    ``statuses`` (app.domain.person_status says the same in Python)."""
    fact, entry, person = _tables()
    who = _root(person)
    stage = case(*((fact.value == name, rank) for name, rank in _STAGE.items()), else_=-1)
    ranked = (
        _joined(
            fact,
            entry,
            person,
            who.label("person"),
            fact.value.label("status"),
            func.row_number()
            .over(
                partition_by=who, order_by=(fact.hi.desc(), stage.desc(), fact.testimony_id.desc())
            )
            .label("n"),
        )
        .where(fact.figure == "status", fact.hi != "", fact.hi <= as_of)
        .subquery()
    )
    return select(ranked.c.person).where(ranked.c.n == 1, ranked.c.status.in_(statuses))


def _with(dimension: str, value: str, as_of: str) -> Select[Any]:
    """Persons with a fact of ``dimension`` = ``value`` (or in figure ``value``) begun by
    ``as_of`` (an age criterion begins on the 60th birthday)."""
    fact, entry, person = _tables()
    column = fact.figure if dimension == "figure" else fact.value
    query = _joined(fact, entry, person, _root(person)).where(
        column == value, or_(fact.lo == "", fact.lo <= as_of)
    )
    if dimension != "figure":
        query = query.where(fact.dimension == dimension)
    return query.correlate(None)


def _unit(request: Request, fact: Any, person: Any) -> ColumnElement[str]:
    if request.unit == "testimonies":
        return fact.testimony_id
    if request.unit == "acts":
        return fact.testimony_id + literal(":") + fact.person_ref + literal(":") + fact.act
    return _root(person)


def _conditions(request: Request, fact: Any, person: Any) -> list[ColumnElement[bool]]:
    as_of, state = request.as_of, request.figure.state
    begun = or_(fact.lo == "", fact.lo <= as_of)
    found = [fact.figure == request.figure.facts, begun]
    if state == "incommunicado":
        found.append(or_(fact.ends == "", fact.ends > as_of))
    elif state == "held":
        found.append(_root(person).in_(current_status(as_of, ("held",))))
    elif state == "humanitarian":
        found.append(_root(person).in_(current_status(as_of, ("held", "died"))))
    for dimension, value in request.filters:
        found.append(_root(person).in_(_with(dimension, value, as_of)))
    return found


def _placed(window: Window, lo: Any, hi: Any) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """(certainly in the window, certainly outside it) for an event dated lo..hi."""
    inside = and_(lo != "", lo >= window.lo, hi <= window.hi)
    outside = and_(lo != "", or_(hi < window.lo, lo > window.hi))
    return inside, outside


def count(session: Session, request: Request) -> Counted:
    """The figure's total and its groups (largest first)."""
    fact, entry, person = _tables()
    unit = _unit(request, fact, person)
    base_dimension = "criterion" if request.figure.state == "humanitarian" else ""
    by = request.by
    rows_dimension = base_dimension if by in (None, "month", "year") else by
    query = _joined(fact, entry, person).where(*_conditions(request, fact, person))
    key: ColumnElement[str] = fact.value
    if by in ("month", "year"):
        length = 7 if by == "month" else 4
        lo, hi = func.substr(fact.lo, 1, length), func.substr(fact.hi, 1, length)
        key = case((and_(fact.lo != "", lo == hi), lo), else_=literal(UNCERTAIN))
    in_window: ColumnElement[bool] | None = None
    if request.window is not None:
        act = aliased(PersonFact)
        if rows_dimension != "":
            query = query.join(
                act,
                and_(
                    act.testimony_id == fact.testimony_id,
                    act.person_ref == fact.person_ref,
                    act.act == fact.act,
                    act.figure == fact.figure,
                    act.dimension == "",
                ),
            )
        else:
            act = fact
        in_window, outside = _placed(request.window, act.lo, act.hi)
        query = query.where(~outside)
        key = case((in_window, key), else_=literal(UNCERTAIN))
    total_query = query.where(fact.dimension == base_dimension)
    if in_window is not None:
        total_query = total_query.where(in_window)
    total = int(session.scalar(total_query.with_only_columns(func.count(func.distinct(unit)))) or 0)
    if by is None and in_window is None:
        return Counted(total, ())
    grouped = (
        query.where(fact.dimension == rows_dimension)
        .with_only_columns(key.label("key"), func.count(func.distinct(unit)).label("n"))
        .group_by(key)
    )
    groups = [(str(row.key), int(row.n)) for row in session.execute(grouped)]
    if by not in (None, "month", "year"):
        having = query.where(fact.dimension == rows_dimension)
        if in_window is not None:
            having = having.where(in_window)
        with_value = int(
            session.scalar(having.with_only_columns(func.count(func.distinct(unit)))) or 0
        )
        if total > with_value:
            groups.append((NOT_RECORDED, total - with_value))
    if by is None:
        groups = [group for group in groups if group[0] == UNCERTAIN]
    groups.sort(key=lambda group: (group[0] == UNCERTAIN, -group[1], group[0]))
    return Counted(total, tuple(groups))


def counted_testimonies(name: str, as_of: str | None = None) -> Select[Any]:
    """Ids of the testimonies about a person counted in figure ``name`` as of the day: every
    testimony of that person, merges followed (the search filter `figure=NAME`)."""
    day = as_of or date.today().isoformat()
    request = Request(figure_named(name), None, "persons", day, None, ())
    fact, entry, person = _tables()
    counted = _joined(fact, entry, person, _root(person)).where(*_conditions(request, fact, person))
    if request.figure.state == "humanitarian":
        counted = counted.where(fact.dimension == "criterion")
    about = aliased(PersonEntry)
    owner = aliased(ArchivePerson)
    return (
        select(about.testimony_id)
        .join(owner, owner.id == about.person_id)
        .where(_root(owner).in_(counted))
    )
