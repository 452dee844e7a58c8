"""The FTS5 MATCH for a user's words: each word in any script, by prefix, plus the declined
forms of a name typed in the nominative (app.domain.case_endings), as whole words.

Constant shapes only: every piece that comes from the user is a folded word or a key, both made
of letters and digits (app.domain.folding), quoted as FTS5 strings, so no query can change the
expression's syntax.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session

from app.domain import case_endings, folding

Forms = Callable[[str], frozenset[str]]
"""A query word -> the keys of its declined forms to search for, as whole words."""

# One SELECT per form, all in one statement; the keys and their MATCH are bound parameters.
_PRESENT = (
    "SELECT :key{i} WHERE EXISTS "
    "(SELECT 1 FROM testimony_search WHERE testimony_search MATCH :match{i})"
)


def no_forms(word: str) -> frozenset[str]:
    """No declined forms: the search as it was before them (what the tests measure against)."""
    return frozenset()


# The FTS5 structure record (FTS5_STRUCTURE_ROWID): rewritten, with a new cookie, by every
# change to the index, so the forms the index holds are remembered until it changes.
_STRUCTURE = text("SELECT block FROM testimony_search_data WHERE id = 10")
_MEMO, _MEMO_OF = "sviedka_present_forms", "sviedka_present_forms_of"
_CHANGES_AT_BEGIN = "sviedka_changes_at_begin"
_MEMO_WORDS = 512


def present_forms(session: Session) -> Forms:
    """The declined forms of a word that the vault's index holds. Every phrase of a MATCH costs
    FTS5's bm25 some work on every row it ranks, even a phrase no row has: asking the index
    first which forms it holds (one statement, a lookup per form) costs less than carrying five
    absent ones through the ranking of a thousand rows (docs/names.md).

    The answers are remembered on the connection (in memory, dropped with it when the vault
    closes) until the index changes: asking cost ~9 ms of a 40 ms search at 10k, and the list
    searches the same words again as filters change or the next page is fetched."""
    info = session.connection().info
    memo: dict[str, frozenset[str]] = info.setdefault(_MEMO, {})
    structure = session.scalar(_STRUCTURE)
    if info.get(_MEMO_OF) != structure or len(memo) > _MEMO_WORDS:
        memo.clear()
        info[_MEMO_OF] = structure

    def forms(word: str) -> frozenset[str]:
        if word not in memo:
            memo[word] = _ask(session, word)
        return memo[word]

    return forms


def forget_rolled_back_forms(engine: Engine) -> None:
    """Drop a connection's remembered forms when it rolls back a transaction (or a savepoint)
    that wrote. The structure record says which index the answers were read from, but not
    whether it was ever committed: a write that was rolled back leaves the cookie where it
    was, and the next commit of a same-sized write can write the very same structure bytes
    over other words. A form asked about in between (absent then, present now) would stay
    unsearched, and a testimony unfound. Reads also end in a rollback (closing a session):
    they wrote nothing and keep the memo, which is what makes it worth having."""
    event.listen(engine, "begin", _note_changes)
    event.listen(engine, "rollback", _forget_if_written)
    event.listen(engine, "rollback_savepoint", _forget_after_savepoint)


def _total_changes(conn: Connection) -> int:
    # Rows inserted, updated or deleted on this connection since it opened (SQLite's
    # sqlite3_total_changes): every write to the index comes with one.
    dbapi_connection: Any = conn.connection.dbapi_connection
    return int(dbapi_connection.total_changes)


def _note_changes(conn: Connection) -> None:
    conn.info[_CHANGES_AT_BEGIN] = _total_changes(conn)


def _forget_if_written(conn: Connection) -> None:
    if conn.invalidated or conn.closed:
        return  # its memo went with its DBAPI connection
    # Unknown (begun before the listener was there) counts as written: forgetting is safe.
    if conn.info.pop(_CHANGES_AT_BEGIN, None) != _total_changes(conn):
        _forget(conn)


def _forget_after_savepoint(conn: Connection, _name: str, _context: object) -> None:
    # Rare (an import's tentative writes) and the rest of the transaction goes on writing.
    _forget(conn)


def _forget(conn: Connection) -> None:
    if conn.invalidated or conn.closed:
        return
    conn.info.pop(_MEMO, None)
    conn.info.pop(_MEMO_OF, None)


def _ask(session: Session, word: str) -> frozenset[str]:
    keys = sorted(case_endings.inflected_keys(word))
    if not keys:
        return frozenset()
    statement = " UNION ALL ".join(_PRESENT.format(i=i) for i in range(len(keys)))
    params = {f"key{i}": key for i, key in enumerate(keys)}
    params |= {f"match{i}": f'keys : "{key}"' for i, key in enumerate(keys)}
    return frozenset(session.scalars(text(statement), params))


def word_options(word: str, forms: Forms = case_endings.inflected_keys) -> list[str]:
    """The FTS5 options (ORed) that find one query word: its folded form and its keys as
    prefixes, and the keys of its declined forms (``forms``) as whole words."""
    options = [f'body : "{folding.fold(word)}" *']
    options += [f'keys : "{key}" *' for key in sorted(folding.phonetic_keys(word))]
    options += [f'keys : "{key}"' for key in sorted(forms(word))]
    return options


def match_expression(query: str, forms: Forms = case_endings.inflected_keys) -> str | None:
    """The FTS5 MATCH for a user's words: every word must be found (see :func:`word_options`)."""
    groups = ["(" + " OR ".join(word_options(word, forms)) + ")" for word in folding.tokens(query)]
    return " AND ".join(groups) or None
