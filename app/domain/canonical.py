"""Canonical JSON bytes of a testimony, and a strict JSON parser.

The canonical form is what the vault hashes, signs and compares, so the same testimony must
always give the same bytes, whatever order its keys were written in: keys sorted by code point,
no whitespace, UTF-8 without escaping non-ASCII (Cyrillic names stay readable), integers only.
Strings are not Unicode-normalised here: normalising would silently change what the informant's
words are stored as; input normalisation belongs to the editor.

The parser refuses what ``json.loads`` quietly accepts and a testimony must never contain:
duplicate keys (the later one would silently win), floats (not reproducible across tools),
NaN/Infinity (not JSON), lone surrogates (not encodable) and nesting deep enough to exhaust the
recursion limit.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from typing import Any, NoReturn

__all__ = ["MalformedJSON", "canonical_bytes", "parse_strict"]


class MalformedJSON(ValueError):
    """The input is not JSON the vault accepts; the message is one line, without the content."""


def _check_canonicalisable(value: Any, path: str) -> None:
    # bool is an int subclass and is fine; float is refused even when integral (1.0) because
    # another tool would write it as 1 and the bytes would differ.
    if value is None or isinstance(value, bool | int | str):
        if isinstance(value, str):
            _check_encodable(value, path)
        return
    if isinstance(value, float):
        raise TypeError(f"float at {path or '(root)'}: testimony numbers are integers")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(
                    f"non-string key of type {type(key).__name__} at {path or '(root)'}"
                )
            _check_encodable(key, path)
            _check_canonicalisable(item, f"{path}.{key}" if path else key)
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_canonicalisable(item, f"{path}[{index}]")
        return
    # Tuples, sets, dates ... have no single JSON form; the caller must decide.
    raise TypeError(f"unsupported type {type(value).__name__} at {path or '(root)'}")


def _check_encodable(text: str, path: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"lone surrogate in a string at {path or '(root)'}") from None


def canonical_bytes(obj: Any) -> bytes:
    """The canonical UTF-8 JSON bytes of ``obj``.

    Raises TypeError for floats, non-string keys and non-JSON types, ValueError for strings that
    cannot be encoded as UTF-8. Recursion is bounded by the caller having parsed with
    :func:`parse_strict` or built the object in code.
    """
    # The walk that names where a value is refused builds a path string per node: it runs only
    # when the quick walk (exact types, no paths) or the encoding finds something to refuse.
    if not _plain(obj):
        _check_canonicalisable(obj, "")
    text = json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        _check_canonicalisable(obj, "")  # raises, naming where the lone surrogate is
        raise


def _plain(value: Any) -> bool:
    """Whether ``value`` is made only of dict (string keys), list, str, int, bool and None, of
    exactly those types: what canonical JSON accepts without a question."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return True
    # Plain loops rather than all(<generator>): this runs on every node of every record saved.
    if kind is dict:
        for key, item in value.items():  # noqa: SIM110
            if type(key) is not str or not _plain(item):
                return False
        return True
    if kind is list:
        for item in value:  # noqa: SIM110
            if not _plain(item):
                return False
        return True
    return False


def _fail(message: str) -> NoReturn:
    raise MalformedJSON(message)


def _reject_float(_text: str) -> NoReturn:
    _fail("floating-point number: only integers are allowed")


def _reject_constant(name: str) -> NoReturn:
    _fail(f"{name} is not allowed")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            # Key names are schema words, not testimony; the value is never echoed.
            _fail(f"duplicate key {key!r}")
        result[key] = value
    return result


# The pre-parse scans below are regular expressions run by the C regex engine in one pass:
# a hostile file must cost about what an ordinary malformed one of the same size costs. Every
# quantifier is possessive (`*+`, `++`): what was matched is never re-tried, so no input can make
# the engine go back over it. (The old scanner restarted at every quote of an unterminated
# string of escaped quotes, `"\"\"\"...`: 16 KB took 4 s, 1 MiB an hour.)
#
# A JSON string, or an unterminated one running to the end of the text: json.loads refuses it
# there, so nothing after it needs counting.
_STRING = r'"[^"\\]*+(?:\\.[^"\\]*+)*+"?'
# Anything else that is neither a string nor a bracket.
_OTHER = r'[^"\[\]{}]++'

# Python reads at most sys.get_int_max_str_digits() digits into an int (4300 by default) and
# checks the length before converting, so json.loads refuses a longer literal at once, with a
# bare ValueError. With the limit lifted (0), int() would take quadratic time: refused here.
MAX_INTEGER_DIGITS = 4300


@functools.lru_cache(maxsize=4)
def _digit_runs(limit: int) -> re.Pattern[str]:
    """Text without a run of more than `limit` digits outside strings: the match stops at the
    start of the first such run."""
    return re.compile(rf'(?:{_STRING}|[^"0-9]++|[0-9]{{1,{limit}}}+(?![0-9]))*+', re.DOTALL)


