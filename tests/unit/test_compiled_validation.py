"""The compiled schema (fastjsonschema) against the reference (jsonschema) in app.domain.schema.

The compiled validator only decides "valid or not" quickly; a document it rejects is walked by
the reference for the messages. So it must never accept what the reference rejects, should
accept what the reference accepts (or the fast path is lost), and `collect_issues` must give
the same issues, in the same order, as the reference alone.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.domain import record, schema
from app.domain.shipped_vocabularies import load_shipped
from app.domain.template import example_testimony
from app.domain.upgrade import upgrade
from app.domain.vocabulary import VocabularySet
from bench import data as bench_data
from tests.factories import day, full_testimony, minimal_testimony

VOCAB = load_shipped()
UUID = "3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b"


def current_minimal(**overrides: Any) -> dict[str, Any]:
    """The factories' smallest testimony in the current schema: both validators judge the
    current form; an older one reaches them only through its upgrade (tests/unit/test_upgrade)."""
    return upgrade(minimal_testimony(**overrides))  # type: ignore[no-any-return]


def reference_rejects(doc: Any) -> bool:
    return any(True for _ in schema.reference().iter_errors(doc))


def reference_issues(doc: Any, vocab: VocabularySet) -> list[record.ValidationIssue]:
    """What collect_issues gave before the compiled path: the reference for every document."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "accepts", lambda _doc: False)
        return record.collect_issues(doc, vocab)


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, str):
        yield node


def check_agreement(doc: Any) -> None:
    before = copy.deepcopy(doc)
    fast = schema.accepts(doc)
    assert doc == before, "the compiled validator changed the document"
    rejected = reference_rejects(doc)
    if fast:
        assert not rejected, "the compiled validator accepted what the reference rejects"
    elif not rejected and schema.plain_json(doc):
        # The one known difference: fastjsonschema reads a pattern's `$` as `\Z`, so it refuses
        # a final newline that the reference's re.search lets through. Stricter is safe.
        assert any(text.endswith("\n") for text in _strings(doc)), (
            "the compiled validator rejected a document the reference accepts"
        )
    assert record.collect_issues(doc, VOCAB) == reference_issues(doc, VOCAB)


def fixtures() -> list[dict[str, Any]]:
    docs = [current_minimal(), full_testimony(), example_testimony()]
    docs.append(current_minimal(id=UUID))
    docs += bench_data.TestimonyGenerator(seed=1).take(20)
    docs += bench_data.TestimonyGenerator(seed=12).take(5)
    return [upgrade(doc) for doc in docs]


FIXTURES = fixtures()


@pytest.mark.parametrize("index", range(len(FIXTURES)))
def test_every_fixture_is_accepted_by_both(index: int) -> None:
    doc = FIXTURES[index]
    assert schema.accepts(doc)
    assert not reference_rejects(doc)
    assert record.collect_issues(doc, VOCAB) == []


# Hand-picked damage the corpus below may take a while to stumble on.
KNOWN_BAD: list[tuple[list[Any], Any]] = [
    (["persons", 0, "birth_date"], {"precision": "day", "value": 3.0}),
    (["persons", 0, "birth_date"], day("1990-02-30")),
    (["persons", 0, "birth_date"], day("1990\n")),
    (["persons", 0, "birth_date"], {"precision": "year", "value": "1990-01"}),
    (["persons", 0, "birth_date"], {"precision": "year", "value": "1990\n"}),
    (["persons", 0, "roles"], ["informant", "informant"]),
    (["persons", 0, "roles"], ("informant",)),
    (["persons", 0, "roles"], []),
    (["persons", 0, "ref"], True),
    (["status"], "final"),
    (["schema"], "sviedka.testimony/3"),
    (["id"], "3f2b8c1e9a4d4e6f8b1a2c3d4e5f6a7b"),
    (["id"], "{3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b}"),
    (["id"], UUID.upper()),
    (["interview", "place", "country"], "lt"),
    (["interview", "mode"], None),
    (["interview", "extra"], "x"),
    (["consent", "scopes"], ["internal_documentation", 1]),
]


