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


def _of(events: list[timeline.TimelineEvent], kind: str) -> list[timeline.TimelineEvent]:
    return [event for event in events if event.kind == kind]


def test_an_arrest_says_what_kind_where_and_by_whom_as_recorded() -> None:
    [arrest] = _of(timeline.person_events(full_testimony(), "Ales Baravik", "t1"), "arrest")
    assert arrest.date == {"precision": "day", "value": "2022-11-14"}
    assert arrest.details == (
        ("arrest_kind", "criminal"),
        ("", "Brest border crossing, bus from Terespol"),
        ("", "State Border Committee, then GUBOPiK"),
        ("flag", "arrest_on_return"),
    )


def test_an_arrest_recorded_with_only_its_date_has_no_details() -> None:
    doc = full_testimony()
    doc["detention_episodes"][0]["arrest"] = {"date": {"precision": "year", "value": "2022"}}
    [arrest] = _of(timeline.person_events(doc, "Ales Baravik", "t1"), "arrest")
    assert arrest.details == ()


def test_medical_care_denied_says_what_care_and_when() -> None:
    events = timeline.in_order(timeline.person_events(full_testimony(), "Ales Baravik", "t1"))
    [denied] = _of(events, "care_denied")
    assert denied.date == {"precision": "month", "value": "2023-09"}
    assert denied.details == (
        ("health_condition_categories", "diabetes"),
        ("", "Insulin for type 1 diabetes"),
    )
    # In date order with the rest of his detention: between his punishment cells of August
    # and October 2023.
    cells = [event.sort_key for event in _of(events, "punishment_cell")]
    at = events.index(denied)
    assert [e.sort_key for e in events[:at] if e.kind == "punishment_cell"] == cells[:1]


def test_care_limited_or_delayed_says_how_and_care_given_is_no_event() -> None:
    doc = full_testimony()
    [care] = doc["medical_care"]
    care["outcome"] = "delayed"
    [delayed] = _of(timeline.person_events(doc, "Ales Baravik", "t1"), "care_denied")
    assert ("medical_care_outcome", "delayed") in delayed.details
    care["outcome"] = "provided"
    assert not _of(timeline.person_events(doc, "Ales Baravik", "t1"), "care_denied")


def test_care_denied_to_someone_else_is_not_his() -> None:
    events = timeline.person_events(full_testimony(), "Ганна Баравік", "t1")
    assert not _of(events, "care_denied")


def test_no_event_carries_a_ref_or_the_narrative() -> None:
    doc = full_testimony()
    refs = {str(p["ref"]) for p in doc["persons"]}
    refs |= {str(e["ref"]) for e in doc["detention_episodes"]}
    narrative = {care["description"] for care in doc["medical_care"]}
    for name in ("Ales Baravik", "Сяргей Баравік", "Тамара Лук'янчык"):
        for event in timeline.person_events(doc, name, "t1"):
            shown = {text for _vocabulary, text in event.details}
            assert not shown & refs, event
            assert not shown & narrative, event
