"""canonical_bytes's quick walk (exact JSON types, no paths) gives the same bytes, or refuses
with the same kind of error, as the careful walk that names where a value is refused, for any
value: the bool/int, float, huge-integer, surrogate, subclass and key cases included."""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.domain import canonical
from app.domain.canonical import canonical_bytes


class Name(str):
    pass


class Count(int):
    pass


def huge() -> int:
    return 10**5000  # beyond Python's int-to-text limit


awkward_leaves = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.builds(huge)
    | st.sampled_from([0.0, -0.0, 1.0, 1.5, math.nan, math.inf, -math.inf])
    | st.text(alphabet=st.characters(blacklist_categories=()), max_size=6)  # surrogates too
    | st.builds(Name, st.text(max_size=4))
    | st.builds(Count, st.integers())
    | st.just((1, 2))
)
awkward_keys = st.text(max_size=4) | st.integers() | st.booleans() | st.none()
awkward_values = st.recursive(
    awkward_leaves,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(awkward_keys, children, max_size=4)
    ),
    max_leaves=20,
)


def careful(value: Any) -> bytes:
    """What canonical_bytes did before its quick walk: every node checked, with its path."""
    canonical._check_canonicalisable(value, "")
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def outcome(make: Any, value: Any) -> bytes | type[BaseException]:
    try:
        result: bytes = make(value)
    except (TypeError, ValueError) as exc:
        return type(exc)
    return result


@given(awkward_values)
def test_the_quick_walk_agrees_with_the_careful_one(value: Any) -> None:
    assert outcome(canonical_bytes, value) == outcome(careful, value)


def test_a_bool_stays_a_bool_and_an_int_an_int() -> None:
    assert (
        canonical_bytes({"a": True, "b": 1, "c": False, "d": 0})
        == b'{"a":true,"b":1,"c":false,"d":0}'
    )
