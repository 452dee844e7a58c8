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
Уладзімір Някляеў and Ігар Лабковіч). The index holds, for the persons' names only, a token per
two neighbouring words (:func:`pair_keys`), so the check is part of the full-text query: no
candidate's record is read (reading and checking them was most of such a search,
docs/names.md).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import case_endings, folding
from app.domain.given_names import GivenNameTable

__all__ = [
    "PAIR",
    "NameExpansion",
    "expansion",
    "names_one_person",
    "pair_keys",
    "pair_prefixes",
    "person_names",
    "whole_keys",
]

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


# Joins the keys of two words of one person's name into one index token ("uladzimirxhundar").
# Folding never writes an "x" in a key (it becomes "ks"), so no query word's own keys can be a
# prefix of a pair that is not already a prefix of its first word's key: pairs add no match to a
# search's own words, and "<equivalent>x<anchor>" * finds only an equivalent beside the anchor.
PAIR = "x"


def pair_keys(names: str) -> list[str]:
    """Index tokens for the persons' names of a testimony (:func:`person_names`): for every two
    words within WINDOW of each other in one stretch, the key of one, PAIR, the key of the
    other, in both orders. What lets the index itself check that an equivalent given name
    stands beside a surname, without reading any candidate's record."""
    pairs: dict[str, None] = {}
    for stretch in _STRETCH.split(names):
        keys = [sorted(folding.phonetic_keys(word)) for word in folding.tokens(stretch)]
        for i, first in enumerate(keys):
            for second in keys[i + 1 : i + 1 + WINDOW]:
                for a, b in itertools.product(first, second):
                    pairs[a + PAIR + b] = None
                    pairs[b + PAIR + a] = None
    return list(pairs)


def pair_prefixes(found: NameExpansion, word: str) -> list[str]:
    """The pair tokens' prefixes that say given word ``word`` of the query stands, as one of its
    equivalents, beside one of the query's anchors (the anchor as a prefix, like every query
    word; the equivalent whole: Уладзімір is not Уладзіміравіч)."""
    also = dict(zip(found.given, found.also, strict=True)).get(word, frozenset())
    anchor_keys = sorted({key for anchor in found.anchors for key in folding.phonetic_keys(anchor)})
    return [equivalent + PAIR + anchor for equivalent in sorted(also) for anchor in anchor_keys]


def names_one_person(found: NameExpansion, names: str) -> bool:
    """Whether ``names`` (persons' names, one a line) name one of the query's given names through
    an equivalent within WINDOW words of an anchor, in one stretch: what the second tier's MATCH
    asks of the index (app.storage.search_names), said in Python."""
    pairs = pair_keys(names)
    return any(
        pair.startswith(prefix)
        for word in found.given
        for prefix in pair_prefixes(found, word)
        for pair in pairs
    )


def whole_keys(query: str, table: GivenNameTable) -> dict[str, frozenset[str]]:
    """Per query word, the keys of the words a search also finds for it as whole words: its
    declined forms (app.domain.case_endings) and, for a given name the query expands, its
    equivalents. What a snippet marks beside the prefix matches."""
    found = expansion(query, table)
    equivalents = dict(zip(found.given, found.also, strict=True)) if found else {}
    keys = {
        word: case_endings.inflected_keys(word) | equivalents.get(word, frozenset())
        for word in dict.fromkeys(folding.tokens(query))
    }
    return {word: also for word, also in keys.items() if also}


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
