"""The person entries of one testimony, as the persons registry keeps them for matching.

An entry is one element of a testimony's ``persons``: the words of its names, case-folded, each
with its cross-script phonetic keys (app.domain.folding) so that Бабарыка, Бабарико and
Babaryka meet; its birth date as the earliest and latest day it can mean; its case code,
folded; its roles; and the refs of the entries it is related to. Like the search index, the
registry lives in the encrypted database and loses an entry when its testimony is deleted,
names as written with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import folding
from app.domain.facts import date_bounds

__all__ = ["PersonEntry", "entries_of", "name_tokens", "names_of"]


@dataclass(frozen=True)
class PersonEntry:
    ref: str
    roles: tuple[str, ...]
    # Per word of the names: "word=key|key" (the word case-folded, its phonetic keys sorted),
    # words space-separated.
    name_keys: str
    birth_lo: str
    birth_hi: str
    birth_precision: str
    case_code: str
    # "relation:ref" of the entries this person is related to, space-separated.
    relatives: str
    # The names as written, original first (for listing persons without the testimony).
    names: tuple[str, ...] = ()


def names_of(person: Mapping[str, Any]) -> list[str]:
    """The person's names as written (original first), for showing, never for storing."""
    names = [n for n in person.get("names", []) if isinstance(n, Mapping) and n.get("value")]
    order = {"original": 0, "transliteration": 1, "pseudonym": 2}
    return [str(n["value"]) for n in sorted(names, key=lambda n: order.get(str(n.get("kind")), 3))]


def name_tokens(person: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """Case-folded word -> its phonetic keys, for each distinct word of the real names
    (pseudonyms say nothing of identity). A transliteration repeating an original word (same
    keys) is left out: one word of the name counts once."""
    words: dict[str, frozenset[str]] = {}
    for name in person.get("names", []):
        if not isinstance(name, Mapping) or name.get("kind") == "pseudonym":
            continue
        for word in folding.tokens(str(name.get("value", ""))):
            keys = folding.phonetic_keys(word)
            if keys and len(folding.fold(word)) > 1:  # initials are too weak to match on
                words.setdefault(word.casefold(), keys)
    seen: set[frozenset[str]] = set()
    distinct = {}
    for word, keys in words.items():
        if not any(keys & other for other in seen):
            distinct[word] = keys
            seen.add(keys)
    return distinct


def _items(doc: Mapping[str, Any], section: str) -> Iterator[Mapping[str, Any]]:
    for item in doc.get(section) or []:
        if isinstance(item, Mapping):
            yield item


def entries_of(doc: Mapping[str, Any]) -> list[PersonEntry]:
    entries = []
    for person in _items(doc, "persons"):
        birth = person.get("birth_date")
        bounds = date_bounds(birth) if isinstance(birth, Mapping) else None
        code = str(person.get("case_code", ""))
        entries.append(
            PersonEntry(
                ref=str(person["ref"]),
                roles=tuple(str(role) for role in person.get("roles", [])),
                name_keys=" ".join(
                    f"{word}={'|'.join(sorted(keys))}" for word, keys in name_tokens(person).items()
                ),
                birth_lo=bounds[0].isoformat() if bounds else "",
                birth_hi=bounds[1].isoformat() if bounds else "",
                birth_precision=str(birth.get("precision", ""))
                if isinstance(birth, Mapping)
                else "",
                case_code=" ".join(folding.fold(t) for t in folding.tokens(code)),
                relatives=" ".join(
                    f"{relation['relation']}:{relation['to']}"
                    for relation in person.get("relations", [])
                    if isinstance(relation, Mapping)
                ),
                names=tuple(names_of(person)),
            )
        )
    return entries
