"""The refs of the record the pickers offer: persons by their best name, items by section.

Every person or item picker listens to one registry, so adding, removing or renaming a person
shows up at once in every "Person", "Victim", "Given by" ... field of the editor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.domain import facts
from app.ui.editor.labels import field_label
from app.ui.privacy import shown

__all__ = ["REF_PREFIXES", "RefRegistry", "best_name"]

# The habitual prefixes (docs/record-schema.md, "References"): only a habit, refs carry no
# meaning, but a familiar "e2" reads better in a picker than an arbitrary code.
REF_PREFIXES: Mapping[str, str] = {
    "persons": "p",
    "detention_episodes": "e",
    "incommunicado": "i",
    "ill_treatment_acts": "a",
    "deaths_in_detention": "d",
    "prosecutions": "pr",
    "administrative_cases": "ad",
    "list_entries": "l",
    "solidarity_persecution": "s",
    "transnational_incidents": "t",
    "property_actions": "pa",
    "recruitment_attempts": "r",
    "interventions": "iv",
    "attachments_described": "f",
}
_NUMBERED = re.compile(r"([a-z]+)([0-9]+)")


def _unnamed() -> str:
    return QCoreApplication.translate("RefRegistry", "Person %1, no name yet")


def _distinct(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Two persons of the same name stay apart in a picker: "Name", "Name (2)"."""
    seen: dict[str, int] = {}
    result = []
    for ref, label in entries:
        seen[label] = seen.get(label, 0) + 1
        result.append((ref, label if seen[label] == 1 else f"{label} ({seen[label]})"))
    return result


def best_name(person: Mapping[str, Any]) -> str:
    """As the list of testimonies names a person (app.domain.facts.best_name); "" for none."""
    return facts.best_name(person) or ""


class RefRegistry(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sections: dict[str, list[tuple[str, str]]] = {}
        self._batching = False
        self._pending = False

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Updates of several sections signal once at the end: every picker of the form
        refills on `changed`, so one signal a section cost a complete record 14 refills."""
        self._batching, self._pending = True, False
        try:
            yield
        finally:
            self._batching = False
            if self._pending:
                self._pending = False
                self.changed.emit()

    def update(self, section: str, items: Sequence[Any]) -> None:
        """Take the current items of ``section``; signal only when a ref or label changed."""
        entries = [
            (str(item["ref"]), self._label(section, item, number))
            for number, item in enumerate(items, start=1)
            if isinstance(item, Mapping) and isinstance(item.get("ref"), str) and item["ref"]
        ]
        if section == "persons":
            entries = _distinct(entries)
        if self._sections.get(section) != entries:
            self._sections[section] = entries
            if self._batching:
                self._pending = True
            else:
                self.changed.emit()

    def _label(self, section: str, item: Mapping[str, Any], number: int) -> str:
        """What a picker shows: the person's name, or the entry's section, number and person;
        never the ref itself (bookkeeping, see form._CARRIED)."""
        if section == "persons":
            name = shown(best_name(item))  # the privacy screen's rule (app/ui/privacy.py)
            return name or _unnamed().replace("%1", str(number))
        who = item.get("person") or item.get("victim")
        owner = f", {self.person_label(str(who))}" if isinstance(who, str) else ""
        return f"{field_label(section)} {number}{owner}"

    def person_label(self, ref: str) -> str:
        return dict(self._sections.get("persons", [])).get(ref, ref)

    def options(self, target: str) -> list[tuple[str, str]]:
        """(ref, label) pairs a picker of ``target`` offers, in record order."""
        if target == "person":
            return list(self._sections.get("persons", []))
        if target == "episode":
            return list(self._sections.get("detention_episodes", []))
        if target == "prosecution":
            return list(self._sections.get("prosecutions", []))
        items = [e for s, found in self._sections.items() if s != "persons" for e in found]
        return items if target == "item" else self.options("person") + items

    def label(self, ref: str) -> str:
        for entries in self._sections.values():
            for known, label in entries:
                if known == ref:
                    return label
        return ref

    def next_ref(self, section: str) -> str:
        """The next free ``<prefix><n>``; refs are unique across all sections of a record."""
        prefix = REF_PREFIXES.get(section, "r")
        taken = {ref for entries in self._sections.values() for ref, _ in entries}
        highest = 0
        for ref in taken:
            match = _NUMBERED.fullmatch(ref)
            if match and match[1] == prefix:
                highest = max(highest, int(match[2]))
        number = highest + 1
        while f"{prefix}{number}" in taken:
            number += 1
        return f"{prefix}{number}"
