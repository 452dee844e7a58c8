"""A saved version of a testimony as lines of "where: what", and what changed since the
version before it. Qt-free: the History dialog shows these lines, the changed ones marked."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Line", "lines_of", "refs_of"]

_SKIPPED = frozenset({"schema", "id", "provenance"})


@dataclass(frozen=True)
class Line:
    path: str  # persons[1].birth_date.value: the notation of app.domain.record
    value: Any
    before: Any = None  # the previous version's value when it changed
    changed: bool = False


def _leaves(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            if not path and key in _SKIPPED:
                continue
            if key == "ref":  # bookkeeping, never shown
                continue
            yield from _leaves(inner, f"{path}.{key}" if path else key)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for index, inner in enumerate(value):
            yield from _leaves(inner, f"{path}[{index}]")
    else:
        yield path, value


def lines_of(doc: dict[str, Any], previous: dict[str, Any] | None = None) -> list[Line]:
    """Every answer of ``doc`` in record order; with ``previous``, those that differ are marked
    changed (with the old value), and answers that were removed follow as changed lines."""
    now = dict(_leaves(doc, ""))
    before = dict(_leaves(previous, "")) if previous is not None else {}
    lines = [
        Line(path, value, before.get(path), previous is not None and before.get(path) != value)
        for path, value in now.items()
    ]
    lines += [Line(path, None, old, True) for path, old in before.items() if path not in now]
    return lines


def refs_of(doc: dict[str, Any]) -> dict[str, str]:
    """What a ref stands for, in words: a person's name (refs themselves are never shown)."""
    found: dict[str, str] = {}
    for person in doc.get("persons", []):
        if isinstance(person, dict) and isinstance(person.get("ref"), str):
            names = [n.get("value") for n in person.get("names", []) if isinstance(n, dict)]
            found[person["ref"]] = next((str(n) for n in names if n), "")
    return found
