"""What the quick testimony page asks, read from and written into the full record.

Qt-free on purpose: the quick page and the full editor edit the SAME document, and this is the
one place that says which fields of the record the quick page's answers are. Writing only sets
or removes those fields; everything else the full editor holds is carried through untouched,
and entries are created when an answer needs one but never deleted here (removing an episode
is a decision for the full editor, with its confirmation).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SELF", "QuickAnswers", "apply_answers", "read_answers"]

SELF = "self"  # the informant is the person concerned (a released prisoner telling their own)
FAMILY = frozenset(
    {
        "parent", "child", "sibling", "spouse_partner", "grandparent", "grandchild",
        "aunt_uncle", "niece_nephew", "cousin", "in_law", "other_relative",
    }
)  # fmt: skip
_CONNECTION = {"lawyer": "lawyer", "cellmate": "cellmate", "colleague": "colleague"}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NUMBERED = re.compile(r"([a-z]+)([0-9]+)")

Date = dict[str, str]


@dataclass
class QuickAnswers:
    interviewer: str = ""
    date: Date | None = None
    country: str = ""
    language: str = ""
    mode: str = "in_person"
    informant_name: str = ""
    relation: str = ""  # what the informant is to the person concerned; SELF; "" not said
    person_name: str = ""
    arrest_date: Date | None = None
    arrest_place: str = ""
    facility: str = ""
    place_type: str = ""
    incommunicado_since: Date | None = None
    health: str = ""  # health_condition_categories code
    care_denied: bool = False
    care_needed: str = ""
    consent_method: str = "oral"
    scopes: list[str] = field(default_factory=list)
    narrative: str = ""
    narrative_language: str = ""


# -- reading ------------------------------------------------------------------------------
def _persons(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in doc.get("persons", []) if isinstance(p, dict)]


def _first_name(person: dict[str, Any] | None) -> str:
    for name in (person or {}).get("names", []):
        if isinstance(name, dict) and name.get("value"):
            return str(name["value"])
    return ""


def _informant(doc: dict[str, Any]) -> dict[str, Any] | None:
    persons = _persons(doc)
    ref = doc.get("interview", {}).get("informant")
    found = [p for p in persons if p.get("ref") == ref]
    found = found or [p for p in persons if "informant" in p.get("roles", [])]
    return found[0] if found else None


def _concerned(doc: dict[str, Any], informant: dict[str, Any] | None) -> dict[str, Any] | None:
    """The person the testimony is about: the first victim, the informant if only they are."""
    victims = [p for p in _persons(doc) if "victim" in p.get("roles", [])]
    others = [p for p in victims if p is not informant]
    found = others or victims
    return found[0] if found else None


def _entry(doc: dict[str, Any], section: str, person: str | None) -> dict[str, Any] | None:
    for item in doc.get(section, []):
        if isinstance(item, dict) and person is not None and item.get("person") == person:
            return item
    return None


def read_answers(doc: dict[str, Any]) -> QuickAnswers:
    informant = _informant(doc)
    concerned = _concerned(doc, informant)
    victim = concerned.get("ref") if concerned else None
    interview = doc.get("interview", {})
    consent = doc.get("consent", {})
    relation = ""
    if informant is not None and concerned is informant:
        relation = SELF
    elif informant is not None and victim is not None:
        for rel in informant.get("relations", []):
            if isinstance(rel, dict) and rel.get("to") == victim:
                relation = str(rel.get("relation", ""))
    episode = _entry(doc, "detention_episodes", victim) or {}
    arrest = episode.get("arrest", {})
    places = [p for p in episode.get("places", []) if isinstance(p, dict)]
    place = places[0] if places else {}
    held = _entry(doc, "incommunicado", victim) or {}
    health = _entry(doc, "health", victim) or {}
    care = _entry(doc, "medical_care", victim) or {}
    narrative = interview.get("narrative", {})
    return QuickAnswers(
        interviewer=str(interview.get("interviewer", {}).get("name", "")),
        date=interview.get("date"),
        country=str(interview.get("place", {}).get("country", "")),
        language=str(interview.get("language", "")),
        mode=str(interview.get("mode", "in_person")),
        informant_name=_first_name(informant),
        relation=relation,
        person_name="" if relation == SELF else _first_name(concerned),
        arrest_date=arrest.get("date"),
        arrest_place=str(arrest.get("place", {}).get("text", "")),
        facility=str(place.get("facility", "")),
        place_type=str(place.get("place_type", "")),
        incommunicado_since=held.get("since"),
        health=str(health.get("category", "")),
        care_denied=care.get("outcome") == "denied",
        care_needed=str(care.get("condition", "")),
        consent_method=str(consent.get("method", "oral")),
        scopes=[str(s) for s in consent.get("scopes", [])],
        narrative=str(narrative.get("text", "")),
        narrative_language=str(narrative.get("language", "")),
    )


# -- writing ------------------------------------------------------------------------------
def _put(target: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` to an answer, or remove it when the answer is empty."""
    if value in (None, "", [], {}):
        target.pop(key, None)
    else:
        target[key] = value


def next_ref(doc: dict[str, Any], prefix: str) -> str:
    """The next free ``<prefix><n>``; refs are unique across the whole record."""
    taken: set[str] = set()
    for value in doc.values():
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and isinstance(item.get("ref"), str):
                taken.add(item["ref"])
    highest = max(
        (int(m[2]) for m in map(_NUMBERED.fullmatch, taken) if m and m[1] == prefix), default=0
    )
    number = highest + 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _named(doc: dict[str, Any], person: dict[str, Any] | None, name: str, role: str) -> Any:
    """The person called ``name`` in ``role``: renamed in place, or added."""
    if person is None:
        if not name:
            return None
        person = {"ref": next_ref(doc, "p"), "roles": []}
        doc.setdefault("persons", []).append(person)
    if role not in person["roles"]:
        person["roles"].append(role)
    names = person.setdefault("names", [])
    if names and isinstance(names[0], dict):
        names[0]["value"] = name
        if not name:
            names.pop(0)
    elif name:
        script = "Cyrl" if _CYRILLIC.search(name) else "Latn"
        names.insert(0, {"value": name, "script": script, "kind": "original"})
    if not names:
        person.pop("names")
    return person