# The nesting pattern grows with the depth and re.compile recurses once per level (at about
# 400 it exceeds the recursion limit); callers ask for 8 to 64.
_LARGEST_MAX_DEPTH = 100


@functools.lru_cache(maxsize=4)
def _nesting(max_depth: int) -> re.Pattern[str]:
    """Text whose brackets nest at most `max_depth` deep (bounded nesting is a regular
    language): one level of pattern per level of nesting. An unclosed bracket is closed by the
    end of the text, so no group ever fails and nothing is matched twice. The first bracket
    that opens a level too many is captured as `deep`, and the rest of the text is swallowed
    so that the match succeeds there. The match stops early only at a closing bracket with
    nothing to close, where json.loads will stop too."""
    if not 0 <= max_depth <= _LARGEST_MAX_DEPTH:
        raise ValueError(f"max_depth must be between 0 and {_LARGEST_MAX_DEPTH}")
    level = rf"(?:{_OTHER}|{_STRING}|(?P<deep>[\[{{]).*+)*+"
    for _ in range(max_depth):
        level = rf"(?:{_OTHER}|{_STRING}|[\[{{]{level}(?:[\]}}]|\Z))*+"
    return re.compile(level, re.DOTALL)


def _where(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line} column {column}"


def _check_depth(text: str, max_depth: int) -> None:
    # Checked before parsing: json's C scanner recurses per level and deep input would raise
    # RecursionError (or crash a thread with a small stack) before we could count.
    match = _nesting(max_depth).match(text)
    if match is not None and match.group("deep") is not None:
        _fail(f"nesting deeper than {max_depth} levels at {_where(text, match.start('deep'))}")


def _check_integer_lengths(text: str, limit: int) -> None:
    match = _digit_runs(limit).match(text)
    if match is not None and match.end() < len(text):
        _fail(f"a number longer than {limit} digits at {_where(text, match.end())}")


# One decoder for every call: json.loads with hooks builds a new one each time, which is most
# of the cost of parsing a short line (a JSON-lines file of `{}` took 4 us a line, now 1.5).
_DECODER = json.JSONDecoder(
    object_pairs_hook=_no_duplicates, parse_float=_reject_float, parse_constant=_reject_constant
)


def _check_strings(value: Any) -> None:
    if isinstance(value, str):
        _check_encodable_or_fail(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_encodable_or_fail(key)
            _check_strings(item)
    elif isinstance(value, list):
        for item in value:
            _check_strings(item)


def _check_encodable_or_fail(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        _fail("lone surrogate (invalid \\u escape) in a string")


def _text(data: bytes | str) -> str:
    if isinstance(data, bytes | bytearray):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            _fail(f"not UTF-8 at byte {exc.start}")
    if isinstance(data, str):
        return data
    raise TypeError(f"expected bytes or str, got {type(data).__name__}")


def _load(text: str, digit_limit: int) -> Any:
    try:
        if text.startswith("\ufeff"):  # as json.loads words it; the decoder has no such check
            _fail("Unexpected UTF-8 BOM (decode using utf-8-sig) at line 1 column 1")
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        # "Unterminated string starting at" already ends in "at".
        _fail(f"{exc.msg.removesuffix(' at')} at line {exc.lineno} column {exc.colno}")
    except MalformedJSON:
        raise
    except (ValueError, RecursionError) as exc:
        # An integer longer than Python's int-to-str limit: say where it starts.
        _check_integer_lengths(text, digit_limit)
        _fail(f"unreadable JSON: {type(exc).__name__}")


def parse_strict(data: bytes | str, max_depth: int = 32) -> Any:
    """Parse JSON text, refusing anything the canonical form cannot represent.

    Bytes must be UTF-8 (a leading byte-order mark, as Windows editors write, is dropped).
    Raises :class:`MalformedJSON` with a one-line message giving line and column when known.
    Time is linear in the size of the input, whatever it holds.
    """
    text = _text(data)
    _check_depth(text, max_depth)
    digit_limit = sys.get_int_max_str_digits()
    if not digit_limit:
        _check_integer_lengths(text, MAX_INTEGER_DIGITS)
    value = _load(text, digit_limit or MAX_INTEGER_DIGITS)
    if _may_hold_surrogates(text):
        _check_strings(value)
    return value


# A `\uD800`-`\uDFFF` escape: the only way parsing UTF-8 text can make a lone surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


def _may_hold_surrogates(text: str) -> bool:
    """Whether a string parsed from `text` may hold a lone surrogate, so that every string
    must be checked. Text decoded from UTF-8 holds none itself (the decoder refuses them):
    only an escape can make one. Walking every string was half of reading a 20 KiB record
    (parse 1.0 ms, now 0.47: every read of a testimony, every record imported); the search
    is one pass in C, and an escaped backslash before "ud8.." only sends the record to the
    walk, never past it."""
    if _SURROGATE_ESCAPE.search(text) is not None:
        return True
    try:
        text.encode("utf-8")  # a str given by a caller may hold one without any escape
    except UnicodeEncodeError:
        return True
    return False
