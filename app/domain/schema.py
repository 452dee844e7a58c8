"""The testimony's JSON Schema (resources/schema/testimony.schema.json) and its two validators.

`reference()` is jsonschema interpreting the schema: slow, and walked for the detailed errors
app.domain.record turns into value-free messages. `accepts()` is the fast path: the same schema
compiled to Python code by fastjsonschema, which only answers "valid or not" and must never be
looser than the reference (tests/unit/test_compiled_validation.py holds them to agreement).

The compiled code is generated once, at build time, into app/domain/schema_code.py
(`python -m scripts.compile_schema`): generating it takes ~0.5 s, which every CLI command paid.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import fastjsonschema
from fastjsonschema.ref_resolver import RefResolver
from jsonschema import Draft202012Validator, validators

from app.domain import schema_dates
from app.resources import resource_path


@functools.cache
def _schema_bytes() -> bytes:
    return resource_path("schema", "testimony.schema.json").read_bytes()


def schema_sha256() -> str:
    """What the generated code records it was generated from."""
    return hashlib.sha256(_schema_bytes()).hexdigest()


@functools.cache
def document() -> dict[str, Any]:
    # The schema ships with the app; that it is valid 2020-12 is a unit test's job
    # (test_schema_is_valid_draft_2020_12), not a cost every process pays at start.
    return json.loads(_schema_bytes().decode("utf-8"))


@functools.cache
def reference() -> Any:
    """The reference: jsonschema interpreting the schema, walked for the detailed errors."""
    # JSON Schema counts 3.0 as an integer; the record has no floats at all (see canonical.py).
    types = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: isinstance(value, int) and not isinstance(value, bool)
    )
    strict = validators.extend(Draft202012Validator, type_checker=types)
    return strict(document(), format_checker=Draft202012Validator.FORMAT_CHECKER)


# The fast path: fastjsonschema compiles the schema to Python code (in memory) once, about 100x
# faster than the reference on a complete testimony. It only answers "valid or not": a document
# it rejects goes through the reference for the messages, so what it adds must never be looser
# than the reference. fastjsonschema implements draft 7 (plus 2019-09 formats); these are the
# keywords whose draft-7 meaning is the 2020-12 one for this schema (`$ref` has no siblings,
# `items` is a single schema, enum and const values are strings: see the unit test), and a
# schema using any other keyword fails here rather than being half-checked.
_COMPILED_KEYWORDS = frozenset({
    "$schema", "$id", "$defs", "$ref", "title", "description", "type", "properties", "required",
    "additionalProperties", "items", "enum", "const", "pattern", "format", "uniqueItems",
    "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum", "allOf", "not", "if",
    "then",
})  # fmt: skip
_ANNOTATION_PREFIX = "x-"


def keywords(node: Any) -> Iterator[tuple[str, Any]]:
    """Every (keyword, value) of a schema, nested schemas included."""
    if not isinstance(node, dict):
        return
    for keyword, value in node.items():
        yield keyword, value
        if keyword in ("properties", "$defs"):
            for child in value.values():
                yield from keywords(child)
        elif keyword in ("allOf", "anyOf", "oneOf"):
            for child in value:
                yield from keywords(child)
        elif isinstance(value, dict) and keyword not in ("enum", "const"):
            yield from keywords(value)


_SUBSCHEMA = frozenset({"items", "not", "if", "then", "additionalProperties"})
_ANNOTATIONS = frozenset({"title", "description"})


def _without_annotations(node: Any) -> Any:
    """A copy of a schema without its annotations (descriptions, titles, x-...): fastjsonschema
    writes each failing subschema into its generated code, descriptions included (62 MiB for
    this schema). Property names are kept: only keywords in schema position are dropped."""
    if not isinstance(node, dict):
        return node
    copy: dict[str, Any] = {}
    for keyword, value in node.items():
        if keyword in _ANNOTATIONS or keyword.startswith(_ANNOTATION_PREFIX):
            continue
        if keyword in ("properties", "$defs"):
            copy[keyword] = {name: _without_annotations(child) for name, child in value.items()}
        elif keyword == "allOf":
            copy[keyword] = [_without_annotations(child) for child in value]
        elif keyword in _SUBSCHEMA:
            copy[keyword] = _without_annotations(value)
        else:
            copy[keyword] = json.loads(json.dumps(value))
    return copy


def _refuse_remote(uri: str) -> Any:
    raise ValueError("the testimony schema refers to nothing outside itself")


def _format_check(name: str) -> Callable[[str], bool]:
    """The reference's own check of a format, so both paths agree on it exactly."""
    checker = Draft202012Validator.FORMAT_CHECKER
    return lambda value: checker.conforms(value, name)


