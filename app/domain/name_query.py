"""A search's given name, said in another language: which query words are given names, the keys
they also match, and whether a testimony names the same person with them.

"Włodzimierz Labkovich" must find the testimony of Уладзімір Лабковіч; transliteration alone
cannot (app.domain.folding), the given-name table can (app.domain.given_names). Expansion is
also where search loses precision: "Vladimir" alone would pull in every Уладзімір, Владимир and
Włodzimierz of the vault. So a query word is read as a given name only when

- the table lists it as a form of some given name (diminutives are not expanded: Саша belongs to
  Аляксандр and Аляксандра), and
- the query also has a word the table does not know (the anchor: a surname, usually), so a given
  name never widens a search by itself. A word the table does not know is never expanded, and
  the table holds no surnames, so a surname is never expanded either.

A testimony found only through an equivalent must then name that person in one of its persons'
names: one of the given name's equivalents within two words of an anchor in the same name, not
split by punctuation (Лабковіч Уладзімір Іванавіч, Уладзімір Лабковіч; not a testimony about
Уладзімір Някляеў and Ігар Лабковіч). Reading the names alone, not the narrative, keeps the check
cheap enough to run on every candidate (bench/searching.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import folding
from app.domain.given_names import GivenNameTable

__all__ = ["NameExpansion", "expansion", "names_one_person", "person_names"]

# Kinds a search expands to: the same name in another language, and names used for one another
# in practice (Алесь for an Аляксандр, Ян for an Іван). Diminutives stay suggestions.
_SEARCHED_KINDS = frozenset({"equivalent", "partial"})
# At most one word between a given name and its anchor: a patronymic or an initial.
WINDOW = 2
# Punctuation and line breaks end a stretch of text in which a name is read as one person's.
_STRETCH = re.compile(r"[,;:.!?()\[\]{}«»\"“”„/|\n\r\t]+|\s[-–—]\s")


@dataclass(frozen=True)
class NameExpansion:
    """The given names of a query and what else they match."""

    given: tuple[str, ...]
    """Query words read as given names, as written."""
    also: tuple[frozenset[str], ...]
    """Per given word, the keys of its equivalents (never its own keys)."""
    anchors: tuple[str, ...]
    """The query's other words."""


def expansion(query: str, table: GivenNameTable) -> NameExpansion | None:
    """How ``query`` expands through the given-name table; None when it does not."""
    words = list(dict.fromkeys(folding.tokens(query)))
    if len(words) < 2:
        return None
    given, also, anchors = [], [], []
    for word in words:
        own = folding.phonetic_keys(word)
        extra = frozenset(
            key
            for key, kind in table.equivalents(word)
            if kind in _SEARCHED_KINDS and key not in own
        )
        if table.entries_of(word):
            given.append(word)
            also.append(extra)
        else:
            anchors.append(word)
    if not anchors or not any(also):
        return None
    return NameExpansion(tuple(given), tuple(also), tuple(anchors))


# Candidates' names repeat across testimonies: fold each distinct word once.
_fold = functools.lru_cache(maxsize=65536)(folding.fold)


def _prefix_of(word: str) -> tuple[str, tuple[str, ...]]:
    return folding.fold(word), tuple(folding.phonetic_keys(word))


def _matches_prefix(keys: Iterable[str], folded: str, wanted: tuple[str, tuple[str, ...]]) -> bool:
    """Whether a text word is what the search's prefix match on a query word found."""
    prefix, wanted_keys = wanted
    return folded.startswith(prefix) or any(key.startswith(wanted_keys) for key in keys)


def names_one_person(found: NameExpansion, passage: str) -> bool:
    """Whether ``passage`` names, within one stretch of text, each given name of the query (or an
    equivalent) within WINDOW words of an anchor."""
    anchors = [_prefix_of(anchor) for anchor in found.anchors]
    given = [(_prefix_of(word), also) for word, also in zip(found.given, found.also, strict=True)]
    pending = list(range(len(given)))
    for stretch in _STRETCH.split(passage):
        words = folding.tokens(stretch)
        if not words:
            continue
        keys = [folding.phonetic_keys(word) for word in words]
        folded = [_fold(word) for word in words]
        anchor_at = [
            i
            for i in range(len(words))
            if any(_matches_prefix(keys[i], folded[i], anchor) for anchor in anchors)
        ]
        if not anchor_at:
            continue
        for index in list(pending):
            own, also = given[index]
            for i in range(len(words)):
                near = any(0 < abs(i - j) <= WINDOW for j in anchor_at)
                if near and (keys[i] & also or _matches_prefix(keys[i], folded[i], own)):
                    pending.remove(index)
                    break
        if not pending:
            return True
    return not pending


def person_names(document: Mapping[str, Any]) -> str:
    """Every name of every person of a testimony, one a line: what :func:`names_one_person`
    reads for a candidate."""
    return "\n".join(
        str(name.get("value", ""))
        for person in document.get("persons", ())
        if isinstance(person, Mapping)
        for name in person.get("names", ())
        if isinstance(name, Mapping)
    )
