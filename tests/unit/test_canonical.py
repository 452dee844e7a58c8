"""Canonical bytes and the strict parser (app.domain.canonical)."""

from __future__ import annotations

import collections
import contextlib
import json
import math
import random
import sys
import time
from collections.abc import Callable
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


def test_a_refused_value_deep_in_a_record_is_named_by_where_it_is() -> None:
    # canonical_bytes first walks without paths; what it refuses is still said with the path.
    doc = full_testimony()
    doc["persons"][1]["names"][0]["value"] = "\ud800"
    with pytest.raises(ValueError, match=r"surrogate in a string at persons\[1\]\.names\[0\]"):
        canonical_bytes(doc)
    doc["persons"][1]["names"][0]["value"] = 2.0
    with pytest.raises(TypeError, match=r"float at persons\[1\]\.names\[0\]\.value"):
        canonical_bytes(doc)


def test_subclasses_of_json_types_give_the_same_bytes() -> None:
    class Name(str):
        pass

    class Count(int):
        pass

    plain = {"a": [1, "b", None, True], "c": {"d": "Бабарыка"}}
    dressed = collections.OrderedDict(
        [("c", {"d": Name("Бабарыка")}), ("a", [Count(1), Name("b"), None, True])]
    )
    assert canonical_bytes(dressed) == canonical_bytes(plain)


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


# --- hostile input: every check before json.loads must be linear in the input's size --------

MIB = 1024 * 1024


