"""Derived facts for lists, filters and aggregate figures (app.domain.facts)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.domain.facts import (
    FLAGS,
    age_on,
    consent_scopes,
    date_bounds,
    display_name,
    facts_valid_until,
    flags,
    humanitarian_criteria,
    interview_date,
)
from app.domain.instruments import instruments
from app.domain.shipped_vocabularies import load_shipped
from tests.factories import day, full_testimony, minimal_testimony

INTERVIEW_DAY = date(2024, 10, 3)


def person(ref: str, roles: list[str], **fields: Any) -> dict[str, Any]:
    return {"ref": ref, "roles": roles, **fields}


def held(ref: str, **episode: Any) -> dict[str, Any]:
    return {"ref": f"e-{ref}", "person": ref, "arrest": {"date": day("2023-01-10")}, **episode}


# --- ages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        (day("1964-10-03"), date(2024, 10, 2), 59),
        (day("1964-10-03"), date(2024, 10, 3), 60),
        (day("1964-02-29"), date(2024, 2, 28), 59),
        (day("1964-02-29"), date(2024, 2, 29), 60),
        (day("1964-02-29"), date(2023, 2, 28), 58),
        (day("1964-02-29"), date(2023, 3, 1), 59),
        # Month and year precision count from the last day they can mean.
        ({"precision": "month", "value": "1964-10"}, date(2024, 10, 30), 59),
        ({"precision": "month", "value": "1964-10"}, date(2024, 10, 31), 60),
        ({"precision": "year", "value": "1964"}, date(2024, 12, 30), 59),
        ({"precision": "year", "value": "1964"}, date(2024, 12, 31), 60),
        ({"precision": "year", "value": "2024"}, date(2024, 6, 1), 0),
    ],
)
def test_age_is_never_overstated(birth: dict[str, str], on: date, age: int) -> None:
    assert age_on(birth, on) == age


@pytest.mark.parametrize(
    "birth",
    [
        {"precision": "approximate", "value": "1950"},
        {"precision": "unknown"},
        day("2030-01-01"),
        day("1964-02-30"),
    ],
)
def test_no_age_is_claimed_without_a_certain_birth_date(birth: dict[str, str]) -> None:
    assert age_on(birth, INTERVIEW_DAY) is None


def test_date_bounds_cover_the_whole_period() -> None:
    assert date_bounds({"precision": "month", "value": "2024-02"}) == (
        date(2024, 2, 1),
        date(2024, 2, 29),
    )
    assert date_bounds({"precision": "approximate", "value": "2024"}) is None


def _sixty_on(birthday: str) -> dict[str, Any]:
    return minimal_testimony(
        persons=[
            person("p1", ["informant", "relative"]),
            person("p2", ["victim"], birth_date=day(birthday)),
        ]
    )


def test_age_over_60_starts_on_the_sixtieth_birthday() -> None:
    doc = _sixty_on("1964-10-03")
    assert humanitarian_criteria(doc, date(2024, 10, 2)) == {}
    assert humanitarian_criteria(doc, date(2024, 10, 3)) == {"p2": {"age_over_60"}}


def test_facts_expire_on_the_next_certain_sixtieth_birthday() -> None:
    doc = _sixty_on("1964-10-03")
    assert facts_valid_until(doc, date(2024, 10, 2)) == date(2024, 10, 3)
    assert facts_valid_until(doc, date(2024, 10, 3)) is None  # nothing changes any more
    # The flag computed the day before is wrong the day after: the expiry day says so.
    before = date(2024, 10, 2)
    assert "age_over_60" not in humanitarian_criteria(doc, before).get("p2", set())
    assert (
        "age_over_60" in humanitarian_criteria(doc, facts_valid_until(doc, before) or before)["p2"]
    )


def test_imprecise_and_leap_day_birthdays_expire_when_age_on_agrees() -> None:
    year_only = minimal_testimony(
        persons=[person("p1", ["informant"], birth_date={"precision": "year", "value": "1970"})]
    )
    assert facts_valid_until(year_only, date(2024, 1, 1)) == date(2030, 12, 31)
    leap = _sixty_on("1964-02-29")
    assert facts_valid_until(leap, date(2023, 1, 1)) == date(2024, 2, 29)
    born = leap["persons"][1]["birth_date"]
    assert age_on(born, date(2024, 2, 28)) == 59
    assert age_on(born, date(2024, 2, 29)) == 60


def test_the_dead_and_the_undated_never_expire() -> None:
    dead = _sixty_on("1970-06-01")
    dead["deaths_in_detention"] = [{"person": "p2", "date": day("2023-05-31")}]
    assert facts_valid_until(dead, date(2024, 1, 1)) is None
    assert facts_valid_until(minimal_testimony(), date(2024, 1, 1)) is None


def test_a_person_who_died_in_detention_does_not_keep_ageing() -> None:
    doc = _sixty_on("1960-06-01")
    doc["deaths_in_detention"] = [{"person": "p2", "date": day("2019-05-31")}]
    assert humanitarian_criteria(doc, INTERVIEW_DAY) == {"p2": {"death_in_detention"}}


# --- humanitarian criteria --------------------------------------------------------------------


def test_criteria_of_the_example_are_computed_and_asserted() -> None:
    assert humanitarian_criteria(full_testimony(), INTERVIEW_DAY) == {
        "p2": {"serious_health_condition", "disability"},  # health entries + assertion
        "p3": {"age_over_60"},  # father born 1961, year precision
        "p8": {"death_in_detention"},
    }


def test_health_entries_imply_their_criteria() -> None:
    doc = minimal_testimony(
        persons=[person("p1", ["informant"]), person("p2", ["victim"])],
        health=[
            {"person": "p2", "category": "mental_disorder"},
            {"person": "p2", "category": "physical_disability"},
            {"person": "p2", "category": "cardiovascular", "serious": False},
        ],
        humanitarian_criteria=[{"person": "p2", "criterion": "parent_large_family"}],
    )
    assert humanitarian_criteria(doc, INTERVIEW_DAY) == {
        "p2": {"mental_disorder", "disability", "parent_large_family"}
    }


# --- flags ------------------------------------------------------------------------------------


# Flags the example cannot raise on the day of its interview: nobody in it died after release,
# and the son's term (with the Art. 411 year) ends on 14 November 2025.
NOT_IN_THE_EXAMPLE = frozenset({"death_after_release", "held_beyond_term"})


def test_the_example_raises_every_flag() -> None:
    assert flags(full_testimony(), INTERVIEW_DAY) == FLAGS - NOT_IN_THE_EXAMPLE


def test_a_death_after_release_is_not_a_death_in_detention() -> None:
    doc = full_testimony()
    doc["deaths_in_detention"][0]["custody"] = "after_release"
    found = flags(doc, INTERVIEW_DAY)
    assert "death_after_release" in found
    assert "death_in_detention" not in found
    assert "death_in_detention" not in humanitarian_criteria(doc, INTERVIEW_DAY).get("p8", set())


def test_the_dead_after_release_do_not_age_either() -> None:
    dead = _sixty_on("1970-06-01")
    dead["deaths_in_detention"] = [
        {"person": "p2", "custody": "after_release", "date": day("2023-05-31")}
    ]
    assert facts_valid_until(dead, date(2024, 1, 1)) is None


def test_held_beyond_term_starts_the_day_after_the_term_ends() -> None:
    doc = full_testimony()  # the son: terms end at the latest on 2025-11-14, never released
    assert "held_beyond_term" not in flags(doc, date(2025, 11, 14))
    assert "held_beyond_term" in flags(doc, date(2025, 11, 15))
    # Time alone changes it, so the cached facts of the record expire that day.
    assert facts_valid_until(doc, INTERVIEW_DAY) == date(2025, 11, 15)


def test_a_release_certainly_after_the_term_shows_as_held_beyond_term() -> None:
    doc = full_testimony()
    doc["detention_episodes"][0]["release"] = {"date": day("2025-12-01"), "reason": "end_of_term"}
    assert "held_beyond_term" in flags(doc, date(2026, 1, 1))
    doc["detention_episodes"][0]["release"]["date"] = day("2025-11-14")
    assert "held_beyond_term" not in flags(doc, date(2026, 1, 1))


def test_an_approximate_end_of_term_claims_nothing() -> None:
    doc = full_testimony()
    doc["prosecutions"][1]["sentence"]["expected_end"] = {
        "precision": "approximate",
        "value": "2025",
    }
    assert "held_beyond_term" not in flags(doc, date(2030, 1, 1))


def test_the_example_documents_the_instruments_its_sections_record() -> None:
    assert instruments(full_testimony()) == {
        "torture_ill_treatment", "threats_against_family", "inhuman_detention_conditions",
        "denial_of_medical_care", "incommunicado_detention", "repeated_conviction_art411",
        "arrest_on_return_at_border", "non_disclosure_undertaking_on_release",
        "inclusion_in_extremist_list", "inclusion_in_terrorist_list", "solidarity_raid",
    }  # fmt: skip
    assert instruments(minimal_testimony()) == frozenset()


def test_every_derived_instrument_is_a_shipped_code() -> None:
    vocab = load_shipped()
    doc = full_testimony()
    episode = doc["detention_episodes"][1]
    episode["release"]["conditions"] = [
        "pressure_to_petition_for_pardon", "petition_for_pardon_signed",
        "release_with_deportation", "non_disclosure_undertaking_on_release",
        "forced_repentance_video",
    ]  # fmt: skip
    episode["arrest"]["returned_from_abroad"] = True
    doc["incommunicado"][0]["enforced_disappearance"] = True
    doc["prosecutions"][0]["sentence"]["kind"] = "compulsory_treatment"
    found = instruments(doc)
    assert len(found) == 17  # the 11 of the example, 3 more conditions, 3 more facts
    assert all(vocab.has("repression_instruments", code) for code in found)


def test_a_minimal_record_raises_no_flag() -> None:
    assert flags(minimal_testimony(), INTERVIEW_DAY) == frozenset()


def test_incommunicado_that_ended_is_not_incommunicado_now() -> None:
    doc = full_testimony()
    doc["incommunicado"][0]["status"] = "ended"
    assert "incommunicado_now" not in flags(doc, INTERVIEW_DAY)


def test_humanitarian_flag_concerns_persons_still_held() -> None:
    father = person("p2", ["relative"], birth_date=day("1950-01-01"))
    doc = minimal_testimony(persons=[person("p1", ["informant"]), father])
    assert "humanitarian" not in flags(doc, INTERVIEW_DAY)  # over 60, but not a prisoner
    doc["detention_episodes"] = [held("p2")]
    assert "humanitarian" in flags(doc, INTERVIEW_DAY)
    doc["detention_episodes"][0]["release"] = {"date": day("2024-07-03"), "reason": "pardon"}
    assert "humanitarian" not in flags(doc, INTERVIEW_DAY)


def test_arrest_on_return_counts_arrests_later_at_home() -> None:
    episode = held("p1")
    episode["arrest"]["returned_from_abroad"] = True
    doc = minimal_testimony(detention_episodes=[episode])
    assert flags(doc, INTERVIEW_DAY) == {"arrest_on_return"}


def test_art411_and_in_absentia_follow_the_prosecutions() -> None:
    doc = minimal_testimony(
        prosecutions=[
            {"ref": "pr1", "person": "p1", "articles": [{"code": "411"}]},
            {"ref": "pr2", "person": "p1", "in_absentia": True},
        ]
    )
    assert flags(doc, INTERVIEW_DAY) == {"art411_reconviction", "in_absentia"}


# --- list columns -----------------------------------------------------------------------------


def test_display_name_is_the_main_victims_original_name() -> None:
    assert display_name(full_testimony()) == "Алесь Пятровіч Баравік"


def test_display_name_falls_back_without_inventing() -> None:
    assert display_name(minimal_testimony()) == "—"
    informant = person(
        "p1", ["informant"], names=[{"value": "Hanna", "script": "Latn", "kind": "original"}]
    )
    assert display_name(minimal_testimony(persons=[informant])) == "Hanna"
    victim = person(
        "p2",
        ["victim"],
        names=[{"value": "Ales B.", "script": "Latn", "kind": "transliteration"}],
    )
    assert display_name(minimal_testimony(persons=[informant, victim])) == "Ales B."
    coded = person("p3", ["victim"], case_code="PP-7")
    assert display_name(minimal_testimony(persons=[informant, coded])) == "PP-7"


def test_withdrawn_consent_leaves_no_scope() -> None:
    doc = full_testimony()
    assert {"share_organisation", "legal_proceedings"} <= consent_scopes(doc)
    doc["consent"]["withdrawal"] = {"date": day("2024-11-01")}
    assert consent_scopes(doc) == frozenset()


def test_interview_date_is_the_written_value() -> None:
    assert interview_date(full_testimony()) == "2024-10-03"
    doc = minimal_testimony()
    doc["interview"]["date"] = {"precision": "unknown"}
    assert interview_date(doc) is None
