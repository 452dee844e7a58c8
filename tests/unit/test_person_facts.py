"""Facts belong to the person they are about: the humanitarian criterion of an informant who
was never detained is not a criterion of the testimony's prisoner."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.domain import indexing, person_facts
from tests.factories import day, minimal_testimony

TODAY = date(2026, 12, 3)


def _old_informant_young_prisoner(**extra: Any) -> dict[str, Any]:
    return minimal_testimony(
        persons=[
            {"ref": "p1", "roles": ["informant", "relative"], "birth_date": day("1950-02-01")},
            {"ref": "p2", "roles": ["victim"], "birth_date": day("1990-05-05")},
        ],
        detention_episodes=[{"ref": "e1", "person": "p2", "arrest": {"date": day("2023-01-10")}}],
        **extra,
    )


def test_an_informant_over_60_never_detained_gives_the_testimony_no_criterion() -> None:
    facets = indexing.facets(_old_informant_young_prisoner(), TODAY)
    assert ("criterion", "age_over_60") not in facets


def test_a_prisoner_over_60_gives_the_criterion() -> None:
    doc = _old_informant_young_prisoner()
    doc["persons"][1]["birth_date"] = day("1960-01-01")
    assert ("criterion", "age_over_60") in indexing.facets(doc, TODAY)


def test_a_released_prisoner_is_no_longer_on_the_list() -> None:
    doc = _old_informant_young_prisoner()
    doc["persons"][1]["birth_date"] = day("1960-01-01")
    doc["detention_episodes"][0]["release"] = {"date": day("2024-07-03"), "reason": "pardon"}
    assert ("criterion", "age_over_60") not in indexing.facets(doc, TODAY)


def test_age_fact_starts_on_the_60th_birthday_of_the_latest_possible_birth_date() -> None:
    doc = _old_informant_young_prisoner()
    doc["persons"][1]["birth_date"] = {"precision": "year", "value": "1964"}
    ages = [
        f
        for f in person_facts.facts_of(doc, TODAY)
        if f.person == "p2" and f.value == "age_over_60"
    ]
    assert [(f.lo, f.hi) for f in ages] == [("2024-12-31", "2024-12-31")]


def test_every_fact_names_its_own_person() -> None:
    doc = _old_informant_young_prisoner(
        prosecutions=[{"ref": "c1", "person": "p2", "articles": [{"code": "411"}]}],
    )
    found = person_facts.facts_of(doc, TODAY, {"repeated_conviction_411": ["411"]})
    art411 = {f.person for f in found if f.figure == "art411"}
    held = {f.person for f in found if f.figure == "held"}
    assert art411 == held == {"p2"}
    assert ("p2", "isans_category", "repeated_conviction_411") in {
        (f.person, f.dimension, f.value) for f in found if f.figure == "art411"
    }
    # The informant's age is a fact about the informant, never about the prisoner (whose
    # 60th birthday, in 2050, is recorded as the day that fact would begin).
    over_60_now = {f.person for f in found if f.value == "age_over_60" and f.lo <= "2026-12-03"}
    assert over_60_now == {"p1"}
