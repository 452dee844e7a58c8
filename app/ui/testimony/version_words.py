"""The answers of a saved version in words, as the interviewer chose them: vocabulary terms by
their label in the interface language, dates as dates ("March 2023"), persons by name and
entries by section and number, countries and languages by name, yes and no.

Refs ("p2", "e1") and codes are what the record stores, never what a reader sees: a ref that
names nobody in either version reads "(no longer in this record)", not its letters. With the
privacy screen on, what identifies a person (names, birth date, case code, contact: the
schema's x-sensitive fields) reads as initials and dots, wherever it is shown here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt

from app.domain.vocabulary import VocabularySet
from app.ui import privacy
from app.ui.editor.enum_labels import enum_label
from app.ui.editor.labels import field_label
from app.ui.editor.refs import best_name
from app.ui.editor.schema import FieldSpec, Kind, testimony_spec
from app.ui.editor.sections import SECTIONS
from app.ui.place_names import country_name, language_name

__all__ = ["VersionWords", "best_name", "identifying", "moment", "section_title"]

_CONTEXT = "VersionWords"
_YES = QT_TRANSLATE_NOOP("VersionWords", "Yes")
_NO = QT_TRANSLATE_NOOP("VersionWords", "No")
_UNNAMED = QT_TRANSLATE_NOOP("VersionWords", "Person %1, no name yet")
_GONE = QT_TRANSLATE_NOOP("VersionWords", "(no longer in this record)")
_UNKNOWN_DATE = QT_TRANSLATE_NOOP("VersionWords", "date unknown")
_NOT_A_DATE = QT_TRANSLATE_NOOP("VersionWords", "not a calendar date")
_ABOUT = QT_TRANSLATE_NOOP("VersionWords", "about %1")
_STEP = re.compile(r"([A-Za-z_0-9]+)|\[([0-9]+)\]")
_FULL_DATE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
_TITLES = {section.key: section for section in SECTIONS}


def _tr(text: object) -> str:
    return QCoreApplication.translate(_CONTEXT, str(text))


def section_title(key: str) -> str:
    """A section's title as the editor's list of sections shows it."""
    section = _TITLES.get(key)
    return section.label() if section is not None else field_label(key)


@functools.cache
def _sensitive() -> tuple[str, ...]:
    """The patterns of the fields that identify a person ("persons[].names" ...)."""
    found, stack = [], [testimony_spec()]
    while stack:
        spec = stack.pop()
        if spec.sensitive:
            found.append(spec.pattern)
            continue
        stack.extend(spec.properties)
        if spec.item is not None:
            stack.append(spec.item)
    return tuple(found)


def identifying(spec: FieldSpec | None) -> bool:
    """Whether an answer of ``spec`` identifies a person (inside a sensitive field)."""
    if spec is None:
        return False
    pattern = spec.pattern
    return any(pattern == p or pattern.startswith((f"{p}.", f"{p}[")) for p in _sensitive())


def _child(spec: FieldSpec | None, name: str) -> FieldSpec | None:
    if spec is None or name not in spec.property_names:
        return None
    return spec.child(name)


def _refs_in_words(doc: dict[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    persons = [p for p in doc.get("persons", []) if isinstance(p, dict)]
    for number, person in enumerate(persons, start=1):
        if isinstance(person.get("ref"), str):
            name = privacy.shown(best_name(person))
            found[person["ref"]] = name or _tr(_UNNAMED).replace("%1", str(number))
    for key, entries in doc.items():
        if key == "persons" or not isinstance(entries, list):
            continue
        items = [e for e in entries if isinstance(e, dict)]
        for number, item in enumerate(items, start=1):
            if not isinstance(item.get("ref"), str):
                continue
            who = item.get("person") or item.get("victim")
            owner = f", {found[who]}" if isinstance(who, str) and who in found else ""
            found[item["ref"]] = f"{section_title(key)} {number}{owner}"
    return found


class VersionWords:
    """Words for the answers of one version and the version before it (whose refs a removed
    answer may name)."""

    def __init__(self, vocab: VocabularySet, lang: str, docs: Iterable[dict[str, Any]]) -> None:
        self._vocab = vocab
        self._lang = lang
        self._locale = QLocale(lang)
        self._refs: dict[str, str] = {}
        for doc in docs:  # the later version names a ref both versions share
            self._refs.update(_refs_in_words(doc))
        self._vocabularies = frozenset(vocab.names())

    def items(self, spec: FieldSpec | None, value: Any) -> list[str]:
        """Each value of a multiple answer (consent scopes, roles, citizenships) in words."""
        if not isinstance(value, list):
            return [self.value(spec, value)] if value is not None else []
        if spec is not None and spec.kind is Kind.VOCAB_SET:
            return [self._term(spec.vocabulary, str(v)) for v in value]
        inner = spec.item if spec is not None else None
        return [self.value(inner, v) for v in value]

    def value(self, spec: FieldSpec | None, value: Any) -> str:
        """One answer in words (masked by the privacy screen when it identifies a person); a
        list answer as its values joined."""
        text = self._value(spec, value)
        return privacy.shown(text) if identifying(spec) else text

    def _value(self, spec: FieldSpec | None, value: Any) -> str:
        if isinstance(value, list):
            return ", ".join(self.items(spec, value))
        if isinstance(value, bool):
            return _tr(_YES if value else _NO)
        if spec is None:
            return str(value) if not isinstance(value, dict) else ""
        kind = spec.kind
        if kind is Kind.DATE:
            return self.date(value)
        if not isinstance(value, str):
            return self._locale.toString(value) if isinstance(value, int) else ""
        if kind is Kind.ENUM:
            return enum_label(value)
        if kind is Kind.VOCAB:
            return self._term(spec.vocabulary, value)
        if kind is Kind.REF:
            return self._refs.get(value, _tr(_GONE))
        if spec.name == "path" and kind is Kind.LINE:
            return self.path(value)
        if spec.def_name == "country":
            return country_name(value, self._lang)
        if spec.def_name == "language":
            return language_name(value, self._lang)
        return value

    def path(self, path: str) -> str:
        """A field path of a field note or a sensitive mark in the form's words:
        ``persons[2].birth_date`` -> "Persons 3 › Birth date"."""
        words: list[str] = []
        spec: FieldSpec | None = testimony_spec()
        for name, index in _STEP.findall(path):
            if index and words:
                words[-1] += f" {int(index) + 1}"
                spec = spec.item if spec is not None else None
            elif name:
                inner = _child(spec, name)
                parent = inner.parent if inner is not None else ""
                words.append(section_title(name) if not words else field_label(name, parent))
                spec = inner
        return " › ".join(words) or path

    def _term(self, vocabulary: str, code: str) -> str:
        if vocabulary in self._vocabularies and self._vocab.has(vocabulary, code):
            return self._vocab.label(vocabulary, code, self._lang)
        return code  # a code this vault's vocabularies no longer hold: shown as stored

    def date(self, date: Any) -> str:
        """``{"precision": "month", "value": "2023-03"}`` -> "March 2023"."""
        if not isinstance(date, dict):
            return ""
        precision, value = date.get("precision"), date.get("value")
        if precision == "unknown":
            return _tr(_UNKNOWN_DATE)
        if not isinstance(value, str) or not _FULL_DATE.fullmatch(value):
            return str(value or "")
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = QDate(parts[0], parts[1], parts[2])
            if not day.isValid():
                return _tr(_NOT_A_DATE)
            text = self._locale.toString(day, "d MMMM yyyy")
        elif len(parts) == 2:
            if not 1 <= parts[1] <= 12:
                return _tr(_NOT_A_DATE)
            text = f"{self._locale.standaloneMonthName(parts[1])} {parts[0]}"
        else:
            text = str(parts[0])
        return _tr(_ABOUT).replace("%1", text) if precision == "approximate" else text


def moment(stamp: str, lang: str) -> str:
    """A vault timestamp (UTC, ``2024-10-03T14:05:00Z``) as local date and time."""
    when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not when.isValid():
        return stamp
    return QLocale(lang).toString(when.toLocalTime(), "d MMMM yyyy, HH:mm")
