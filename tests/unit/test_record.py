"""The testimony's JSON form: schema, validation messages and field paths (app.domain.record)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from app.domain.record import (
    VOCABULARY_FIELDS,
    InvalidTestimony,
    ValidationIssue,
    collect_issues,
    strip_provenance,
    validate_testimony,
)
from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import VocabularySet
from app.resources import resource_path
from tests.factories import day, full_testimony, minimal_testimony

SENTINEL = "SENTINEL-Іван-Іванавіч"


@pytest.fixture(scope="module")
def vocab() -> VocabularySet:
    return load_shipped()


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(resource_path("schema", "testimony.schema.json").read_text("utf-8"))


def issues_of(doc: Any, vocab: VocabularySet) -> list[ValidationIssue]:
    return collect_issues(doc, vocab)


def paths_of(doc: Any, vocab: VocabularySet) -> list[str]:
    return [issue.path for issue in collect_issues(doc, vocab)]


# --- the documents that must pass --------------------------------------------------------


def test_the_example_is_a_valid_testimony(vocab: VocabularySet) -> None:
    assert issues_of(full_testimony(), vocab) == []
    validate_testimony(full_testimony(), vocab)


def test_the_minimal_testimony_is_valid(vocab: VocabularySet) -> None:
    assert issues_of(minimal_testimony(), vocab) == []


def test_a_vault_assigned_uuid_is_accepted(vocab: VocabularySet) -> None:
    doc = minimal_testimony(id="3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b")
    assert issues_of(doc, vocab) == []


def test_share_organisation_is_a_shipped_scope(vocab: VocabularySet) -> None:
    # Consent to share with the central organisation governs export: it must exist and read
    # well in every interface language.
    assert vocab.has("consent_scopes", "share_organisation")
    assert "organisation" in vocab.label("consent_scopes", "share_organisation", "en")
    doc = minimal_testimony()
    doc["consent"]["scopes"] = ["share_organisation"]
    assert issues_of(doc, vocab) == []


@pytest.mark.parametrize(
    "date",
    [
        day("2024-02-29"),
        {"precision": "month", "value": "2024-02"},
        {"precision": "year", "value": "1961"},
        {"precision": "approximate", "value": "1961-05"},
        {"precision": "unknown"},
    ],
)
def test_every_date_precision_is_accepted(vocab: VocabularySet, date: dict[str, str]) -> None:
    doc = minimal_testimony()
    doc["persons"][0]["birth_date"] = date
    assert issues_of(doc, vocab) == []


def test_a_period_known_only_to_the_month_is_not_a_contradiction(vocab: VocabularySet) -> None:
    doc = full_testimony()
    cell = doc["detention_episodes"][0]["punishment_cells"][0]
    cell["from"], cell["until"] = {"precision": "month", "value": "2023-08"}, day("2023-08-01")
    assert issues_of(doc, vocab) == []


# --- each problem names its exact field --------------------------------------------------


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        node = doc
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return mutate


def _delete(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def mutate(doc: dict[str, Any]) -> None:
        node = doc
        for step in path[:-1]:
            node = node[step]
        del node[path[-1]]

    return mutate


CASES = [
    ("impossible day", _set(["persons", 1, "birth_date"], day("2023-02-30")),
     "persons[1].birth_date.value", "is not a real calendar date"),
    ("month 13", _set(["interview", "date"], {"precision": "month", "value": "2024-13"}),
     "interview.date.value", "is not a real calendar date"),
    ("value does not match precision", _set(["persons", 0, "birth_date"], day("1966-09")),
     "persons[0].birth_date.value", "must be YYYY-MM-DD for precision day"),
    ("unknown date with a value",
     _set(["persons", 0, "birth_date"], {"precision": "unknown", "value": "1966"}),
     "persons[0].birth_date", "must have no value when the precision is unknown"),
    ("unknown facility code",
     _set(["detention_episodes", 0, "places", 2, "facility"], "atlantis_ik99"),
     "detention_episodes[0].places[2].facility", "unknown code 'atlantis_ik99'"),
    ("unknown article", _set(["prosecutions", 0, "articles", 0, "code"], "423"),
     "prosecutions[0].articles[0].code", "criminal_code_articles"),
    ("unknown consent scope", _set(["consent", "scopes", 1], "sell_to_press"),
     "consent.scopes[1]", "unknown code 'sell_to_press' in vocabulary consent_scopes"),
    ("dangling victim", _set(["ill_treatment_acts", 1, "victim"], "p99"),
     "ill_treatment_acts[1].victim", "names no person"),
    ("dangling consent giver", _set(["consent", "given_by"], "p42"),
     "consent.given_by", "names no person"),
    ("dangling relation", _set(["persons", 0, "relations", 1, "to"], "p42"),
     "persons[0].relations[1].to", "names no person"),
    ("episode of another person", _set(["ill_treatment_acts", 0, "episode"], "e2"),
     "ill_treatment_acts[0].episode", "another person"),
    ("unknown episode", _set(["medical_care", 0, "episode"], "e9"),
     "medical_care[0].episode", "names no detention episode"),
    ("re-conviction of nothing", _set(["prosecutions", 1, "while_serving"], "pr2"),
     "prosecutions[1].while_serving", "names no other prosecution"),
    ("dangling event link", _set(["event_links", 0, "to"], "pr9"),
     "event_links[0].to", "names no item"),
    ("duplicate ref", _set(["deaths_in_detention", 0, "ref"], "e1"),
     "deaths_in_detention[0].ref", "repeats the ref of detention_episodes[0]"),
    ("string for a number", _set(["interview", "duration_minutes"], "95"),
     "interview.duration_minutes", "must be a whole number"),
    ("float for a number", _set(["prosecutions", 0, "sentence", "term_months"], 24.0),
     "prosecutions[0].sentence.term_months", "must be a whole number"),
    ("text for a flag", _set(["prosecutions", 2, "in_absentia"], "yes"),
     "prosecutions[2].in_absentia", "must be true or false"),
    ("object for a list", _set(["persons", 3, "roles"], {"victim": True}),
     "persons[3].roles", "must be a list"),
    ("value outside an enum", _set(["interview", "mode"], "by_pigeon"),
     "interview.mode", "must be one of: in_person, remote"),
    ("missing required field", _delete(["interview", "date"]),
     "interview.date", "is required"),
    ("unexpected field", _set(["persons", 0, "nickname"], "Ганначка"),
     "persons[0].nickname", "is not a field of this section"),
    ("country not ISO", _set(["interview", "place", "country"], "Lithuania"),
     "interview.place.country", "ISO 3166-1 alpha-2"),
    ("until before from", _set(["detention_episodes", 1, "exit_ban", "until"], day("2024-01-01")),
     "detention_episodes[1].exit_ban.until", "is before from"),
    ("release before arrest",
     _set(["detention_episodes", 1, "release", "date"], day("2024-01-22")),
     "detention_episodes[1].release.date", "is before arrest.date"),
    ("asserted age", _set(["humanitarian_criteria", 0, "criterion"], "age_over_60"),
     "humanitarian_criteria[0].criterion", "computed from the person's birth_date"),
    ("411 flag without Art. 411", _set(["prosecutions", 0, "art411_reconviction"], True),
     "prosecutions[0].art411_reconviction", "do not include 411"),
    ("note on a missing field", _set(["field_notes", 0, "path"], "persons[2].death_date"),
     "field_notes[0].path", "names no field"),
    ("not a uuid", _set(["id"], "record-1"), "id", "must be a valid uuid"),
    ("wrong schema", _set(["schema"], "sviedka.testimony/3"),
     "schema", 'must be "sviedka.testimony/2"'),
    # Schema 2's elements
    ("unknown administrative article",
     _set(["administrative_cases", 0, "articles", 0, "code"], "342"),
     "administrative_cases[0].articles[0].code", "administrative_code_articles"),
    ("list entry from another person's case", _set(["list_entries", 1, "prosecution"], "pr1"),
     "list_entries[1].prosecution", "another person than person"),
    ("incident linked to no prosecution", _set(["transnational_incidents", 3, "prosecution"], "t1"),
     "transnational_incidents[3].prosecution", "names no prosecution"),
    ("pressure aimed at nobody", _set(["transnational_incidents", 2, "targeted_exile"], "p99"),
     "transnational_incidents[2].targeted_exile", "names no person"),
    ("unknown co-defendant", _set(["prosecutions", 2, "co_defendants", 0], "p99"),
     "prosecutions[2].co_defendants[0]", "names no person"),
    ("source who is nobody", _set(["deaths_in_detention", 0, "source"], "p99"),
     "deaths_in_detention[0].source", "names no person"),
    ("responsible who is nobody",
     _set(["prosecutions", 0, "responsible", 0], {"involvement": "decided"}),
     "prosecutions[0].responsible[0]", "needs a person, an agency or a description"),
    ("recruitment after another's detention", _set(["recruitment_attempts", 0, "episode"], "e1"),
     "recruitment_attempts[0].episode", "another person"),
    ("reply before the appeal",
     _set(["interventions", 0, "reply", "date"], day("2024-01-01")),
     "interventions[0].reply.date", "is before date"),
    ("death with an unknown custody", _set(["deaths_in_detention", 0, "custody"], "exile"),
     "deaths_in_detention[0].custody", "must be one of"),
    ("a schema-1 list inclusion in a schema-2 record",
     _set(["prosecutions", 0, "extremist_list"], {"date": day("2023-05-01")}),
     "prosecutions[0].extremist_list", "is not a field of this section"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "path", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_problem_is_reported_at_its_exact_path(
    vocab: VocabularySet, mutate: Callable[[dict[str, Any]], None], path: str, message: str
) -> None:
    doc = full_testimony()
    mutate(doc)
    issues = issues_of(doc, vocab)
    assert [issue.path for issue in issues] == [path], issues
    assert message in issues[0].message


def test_a_document_that_is_not_an_object_is_named_as_the_testimony(
    vocab: VocabularySet,
) -> None:
    assert issues_of(["not", "a", "record"], vocab) == [
        ValidationIssue("(testimony)", "must be an object")
    ]


def test_several_problems_are_all_reported_in_path_order(vocab: VocabularySet) -> None:
    doc = full_testimony()
    doc["persons"][2]["gender"] = "x"
    doc["persons"][1]["birth_date"] = day("2023-02-30")
    doc["consent"]["given_by"] = "p42"
    assert paths_of(doc, vocab) == [
        "consent.given_by",
        "persons[1].birth_date.value",
        "persons[2].gender",
    ]


# --- messages never carry testimony --------------------------------------------------------

SENTINEL_PLACES = [
    ["persons", 0, "birth_date", "value"],
    ["persons", 0, "gender"],
    ["persons", 0, "ref"],
    ["persons", 0, "citizenship", 0],
    ["interview", "duration_minutes"],
    ["interview", "language"],
    ["consent", "given_by"],
    ["consent", "scopes", 0],
    ["detention_episodes", 0, "places", 2, "facility"],
    ["detention_episodes", 0, "arrest", "identified_via", 0],
    ["attachments_described", 0, "sha256"],
    ["field_notes", 0, "path"],
    ["prosecutions", 0, "articles", 0, "code"],
]


@pytest.mark.parametrize("where", SENTINEL_PLACES, ids=lambda where: ".".join(map(str, where)))
def test_messages_never_contain_the_bad_value(vocab: VocabularySet, where: list[Any]) -> None:
    doc = full_testimony()
    _set(where, SENTINEL)(doc)
    with pytest.raises(InvalidTestimony) as caught:
        validate_testimony(doc, vocab)
    texts = [str(caught.value)] + [f"{i.path} {i.message}" for i in caught.value.issues]
    assert caught.value.issues, "the sentinel must make the record invalid"
    assert not [text for text in texts if "SENTINEL" in text or "Іван" in text]


def _node_paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield (*path, key)
            yield from _node_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield (*path, index)
            yield from _node_paths(value, (*path, index))


EXAMPLE_PATHS = list(_node_paths(full_testimony()))
garbage = st.recursive(
    st.none() | st.booleans() | st.integers() | st.just(SENTINEL) | st.just("p1"),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["value", "precision", "ref", SENTINEL]), inner)
    ),
    max_leaves=6,
)


# No deadline: speed is judged in bench/, and the first call builds the reference validator.
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(EXAMPLE_PATHS), garbage), min_size=1, max_size=4))
def test_any_damage_is_reported_never_raised_nor_echoed(
    vocab: VocabularySet, damage: list[tuple[tuple[Any, ...], Any]]
) -> None:
    """A hand-written file can be wrong anywhere: the answer is a list of issues, not a crash."""
    doc = full_testimony()
    for path, value in damage:
        try:
            _set(list(path), value)(doc)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the place
    for issue in collect_issues(doc, vocab):
        assert "SENTINEL" not in issue.path + issue.message
        assert "Іван" not in issue.path + issue.message


def test_an_unexpected_key_holding_testimony_is_not_echoed(vocab: VocabularySet) -> None:
    doc = full_testimony()
    doc["persons"][0][SENTINEL] = "x"
    issues = issues_of(doc, vocab)
    assert issues == [ValidationIssue("persons[0]", "has a field with an unexpected name")]


# --- the exception ---------------------------------------------------------------------------


def test_invalid_testimony_names_the_first_path_and_counts_the_rest(vocab: VocabularySet) -> None:
    doc = full_testimony()
    doc["consent"]["given_by"] = "p42"
    doc["persons"][1]["birth_date"] = day("2023-02-30")
    doc["interview"]["mode"] = "by_pigeon"
    with pytest.raises(InvalidTestimony) as caught:
        validate_testimony(doc, vocab)
    assert isinstance(caught.value, ValueError)
    assert len(caught.value.issues) == 3
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith("invalid testimony: consent.given_by: names no person")
    assert text.endswith("(and 2 more problems)")


def test_strip_provenance_removes_only_the_vault_metadata(vocab: VocabularySet) -> None:
    doc = full_testimony()
    doc["provenance"] = {"id": "x", "version": 3}
    assert paths_of(doc, vocab) == ["provenance"]
    stripped = strip_provenance(doc)
    assert "provenance" not in stripped
    assert "provenance" in doc  # the caller's document is left alone
    assert stripped == full_testimony()
    validate_testimony(stripped, vocab)


# --- the schema as documentation ------------------------------------------------------------


def _walk(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == "https://sviedka.invalid/schema/testimony-2.json"


def test_every_property_is_described_and_every_object_closed(schema: dict[str, Any]) -> None:
    undocumented, open_objects, floats = [], [], []
    for where, node in _walk(schema):
        if {"if", "then"} & set(where.split("/")):
            continue  # conditional fragments restate properties described elsewhere
        for name, sub in node.get("properties", {}).items():
            if not isinstance(sub, dict) or not sub.get("description"):
                undocumented.append(f"{where}/properties/{name}")
        if "properties" in node and node.get("additionalProperties") is not False:
            open_objects.append(where)
        if node.get("type") == "number":
            floats.append(where)
    assert (undocumented, open_objects, floats) == ([], [], [])


def _annotated(
    schema: dict[str, Any], node: dict[str, Any], path: str
) -> Iterator[tuple[str, str]]:
    """(field pattern, vocabulary) for every x-vocabulary annotation reachable from node."""
    if "$ref" in node:
        target = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
        if "x-vocabulary" in node and target.get("type") == "array":
            yield f"{path}[]", node["x-vocabulary"]
        elif "x-vocabulary" in node:
            yield path, node["x-vocabulary"]
        yield from _annotated(schema, target, path)
    for name, sub in node.get("properties", {}).items():
        yield from _annotated(schema, sub, f"{path}.{name}" if path else name)
    if isinstance(node.get("items"), dict):
        yield from _annotated(schema, node["items"], f"{path}[]")


def test_vocabulary_table_matches_the_schema_annotations(
    schema: dict[str, Any], vocab: VocabularySet
) -> None:
    annotated = dict(_annotated(schema, schema, ""))
    assert annotated == dict(VOCABULARY_FIELDS)
    assert set(VOCABULARY_FIELDS.values()) <= set(vocab.names())