@pytest.mark.parametrize(("where", "value"), KNOWN_BAD)
def test_known_damage_is_judged_as_the_reference_does(where: list[Any], value: Any) -> None:
    for base in (current_minimal(), full_testimony()):
        node = base
        for step in where[:-1]:
            node = node[step]
        node[where[-1]] = value
        check_agreement(base)


def test_integers_that_are_floats_bools_or_huge_are_judged_as_the_reference_does() -> None:
    doc = full_testimony()
    holder = _find_integer(doc)
    assert holder is not None, "the example has no integer field"
    node, key = holder
    for value in (3.0, 3.5, True, False, 2**64, -(2**64), 10**100, -1, 0, "3", None):
        node[key] = value
        check_agreement(doc)


def _find_integer(node: Any) -> tuple[Any, Any] | None:
    if isinstance(node, dict):
        items: Any = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return None
    for key, value in items:
        if type(value) is int:
            return node, key
        found = _find_integer(value)
        if found is not None:
            return found
    return None


def test_not_a_testimony_at_all() -> None:
    for doc in (None, [], [current_minimal()], "text", 1, 1.5, True, {}, {"schema": 1}):
        check_agreement(doc)


# --- a corpus of mutated documents ------------------------------------------------------

SCHEMA_STRINGS = sorted(
    {
        value
        for keyword, values in schema.keywords(schema.document())
        if keyword in ("enum", "const")
        for value in (values if isinstance(values, list) else [values])
        if isinstance(value, str)
    }
)
awkward_strings = st.sampled_from(
    [
        "",
        " ",
        "x" * 101,
        "x" * 301,
        "2024",
        "2024\n",
        "2024-02",
        "2024-02-30",
        "2024-13-01",
        "2024-1-1",
        "20240101",
        UUID,
        UUID + "\n",
        UUID.replace("-", ""),
        "p1",
        "p2",
        "LT",
        "LTU",
        "be",
        "be-Latn",
        "BE",
        "a" * 64,
        "A" * 64,
        "text/plain",
        "persons[0].names",
        "411",
        "minsk_akrestsina_cip",
        "Іван",
    ]
)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=25),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, 1.0, 3.0, 1e300]),
    st.text(max_size=8),
    awkward_strings,
    st.sampled_from(SCHEMA_STRINGS),
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["ref", "value", "precision", "x", "name"]), inner, max_size=3
        ),
    ),
    max_leaves=6,
)


def _locations(node: Any, parts: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*parts, key)
            yield from _locations(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*parts, index)
            yield from _locations(value, (*parts, index))


BASES = [current_minimal(), full_testimony(), bench_data.TestimonyGenerator(seed=3).make()]
LOCATIONS = [sorted(_locations(base), key=repr) for base in BASES]
MUTATIONS = ["replace", "delete", "extra_field", "duplicate", "copy_elsewhere", "tuple"]


def _parent(doc: Any, where: tuple[Any, ...]) -> Any:
    """The dict or list holding ``where``, or None if an earlier mutation removed it."""
    for step in where[:-1]:
        try:
            doc = doc[step]
        except (KeyError, IndexError, TypeError):
            return None
    key = where[-1]
    if isinstance(doc, dict) and key in doc:
        return doc
    if isinstance(doc, list) and isinstance(key, int) and key < len(doc):
        return doc
    return None


