"""A sensitive mark must point at what is written, or the testimony is not saved: a mark that
misses its text would let the words the interviewer meant to keep back leave in a hand-over.
Each problem is one sentence about the mark, with no word of the testimony in it."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.record import InvalidTestimony, collect_issues, validate_testimony
from app.domain.shipped_vocabularies import load_shipped
from app.domain.vocabulary import VocabularySet
from tests.factories import day, full_testimony, minimal_testimony

NARRATIVE = "SECRET-Алесь was taken at the border."  # 37 characters


@pytest.fixture(scope="module")
def vocab() -> VocabularySet:
    return load_shipped()


def marked(*marks: dict[str, Any]) -> dict[str, Any]:
    doc = minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": ["internal_documentation"], "sensitive_marks": list(marks)},
    )  # fmt: skip
    doc["interview"]["narrative"] = {"text": NARRATIVE, "language": "be"}
    return doc


def problems(doc: dict[str, Any], vocab: VocabularySet) -> list[tuple[str, str]]:
    return [(i.path, i.message) for i in collect_issues(doc, vocab) if "sensitive" in i.path]


def test_marks_on_what_is_written_are_saved(vocab: VocabularySet) -> None:
    validate_testimony(full_testimony(), vocab)  # the shipped example marks its narrative
    doc = marked(
        {"path": "interview.narrative.text", "start": 0, "end": len(NARRATIVE)},
        {"path": "interview.narrative.text", "start": 7, "end": 12},
        {"path": "persons[0].roles"},  # a whole field
    )
    validate_testimony(doc, vocab)


def test_a_mark_past_the_end_of_the_text_is_refused(vocab: VocabularySet) -> None:
    doc = marked({"path": "interview.narrative.text", "start": 30, "end": 60})
    assert problems(doc, vocab) == [
        ("consent.sensitive_marks[0].end", "is past the end of the text (37 characters)")
    ]
    with pytest.raises(InvalidTestimony) as caught:
        validate_testimony(doc, vocab)
    assert "SECRET" not in str(caught.value)
    assert "Алесь" not in str(caught.value)


def test_a_mark_on_a_field_that_is_not_there_is_refused(vocab: VocabularySet) -> None:
    doc = marked({"path": "persons[3].contact"}, {"path": "interview.interviewer_notes"})
    assert problems(doc, vocab) == [
        ("consent.sensitive_marks[0].path", "names no field of this record"),
        ("consent.sensitive_marks[1].path", "names no field of this record"),
    ]


def test_a_part_of_a_text_needs_both_ends_in_order(vocab: VocabularySet) -> None:
    doc = marked(
        {"path": "interview.narrative.text", "start": 5},
        {"path": "interview.narrative.text", "start": 9, "end": 4},
        {"path": "persons[0].roles", "start": 0, "end": 3},
    )
    assert problems(doc, vocab) == [
        ("consent.sensitive_marks[0]",
         "marks part of a text: it needs both a start and an end"),
        ("consent.sensitive_marks[1].end", "is not after where the marked part starts"),
        ("consent.sensitive_marks[2]",
         "marks part of a text, but the field it names holds no text"),
    ]  # fmt: skip
