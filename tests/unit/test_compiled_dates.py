"""The partial date of the compiled schema, checked without exceptions (app.domain.schema_dates),
judged against what fastjsonschema's own code for it refuses and against the reference.

A save validates ~74 partial dates; fastjsonschema's code for them raised and caught four
exceptions each. The replacement must refuse exactly what that code refused: valid, partial,
impossible and junk dates under every precision, and whole testimonies carrying them, are
judged by both and by the reference (jsonschema).
"""

from __future__ import annotations

import copy
from typing import Any

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import schema, schema_code, schema_dates
from tests.unit.test_compiled_validation import check_agreement, current_minimal

PRECISIONS: list[Any] = ["day", "month", "year", "approximate", "unknown"]
ODD_PRECISIONS: list[Any] = ["Day", "", "exact", None, 1, True, ["day"], {"day": 1}]
VALUES: list[Any] = [
    "2024-03-01",
    "2024-03",
    "2024",
    "2024-02-30",  # impossible: the pattern lets it through, the calendar check refuses it
    "2024-13-01",
    "0000-00-00",
    "2024-3-1",
    "24-03-01",
    "2024-03-01\n",
    "2024\n",
    "\n2024",
    "2024-03-01T00:00",
    " 2024",
    "2024 ",
    "２０２４",  # fullwidth digits
    "٢٠٢٤",  # Arabic-Indic digits
    "2024-03-01-01",
    "",
    "junk",
    "null",
    None,
    2024,
    True,
    [],
    {},
    ["2024"],
]
_MISSING = object()


def _date(precision: Any, value: Any) -> dict[str, Any]:
    date: dict[str, Any] = {}
    if precision is not _MISSING:
        date["precision"] = precision
    if value is not _MISSING:
        date["value"] = value
    return date


def corpus() -> list[Any]:
    dates: list[Any] = [
        _date(p, v) for p in [*PRECISIONS, *ODD_PRECISIONS, _MISSING] for v in [*VALUES, _MISSING]
    ]
    dates += [{**_date(p, "2024-03-01"), "note": "x"} for p in PRECISIONS]
    dates += [{"precision": "unknown", "note": "x"}, {"value": "2024"}, {}]
    dates += [None, "2024-03-01", ["day", "2024-03-01"], 2024]
    return dates


_COMPILED: list[Any] = []


def _own_code() -> Any:
    """fastjsonschema's own code for the partial date, as the generated module had it."""
    if not _COMPILED:
        definition, _formats = schema._compile_arguments()
        _COMPILED.append(
            fastjsonschema.compile(definition["$defs"]["partial_date"], use_default=False)
        )
    return _COMPILED[0]


def _verdict(validate: Any, data: Any) -> bool:
    try:
        validate(copy.deepcopy(data))
    except fastjsonschema.JsonSchemaException:
        return False
    return True


REPLACEMENT = (
    schema_code.validate_https___sviedka_invalid_schema_testimony_2_json___defs_partial_date
)


def test_the_generated_code_checks_partial_dates_with_the_replacement() -> None:
    assert REPLACEMENT.__name__ == "_partial_date"


@pytest.mark.parametrize("date", corpus(), ids=repr)
def test_a_date_is_refused_exactly_as_fastjsonschema_refused_it(date: Any) -> None:
    assert _verdict(REPLACEMENT, date) == _verdict(_own_code(), date)


@pytest.mark.parametrize("date", corpus(), ids=repr)
def test_a_testimony_with_the_date_is_judged_as_the_reference_does(date: Any) -> None:
    doc = current_minimal()
    doc["persons"][0]["birth_date"] = date
    check_agreement(doc)


@settings(max_examples=300, deadline=None)
@given(
    precision=st.sampled_from(PRECISIONS),
    value=st.text(alphabet="0123456789-\n T:/x٢", max_size=12),
)
def test_fuzzed_dates_are_judged_as_fastjsonschema_and_the_reference_do(
    precision: str, value: str
) -> None:
    date = {"precision": precision, "value": value}
    assert _verdict(REPLACEMENT, date) == _verdict(_own_code(), date)
    doc = current_minimal()
    doc["persons"][0]["birth_date"] = date
    check_agreement(doc)


def test_a_valid_date_raises_nothing_inside_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    raised: list[str] = []
    original = fastjsonschema.JsonSchemaValueException.__init__

    def counting(self: Any, *args: Any, **kwargs: Any) -> None:
        raised.append(type(self).__name__)
        original(self, *args, **kwargs)

    monkeypatch.setattr(fastjsonschema.JsonSchemaValueException, "__init__", counting)
    for precision, value in [("day", "2024-03-01"), ("month", "2024-03"), ("year", "2024")]:
        assert schema.accepts(_with_birth_date(precision, value))
    assert schema.accepts({**current_minimal()})
    assert raised == []


def _with_birth_date(precision: str, value: str) -> dict[str, Any]:
    doc = current_minimal()
    doc["persons"][0]["birth_date"] = {"precision": precision, "value": value}
    return doc


def test_a_partial_date_of_another_shape_is_refused_at_generation() -> None:
    definition, _formats = schema._compile_arguments()
    changed = copy.deepcopy(definition["$defs"]["partial_date"])
    changed["allOf"][0]["then"]["properties"]["value"]["minLength"] = 4
    with pytest.raises(schema_dates.UnexpectedPartialDate):
        schema_dates.rules(changed)
    other = copy.deepcopy(definition["$defs"]["partial_date"])
    other["properties"]["value"]["type"] = ["string", "null"]
    with pytest.raises(schema_dates.UnexpectedPartialDate):
        schema_dates.rules(other)
