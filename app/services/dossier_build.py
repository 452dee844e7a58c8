"""Building the case dossiers of a `pdf` hand-over from the testimonies that leave: who gets a
dossier, and each of its sections read from the testimony as it may leave (app.services.dossier
says why nothing else can reach them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from app.domain.consent import CASE_CODE, NAMED
from app.domain.vocabulary import VocabularySet
from app.services.dossier import Dossier, Dossiers, Entry, Labels, Leaving, shown
from app.services.dossier_cases import administrative_cases, incommunicado, prosecutions
from app.services.dossier_sections import (
    acts,
    consent,
    custody,
    health,
    identity,
    sources,
    timeline,
)

__all__ = ["dossiers"]

Doc = Mapping[str, Any]

# Whoever is a victim has a dossier, and so has anyone whose detention is documented.
_SUBJECT_ROLES = frozenset({"victim"})
_SUBJECT_SECTIONS = (
    "detention_episodes",
    "ill_treatment_acts",
    "incommunicado",
    "prosecutions",
    "administrative_cases",
    "deaths_in_detention",
)


def dossiers(left: Iterable[Leaving], scope: str, vocab: VocabularySet, lang: str) -> Dossiers:
    """One dossier per person whose detention the leaving testimonies document.

    A person named in several testimonies gets one dossier; a person shown only as a case code
    gets one per case code, and never the registry's id, so that nothing in the file joins
    their facts to a name shown elsewhere in it.
    """
    parts: dict[str, list[tuple[Leaving, dict[str, Any]]]] = {}
    for item in left:
        doc = item.handed.document
        for person in doc.get("persons", []):
            ref = person["ref"]
            if (item.only and ref not in item.only) or not _is_subject(doc, person):
                continue
            if "names" in person:
                key = "id:" + item.registry.get(ref, f"{item.testimony_id}/{ref}")
            elif person.get("case_code"):
                key = "code:" + str(person["case_code"])
            else:  # neither a name nor a case code recorded: never joined to anyone
                key = f"ref:{item.testimony_id}/{ref}"
            parts.setdefault(key, []).append((item, person))
    label = Labels(vocab, lang)
    built = [_dossier(key, found, label) for key, found in parts.items()]
    built.sort(key=lambda d: (d.shown_as != NAMED, d.title.casefold()))
    return Dossiers(scope, lang, tuple(built))


def _is_subject(doc: Doc, person: Mapping[str, Any]) -> bool:
    if _SUBJECT_ROLES & set(person.get("roles", [])):
        return True
    return any(
        item.get("victim", item.get("person")) == person["ref"]
        for section in _SUBJECT_SECTIONS
        for item in doc.get(section, [])
    )


def _dossier(key: str, found: list[tuple[Leaving, dict[str, Any]]], label: Labels) -> Dossier:
    first_item, first = found[0]
    named = "names" in first
    mine = [(item.handed.document, person["ref"]) for item, person in found]
    return Dossier(
        title=shown(first) or f"{first_item.testimony_id[:8]}-{first['ref']}",
        shown_as=NAMED if named else CASE_CODE,
        person_id=key[3:] if named and "/" not in key else "",
        identity=identity(first, label),
        timeline=_sorted(timeline(doc, ref, label) for doc, ref in mine),
        acts=_sorted(acts(doc, ref, label) for doc, ref in mine),
        health=_sorted(health(doc, ref, label) for doc, ref in mine),
        prosecutions=_sorted(
            [*prosecutions(doc, ref, label), *administrative_cases(doc, ref, label)]
            for doc, ref in mine
        ),
        incommunicado=_sorted(incommunicado(doc, ref, label) for doc, ref in mine),
        sources=tuple(e for doc, ref in mine for e in sources(doc, ref, label)),
        consent=tuple(e for doc, ref in mine for e in consent(doc, ref, label)),
        custody=tuple(custody(item) for item, _ in found),
    )


def _sorted(groups: Iterable[Sequence[Entry]]) -> tuple[Entry, ...]:
    # Unknown dates last; "~2022" sorts with 2022.
    entries = [entry for group in groups for entry in group]
    return tuple(sorted(entries, key=lambda e: (e.when.lstrip("~") or "9999", e.label)))
