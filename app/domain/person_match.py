"""Suggestions that two archive persons are the same person: a score and the reasons.

Never a decision: a coordinator merges. The evidence weighed is the names in any script and
spelling (shared cross-script phonetic keys per word), the birth date with its precision, the
case code and relatives in common. Two persons whose birth dates cannot be the same day are
namesakes and are never suggested, whatever their names.

Pairs are found by blocking, not by comparing all pairs: two persons are compared only if they
share a block - a pair of keys of two words of the name, a key of one word and the birth date
(the day, or the year when only the year is known), or the case code - so the work grows with
the number of persons, not its square. A block shared by more than `MAX_BLOCK` persons (a
common name) is not compared within, so even a crowd of Аляксандр Іваноў keeps it so.
"""

from __future__ import annotations

import importlib
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import ModuleType

from app.domain import person_reasons as why
from app.domain.person_reasons import Reason

__all__ = [
    "MAX_BLOCK",
    "THRESHOLD",
    "Profile",
    "Suggestion",
    "blocks",
    "candidate_pairs",
    "given_name_relation",
    "score",
    "suggest",
]

THRESHOLD = 0.55
"""Lowest score suggested: two words of the name in common; one word alone, even with the same
birth day, is not enough (two people called Алесь born the same day are two people)."""

_CASE_CODE = 0.6
_TWO_WORDS = 0.55
_ONE_WORD = 0.15
_GIVEN_SAME = 0.35
_GIVEN_PARTIAL = 0.2  # a diminutive or partial form: weaker, never enough alone
_SAME_DAY = 0.35
_COMPATIBLE_BIRTH = 0.15
_RELATIVE = 0.15


@dataclass(frozen=True)
class Profile:
    """What the registry knows of one archive person, over all its testimonies."""

    id: str
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    birth_lo: str = ""
    birth_hi: str = ""
    case_codes: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()  # archive ids of the persons related to this one

    @property
    def birth_year(self) -> str:
        return self.birth_lo[:4] if self.birth_lo[:4] == self.birth_hi[:4] else ""


@dataclass(frozen=True)
class Suggestion:
    a: str
    b: str
    score: float
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "score": self.score,
            "reasons": [reason.as_json() for reason in self.reasons],
        }

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(reason.code for reason in self.reasons)


# How two given names relate: their kind ("same", "equivalent", "partial", "diminutive")
# and a reason to show, or None.
Relation = Callable[[str, str], tuple[str, str] | None]


def _given_names() -> ModuleType | None:
    # app.domain.given_names (equivalent given names across languages: Юрась ~ Юрий) is
    # written separately; until it exists, names match on phonetic keys alone.
    try:
        return importlib.import_module("app.domain.given_names")
    except ImportError:
        return None


def given_name_relation(a: str, b: str) -> tuple[str, str] | None:
    """(kind, reason) from app.domain.given_names.relation, or None (no relation known)."""
    module = _given_names()
    if module is None:
        return None
    found = module.relation(a, b)
    return None if found is None else (str(found.kind), str(found.reason))


def _shared_words(a: Profile, b: Profile) -> tuple[int, list[str], list[str]]:
    matched_b: set[str] = set()
    unmatched_a = []
    for word, keys in a.words.items():
        partner = next((w for w, k in b.words.items() if w not in matched_b and keys & k), None)
        if partner is None:
            unmatched_a.append(word)
        else:
            matched_b.add(partner)
    unmatched_b = [word for word in b.words if word not in matched_b]
    return len(a.words) - len(unmatched_a), unmatched_a, unmatched_b


def _name_evidence(a: Profile, b: Profile, relation: Relation) -> tuple[float, list[Reason]]:
    shared, rest_a, rest_b = _shared_words(a, b)
    if shared >= 2:
        return _TWO_WORDS, [Reason(why.NAME_WORDS_MATCH, (("words", str(shared)),))]
    if shared == 0:
        return 0.0, []
    points, reasons = _ONE_WORD, [Reason(why.ONE_NAME_WORD)]
    best: tuple[float, Reason] | None = None
    for word_a, word_b in itertools.product(rest_a, rest_b):
        found = relation(word_a, word_b)
        if found is None:
            continue
        kind = found[0]
        if kind in ("same", "equivalent"):
            weight, reason = (
                _GIVEN_SAME,
                Reason(why.GIVEN_NAME_EQUIVALENT, (("a", word_a), ("b", word_b))),
            )
        else:
            weight = _GIVEN_PARTIAL
            reason = Reason(why.GIVEN_NAME_PARTIAL, (("a", word_a), ("b", word_b), ("kind", kind)))
        if best is None or weight > best[0]:
            best = (weight, reason)
    if best is not None:
        points += best[0]
        reasons.append(best[1])
    return points, reasons


