"""A person's timeline: the right events, in date order, matched across spellings."""

from __future__ import annotations

from app.domain import timeline
from app.domain.dates import format_partial
from tests.factories import full_testimony


def test_names_match_across_scripts_and_forms() -> None:
    assert timeline.names_match("Алесь Пятровіч Баравік", "Ales Baravik")
    assert timeline.names_match("Алесь Баравік", "Алесь Боровик")
    assert timeline.names_match("Baravik", "Алесь Пятровіч Баравік")
    assert not timeline.names_match("Ганна Баравік", "Алесь Баравік")
    assert not timeline.names_match("", "Алесь")


def test_events_of_the_son_in_date_order() -> None:
    events = timeline.in_order(timeline.person_events(full_testimony(), "Ales Baravik", "t1"))
    kinds = [event.kind for event in events]
    assert kinds[0] == "arrest"
    assert "punishment_cell" in kinds
    assert "incommunicado" in kinds
    assert "transfer" in kinds
    verdicts = [e for e in events if e.kind == "verdict"]
    articles = [
        [code for vocab, code in v.details if vocab == "criminal_code_articles"] for v in verdicts
    ]
    assert articles == [["342"], ["411"]]
    assert ("flag", "art411_reconviction") in verdicts[1].details
    dates = [event.sort_key for event in events]
    assert dates == sorted(dates)
    assert all(event.name.startswith("Алесь") for event in events)


def test_schema_2_events_join_the_timeline() -> None:
    brother = timeline.person_events(full_testimony(), "Сяргей Баравік", "t1")
    kinds = {event.kind for event in brother}
    assert {"list_entry", "property", "transnational", "verdict"} <= kinds
    aunt = timeline.person_events(full_testimony(), "Тамара Лук'янчык", "t1")
    [case] = [event for event in aunt if event.kind == "administrative_case"]
    assert ("administrative_code_articles", "19.11") in case.details
    assert [e.date for e in aunt if e.kind == "kgb_recruitment"] == [
        {"precision": "day", "value": "2024-02-07"},
        {"precision": "month", "value": "2024-03"},
    ]


def test_a_death_after_release_is_not_shown_as_a_death_in_detention() -> None:
    doc = full_testimony()
    doc["deaths_in_detention"][0]["custody"] = "after_release"
    kinds = [event.kind for event in timeline.person_events(doc, "Віктар Н.", "t1")]
    assert kinds == ["death_after_release"]


def test_other_people_are_not_mixed_in() -> None:
    events = timeline.person_events(full_testimony(), "Ганна Баравік", "t1")
    assert all(event.kind != "verdict" for event in events)


def test_dates_keep_their_precision() -> None:
    assert format_partial({"precision": "month", "value": "2023-11"}, "en") == "November 2023"
    assert format_partial({"precision": "month", "value": "2023-11"}, "be") == "лістапад 2023"
    assert format_partial({"precision": "approximate", "value": "2021"}, "ru") == "около 2021"
    assert format_partial({"precision": "unknown"}, "en") == "date unknown"
    assert format_partial({"precision": "day", "value": "2022-11-14"}, "en") == "2022-11-14"