def escaped_quotes(size: int) -> str:
    """`"\\"\\"\\"...`: an unterminated string of escaped quotes. The old depth scanner
    restarted its string pattern at every one of them (16 KB: 4 s, 1 MiB: an hour)."""
    return '"' + '\\"' * (size // 2)


def backslashes(size: int) -> str:
    return '["' + "\\" * (size - 4) + '"]'  # an even run: one valid string of backslashes


def empty_lists(size: int) -> str:
    return "[]" * (size // 2)  # the most brackets per byte


def short_strings(size: int) -> str:
    return '["a",' + '"a",' * (size // 4)  # the most strings per byte, unterminated array


def deep_after_shallow(size: int) -> str:
    return "[0]," * (size // 4) + "[" * 40  # too deep at the very end


def long_number(size: int) -> str:
    return "[" + "9" * size + "]"


HOSTILE = [escaped_quotes, backslashes, empty_lists, short_strings, deep_after_shallow, long_number]


def best_of(repeats: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def refuse_or_parse(text: str) -> None:
    with contextlib.suppress(MalformedJSON):
        parse_strict(text)


@pytest.mark.parametrize("make", HOSTILE, ids=lambda make: make.__name__)
def test_hostile_input_costs_time_linear_in_its_size(make: Callable[[int], str]) -> None:
    # No absolute time (shared machines): one 64 KiB input against sixteen of 4 KiB, the same
    # bytes in all. Linear: about 1x; quadratic: 16x (the old scanner: 23x, then hung on 1 MiB).
    small, large = make(4 * 1024), make(64 * 1024)
    refuse_or_parse(large)  # compiles the patterns before the clock

    def sixteen_times_small() -> None:
        for _ in range(16):
            refuse_or_parse(small)

    sixteen_small = best_of(5, sixteen_times_small)
    one_large = best_of(5, lambda: refuse_or_parse(large))
    assert one_large < 4 * sixteen_small


def test_a_mebibyte_of_escaped_quotes_is_refused() -> None:
    with pytest.raises(MalformedJSON, match="Unterminated string starting at line 1 column 1"):
        parse_strict(escaped_quotes(MIB))


def test_a_mebibyte_of_escaped_quotes_in_a_string_is_read() -> None:
    assert parse_strict('["' + '\\"' * (MIB // 2) + '"]') == ['"' * (MIB // 2)]


def test_a_mebibyte_of_backslashes_is_read_or_refused_by_its_parity() -> None:
    assert parse_strict(backslashes(MIB)) == ["\\" * ((MIB - 4) // 2)]
    with pytest.raises(MalformedJSON, match="Unterminated string"):
        parse_strict('["' + "\\" * (MIB - 3) + '"]')


def test_nesting_too_deep_at_the_end_of_a_mebibyte_is_found_where_it_is() -> None:
    text = deep_after_shallow(MIB)
    column = text.index("[" * 33) + 33
    with pytest.raises(
        MalformedJSON, match=f"nesting deeper than 32 levels at line 1 column {column}$"
    ):
        parse_strict(text)


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_a_mebibyte_of_openers_is_refused_at_the_first_level_too_many(opener: str) -> None:
    text = opener * (MIB // len(opener))
    column = len(opener) * 32 + 1
    with pytest.raises(
        MalformedJSON, match=f"nesting deeper than 32 levels at line 1 column {column}$"
    ):
        parse_strict(text)


def test_an_unclosed_bracket_does_not_hide_the_depth_that_follows() -> None:
    # json.loads recurses into unclosed brackets before it finds the end of the text.
    with pytest.raises(MalformedJSON, match="nesting deeper than 2 levels at line 2 column 2"):
        parse_strict('[[1],\n[["x"', max_depth=2)


def test_a_closing_bracket_with_nothing_to_close_ends_the_depth_count() -> None:
    # json.loads stops there, before the depth that follows could hurt it.
    with pytest.raises(MalformedJSON, match="Extra data at line 1 column 3"):
        parse_strict("[]]" + "[" * 10, max_depth=2)


def test_a_mebibyte_long_integer_is_refused_with_where_it_starts() -> None:
    with pytest.raises(MalformedJSON, match="a number longer than 4300 digits at line 2 column 7"):
        parse_strict('{"a":\n  [1, ' + "9" * MIB + "]}")


def test_a_long_integer_is_refused_even_with_python_s_digit_limit_lifted() -> None:
    # int() of a long literal is quadratic without the limit (a 1 MiB one takes minutes).
    previous = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        with pytest.raises(MalformedJSON, match="a number longer than 4300 digits"):
            parse_strict("[-" + "9" * 100_000 + "]")
        assert parse_strict("[" + "9" * 4300 + "]") == [int("9" * 4300)]
    finally:
        sys.set_int_max_str_digits(previous)


def test_digits_inside_strings_are_not_numbers() -> None:
    assert parse_strict('["' + "9" * 10_000 + '"]') == ["9" * 10_000]


@pytest.mark.parametrize("text", ["[1e999999]", "[1e-999999]", "[" + "1" * 4000 + ".5]"])
def test_huge_floats_are_refused_as_floats(text: str) -> None:
    with pytest.raises(MalformedJSON, match="floating-point"):
        parse_strict(text)


def reference_too_deep(text: str, max_depth: int) -> int | None:
    """What the depth check must find, one character at a time: the index of the first bracket
    that opens a level too many, counting nothing inside strings and nothing after a closing
    bracket with nothing to close (json.loads stops there)."""
    depth, in_string, escaped = 0, False, False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > max_depth:
                return index
        elif char in "]}":
            if depth == 0:
                return None
            depth -= 1
    return None


HOSTILE_PIECES = [
    *['"', "\\", '\\"', "\\\\", "[", "]", "{", "}", "1", "9" * 12, "-", "e", ",", ":", " "],
    *['"a"', "\n", "[]", '{"k":', "null", "\\u00e9", "\\ud800"],
]
hostile_text = st.lists(st.sampled_from(HOSTILE_PIECES), max_size=60).map("".join)


def outcome(text: str, max_depth: int) -> Any:
    """The parsed value, or the refusal's message."""
    try:
        return parse_strict(text, max_depth=max_depth)
    except MalformedJSON as exc:
        return str(exc)


@given(hostile_text, st.integers(min_value=0, max_value=4))
def test_hostile_text_is_parsed_or_refused_cleanly(text: str, max_depth: int) -> None:
    too_deep = reference_too_deep(text, max_depth)
    result = outcome(text, max_depth)
    if too_deep is not None:
        line = text.count("\n", 0, too_deep) + 1
        column = too_deep - (text.rfind("\n", 0, too_deep) + 1) + 1
        assert result == f"nesting deeper than {max_depth} levels at line {line} column {column}"
        return
    try:
        expected = json.loads(text)
    except ValueError:
        assert isinstance(result, str)  # refused, for a reason other than nesting
        assert "nesting" not in result
        return
    if isinstance(result, str):  # refused what json.loads takes: a float, a duplicate key...
        assert "nesting" not in result
    else:
        assert result == expected


@pytest.mark.parametrize(
    "text",
    [
        '{"a": ["x", {"b": "\\ud800"}]}',  # deep in the record
        '{"\\uDFFF": 1}',  # in a key, upper case
        '{"a": "\\\\\\udc00"}',  # an escaped backslash, then the escape
    ],
)
def test_parse_strict_finds_a_lone_surrogate_anywhere(text: str) -> None:
    with pytest.raises(MalformedJSON, match="surrogate"):
        parse_strict(text)
    with pytest.raises(MalformedJSON, match="surrogate"):
        parse_strict(text.encode("utf-8"))


def test_parse_strict_keeps_what_only_looks_like_a_surrogate_escape() -> None:
    # An escaped backslash before "ud800" is a backslash and five letters, not a surrogate;
    # a pair of escapes is one character. Both are read as written.
    assert parse_strict('{"a": "\\\\ud800"}') == {"a": "\\ud800"}
    assert parse_strict('{"a": "\\ud83d\\ude00"}') == {"a": "\U0001f600"}


def test_parse_strict_refuses_a_lone_surrogate_given_in_a_str() -> None:
    with pytest.raises(MalformedJSON, match="surrogate"):
        parse_strict('{"a": "\ud800"}')
