"""The case dossiers as plain data (no Qt): who gets one, what joins two testimonies into one
dossier and what must never join them, and the order of the timeline."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.consent import CASE_CODE, NAMED, rule_for
from app.domain.handover import Handed, hand_over
from app.domain.shipped_vocabularies import load_shipped
from app.services.dossier import Dossier
from app.services.dossier_build import dossiers
from tests.factories import day, minimal_testimony

SCOPE = "share_un_wgad"


@dataclass(frozen=True)
class Left:
    testimony_id: str
    version: int
    sha256: str
    handed: Handed
    registry: dict[str, str]
    only: frozenset[str] = frozenset()


def _testimony(arrest: str, own: bool, facility: str) -> dict[str, Any]:
    """A mother speaks of her son; with ``own``, he consented for himself and is named."""
    consent: dict[str, Any] = {"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                               "scopes": [SCOPE, "third_party_info"]}  # fmt: skip
    if own:
        consent["own"] = [{"person": "p2", "date": day("2024-10-03"), "method": "oral",
                           "scopes": [SCOPE]}]  # fmt: skip
    return minimal_testimony(
        consent=consent,
        persons=[
            {"ref": "p1", "roles": ["informant", "relative"],
             "names": [{"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}]},
            {"ref": "p2", "roles": ["victim"], "case_code": "BY-0042",
             "names": [{"value": "Алесь Баравік", "script": "Cyrl", "kind": "original"}]},
        ],
        detention_episodes=[{"ref": "e1", "person": "p2", "arrest": {"date": day(arrest)},
                             "places": [{"facility": facility, "from": day(arrest)}]}],
    )  # fmt: skip


def _left(testimony_id: str, doc: dict[str, Any], only: frozenset[str] = frozenset()) -> Left:
    rule = rule_for(SCOPE)
    assert rule is not None
    handed = hand_over(doc, rule, testimony_id[:8])
    assert isinstance(handed, Handed)
    registry = {"p1": "mother", "p2": "son"}  # both testimonies speak of the same two people
    return Left(testimony_id, 2, testimony_id[0] * 64, handed, registry, only)


def _built(*left: Left) -> list[Dossier]:
    return list(dossiers(left, SCOPE, load_shipped(), "be").dossiers)


def test_a_person_named_in_two_testimonies_has_one_dossier_in_date_order() -> None:
    later = _left("bbbbbbbb-1", _testimony("2023-01-05", own=True, facility="navapolatsk_ik1"))
    earlier = _left("aaaaaaaa-1", _testimony("2021-07-14", own=True, facility="navapolatsk_ik1"))
    (son,) = _built(later, earlier)  # the mother spoke, but is no subject of a dossier
    assert (son.title, son.shown_as, son.person_id) == ("Алесь Баравік", NAMED, "son")
    assert [entry.when for entry in son.timeline if entry.label == "arrest"] == [
        "2021-07-14",
        "2023-01-05",
    ]
    assert [held.testimony_id for held in son.custody] == ["bbbbbbbb-1", "aaaaaaaa-1"]
    assert {held.sha256 for held in son.custody} == {"b" * 64, "a" * 64}
    facility = load_shipped().label("detention_facilities", "navapolatsk_ik1", "be")
    assert any(line.value == facility for entry in son.timeline for line in entry.lines)


def test_a_case_code_is_never_joined_to_the_name_shown_elsewhere() -> None:
    named = _left("aaaaaaaa-1", _testimony("2021-07-14", own=True, facility="navapolatsk_ik1"))
    coded = _left("bbbbbbbb-1", _testimony("2023-01-05", own=False, facility="navapolatsk_ik1"))
    by_shown = {d.shown_as: d for d in _built(named, coded)}
    assert set(by_shown) == {NAMED, CASE_CODE}
    hidden = by_shown[CASE_CODE]
    assert (hidden.title, hidden.person_id) == ("BY-0042", "")  # not the registry's "son"
    assert [held.testimony_id for held in hidden.custody] == ["bbbbbbbb-1"]
    assert [held.testimony_id for held in by_shown[NAMED].custody] == ["aaaaaaaa-1"]
    assert not any("Алесь" in line.value for line in hidden.identity)
    # Nor does the named dossier give away the code the other one is shown by.
    assert not any("BY-0042" in line.value for line in by_shown[NAMED].identity)


def test_only_the_persons_asked_for() -> None:
    doc = _testimony("2021-07-14", own=True, facility="navapolatsk_ik1")
    doc["persons"].append({"ref": "p3", "roles": ["victim"], "names": [
        {"value": "Зміцер Кастусёў", "script": "Cyrl", "kind": "original"}]})  # fmt: skip
    doc["consent"]["own"].append({"person": "p3", "date": day("2024-10-03"), "method": "oral",
                                  "scopes": [SCOPE]})  # fmt: skip
    assert len(_built(_left("aaaaaaaa-1", doc))) == 2
    (only,) = _built(_left("aaaaaaaa-1", doc, only=frozenset({"p3"})))
    assert only.title == "Зміцер Кастусёў"


def test_people_recorded_without_name_or_case_code_are_never_merged() -> None:
    def unnamed() -> dict[str, Any]:
        doc = _testimony("2021-07-14", own=True, facility="navapolatsk_ik1")
        doc["persons"][1] = {"ref": "p2", "roles": ["victim"]}
        return doc

    found = _built(_left("aaaaaaaa-1", unnamed()), _left("bbbbbbbb-1", unnamed()))
    assert sorted(d.title for d in found) == ["aaaaaaaa-p2", "bbbbbbbb-p2"]
    assert all(len(d.custody) == 1 and d.person_id == "" for d in found)


def test_countries_and_languages_are_named_in_the_dossiers_language() -> None:
    doc = _testimony("2023-01-05", own=True, facility="navapolatsk_ik1")
    doc["persons"][1].update(citizenship=["BY", "PL"], residence_country="LT")
    doc["interview"]["language"] = "pl"
    doc["detention_episodes"][0]["arrest"]["place"] = {"text": "мяжа", "country": "BY"}
    (son,) = _built(_left("aaaaaaaa-1", doc))
    values = [line.value for line in son.identity]
    values += [line.value for entry in (*son.timeline, *son.sources) for line in entry.lines]
    assert "Беларусь, Польшча" in values
    assert "Літва" in values
    assert "мяжа, Беларусь" in values
    assert "Польская" in values
    assert not {"BY", "PL", "LT", "pl", "BY, PL"} & set(values)