def _mutate(doc: Any, where: tuple[Any, ...], how: str, value: Any, other: tuple[Any, ...]) -> None:
    parent, key = _parent(doc, where), where[-1]
    if parent is None:
        return
    if how == "replace":
        parent[key] = value
    elif how == "delete":
        del parent[key]
    elif how == "extra_field":
        target = parent[key] if isinstance(parent[key], dict) else parent
        if isinstance(target, dict):
            target["unexpected_field"] = value
    elif how == "duplicate":
        if isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif isinstance(parent[key], list) and parent[key]:
            parent[key].append(copy.deepcopy(parent[key][0]))
    elif how == "copy_elsewhere":
        source = _parent(doc, other)
        if source is not None:
            parent[key] = copy.deepcopy(source[other[-1]])
    elif how == "tuple" and isinstance(parent[key], list):
        parent[key] = tuple(parent[key])


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_documents_are_judged_as_the_reference_does(data: st.DataObject) -> None:
    base_index = data.draw(st.integers(0, len(BASES) - 1), label="base")
    doc = copy.deepcopy(BASES[base_index])
    locations = LOCATIONS[base_index]
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        where = data.draw(st.sampled_from(locations), label="where")
        how = data.draw(st.sampled_from(MUTATIONS), label="how")
        other = data.draw(st.sampled_from(locations), label="other")
        _mutate(doc, where, how, data.draw(values, label="value"), other)
    check_agreement(doc)
    event("compiled accepts" if schema.accepts(doc) else "compiled rejects")
    event("reference rejects" if reference_rejects(doc) else "reference accepts")


def test_the_compiled_validator_refuses_a_keyword_it_does_not_handle() -> None:
    changed = json.loads(json.dumps(schema.document()))
    changed["$defs"]["partial_date"]["prefixItems"] = [{"type": "string"}]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "document", lambda: changed)
        with pytest.raises(ValueError, match="prefixItems"):
            schema.compiled.__wrapped__()


def test_the_schema_refers_only_to_itself() -> None:
    schema.compiled()  # fastjsonschema rewrites $refs in place: not in the reference's schema
    refs = [value for keyword, value in schema.keywords(schema.document()) if keyword == "$ref"]
    assert refs
    assert all(ref.startswith("#/$defs/") for ref in refs)


def test_the_schema_has_no_ref_with_siblings_nor_non_string_enums() -> None:
    # fastjsonschema ignores a $ref's sibling keywords (draft 7) and compares enum values with
    # ==, where True == 1: both would make it looser than 2020-12 if the schema used them.
    def nodes(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            yield node
            for value in node.values():
                yield from nodes(value)
        elif isinstance(node, list):
            for item in node:
                yield from nodes(item)

    for node in nodes(schema.document()):
        if "$ref" in node and isinstance(node["$ref"], str):
            assert set(node) - {"$ref", "description"} == set() or all(
                key.startswith("x-") or key == "description" for key in set(node) - {"$ref"}
            )
    for keyword, value in schema.keywords(schema.document()):
        if keyword == "enum":
            assert all(isinstance(option, str) for option in value)
        elif keyword == "const":
            assert isinstance(value, str)


def test_the_generated_code_is_the_shipped_schema_compiled() -> None:
    # app/domain/schema_code.py is committed so that no process compiles the schema at start; a
    # schema edited without regenerating it would be checked by the slow path only.
    generated = Path(schema.__file__).with_name("schema_code.py").read_text("utf-8")
    assert generated == schema.generated_code(), "run: .venv/bin/python -m scripts.compile_schema"


def test_records_are_judged_by_the_generated_code() -> None:
    from app.domain import schema_code

    validate = schema.compiled.__wrapped__()
    assert isinstance(validate, functools.partial)
    assert validate.func is schema_code.validate


def test_a_schema_newer_than_the_generated_code_is_compiled_not_ignored() -> None:
    # A new form version is the change: the generated code (made from the shipped
    # schema) accepts the record; the stricter schema, compiled at run time, must refuse it.
    from app.domain import schema_code

    changed = json.loads(json.dumps(schema.document()))
    changed["properties"]["schema"] = {"const": "sviedka.testimony/99"}
    doc = current_minimal()
    assert schema.accepts(doc)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(schema, "document", lambda: changed)
        patch.setattr(schema, "schema_sha256", lambda: "0" * 64)
        validate = schema.compiled.__wrapped__()
        assert getattr(validate, "func", None) is not schema_code.validate
        with pytest.raises(fastjsonschema.JsonSchemaValueException):
            validate(doc)
