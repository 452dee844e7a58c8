"""The consent rules of a hand-over, tried against testimonies built to make them leak."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from app.domain.consent import CASE_CODE, EXCLUDED, NAMED, RULES
from app.domain.handover import WITHHELD_TEXT, Handed, Withheld, hand_over
from tests.factories import day, minimal_testimony

WGAD = RULES["share_un_wgad"]


def _person(ref: str, name: str, *roles: str, **more: Any) -> dict[str, Any]:
    names = [{"value": name, "script": "Latn", "kind": "original"}]
    return {"ref": ref, "roles": list(roles), "names": names, **more}


def _doc(*scopes: str, **sections: Any) -> dict[str, Any]:
    consent = {
        "given_by": "p1",
        "date": day("2024-10-03"),
        "method": "oral",
        "scopes": list(scopes),
    }
    consent.update(sections.pop("consent", {}))
    persons = sections.pop(
        "persons",
        [_person("p1", "Hanna Baravik", "informant"), _person("p2", "Ales Kowalczyk", "victim")],
    )
    return minimal_testimony(consent=consent, persons=persons, **sections)


def _handed(doc: dict[str, Any], rule: Any = WGAD) -> Handed:
    outcome = hand_over(doc, rule, "abcd1234")
    assert isinstance(outcome, Handed), outcome
    return outcome


def _treatment(handed: Handed) -> dict[str, str]:
    return {shown.ref: shown.treatment for shown in handed.persons}


def test_no_consent_to_the_scope_and_a_withdrawn_consent_withhold_everything() -> None:
    assert isinstance(hand_over(_doc("share_un_mechanisms"), WGAD, "x"), Withheld)
    withdrawn = _doc("share_un_wgad", consent={"withdrawal": {"date": day("2025-01-01")}})
    assert hand_over(withdrawn, WGAD, "x") == Withheld("the informant withdrew consent")


def test_others_need_third_party_consent_or_their_own() -> None:
    episode = {"ref": "e1", "person": "p2", "arrest": {"date": day("2022-11-14")}}
    alone = _handed(_doc("share_un_wgad", detention_episodes=[episode]))
    assert _treatment(alone) == {"p1": NAMED, "p2": EXCLUDED}
    assert "detention_episodes" not in alone.document  # the excluded person's episode went too
    assert "Kowalczyk" not in json.dumps(alone.document)

    third = _handed(_doc("share_un_wgad", "third_party_info", detention_episodes=[episode]))
    assert _treatment(third)["p2"] == CASE_CODE
    assert third.document["persons"][1] == {
        "ref": "p2", "case_code": "abcd1234-p2", "roles": ["victim"],
    }  # fmt: skip

    own = {"person": "p2", "date": day("2024-10-04"), "method": "oral", "scopes": ["share_un_wgad"]}
    consented = _handed(_doc("share_un_wgad", consent={"own": [own]}))
    assert _treatment(consented)["p2"] == NAMED
    own["withdrawal"] = {"date": day("2025-02-01")}
    withdrawn = _handed(_doc("share_un_wgad", "third_party_info", consent={"own": [own]}))
    assert _treatment(withdrawn)["p2"] == EXCLUDED


def test_a_sensitive_person_is_never_named_and_anonymised_reports_name_nobody() -> None:
    persons = [_person("p1", "Hanna Baravik", "informant", sensitive=True)]
    assert _treatment(_handed(_doc("share_un_wgad", persons=persons))) == {"p1": CASE_CODE}
    anonymised = RULES["anonymised_public_reporting"]
    shown = _handed(_doc("anonymised_public_reporting", "third_party_info"), anonymised)
    assert set(_treatment(shown).values()) == {CASE_CODE}
    assert "Baravik" not in json.dumps(shown.document)


@pytest.mark.parametrize(("scope", "expected"), [("legal_proceedings", NAMED),
                                                 ("named_publication", CASE_CODE)])  # fmt: skip
def test_alleged_perpetrators_are_named_for_a_court_not_in_publication(
    scope: str, expected: str
) -> None:
    persons = [_person("p1", "Hanna Baravik", "informant"),
               _person("p9", "Judge Ivanou", "alleged_perpetrator")]  # fmt: skip
    assert _treatment(_handed(_doc(scope, persons=persons), RULES[scope]))["p9"] == expected


def test_contacts_notes_and_marked_spans_never_leave() -> None:
    persons = [_person("p1", "Hanna Baravik", "informant", contact="+370 600 00000")]
    doc = _doc(
        "share_un_wgad",
        persons=persons,
        consent={"sensitive_marks": [{"path": "interview.narrative.text", "start": 4, "end": 9}]},
        field_notes=[{"path": "persons[0].contact", "note": "her second phone"}],
    )
    doc["interview"]["narrative"] = {"text": "We hid at Lida for a week.", "language": "en"}
    doc["interview"]["interviewer_notes"] = "frightened"
    shown = _handed(doc).document
    assert shown["interview"]["narrative"]["text"] == f"We h{WITHHELD_TEXT} Lida for a week."
    text = json.dumps(shown)
    for secret in ("+370", "second phone", "frightened", "sensitive_marks", "K-01"):
        assert secret not in text


def test_a_mark_that_names_nothing_withholds_the_testimony() -> None:
    doc = _doc("share_un_wgad", consent={"sensitive_marks": [{"path": "persons[5].occupation"}]})
    assert isinstance(hand_over(doc, WGAD, "x"), Withheld)


def test_attachments_follow_the_scope_and_audio_video_retention() -> None:
    files = [
        {"ref": "f1", "kind": "interview_audio", "sha256": "5" * 64, "description": "x"},
        {"ref": "f2", "kind": "court_paper", "sha256": "a" * 64, "description": "x"},
    ]
    kept = _handed(_doc("share_un_wgad", attachments_described=files)).document
    assert [f["sha256"] for f in kept["attachments_described"]] == ["a" * 64]
    both = _handed(_doc("share_un_wgad", "audio_video_retention", attachments_described=files))
    assert len(both.document["attachments_described"]) == 2
    ngos = _handed(_doc("share_ngos", attachments_described=files), RULES["share_ngos"])
    assert "attachments_described" not in ngos.document


def test_a_case_code_that_spells_the_name_withholds_the_testimony() -> None:
    persons = [_person("p1", "Hanna Baravik", "informant"),
               _person("p2", "Алесь Кавальчык", "victim", case_code="Ales-Kavalcyk")]  # fmt: skip
    outcome = hand_over(_doc("share_un_wgad", "third_party_info", persons=persons), WGAD, "x")
    assert isinstance(outcome, Withheld)


def test_a_relation_to_someone_left_out_goes_with_them() -> None:
    mother = _person(
        "p1", "Hanna Baravik", "informant", relations=[{"to": "p2", "relation": "parent"}]
    )
    shown = _handed(
        _doc("share_un_wgad", persons=[mother, _person("p2", "Ales Kowalczyk", "victim")])
    )
    assert _treatment(shown)["p2"] == EXCLUDED
    assert shown.document["persons"] == [
        {"ref": "p1", "roles": ["informant"], "names": mother["names"]}
    ]


def test_a_consent_form_leaves_only_when_everyone_who_signed_it_is_named() -> None:
    forms = [
        {"ref": f"f{n}", "kind": "consent_form", "sha256": str(n) * 64, "description": "x",
         "about": [f"p{n}"]}
        for n in (1, 2)
    ]  # fmt: skip
    shown = _handed(_doc("share_un_wgad", "third_party_info", attachments_described=forms))
    assert [f["ref"] for f in shown.document["attachments_described"]] == ["f1"]


def test_a_hand_over_leaves_the_record_as_it_was_and_shares_nothing_with_it() -> None:
    # The record read from the vault (or open in the editor) is shaped from one copy: taking
    # a name or a marked span away must never take it from the record itself.
    from app.domain.template import example_testimony

    record = example_testimony()
    record["consent"]["scopes"].extend(["share_un_wgad", "share_ngos", "named_publication"])
    record["consent"]["sensitive_marks"].append({"path": "persons[1]"})
    before = copy.deepcopy(record)
    for rule in RULES.values():
        outcome = hand_over(record, rule, "abcd1234")
        assert record == before, rule.scope
        if isinstance(outcome, Handed):
            outcome.document.get("persons", [{}])[0]["ref"] = "changed"
            outcome.document.setdefault("interview", {}).clear()
            assert record == before, rule.scope
