"""A saved version of a testimony beside the version before it, field by field, as a tree the
History lays out like the form: every answer with what became of it (the same, changed, new,
removed) and, when it changed, what it was.

Qt-free on purpose (it walks the editor's schema tree, which is Qt-free too), so what counts
as a change is decided once, away from how it is shown. Entries of a list are paired by their
ref when they have one, so adding an act in front of another does not show every later act as
changed; entries without refs are paired with an identical entry first, then in order.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.ui.editor.schema import FieldSpec, Kind

__all__ = ["Answer", "Mark", "compare"]

# Bookkeeping the record needs and the interviewer never should (refs "p2", "e1"), and what
# only the file format needs (the schema's name, the record's id).
_HIDDEN = frozenset({"ref", "schema", "id", "provenance"})
_CONTAINERS = (Kind.OBJECT, Kind.LIST)


class Mark(enum.Enum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"  # not in the previous version: a field newly answered, an entry added
    REMOVED = "removed"  # in the previous version only


@dataclass(frozen=True)
class Answer:
    """One field (or object, or list entry) of a version, with what the version before held.

    ``value`` is this version's (None when removed), ``before`` the previous version's (None
    when added, and when the same: nothing to show). ``number`` counts a list entry from 1 in
    the version it comes from."""

    name: str  # the field's name in the record; "" for a list entry
    spec: FieldSpec | None  # None for a field the schema does not know (carried, shown as is)
    value: Any
    before: Any
    mark: Mark
    children: tuple[Answer, ...] = ()
    number: int = 0

    @property
    def is_container(self) -> bool:
        return self.spec is not None and self.spec.kind in _CONTAINERS

    def has_marks(self) -> bool:
        """Whether this answer or any answer inside it is not the same as before."""
        return self.mark is not Mark.SAME or any(child.has_marks() for child in self.children)


def _present(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _mark(value: Any, before: Any, compared: bool) -> Mark:
    if not compared:
        return Mark.SAME
    now, then = _present(value), _present(before)
    if now and not then:
        return Mark.ADDED
    if then and not now:
        return Mark.REMOVED
    return Mark.SAME if value == before else Mark.CHANGED


def compare(
    spec: FieldSpec, doc: dict[str, Any], previous: dict[str, Any] | None
) -> tuple[Answer, ...]:
    """The top-level answers of ``doc`` against ``previous`` (None: the first version, so
    nothing is marked). A removed field keeps its place in the form; removed list entries
    follow the others."""
    return _fields(spec, doc, previous or {}, previous is not None)


def _fields(spec: FieldSpec | None, value: Any, before: Any, compared: bool) -> tuple[Answer, ...]:
    now = value if isinstance(value, dict) else {}
    then = before if isinstance(before, dict) else {}
    known = [p for p in spec.properties if p.kind is not Kind.CONST] if spec else []
    names = [p.name for p in known]
    extra = [k for k in (*now, *then) if k not in names]
    specs: dict[str, FieldSpec | None] = {p.name: p for p in known}
    answers = []
    for name in dict.fromkeys([*names, *extra]):
        if name in _HIDDEN or not (_present(now.get(name)) or _present(then.get(name))):
            continue
        answers.append(_answer(name, specs.get(name), now.get(name), then.get(name), compared))
    return tuple(answers)


def _answer(name: str, spec: FieldSpec | None, value: Any, before: Any, compared: bool) -> Answer:
    mark = _mark(value, before, compared)
    shown_before = before if mark in (Mark.CHANGED, Mark.REMOVED) else None
    if spec is None or spec.kind not in _CONTAINERS:
        return Answer(name, spec, value, shown_before, mark)
    if spec.kind is Kind.LIST:
        # A list is marked by its entries: a first act is "Ill-treatment acts 1, new".
        children = _entries(spec.item, _objects(value), _objects(before), compared)
        return Answer(name, spec, value, None, Mark.SAME, children)
    if mark in (Mark.ADDED, Mark.REMOVED):
        # A whole object or list came or went: its answers are shown, marked once, above them.
        inside = value if mark is Mark.ADDED else before
        children = _fields(spec, inside, None, compared=False)
        return Answer(name, spec, value, shown_before, mark, children)
    children = _fields(spec, value, before, compared)
    return Answer(name, spec, value, None, Mark.SAME, children)


def _objects(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def _entries(
    item: FieldSpec | None, now: list[Any], then: list[Any], compared: bool
) -> tuple[Answer, ...]:
    pairs = _pairs(now, then) if compared else {}
    answers = []
    for index, entry in enumerate(now):
        old = pairs.get(index)
        if old is None:
            mark = Mark.ADDED if compared else Mark.SAME
            children = _fields(item, entry, None, compared=False)
            answers.append(Answer("", item, entry, None, mark, children, index + 1))
        else:
            children = _fields(item, entry, then[old], compared=True)
            answers.append(Answer("", item, entry, None, Mark.SAME, children, index + 1))
    gone = sorted(set(range(len(then))) - set(pairs.values())) if compared else []
    for index in gone:
        children = _fields(item, then[index], None, compared=False)
        answers.append(Answer("", item, None, then[index], Mark.REMOVED, children, index + 1))
    return tuple(answers)


def _ref(entry: Any) -> str | None:
    ref = entry.get("ref") if isinstance(entry, dict) else None
    return ref if isinstance(ref, str) and ref else None


def _pairs(now: list[Any], then: list[Any]) -> dict[int, int]:
    """Index in ``now`` -> index in ``then`` of the same entry: by ref, then an identical
    entry, then the remaining entries without refs in order."""
    pairs: dict[int, int] = {}
    by_ref = {_ref(e): i for i, e in enumerate(then) if _ref(e) is not None}
    for index, entry in enumerate(now):
        ref = _ref(entry)
        if ref is not None and ref in by_ref:
            pairs[index] = by_ref[ref]
    for index, entry in enumerate(now):
        if index in pairs:
            continue
        for old in _unpaired(then, pairs.values()):
            if then[old] == entry:
                pairs[index] = old
                break
    # Entries without refs that are left pair in order (an edited health condition stays the
    # same condition); a ref names one entry, so a new ref is a new entry.
    left = [i for i in range(len(now)) if i not in pairs and _ref(now[i]) is None]
    free = [i for i in _unpaired(then, pairs.values()) if _ref(then[i]) is None]
    pairs.update(zip(left, free, strict=False))
    return pairs


def _unpaired(then: list[Any], taken: Iterable[int]) -> Iterable[int]:
    used = set(taken)
    return (i for i in range(len(then)) if i not in used)
