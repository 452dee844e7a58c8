"""The issue's reference testimony: a mother's account of her son, held incommunicado with
diabetes and denied insulin. What an interviewer hears, and what the saved record must say."""

from __future__ import annotations

from typing import Any

MOTHER = "Ганна Баравік"
SON = "Алесь Баравік"
INTERVIEWER = "K-07"
INTERVIEW_DATE = "2024-10-03"
ARREST_DATE = "2022-11-14"
ARREST_PLACE = "Brest border crossing"
FACILITY = "brest_sizo7"  # SIZO No. 7, Brest: a place of type "sizo"
INCOMMUNICADO_SINCE = "2024-02"
CARE_NEEDED = "Insulin"
NARRATIVE = "Сына затрымалі на мяжы. У яго дыябет, а інсулін яму не аддавалі."


def _only(items: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    found = [i for i in items if all(i.get(k) == v for k, v in match.items())]
    assert len(found) == 1, (match, items)
    return found[0]


def _name(person: dict[str, Any]) -> str:
    return str(person["names"][0]["value"])


def assert_tells_the_reference(doc: dict[str, Any]) -> None:
    """The saved record holds the whole account, linked the way a coordinator reads it."""
    persons = {p["ref"]: p for p in doc["persons"]}
    mother = next(p for p in persons.values() if _name(p) == MOTHER)
    son = next(p for p in persons.values() if _name(p) == SON)
    assert "informant" in mother["roles"]
    assert "victim" in son["roles"]
    assert {"to": son["ref"], "relation": "parent"} in mother.get("relations", [])
    interview = doc["interview"]
    assert interview["informant"] == mother["ref"]
    assert interview["interviewer"]["name"] == INTERVIEWER
    assert interview["narrative"] == {"text": NARRATIVE, "language": "be"}
    consent = doc["consent"]
    assert consent["given_by"] == mother["ref"]
    assert {"internal_documentation", "share_organisation"} <= set(consent["scopes"])
    link = _only(doc["information_links"], informant=mother["ref"], about=son["ref"])
    assert link["connection"] == "relative"
    episode = _only(doc["detention_episodes"], person=son["ref"])
    assert episode["arrest"]["date"] == {"precision": "day", "value": ARREST_DATE}
    assert episode["arrest"]["place"]["text"] == ARREST_PLACE
    assert episode["places"][0]["facility"] == FACILITY
    assert episode["places"][0]["place_type"] == "sizo"
    held = _only(doc["incommunicado"], person=son["ref"])
    assert held["since"] == {"precision": "month", "value": INCOMMUNICADO_SINCE}
    assert held["episode"] == episode["ref"]
    assert held["status"] == "continuing"
    assert _only(doc["health"], person=son["ref"])["category"] == "diabetes"
    care = _only(doc["medical_care"], person=son["ref"])
    assert care["outcome"] == "denied"
    assert care["condition"] == CARE_NEEDED
    assert care["episode"] == episode["ref"]