def _relate(doc: dict[str, Any], informant: dict[str, Any], victim: str, relation: str) -> None:
    relations = [r for r in informant.get("relations", []) if r.get("to") != victim]
    if relation:
        relations.append({"to": victim, "relation": relation})
    _put(informant, "relations", relations)
    links = doc.setdefault("information_links", [])
    for link in links:
        if link.get("informant") == informant["ref"] and link.get("about") == victim:
            return
    connection = "relative" if relation in FAMILY else _CONNECTION.get(relation, "other")
    links.append(
        {
            "informant": informant["ref"],
            "about": victim,
            "connection": connection,
            "reliability": "unknown",  # the interviewer's rating: never assumed for them
        }
    )


def _item(doc: dict[str, Any], section: str, victim: str, prefix: str = "") -> dict[str, Any]:
    found = _entry(doc, section, victim)
    if found is None:
        found = {"ref": next_ref(doc, prefix)} if prefix else {}
        found["person"] = victim
        doc.setdefault(section, []).append(found)
    return found


def apply_answers(
    doc: dict[str, Any], answers: QuickAnswers, place_type_of: Callable[[str], str]
) -> dict[str, Any]:
    """``doc`` with the quick answers written in; ``place_type_of(facility)`` gives the type of
    place a facility of the vocabulary is (the default when none was chosen)."""
    doc = copy.deepcopy(doc)
    a = answers
    informant = _named(doc, _informant(doc), a.informant_name, "informant")
    if a.relation == SELF:
        concerned = _named(doc, informant, a.informant_name, "victim")
    else:
        old = _concerned(doc, informant)
        concerned = _named(doc, None if old is informant else old, a.person_name, "victim")
    interview = doc.setdefault("interview", {})
    _put(interview, "interviewer", {"name": a.interviewer} if a.interviewer else None)
    _put(interview, "date", a.date)
    place = {**interview.get("place", {}), "country": a.country}
    _put(place, "country", a.country)
    _put(interview, "place", place)
    _put(interview, "language", a.language)
    _put(interview, "mode", a.mode)
    _put(interview, "informant", informant["ref"] if informant else None)
    language = a.narrative_language or a.language
    narrative = {"text": a.narrative, "language": language} if a.narrative else None
    _put(interview, "narrative", narrative)
    consent = doc.setdefault("consent", {"scopes": []})
    _put(consent, "given_by", informant["ref"] if informant else None)
    if a.date and "date" not in consent:  # consent is given at the interview, as a rule
        consent["date"] = a.date
    _put(consent, "method", a.consent_method)
    consent["scopes"] = list(a.scopes)
    if concerned is None:
        return doc
    victim = concerned["ref"]
    if informant is not None and informant is not concerned:
        _relate(doc, informant, victim, a.relation)
    elif informant is not None:
        _relate_self(doc, victim)
    _write_detention(doc, a, victim, place_type_of)
    return doc


def _relate_self(doc: dict[str, Any], ref: str) -> None:
    links = doc.setdefault("information_links", [])
    if not any(link.get("informant") == ref and link.get("about") == ref for link in links):
        links.append(
            {"informant": ref, "about": ref, "connection": "self", "reliability": "unknown"}
        )


def _write_detention(
    doc: dict[str, Any], a: QuickAnswers, victim: str, place_type_of: Callable[[str], str]
) -> None:
    episode: dict[str, Any] | None = _entry(doc, "detention_episodes", victim)
    if episode is not None or a.arrest_date or a.arrest_place or a.facility:
        episode = _item(doc, "detention_episodes", victim, "e")
        arrest = episode.setdefault("arrest", {})
        _put(arrest, "date", a.arrest_date)
        place = {**arrest.get("place", {}), "text": a.arrest_place}
        _put(place, "text", a.arrest_place)
        _put(arrest, "place", place)
        places = episode.setdefault("places", [])
        if a.facility or a.place_type:
            if not places:
                places.append({})
            _put(places[0], "facility", a.facility)
            _put(places[0], "place_type", a.place_type or place_type_of(a.facility))
        if not places:
            episode.pop("places")
    episode_ref = episode["ref"] if episode else None
    held = _entry(doc, "incommunicado", victim)
    if held is not None or a.incommunicado_since:
        held = _item(doc, "incommunicado", victim, "i")
        _put(held, "since", a.incommunicado_since)
        held.setdefault("status", "continuing")
        if episode_ref:
            held.setdefault("episode", episode_ref)
    health = _entry(doc, "health", victim)
    if health is not None or a.health:
        _put(_item(doc, "health", victim), "category", a.health)
    care = _entry(doc, "medical_care", victim)
    if care is not None or a.care_denied:
        care = _item(doc, "medical_care", victim)
        if a.care_denied:
            care["outcome"] = "denied"
        elif care.get("outcome") == "denied":
            care.pop("outcome")  # un-ticked: the full editor asks what happened instead
        _put(care, "condition", a.care_needed)
        if a.health:
            care.setdefault("category", a.health)
        if episode_ref:
            care.setdefault("episode", episode_ref)
    for section in ("information_links", "detention_episodes", "incommunicado"):
        if not doc.get(section):
            doc.pop(section, None)
