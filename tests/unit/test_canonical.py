"""Canonical bytes and the strict parser (app.domain.canonical)."""

from __future__ import annotations

import json
import math
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.canonical import MalformedJSON, canonical_bytes, parse_strict
from tests.factories import full_testimony

# JSON values a testimony can hold: no floats, string keys, any Unicode text.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


def reordered(value: Any, rng: random.Random) -> Any:
    """The same JSON value with every object's keys inserted in a shuffled order."""
    if isinstance(value, dict):
        keys = list(value)
        rng.shuffle(keys)
        return {key: reordered(value[key], rng) for key in keys}
    if isinstance(value, list):
        return [reordered(item, rng) for item in value]
    return value


def test_canonical_form_is_sorted_compact_utf8() -> None:
    doc = {"b": [1, True, None], "a": {"z": "Алесь", "y": -3}}
    assert canonical_bytes(doc) == '{"a":{"y":-3,"z":"Алесь"},"b":[1,true,null]}'.encode()


@given(json_values, st.randoms(use_true_random=False))
def test_key_order_never_changes_the_bytes(value: Any, rng: random.Random) -> None:
    assert canonical_bytes(reordered(value, rng)) == canonical_bytes(value)


@given(json_values)
def test_canonical_bytes_round_trip_through_the_strict_parser(value: Any) -> None:
    data = canonical_bytes(value)
    assert parse_strict(data, max_depth=64) == value
    assert canonical_bytes(parse_strict(data, max_depth=64)) == data


def test_the_example_testimony_has_stable_bytes() -> None:
    doc = full_testimony()
    shuffled = reordered(doc, random.Random(7))
    assert list(shuffled) != list(doc)  # the test really reorders
    assert canonical_bytes(shuffled) == canonical_bytes(doc)
    assert "Алесь Пятровіч Баравік".encode() in canonical_bytes(doc)


@pytest.mark.parametrize("bad", [1.5, 1.0, math.nan, math.inf, {"a": [0.1]}])
def test_canonical_bytes_refuses_floats(bad: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        canonical_bytes(bad)


@pytest.mark.parametrize("bad", [{1: "a"}, {None: "a"}, {("a",): 1}, (1, 2), {"a": {1, 2}}])
def test_canonical_bytes_refuses_non_json_keys_and_types(bad: Any) -> None:
    with pytest.raises(TypeError):
        canonical_bytes(bad)


def test_canonical_bytes_refuses_lone_surrogates() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        canonical_bytes({"name": "\ud800"})


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"a": 1.5}', "floating"),
        ('{"a": 1e3}', "floating"),
        ('{"a": -0.0}', "floating"),
        ('{"a": NaN}', "NaN"),
        ('{"a": Infinity}', "Infinity"),
        ('{"a": -Infinity}', "Infinity"),
        ('{"a": 1, "a": 2}', "duplicate key 'a'"),
        ('{"persons": [{"ref": "p1", "ref": "p2"}]}', "duplicate key 'ref'"),
        ('{"a": "\\udc00"}', "surrogate"),
    ],
)
def test_parse_strict_refuses(text: str, reason: str) -> None:
    with pytest.raises(MalformedJSON, match=reason):
        parse_strict(text)


def test_parse_strict_reports_line_and_column_on_one_line() -> None:
    with pytest.raises(MalformedJSON) as caught:
        parse_strict('{\n  "a": 1,\n  "b": }')
    message = str(caught.value)
    assert "line 3 column 8" in message
    assert "\n" not in message


def test_parse_strict_error_does_not_echo_the_content() -> None:
    with pytest.raises(MalformedJSON) as caught:
        parse_strict('{"name": "SENTINEL Іван", "age": 61.5}')
    assert "SENTINEL" not in str(caught.value)
    assert "Іван" not in str(caught.value)


def test_depth_limit_is_exact() -> None:
    assert parse_strict("[" * 32 + "]" * 32, max_depth=32) == json.loads("[" * 32 + "]" * 32)
    with pytest.raises(MalformedJSON, match="nesting deeper than 32"):
        parse_strict("[" * 33 + "]" * 33, max_depth=32)


def test_deep_nesting_is_refused_before_it_can_exhaust_the_stack() -> None:
    with pytest.raises(MalformedJSON, match="nesting"):
        parse_strict('{"a":' * 200_000 + "1" + "}" * 200_000)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"note": "[[[[{{{{" * 20 + '\\"]]' * 10})
    assert parse_strict(text, max_depth=2)["note"].startswith("[[[[")


def test_parse_strict_reads_utf8_bytes_and_tolerates_a_bom() -> None:
    data = '{"name": "Ганна"}'.encode()
    assert parse_strict(data) == {"name": "Ганна"}
    assert parse_strict(b"\xef\xbb\xbf" + data) == {"name": "Ганна"}


@pytest.mark.parametrize("data", [b'{"a": "\xff"}', '{"a": 1}'.encode("utf-16")])
def test_parse_strict_refuses_other_encodings(data: bytes) -> None:
    with pytest.raises(MalformedJSON, match="UTF-8"):
        parse_strict(data)


def test_absurdly_long_integers_are_malformed_not_a_crash() -> None:
    with pytest.raises(MalformedJSON):
        parse_strict("[" + "9" * 10_000 + "]")
