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

import json
import re
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
    _check_canonicalisable(obj, "")
    text = json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


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


# Strings are matched whole so that brackets inside them are not counted.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)


def _check_depth(text: str, max_depth: int) -> None:
    # Checked before parsing: json's C scanner recurses per level and deep input would raise
    # RecursionError (or crash a thread with a small stack) before we could count.
    depth = 0
    for match in _TOKENS.finditer(text):
        lexeme = match.group()
        if lexeme[0] == '"':
            continue
        if lexeme in "[{":
            depth += 1
            if depth > max_depth:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
                _fail(f"nesting deeper than {max_depth} levels at line {line} column {column}")
        elif lexeme in "]}":
            depth -= 1


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


def parse_strict(data: bytes | str, max_depth: int = 32) -> Any:
    """Parse JSON text, refusing anything the canonical form cannot represent.

    Bytes must be UTF-8 (a leading byte-order mark, as Windows editors write, is dropped).
    Raises :class:`MalformedJSON` with a one-line message giving line and column when known.
    """
    if isinstance(data, bytes | bytearray):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            _fail(f"not UTF-8 at byte {exc.start}")
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"expected bytes or str, got {type(data).__name__}")
    _check_depth(text, max_depth)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_reject_float,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        _fail(f"{exc.msg} at line {exc.lineno} column {exc.colno}")
    except MalformedJSON:
        raise
    except (ValueError, RecursionError) as exc:
        # e.g. an integer longer than Python's int-to-str limit.
        _fail(f"unreadable JSON: {type(exc).__name__}")
    _check_strings(value)
    return value
