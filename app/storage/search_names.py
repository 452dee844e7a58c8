"""The second tier of a search: testimonies found only through a given name's equivalents.

"Włodzimierz Łabkowicz" first finds what its own words find, ranked as always; then, below every
such match, the testimonies that name Уладзімір Лабковіч (app.domain.name_query decides which
query words are given names). The index holds a token for every two neighbouring words of a
testimony's persons' names (app.domain.name_query.pair_keys), so one MATCH asks for an
equivalent beside the query's other words: no candidate's record is read, and a vault full of
other Уладзімірs costs no more than one that has none.
"""

from __future__ import annotations

from app.domain import case_endings, folding, name_query
from app.domain.given_names import GivenNameTable
from app.storage import search_match


def expanded_expression(
    query: str,
    found: name_query.NameExpansion,
    forms: search_match.Forms = case_endings.inflected_keys,
) -> str:
    """The FTS5 MATCH of the testimonies where a given name of the query stands, as one of its
    equivalents, beside an anchor in one of the persons' names.

    Pair tokens only where they say it all: with one given name, one written as the query has it
    would be a first-tier match; with one anchor, a pair holds it. Each such group left out is a
    doclist FTS5 need not read (half of this query's time, bench/searching.py).
    """
    groups = []
    for word in dict.fromkeys(folding.tokens(query)):
        pairs = [f'keys : "{prefix}" *' for prefix in name_query.pair_prefixes(found, word)]
        if word in found.given and len(found.given) == 1:
            options = pairs
        elif word in found.given:
            options = search_match.word_options(word, forms) + pairs
        elif len(found.anchors) == 1:
            continue
        else:
            options = search_match.word_options(word, forms)
        groups.append("(" + " OR ".join(options) + ")")
    return " AND ".join(groups)


def equivalent_match(
    query: str, table: GivenNameTable, forms: search_match.Forms = case_endings.inflected_keys
) -> str | None:
    """The MATCH of the testimonies a given name's equivalents find, or None when the query has
    no given name to expand (app.domain.name_query.expansion). It also finds some first-tier
    testimonies (the same person named both ways): the caller leaves those out."""
    found = name_query.expansion(query, table)
    if found is None:
        return None
    return expanded_expression(query, found, forms)
