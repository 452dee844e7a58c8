"""The archive as the desktop's Persons and Figures views see it: one object made from the
unlocked workspace, so that the views are given a service and never a vault. Each call is
one unit of work (the services below open it); the views run them in app.ui.workers tasks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain.timeline import TimelineEvent
from app.services import figures_view
from app.services.figures_view import MonthCount
from app.services.persons import CannotMerge, Person, PersonFile, Persons, Suggestion
from app.services.reports import BadReport, Report, report
from app.services.workspace import Workspace

__all__ = ["Archive", "BadReport", "CannotMerge", "PeopleSnapshot"]


@dataclass(frozen=True)
class PeopleSnapshot:
    """What the Persons view shows at once: the people, the figures each is in, the pairs
    to review."""

    people: tuple[Person, ...]
    flags: dict[str, frozenset[str]]
    suggestions: tuple[Suggestion, ...]

    def person(self, person_id: str) -> Person | None:
        return next((p for p in self.people if p.id == person_id), None)


class Archive:
    def __init__(self, workspace: Workspace) -> None:
        self._vault = workspace.vault
        self._persons = Persons(workspace.vault)

    def snapshot(self, as_of: str | None = None) -> PeopleSnapshot:
        people = self._persons.people()
        people.sort(key=lambda p: ((p.names or ("",))[0].casefold(), p.id))
        return PeopleSnapshot(
            tuple(people),
            figures_view.figures_of_people(self._vault, as_of),
            tuple(self._persons.suggestions()),
        )

    def merge(self, survivor: str, absorbed: str) -> str:
        return self._persons.merge(survivor, absorbed)

    def separate(self, person: str) -> tuple[str, str]:
        return self._persons.separate(person)

    def file(self, person: str) -> PersonFile:
        """The person's facts as each testimony gives them, side by side."""
        return self._persons.file(person)

    def timeline(self, person: str) -> list[TimelineEvent]:
        return figures_view.person_timeline(self._vault, person)

    def report(self, figure: str, by: str | None, lang: str, as_of: str | None = None) -> Report:
        return report(self._vault, figure, by=by, as_of=as_of, lang=lang)

    def people_behind(
        self, figure: str, by: str | None, key: str | None, as_of: str | None = None
    ) -> list[Person]:
        wanted = figures_view.people_behind(self._vault, figure, by, key, as_of)
        found = {p.id: p for p in self._persons.people()}
        return [found[i] for i in wanted if i in found]

    def monthly_people(self, kind: str, month: str) -> list[Person]:
        """Persons arrested ("arrests") or released ("releases") in the month."""
        wanted = figures_view.monthly_people(self._vault, kind, month)
        found = {p.id: p for p in self._persons.people()}
        return [found[i] for i in wanted if i in found]

    def by_month(self) -> list[MonthCount]:
        return figures_view.by_month(self._vault)

    @staticmethod
    def save_outside(path: Path, data: bytes) -> None:
        figures_view.save_outside(path, data)


def figure_names() -> Sequence[str]:
    from app.domain.figures import FIGURES

    return tuple(FIGURES)
