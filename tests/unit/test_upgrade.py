"""Reading a schema-1 testimony as schema 2 (app.domain.upgrade), without touching its bytes.

`data/testimony-1-example.json` is the shipped example as schema 1 wrote it (the template
before schema 2), plus a field note on one of the fields that moved.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.domain.canonical import canonical_bytes
from app.domain.record import collect_issues
from app.domain.shipped_vocabularies import load_shipped
from app.domain.template import example_testimony
from app.domain.upgrade import CURRENT, SCHEMA_1, upgrade
from tests.factories import minimal_testimony

VOCAB = load_shipped()
OLD_EXAMPLE = Path(__file__).parent / "data" / "testimony-1-example.json"


def old_example() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(OLD_EXAMPLE.read_text("utf-8"))
    return doc


def schema_1_fixtures() -> dict[str, dict[str, Any]]:
    no_cases = old_example()
    del no_cases["prosecutions"]
    no_cases["event_links"] = [link for link in no_cases["event_links"] if link["to"] != "pr1"]
    no_cases["event_links"] = [link for link in no_cases["event_links"] if "pr" not in link["from"]]
    no_cases["event_links"] = [link for link in no_cases["event_links"] if link["to"] != "pr3"]
    no_cases["field_notes"] = no_cases["field_notes"][:2]
    listed_twice = old_example()
    listed_twice["prosecutions"][2]["extremist_list"] = {"date": {"precision": "unknown"}}
    return {
        "example": old_example(),
        "minimal (tests/factories)": minimal_testimony(),
        "without prosecutions": no_cases,
        "on both lists": listed_twice,
    }


def test_the_fixtures_are_schema_1() -> None:
    assert all(doc["schema"] == SCHEMA_1 for doc in schema_1_fixtures().values())


@pytest.mark.parametrize("name", list(schema_1_fixtures()))
def test_every_schema_1_fixture_upgrades_to_a_valid_schema_2_testimony(name: str) -> None:
    doc = schema_1_fixtures()[name]
    upgraded = upgrade(doc)
    assert upgraded["schema"] == CURRENT
    assert collect_issues(upgraded, VOCAB) == []


def test_the_template_is_already_current_and_upgrades_to_itself() -> None:
    template = example_testimony()
    assert template["schema"] == CURRENT
    assert upgrade(template) == template


def test_list_inclusions_become_list_entries_of_the_accused_with_their_case() -> None:
    old = old_example()
    upgraded = upgrade(old)
    assert all(
        "extremist_list" not in case and "terrorist_list" not in case
        for case in upgraded["prosecutions"]
    )
    assert upgraded["list_entries"] == [
        {"list": "extremist", "person": "p2", "prosecution": "pr1",
         "date": {"precision": "month", "value": "2023-05"},
         "note": "Persons involved in extremism"},
        {"list": "terrorist", "person": "p4", "prosecution": "pr3",
         "date": {"precision": "month", "value": "2024-01"}, "note": "KGB list"},
    ]  # fmt: skip
    # Nothing else of the testimony changes.
    for key in set(old) - {"schema", "prosecutions", "field_notes", "list_entries"}:
        assert upgraded[key] == old[key], key


def test_a_field_note_follows_the_field_it_is_about() -> None:
    upgraded = upgrade(old_example())
    paths = [note["path"] for note in upgraded["field_notes"]]
    assert "list_entries[1].date" in paths
    assert not any("terrorist_list" in path for path in paths)
    assert collect_issues(upgraded, VOCAB) == []  # the note's path exists


def test_upgrade_is_pure_and_an_upgraded_record_shares_nothing() -> None:
    old = old_example()
    before = copy.deepcopy(old)
    upgraded = upgrade(old)
    assert old == before
    upgraded["persons"][0]["roles"].append("witness")
    upgraded["list_entries"][0]["date"]["value"] = "1999"
    assert old == before
    # A current record is read as it is: no copy (a save paid ~17 ms per deep copy), unchanged.
    current = example_testimony()
    assert upgrade(current) is current
    assert current == example_testimony()


def test_upgrading_twice_changes_nothing_more() -> None:
    once = upgrade(old_example())
    assert upgrade(once) == once


@pytest.mark.parametrize("thing", [None, [], "text", 3, {"schema": "sviedka.testimony/9"}])
def test_what_is_not_a_schema_1_testimony_comes_back_as_it_was(thing: Any) -> None:
    assert upgrade(thing) == thing


def test_a_schema_1_record_keeps_its_bytes_and_its_hash_and_is_judged_as_its_upgrade() -> None:
    old = old_example()
    stored = canonical_bytes(old)
    digest = hashlib.sha256(stored).hexdigest()
    assert collect_issues(old, VOCAB) == []
    assert canonical_bytes(old) == stored  # validation read it without rewriting it
    assert hashlib.sha256(canonical_bytes(old)).hexdigest() == digest
    assert canonical_bytes(upgrade(old)) != stored  # the upgrade is a reading, never the record


def test_a_problem_of_a_schema_1_record_is_named_where_the_upgrade_puts_it() -> None:
    old = old_example()
    old["prosecutions"][0]["extremist_list"]["date"] = {"precision": "day", "value": "2023-02-30"}
    issues = collect_issues(old, VOCAB)
    assert [(issue.path, issue.message) for issue in issues] == [
        ("list_entries[0].date.value", "is not a real calendar date")
    ]
