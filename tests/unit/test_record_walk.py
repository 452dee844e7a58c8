"""The date checks' walk (record._objects) lists every object that holds a partial date or a
period, with its path, as listing every object and keeping those did (before issue 15)."""

from __future__ import annotations

import copy
from typing import Any

from app.domain import record
from app.domain.template import example_testimony
from bench import data


def every_object(node: Any, parts: tuple[str | int, ...] = ()) -> list[tuple[Any, Any]]:
    """The plain definition: every object of the document with its path."""
    found: list[tuple[Any, Any]] = []
    if isinstance(node, dict):
        found.append((parts, node))
        for key, child in node.items():
            found += every_object(child, (*parts, key))
    elif isinstance(node, list):
        for index, child in enumerate(node):
            found += every_object(child, (*parts, index))
    return found


def dated(node: Any) -> list[tuple[Any, Any]]:
    kept = [(p, o) for p, o in every_object(node) if "precision" in o or "until" in o]
    return sorted(kept, key=lambda item: repr(item[0]))


def documents() -> list[Any]:
    odd = copy.deepcopy(example_testimony())
    odd["persons"][0]["extra"] = [[{"precision": "day", "value": "2023-02-30"}], [], {}]
    odd["nested"] = {"deep": [{"until": {"precision": "year", "value": "2020"}}]}
    return [example_testimony(), odd, *data.TestimonyGenerator(seed=3).take(5), {}, [], "text", 7]


def test_the_walk_keeps_every_dated_object_with_its_path() -> None:
    for doc in documents():
        walked = sorted(record._objects(doc), key=lambda item: repr(item[0]))
        assert walked == dated(doc)
        assert all(
            found is original for (_, found), (_, original) in zip(walked, dated(doc), strict=True)
        )


def test_a_bad_date_deep_in_lists_is_reported_at_its_path() -> None:
    doc = documents()[1]
    issues = [(parts, message) for parts, message in record._date_issues(record._objects(doc))]
    assert ((*("persons", 0, "extra", 0, 0), "value"), "is not a real calendar date") in issues
