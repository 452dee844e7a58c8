"""The table of a hand-over by act (`--by acts`): one row per act against one person, with who,
what, when, where, the alleged perpetrators and the testimony it comes from.

An act is an item of a section that records what was done to someone and who is responsible
(the sections of app.domain.record_fields.RESPONSIBLE_FIELDS): a detention, an act of
ill-treatment, a prosecution, a death in custody ... The rows are read from the testimony as it
may leave (app.domain.handover), so an act about a person left out is already gone, a free-text
description is there only when everyone of the testimony is named, and a perpetrator left out
has lost their ref. Codes and their labels in the chosen language sit side by side.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.domain.consent import CASE_CODE, NAMED
from app.domain.vocabulary import VocabularySet

__all__ = ["HEADER", "ActSource", "act_lines"]


@dataclass(frozen=True)
class ActSource:
    testimony_id: str
    document: dict[str, Any]  # the testimony as it may leave
    registry: dict[str, str]  # person ref -> archive person id
    only: frozenset[str]  # with --person, the refs asked for (empty: everyone)


@dataclass(frozen=True)
class _Kind:
    section: str
    who: str  # the field naming the person the act was against
    what: str  # dotted path of the code(s) saying what was done, "" for the section itself
    vocabulary: str  # of those codes, "" when they are the schema's own words
    when: tuple[str, str]  # dotted paths of the date (or start) and of the end
    where: str  # dotted path of a place: {facility, text} or {country, text}, or a country
    responsible: str


# fmt: off
_KINDS = (
    _Kind("detention_episodes", "person", "arrest.kind", "",
          ("arrest.date", "release.date"), "places", "responsible"),
    _Kind("ill_treatment_acts", "victim", "method", "ill_treatment",
          ("from", "until"), "place", "perpetrators"),
    _Kind("deaths_in_detention", "person", "custody", "", ("date", ""), "place", "responsible"),
    _Kind("prosecutions", "person", "articles.code", "criminal_code_articles",
          ("dates.verdict", ""), "court", "responsible"),
    _Kind("administrative_cases", "person", "articles.code", "administrative_code_articles",
          ("date", ""), "court", "responsible"),
    _Kind("solidarity_persecution", "person", "actions", "", ("date", ""), "", "responsible"),
    _Kind("transnational_incidents", "person", "type", "transnational_incident_types",
          ("date", ""), "country", "responsible"),
    _Kind("property_actions", "person", "action", "", ("date", ""), "country", "responsible"),
    _Kind("recruitment_attempts", "person", "", "", ("date", ""), "place", "responsible"),
)
# fmt: on

HEADER = [
    "testimony", "act", "kind", "person_id", "ref", "shown_as", "who",
    "what", "what_label", "from", "until", "facility", "facility_label", "place",
    "perpetrators", "description",
]  # fmt: skip


def _at(item: Any, path: str) -> list[Any]:
    """Every value at a dotted path, stepping into lists on the way."""
    found = [item]
    for step in path.split(".") if path else []:
        nxt: list[Any] = []
        for node in found:
            value = node.get(step) if isinstance(node, dict) else None
            nxt.extend(value if isinstance(value, list) else [] if value is None else [value])
        found = nxt
    return found


def _date(item: Any, path: str) -> str:
    for value in _at(item, path) if path else []:
        if isinstance(value, dict) and isinstance(value.get("value"), str):
            return str(value["value"])
    return ""


def _label(vocab: VocabularySet, vocabulary: str, code: str, lang: str) -> str:
    return (
        vocab.label(vocabulary, code, lang) if vocabulary and vocab.has(vocabulary, code) else code
    )


def _shown(person: dict[str, Any] | None) -> tuple[str, str]:
    """How a person of the document that leaves is shown: (named or case_code, the words)."""
    if person is None:
        return "", ""
    names = [n["value"] for n in person.get("names", []) if n.get("kind") == "original"]
    if names:
        return NAMED, names[0]
    return CASE_CODE, str(person.get("case_code", ""))


def _perpetrators(entries: list[Any], persons: dict[str, dict[str, Any]]) -> str:
    described = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        _, who = _shown(persons.get(entry.get("person", "")))
        words = [who or str(entry.get("description", ""))]
        words += [str(entry[key]) for key in ("function", "agency") if key in entry]
        described.append(f"{', '.join(w for w in words if w)} ({entry.get('involvement', '')})")
    return "; ".join(described)


def _where(item: Any, path: str, vocab: VocabularySet, lang: str) -> tuple[str, str, str]:
    facility, text = "", []
    for place in _at(item, path) if path else []:
        if isinstance(place, str):
            text.append(place)  # a country code, or a court's name
        elif isinstance(place, dict):
            facility = facility or str(place.get("facility", ""))
            text += [str(place[key]) for key in ("country", "text") if key in place]
    label = _label(vocab, "detention_facilities", facility, lang) if facility else ""
    return facility, label, ", ".join(text)


def _row(source: ActSource, kind: _Kind, item: dict[str, Any], vocab: VocabularySet,
         lang: str) -> list[str]:  # fmt: skip
    persons = {p["ref"]: p for p in source.document.get("persons", [])}
    ref = str(item.get(kind.who, ""))
    shown_as, who = _shown(persons.get(ref))
    codes = [str(c) for c in _at(item, kind.what)] if kind.what else [kind.section]
    labels = [_label(vocab, kind.vocabulary, code, lang) for code in codes]
    facility, facility_label, place = _where(item, kind.where, vocab, lang)
    return [
        source.testimony_id, str(item.get("ref", "")), kind.section,
        source.registry.get(ref, ""), ref, shown_as, who,
        "; ".join(codes), "; ".join(labels),
        _date(item, kind.when[0]), _date(item, kind.when[1]),
        facility, facility_label, place,
        _perpetrators(_at(item, kind.responsible), persons),
        str(item.get("description", "")),
    ]  # fmt: skip


def act_lines(source: ActSource, vocab: VocabularySet, lang: str) -> Iterator[list[str]]:
    """The rows of one testimony's acts, in the order of HEADER's kinds."""
    for kind in _KINDS:
        for item in source.document.get(kind.section, []):
            if not isinstance(item, dict):
                continue
            if source.only and item.get(kind.who) not in source.only:
                continue
            yield _row(source, kind, item, vocab, lang)
