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


def _death(custody: str | None) -> dict[str, Any]:
    death: dict[str, Any] = {"person": "p2", "date": day("2024-03-01")}
    if custody is not None:
        death["custody"] = custody
    return death


def test_a_death_after_release_is_not_a_death_in_custody() -> None:
    doc = _old_informant_young_prisoner(deaths_in_detention=[_death("after_release")])
    doc["schema"] = "sviedka.testimony/2"
    doc["detention_episodes"][0]["release"] = {"date": day("2023-06-01"), "reason": "pardon"}
    found = person_facts.facts_of(doc, TODAY)
    figures = {f.figure for f in found if f.person == "p2"}
    assert "deaths" not in figures
    assert "deaths_after_release" in figures
    assert ("status", "died") in {(f.figure, f.value) for f in found}
    assert "p2" not in person_facts.held_or_died(doc)


def test_a_death_in_custody_stays_a_death_in_custody() -> None:
    for custody in (None, "in_detention"):
        doc = _old_informant_young_prisoner(deaths_in_detention=[_death(custody)])
        figures = {f.figure for f in person_facts.facts_of(doc, TODAY) if f.person == "p2"}
        assert "deaths" in figures
        assert "deaths_after_release" not in figures


def _released(**release: Any) -> dict[str, Any]:
    doc = _old_informant_young_prisoner()
    doc["schema"] = "sviedka.testimony/2"
    doc["detention_episodes"][0]["release"] = {"date": day("2024-09-11"), **release}
    return doc


def _statuses(doc: dict[str, Any]) -> set[str]:
    return {f.value for f in person_facts.facts_of(doc, TODAY) if f.figure == "status"}


def test_deported_comes_from_the_release_conditions() -> None:
    assert "deported" in _statuses(_released(conditions=["release_with_deportation"]))
    assert "deported" not in _statuses(_released(conditions=["petition_for_pardon_signed"]))


def test_a_note_saying_not_deported_deports_nobody() -> None:
    assert "deported" not in _statuses(_released(note="not deported, stays in Minsk"))


def _sentenced(end: str, release: str | None = None) -> dict[str, Any]:
    doc = _old_informant_young_prisoner(
        prosecutions=[
            {
                "ref": "c1",
                "person": "p2",
                "articles": [{"code": "342"}],
                "sentence": {"kind": "imprisonment", "expected_end": day(end)},
            }
        ]
    )
    doc["schema"] = "sviedka.testimony/2"
    if release is not None:
        doc["detention_episodes"][0]["release"] = {"date": day(release)}
    return doc


def _beyond(doc: dict[str, Any]) -> list[tuple[str, str]]:
    found = person_facts.facts_of(doc, TODAY)
    return [(f.person, f.lo) for f in found if f.figure == "held_beyond_term"]


def test_held_beyond_term_begins_the_day_after_the_expected_end() -> None:
    assert _beyond(_sentenced("2025-01-31")) == [("p2", "2025-02-01")]


def test_a_release_by_the_end_of_the_term_is_not_held_beyond_it() -> None:
    assert _beyond(_sentenced("2025-01-31", release="2025-01-31")) == []
    assert _beyond(_sentenced("2025-01-31", release="2025-06-01")) == [("p2", "2025-02-01")]
