"""Reading an older testimony in the current form (``sviedka.testimony/1`` -> ``/2``).

A stored version is never rewritten: its canonical bytes are hashed, sent in bundles and
confirmed by signed receipts, so changing them would break every proof that it is the version
the interviewer saved. Instead, whoever reads a record to show it, edit it, index it or judge it
reads ``upgrade(record)``: the same testimony in the current schema. The next save of an edited
record then writes the current schema as a new version.

What 1 -> 2 changes (everything else of schema 2 only adds optional fields and sections):

- ``schema`` becomes ``sviedka.testimony/2``;
- a prosecution's ``extremist_list`` / ``terrorist_list`` become ``list_entries`` of the accused
  (the list is a fact about the person; the entry keeps the case that led to it as
  ``prosecution``), in the order of the prosecutions, extremist before terrorist;
- field notes on those two fields follow them to their new place.

The consent that governs hand-overs (``consent.own``, ``risks_explained``, ``sensitive_marks``,
the ``consent_form`` attachment kind) was added to schema 2 as optional fields, so nothing moves:
a record without them consents to less, and every scope code it holds keeps its meaning.

Pure, and for reading: the argument is never changed. A schema-1 testimony comes back as a new
record that shares nothing with it; a record already in the current form (or not a testimony at
all) comes back as itself, not a copy: every caller only reads the result, and deep-copying a
complete testimony cost a save about 17 ms, twice (bench/save.py). Whoever means to change the
result of ``upgrade`` copies it first.
"""

from __future__ import annotations

import copy
import re
from typing import Any

__all__ = ["CURRENT", "SCHEMA_1", "upgrade"]

SCHEMA_1 = "sviedka.testimony/1"
CURRENT = "sviedka.testimony/2"

# Schema 1's list inclusions on a prosecution and the list each names in schema 2.
_LIST_FIELDS = (("extremist_list", "extremist"), ("terrorist_list", "terrorist"))
_NOTE_PATH = re.compile(r"prosecutions\[([0-9]+)\]\.(extremist_list|terrorist_list)(?=$|[.\[])")


def upgrade(record: Any) -> Any:
    """``record`` in the current schema: a new record for a schema-1 testimony, anything else
    as it is (the same object: read it, do not change it)."""
    if not isinstance(record, dict) or record.get("schema") != SCHEMA_1:
        return record
    doc = copy.deepcopy(record)
    doc["schema"] = CURRENT
    moved = _move_list_inclusions(doc)
    if moved:
        _follow_field_notes(doc, moved)
    return doc


def _move_list_inclusions(doc: dict[str, Any]) -> dict[tuple[int, str], int]:
    """Move the list inclusions out of the prosecutions; returns (prosecution index, field) ->
    index of the list entry it became."""
    prosecutions = doc.get("prosecutions")
    existing = doc.get("list_entries", [])
    if not isinstance(prosecutions, list) or not isinstance(existing, list):
        return {}  # nothing to move, or nowhere to move it: validation names the damage
    entries: list[Any] = []
    moved: dict[tuple[int, str], int] = {}
    for index, case in enumerate(prosecutions):
        if not isinstance(case, dict):
            continue
        for field, name in _LIST_FIELDS:
            if field not in case:
                continue
            inclusion = case.pop(field)
            entry: dict[str, Any] = {"list": name}
            if "person" in case:
                entry["person"] = case["person"]
            if "ref" in case:
                entry["prosecution"] = case["ref"]
            # A malformed inclusion is carried over as it is, for validation to name.
            entry.update(inclusion if isinstance(inclusion, dict) else {"date": inclusion})
            moved[(index, field)] = len(entries)
            entries.append(entry)
    if entries:
        doc["list_entries"] = existing + entries
        moved = {key: len(existing) + position for key, position in moved.items()}
    return moved


def _follow_field_notes(doc: dict[str, Any], moved: dict[tuple[int, str], int]) -> None:
    notes = doc.get("field_notes")
    if not isinstance(notes, list):
        return
    for note in notes:
        path = note.get("path") if isinstance(note, dict) else None
        if not isinstance(path, str):
            continue
        match = _NOTE_PATH.match(path)
        if match is None:
            continue
        target = moved.get((int(match[1]), match[2]))
        if target is not None:
            note["path"] = f"list_entries[{target}]{path[match.end() :]}"
