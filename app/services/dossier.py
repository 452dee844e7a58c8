"""The case dossiers of a `pdf` hand-over, as plain data: one per person whose detention is
documented, for a UN communication or a prosecutor.

Everything here is read from the testimony *as it may leave* (app.domain.handover has already
taken away what consent does not allow: contacts, notes, field notes, marked spans, people left
out, free text when someone is unnamed), so a dossier can hold nothing the JSON hand-over would
not. The faces draw it (app/render): the core never imports Qt.

Labels are keys (`Line.label`, `Entry.label`) that the drawing translates; vocabulary codes are
already labelled here in the chosen language, since the vocabularies live in the vault; values of
the schema's fixed lists (`Line.kind == "enum"`) stay codes for the drawing to label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from app.domain import place_names
from app.domain.handover import Handed
from app.domain.vocabulary import VocabularySet

__all__ = [
    "Custody",
    "Dossier",
    "Dossiers",
    "Entry",
    "Labels",
    "Leaving",
    "Line",
    "date",
    "shown",
    "who",
]


@dataclass(frozen=True)
class Line:
    label: str  # a key the drawing translates ("facility", "verdict" ...)
    value: str
    kind: str = "text"  # "text"; "enum": a value of the schema's fixed lists, labelled when drawn


@dataclass(frozen=True)
class Entry:
    label: str  # what it is: "arrest", "place", "act", "prosecution" ...
    when: str  # the date it starts, as precise as known ("" when unknown), for ordering
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Custody:
    """Where a dossier's facts come from, so that the receiver can check them."""

    testimony_id: str
    version: int
    sha256: str  # of the stored version the facts were read from
    attachments: tuple[Entry, ...]  # each with its kind and SHA-256


@dataclass(frozen=True)
class Dossier:
    title: str  # the name when named, else the case code
    shown_as: str  # consent.NAMED or consent.CASE_CODE
    person_id: str  # the persons registry's id; "" when only a case code is shown
    identity: tuple[Line, ...]
    timeline: tuple[Entry, ...]
    acts: tuple[Entry, ...]
    health: tuple[Entry, ...]
    prosecutions: tuple[Entry, ...]
    incommunicado: tuple[Entry, ...]
    sources: tuple[Entry, ...]
    consent: tuple[Entry, ...]
    custody: tuple[Custody, ...]


@dataclass(frozen=True)
class Dossiers:
    scope: str
    lang: str  # the language of labels: en, be or ru
    dossiers: tuple[Dossier, ...]


class Leaving(Protocol):
    """One testimony that leaves (share.py's plan item)."""

    @property
    def testimony_id(self) -> str: ...
    @property
    def version(self) -> int: ...
    @property
    def sha256(self) -> str: ...
    @property
    def handed(self) -> Handed: ...
    @property
    def registry(self) -> dict[str, str]: ...
    @property
    def only(self) -> frozenset[str]: ...


class Labels:
    """Vocabulary codes labelled in the chosen language (the code itself when unknown)."""

    def __init__(self, vocab: VocabularySet, lang: str) -> None:
        self.vocab, self.lang = vocab, lang

    def __call__(self, vocabulary: str, code: Any) -> str:
        text = str(code)
        if self.vocab.has(vocabulary, text):
            return self.vocab.label(vocabulary, text, self.lang)
        return text

    def country(self, code: Any) -> str:
        """``LT`` -> "Літва" in a Belarusian dossier (the CLDR's names)."""
        return place_names.country_name(str(code), self.lang)

    def language(self, code: Any) -> str:
        return place_names.language_name(str(code), self.lang)


def date(value: Any) -> str:
    """A partial date as precise as the source knew it: ~ marks an approximate one."""
    if not isinstance(value, Mapping) or "value" not in value:
        return "?"
    return ("~" if value.get("precision") == "approximate" else "") + str(value["value"])


def shown(person: Mapping[str, Any]) -> str:
    """How a person is called in a dossier: the original-script name, else the case code."""
    for kind in ("original", "transliteration", "pseudonym"):
        for name in person.get("names", []):
            if name.get("kind") == kind:
                return str(name["value"])
    return str(person.get("case_code", ""))


def who(doc: Mapping[str, Any], ref: Any) -> str:
    """A person of the testimony as they may be shown: name, case code, or nothing."""
    for person in doc.get("persons", []):
        if person.get("ref") == ref:
            return shown(person)
    return ""  # left out: the hand-over already took the ref away; never the ref itself
