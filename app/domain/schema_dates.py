"""The partial date of the compiled schema, checked without exceptions as control flow.

fastjsonschema compiles each `if` of a schema to a `try` that raises when the condition does
not hold: the partial date (`$defs/partial_date`) has five, one per precision, so each of the
~74 dates of a complete testimony raised and caught four exceptions, each building its message
and a copy of the rule's definition: about a quarter of the compiled validation of a save.

`replacement()` reads the partial date's rules from the schema (which precision requires a
value of which pattern, which forbids one) and writes a function that applies them with plain
comparisons, rebound under the generated function's name at the end of app/domain/schema_code.py.
It uses the generated code's own compiled patterns (fastjsonschema reads `$` as `\\Z`), so it
accepts exactly what the generated function accepted; tests/unit/test_compiled_dates.py holds
both to the reference. A schema whose partial date takes another shape is refused here, at
generation, rather than checked half.
"""

from __future__ import annotations

from typing import Any

_REQUIRED = "required"
_ABSENT = "absent"
_OPTIONAL = "optional"


class UnexpectedPartialDate(ValueError):
    """The schema's partial date is no longer the shape this module knows how to check."""


def _changed() -> UnexpectedPartialDate:
    return UnexpectedPartialDate(
        "the partial date of the testimony schema changed shape: teach app/domain/schema_dates.py"
    )


def rules(partial_date: Any) -> dict[str, tuple[str, str | None]]:
    """precision -> (whether a value is required, absent or optional; its pattern or None)."""
    expected_keys = {"type", "additionalProperties", "required", "properties", "allOf"}
    if not isinstance(partial_date, dict) or set(partial_date) != expected_keys:
        raise _changed()
    precisions = partial_date["properties"].get("precision", {}).get("enum")
    if (
        partial_date["type"] != "object"
        or partial_date["additionalProperties"] is not False
        or partial_date["required"] != ["precision"]
        or partial_date["properties"]
        != {"precision": {"enum": precisions}, "value": {"type": "string"}}
        or not isinstance(precisions, list)
        or not all(isinstance(p, str) for p in precisions)
    ):
        raise _changed()
    found: dict[str, tuple[str, str | None]] = {}
    for condition in partial_date["allOf"]:
        if not isinstance(condition, dict) or set(condition) != {"if", "then"}:
            raise _changed()
        precision = _condition_precision(condition["if"])
        if precision not in precisions or precision in found:
            raise _changed()
        found[precision] = _consequence(condition["then"])
    return {p: found.get(p, (_OPTIONAL, None)) for p in precisions}


def _condition_precision(condition: Any) -> str:
    if not isinstance(condition, dict) or condition.get("required") != ["precision"]:
        raise _changed()
    if set(condition) != {"required", "properties"}:
        raise _changed()
    const = condition["properties"]
    if set(const) != {"precision"} or set(const["precision"]) != {"const"}:
        raise _changed()
    value = const["precision"]["const"]
    if not isinstance(value, str):
        raise _changed()
    return value


def _consequence(then: Any) -> tuple[str, str | None]:
    if then == {"not": {"required": ["value"]}}:
        return _ABSENT, None
    if isinstance(then, dict) and set(then) == {"required", "properties"}:
        pattern = then["properties"].get("value", {}).get("pattern")
        if (
            then["required"] == ["value"]
            and then["properties"] == {"value": {"pattern": pattern}}
            and isinstance(pattern, str)
        ):
            return _REQUIRED, pattern
    raise _changed()


_FUNCTION = """

# The partial date without exceptions as control flow (app/domain/schema_dates.py).
_PARTIAL_DATE_RULES = {rules!r}
_PARTIAL_DATE_KEYS = frozenset(("precision", "value"))


def _partial_date(data, custom_formats={{}}, name_prefix=None):
    if isinstance(data, dict) and data.keys() <= _PARTIAL_DATE_KEYS:
        precision = data.get("precision")
        rule = _PARTIAL_DATE_RULES.get(precision) if isinstance(precision, str) else None
        if rule is not None:
            value, pattern = rule
            if "value" not in data:
                if value != "{required}":
                    return data
            elif value != "{absent}":
                text = data["value"]
                if isinstance(text, str) and (
                    pattern is None or REGEX_PATTERNS[pattern].search(text)
                ):
                    return data
    name = name_prefix or "data"
    raise JsonSchemaValueException(
        name + " must be a partial date", value=data, name=name, definition={{}},
        rule="partial_date",
    )


{name} = _partial_date
"""


def replacement(definition: dict[str, Any], entry: str, code: str) -> str:
    """The code to append to fastjsonschema's `code` (whose entry point is `entry`); empty when
    the schema has no partial date."""
    partial_date = definition.get("$defs", {}).get("partial_date")
    if partial_date is None:
        return ""
    found = rules(partial_date)
    name = f"{entry}___defs_partial_date"
    if f"def {name}(" not in code:
        raise _changed()
    for _value, pattern in found.values():
        if pattern is not None and f"{pattern!r}: re.compile(" not in code:
            raise _changed()
    return _FUNCTION.format(rules=found, required=_REQUIRED, absent=_ABSENT, name=name)