def score(a: Profile, b: Profile, relation: Relation = given_name_relation) -> Suggestion | None:
    """The suggestion that ``a`` and ``b`` are one person, or None (namesakes, or too weak)."""
    if a.birth_lo and b.birth_lo and (a.birth_hi < b.birth_lo or b.birth_hi < a.birth_lo):
        return None  # born on days that cannot be the same: namesakes
    points, reasons = _name_evidence(a, b, relation)
    if a.case_codes & b.case_codes:
        points += _CASE_CODE
        reasons.append(Reason(why.SAME_CASE_CODE))
    if a.birth_lo and b.birth_lo:
        if a.birth_lo == a.birth_hi == b.birth_lo == b.birth_hi:
            points += _SAME_DAY
            reasons.append(Reason(why.SAME_BIRTH_DATE))
        else:
            points += _COMPATIBLE_BIRTH
            reasons.append(Reason(why.BIRTH_DATES_COMPATIBLE))
    elif points:
        reasons.append(Reason(why.NO_BIRTH_DATE))
    if a.relatives & b.relatives:
        points += _RELATIVE
        reasons.append(Reason(why.RELATIVE_IN_COMMON))
    if points < THRESHOLD:
        return None
    first, second = sorted((a.id, b.id))
    return Suggestion(first, second, round(min(points, 1.0), 2), tuple(reasons))


MAX_BLOCK = 150
"""A block shared by more persons than this is too common to compare within: a common given
name with a common surname (Аляксандр Іваноў), or a common given name and a birth year. Such
persons are still compared where they share a smaller block (the birth day, the case code);
comparing every pair inside a crowd would make the work grow with the square of the archive,
and hundreds of pairs that rest on a common name alone help no coordinator."""


def blocks(profile: Profile) -> set[str]:
    """The blocks a profile is filed under (see the module doc). Each block is one string
    (kind and keys joined by a separator): strings keep their hash, tuples recompute it at
    every lookup, and 50,000 persons file half a million blocks."""
    found = {f"code\x1f{code}" for code in profile.case_codes}
    words = list(profile.words.values())
    for first, second in itertools.combinations(words, 2):
        for key_a, key_b in itertools.product(first, second):
            found.add(
                f"names\x1f{key_a}\x1f{key_b}" if key_a < key_b else f"names\x1f{key_b}\x1f{key_a}"
            )
    # The day when known: a given name and a birth year alone would gather thousands.
    born = profile.birth_lo if profile.birth_lo == profile.birth_hi else profile.birth_year
    if born:
        for keys in words:
            found.update(f"born\x1f{key}\x1f{born}" for key in keys)
    return found


def candidate_pairs(
    profiles: Iterable[Profile], max_block: int = MAX_BLOCK
) -> tuple[dict[str, Profile], set[tuple[str, str]]]:
    """The profiles by id and the sorted id pairs that share a block of at most
    ``max_block`` persons."""
    by_id: dict[str, Profile] = {}
    # Most blocks hold one person: the first member is kept alone, a list only from the second.
    lone: dict[str, str] = {}
    shared: dict[str, list[str]] = {}
    for profile in profiles:
        by_id[profile.id] = profile
        for block in blocks(profile):
            alone = lone.setdefault(block, profile.id)
            if alone == profile.id:
                continue
            members = shared.get(block)
            if members is None:
                shared[block] = [alone, profile.id]
            else:
                members.append(profile.id)
    pairs: set[tuple[str, str]] = set()
    for members in shared.values():
        if len(members) <= max_block:
            pairs.update((a, b) if a < b else (b, a) for a, b in itertools.combinations(members, 2))
    return by_id, pairs


def suggest(
    profiles: Iterable[Profile],
    refused: frozenset[tuple[str, str]] = frozenset(),
    relation: Relation = given_name_relation,
    max_block: int = MAX_BLOCK,
) -> list[Suggestion]:
    """Suggestions over all profiles, best first; pairs in ``refused`` (separated by a
    coordinator, sorted id pairs) are not suggested again."""
    by_id, pairs = candidate_pairs(profiles, max_block)
    found = []
    for a, b in pairs - refused:
        suggestion = score(by_id[a], by_id[b], relation)
        if suggestion is not None:
            found.append(suggestion)
    found.sort(key=lambda s: (-s.score, s.a, s.b))
    return found