def _compile_arguments() -> tuple[dict[str, Any], dict[str, Callable[[str], bool]]]:
    """The schema as fastjsonschema is given it, and the format checks it calls."""
    schema = document()
    formats: dict[str, Callable[[str], bool]] = {}
    for keyword, value in keywords(schema):
        if keyword.startswith(_ANNOTATION_PREFIX):
            continue
        if keyword not in _COMPILED_KEYWORDS:
            raise ValueError(f"the compiled validator does not handle the keyword {keyword}")
        if keyword == "format":
            if value not in Draft202012Validator.FORMAT_CHECKER.checkers:
                raise ValueError(f"the reference does not check the format {value}")
            formats[value] = _format_check(value)
    return _without_annotations(schema), formats  # a copy: fastjsonschema rewrites each $ref


_HANDLERS = {"http": _refuse_remote, "https": _refuse_remote}
_FORMAT_LOCALS = re.compile(r'("[^"\\{}]*(?:\{[a-z_]+\}[^"\\{}]*)+")\.format\(\*\*locals\(\)\)')
GENERATED_NOTE = (
    "# Generated by `python -m scripts.compile_schema` from the testimony schema\n"
    "# (resources/schema/testimony.schema.json) with fastjsonschema (app/domain/schema.py).\n"
    "# Do not edit.\n"
    "# ruff: noqa\n"
)


def generated_code() -> str:
    """The module app/domain/schema_code.py: fastjsonschema's code for the schema, the hash of
    the schema it was made from, its entry point under one name, and the partial date checked
    without exceptions (app.domain.schema_dates)."""
    definition, formats = _compile_arguments()
    code = fastjsonschema.compile_to_code(
        definition, handlers=_HANDLERS, formats=formats, use_default=False
    )
    entry = RefResolver.from_schema(definition, handlers=_HANDLERS, store={}).get_scope_name()
    dates = schema_dates.replacement(definition, entry, code)
    # The path of each array item is named for a message nobody reads on the fast path:
    # `".persons[{i}]".format(**locals())` built a dict of the function's locals per item
    # (~150 a testimony); the f-string names the same local, with the same text.
    code = _FORMAT_LOCALS.sub(r"f\1", code)
    return (
        f'{GENERATED_NOTE}{code}\n\nSCHEMA_SHA256 = "{schema_sha256()}"\nvalidate = {entry}\n'
        f"{dates}"
    )


@functools.cache
def compiled() -> Callable[[Any], Any]:
    definition, formats = _compile_arguments()
    from app.domain import schema_code  # generated; ~30 ms to load instead of ~0.5 s to compile

    if schema_sha256() == schema_code.SCHEMA_SHA256:
        return functools.partial(schema_code.validate, custom_formats=formats)
    # A schema changed without regenerating the code (a unit test fails on that): still exact,
    # only slower, rather than judging records by an older schema.
    return fastjsonschema.compile(
        definition,
        handlers=_HANDLERS,
        formats=formats,
        use_default=False,  # never write defaults into the caller's document
    )


def plain_json(doc: Any) -> bool:
    """Whether ``doc`` holds only what JSON parses to, floats aside: dicts with str keys, lists,
    str, int, bool, None. Anything else (a float, which fastjsonschema counts as an integer when
    whole, a tuple, which it counts as an array, a subclass) is left to the reference."""
    stack = [doc]
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is dict:
            if not all(type(key) is str for key in node):
                return False
            stack.extend(node.values())
        elif kind is list:
            stack.extend(node)
        elif kind is not str and kind is not int and kind is not bool and node is not None:
            return False
    return True


def accepts(doc: Any) -> bool:
    """True when the compiled schema accepts ``doc`` (then the reference accepts it too); False
    when it rejects it or cannot tell: the caller then asks the reference."""
    if not plain_json(doc):
        return False
    validate = compiled()  # outside the try: a schema it cannot compile is an error
    try:
        validate(doc)
    except Exception:  # a rejection, or any doubt: the reference decides
        return False
    return True
