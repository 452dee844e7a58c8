"""Helpers of the tests on the known-truth archive (tests/known_archive.py, loaded by the
`archive` fixture of tests/storage/conftest.py): people by a spelling, the coordinator's merges,
a figure as (total, groups)."""

from __future__ import annotations

import contextlib

from app.services.persons import CannotMerge, Person, Persons
from app.services.reports import report
from app.storage.vault import Vault
from tests.known_archive import AS_OF


def by_name(people: list[Person], spelling: str) -> list[Person]:
    return [person for person in people if spelling in person.names]


def merge_suggested(vault: Vault) -> None:
    service = Persons(vault)
    for suggestion in service.suggestions():
        # CannotMerge: already joined through a third entry of the same person.
        with contextlib.suppress(CannotMerge):
            service.merge(suggestion.a, suggestion.b)


def figure(vault: Vault, name: str, **options: object) -> tuple[int, dict[str, int]]:
    found = report(vault, name, as_of=options.pop("as_of", AS_OF), **options)  # type: ignore[arg-type]
    return found.total, {group.key: group.count for group in found.groups}
