"""The quick testimony's answers written into the full record and read back (no Qt)."""

from __future__ import annotations

from typing import Any

from app.domain.record import collect_issues
from app.domain.shipped_vocabularies import load_shipped
from app.ui.quick.record import SELF, QuickAnswers, apply_answers, read_answers
from tests.factories import minimal_testimony

DAY = {"precision": "day", "value": "2024-10-03"}
TYPES = {"brest_sizo7": "sizo"}


def _blank() -> dict[str, Any]:
    return {
        "schema": "sviedka.testimony/1",
        "confidentiality": "confidential",
        "status": "draft",
        "interview": {},
        "consent": {"scopes": []},
        "persons": [],
    }


def _answers(**changes: Any) -> QuickAnswers:
    answers = QuickAnswers(
        interviewer="K-07",
        date=DAY,
        country="LT",
        language="be",
        informant_name="Ганна Баравік",
        relation="parent",
        person_name="Алесь Баравік",
        arrest_date={"precision": "day", "value": "2022-11-14"},
        arrest_place="Brest border crossing",
        facility="brest_sizo7",
        incommunicado_since={"precision": "month", "value": "2024-02"},
        health="diabetes",
        care_denied=True,
        care_needed="Insulin",
        scopes=["internal_documentation", "share_organisation"],
        narrative="Сына затрымалі на мяжы.",
    )
    for name, value in changes.items():
        setattr(answers, name, value)
    return answers


def _write(doc: dict[str, Any], answers: QuickAnswers) -> dict[str, Any]:
    return apply_answers(doc, answers, lambda facility: TYPES.get(facility, ""))


def test_the_answers_make_a_valid_record() -> None:
    doc = _write(_blank(), _answers())
    assert collect_issues(doc, load_shipped()) == []
    assert doc["detention_episodes"][0]["places"] == [
        {"facility": "brest_sizo7", "place_type": "sizo"}  # the type follows the facility
    ]
    assert doc["interview"]["narrative"]["language"] == "be"  # from the interview's language


def test_what_is_written_reads_back() -> None:
    answers = _answers()
    found = read_answers(_write(_blank(), answers))
    assert found == _answers(place_type="sizo", narrative_language="be")


def test_writing_twice_adds_nobody_twice() -> None:
    once = _write(_blank(), _answers())
    twice = _write(once, _answers(care_needed="Insulin and test strips"))
    for section in ("persons", "information_links", "detention_episodes", "incommunicado"):
        assert len(twice[section]) == len(once[section]), section
    assert twice["medical_care"] == [
        {
            "person": "p2",
            "outcome": "denied",
            "condition": "Insulin and test strips",
            "category": "diabetes",
            "episode": "e1",
        }
    ]


def test_what_only_the_full_editor_holds_is_kept() -> None:
    doc = _write(_blank(), _answers())
    doc["persons"][1]["birth_date"] = {"precision": "year", "value": "1994"}
    doc["detention_episodes"][0]["places"].append({"place_type": "prison"})
    doc["prosecutions"] = [{"ref": "pr1", "person": "p2"}]
    doc["consent"]["scopes"].append("media")
    again = _write(doc, read_answers(doc))
    assert again == doc


def test_an_account_of_ones_own_detention_has_one_person() -> None:
    doc = _write(_blank(), _answers(relation=SELF, person_name=""))
    assert len(doc["persons"]) == 1
    assert set(doc["persons"][0]["roles"]) == {"informant", "victim"}
    assert doc["information_links"][0]["connection"] == "self"
    assert collect_issues(doc, load_shipped()) == []


def test_an_existing_record_is_read_by_its_informant_and_victim() -> None:
    doc = minimal_testimony()
    found = read_answers(doc)
    assert found.interviewer == "K-01"
    assert found.relation == ""
    assert found.person_name == ""  # the informant alone is not the person concerned
