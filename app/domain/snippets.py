"""Snippets: the passage of a testimony where a search hit, with the hit words marked.

Made in memory from the decrypted record (the index is contentless), with the same folding
and phonetic keys as the index, so a Latin query highlights the Cyrillic word it found. A word
the search found through something else than a prefix of a query word (a declined form, a given
name's equivalent) is marked too, as written, when the caller passes its keys (``also``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.domain import folding

_WORD = re.compile(r"\w+", re.UNICODE)
CONTEXT_WORDS = 8
OPEN, CLOSE = "[", "]"


def folded_text(text: str) -> str:
    """The `body` column of the index: the words of `text`, folded."""
    return " ".join(folding.fold(token) for token in folding.tokens(text))


_Wanted = list[tuple[str, frozenset[str], frozenset[str]]]


def _matcher(query: str, also: Mapping[str, frozenset[str]]) -> _Wanted:
    return [
        (folding.fold(word), folding.phonetic_keys(word), also.get(word, frozenset()))
        for word in folding.tokens(query)
    ]


def _matches(word: str, wanted: _Wanted) -> int | None:
    """Index of the query word that `word` answers, by prefix in any script or as one of the
    whole keys that also answer it; else None."""
    folded = folding.fold(word)
    keys = folding.phonetic_keys(word)
    for index, (query_folded, query_keys, whole) in enumerate(wanted):
        if folded.startswith(query_folded) or keys & whole:
            return index
        if any(key.startswith(query_key) for key in keys for query_key in query_keys):
            return index
    return None


class Matcher:
    """Which query word a testimony's word answers, remembered per word for one search: the
    same words come back from hit to hit, and folding and keying each of them again was most
    of a page of snippets' time. Held in memory for one search only."""

    def __init__(self, query: str, also: Mapping[str, frozenset[str]] | None = None) -> None:
        self.wanted = _matcher(query, also or {})
        self._answers: dict[str, int | None] = {}

    def __call__(self, word: str) -> int | None:
        if word not in self._answers:
            self._answers[word] = _matches(word, self.wanted)
        return self._answers[word]


def snippet(
    text: str,
    query: str,
    also: Mapping[str, frozenset[str]] | None = None,
    matcher: Matcher | None = None,
) -> tuple[str, list[str]]:
    """(snippet with hits in [brackets], the words that matched) for the best passage.

    ``also``: per query word as written, keys of other words that answer it whole
    (app.domain.name_query.whole_keys). ``matcher``: a :class:`Matcher` of the same query
    and ``also``, shared by the hits of one search."""
    answer = matcher or Matcher(query, also)
    if not answer.wanted:
        return "", []
    best: tuple[int, str, list[int]] | None = None
    for passage in text.splitlines():
        # Plain strings while looking (a match object per word of every line was a third of
        # a snippet's time); the chosen line alone is split again with positions.
        found = [answer(word) for word in _WORD.findall(passage)]
        hits = [i for i, index in enumerate(found) if index is not None]
        if not hits:
            continue
        answered = len({found[i] for i in hits})
        if best is None or answered > best[0]:
            best = (answered, passage, hits)
            if answered == len(answer.wanted):
                break
    if best is None:
        return "", []
    _, passage, hits = best
    words = list(_WORD.finditer(passage))
    first = max(0, hits[0] - CONTEXT_WORDS)
    last = min(len(words) - 1, hits[0] + CONTEXT_WORDS)
    start, end = words[first].start(), words[last].end()
    pieces, cursor = [], start
    hit_set = set(hits)
    for i in range(first, last + 1):
        word = words[i]
        if i in hit_set:
            pieces.append(passage[cursor : word.start()])
            pieces.append(f"{OPEN}{word.group()}{CLOSE}")
            cursor = word.end()
    pieces.append(passage[cursor:end])
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(passage) else ""
    highlighted = [words[i].group() for i in hits]
    return prefix + "".join(pieces) + suffix, list(dict.fromkeys(highlighted))
