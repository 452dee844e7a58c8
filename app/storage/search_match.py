"""The FTS5 MATCH for a user's words: each word in any script, by prefix, plus the declined
forms of a name typed in the nominative (app.domain.case_endings), as whole words.

Constant shapes only: every piece that comes from the user is a folded word or a key, both made
of letters and digits (app.domain.folding), quoted as FTS5 strings, so no query can change the
expression's syntax.
"""

from __future__ import annotations

from app.domain import case_endings, folding


def word_options(word: str, inflected: bool = True) -> list[str]:
    """The FTS5 options (ORed) that find one query word: its folded form and its keys as
    prefixes, and its declined forms' keys as whole words."""
    options = [f'body : "{folding.fold(word)}" *']
    options += [f'keys : "{key}" *' for key in sorted(folding.phonetic_keys(word))]
    if inflected:
        options += [f'keys : "{key}"' for key in sorted(case_endings.inflected_keys(word))]
    return options


def match_expression(query: str, inflected: bool = True) -> str | None:
    """The FTS5 MATCH for a user's words: every word must be found (see :func:`word_options`).
    ``inflected=False``: without the declined forms (what the tests measure them against)."""
    groups = ["(" + " OR ".join(word_options(w, inflected)) + ")" for w in folding.tokens(query)]
    return " AND ".join(groups) or None
