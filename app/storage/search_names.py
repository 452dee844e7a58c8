"""The second tier of a search: testimonies found only through a given name's equivalents.

"Włodzimierz Łabkowicz" first finds what its own words find, ranked as always; then, below every
such match, the testimonies that name Уладзімір Лабковіч (app.domain.name_query decides which
query words are given names). The index holds a token for every two neighbouring words of a
testimony's persons' names (app.domain.name_query.pair_keys), so one MATCH asks for an
equivalent beside the query's other words: no candidate's record is read, and a vault full of
other Уладзімірs costs no more than one that has none. The MATCH excludes the first tier's.
"""

from __future__ import annotations

from app.domain import folding, name_query
from app.domain.given_names import GivenNameTable
from app.storage import search_match


def expanded_expression(query: str, found: name_query.NameExpansion, inflected: bool = True) -> str:
    """The FTS5 MATCH of the query where a given name may also be one of its equivalents, if
    that equivalent stands beside an anchor in one of the persons' names."""
    groups = []
    for word in dict.fromkeys(folding.tokens(query)):
        options = search_match.word_options(word, inflected)
        options += [f'keys : "{prefix}" *' for prefix in name_query.pair_prefixes(found, word)]
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def equivalent_match(
    query: str, exact_match: str, table: GivenNameTable, inflected: bool = True
) -> str | None:
    """The MATCH of the testimonies only a given name's equivalents find (not ``exact_match``'s),
    or None when the query has no given name to expand (app.domain.name_query.expansion)."""
    found = name_query.expansion(query, table)
    if found is None:
        return None
    return f"({expanded_expression(query, found, inflected)}) NOT ({exact_match})"
