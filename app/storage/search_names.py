"""The second tier of a search: testimonies found only through a given name's equivalents.

"Włodzimierz Łabkowicz" first finds what its own words find, ranked as always; then, below every
such match, the testimonies that name Уладзімір Лабковіч (app.domain.name_query decides which
query words are given names and whether a testimony names the same person). The tier's MATCH
excludes the first tier's, and each candidate's persons' names are read to check that the
equivalent given name stands next to the query's other words: a vault full of other Уладзімірs
costs reading the testimonies that also contain the surname, never a wider result.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Mapping

from app.domain import folding, name_query
from app.domain.given_names import GivenNameTable

# Candidates read per page, and per statement (bench/searching.py, the "given name" rows).
MAX_CANDIDATES = 500
BATCH = 50


def expanded_expression(query: str, found: name_query.NameExpansion) -> str:
    """The FTS5 MATCH of the query with each given name's equivalents ORed in (whole keys: an
    equivalent is a whole name, not a prefix)."""
    groups = []
    also = dict(zip(found.given, found.also, strict=True))
    for word in dict.fromkeys(folding.tokens(query)):
        options = [f'body : "{folding.fold(word)}" *']
        options += [f'keys : "{key}" *' for key in sorted(folding.phonetic_keys(word))]
        options += [f'keys : "{key}"' for key in sorted(also.get(word, ()))]
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def equivalent_rowids(
    query: str,
    exact_match: str,
    table: GivenNameTable,
    ranked: Callable[[str], Iterable[int]],
    names: Callable[[list[int]], Mapping[int, str]],
    skip: int,
    limit: int,
) -> list[int]:
    """Up to ``limit`` index rowids of the second tier, best first, after skipping ``skip``.

    ``ranked(match)``: the rowids a MATCH finds, best first, already filtered; ``names(rowids)``:
    the persons' names of those testimonies (:func:`app.domain.name_query.person_names`), read
    a batch at a time. At most MAX_CANDIDATES are read per page: a common given name beside a
    common surname can have thousands of candidates that name two different people.
    """
    found = name_query.expansion(query, table)
    if found is None or limit <= 0:
        return []
    match = f"({expanded_expression(query, found)}) NOT ({exact_match})"
    page: list[int] = []
    candidates = itertools.islice(ranked(match), MAX_CANDIDATES)
    while batch := list(itertools.islice(candidates, BATCH)):
        read = names(batch)
        for rowid in batch:
            if not name_query.names_one_person(found, read.get(rowid, "")):
                continue
            if skip:
                skip -= 1
                continue
            page.append(rowid)
            if len(page) == limit:
                return page
    return page
