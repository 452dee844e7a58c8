"""Medical care withheld is one list: a request for care whose outcome counts as the denial of
medical care in the figures is the 'care denied' event on the person's timeline, and a request
that was met is neither. A coordinator comparing the figure with the timelines behind it must
find the same testimonies."""

from __future__ import annotations

from app.domain import schema, timeline
from app.domain.instruments import CARE_WITHHELD, instruments
from tests.factories import full_testimony


def outcomes() -> list[str]:
    """Every outcome the record may give a request for care."""
    care = schema.document()["$defs"]["medical_care"]
    return list(care["properties"]["outcome"]["enum"])


def test_the_figure_and_the_timeline_agree_on_every_outcome() -> None:
    assert set(CARE_WITHHELD) < set(outcomes())  # "provided" is care given, not withheld
    for outcome in outcomes():
        doc = full_testimony()
        for care in doc["medical_care"]:
            care["outcome"] = outcome
        counted = "denial_of_medical_care" in instruments(doc)
        events = timeline.person_events(doc, "Ales Baravik", "t1")
        shown = any(event.kind == "care_denied" for event in events)
        assert counted == shown == (outcome in CARE_WITHHELD), outcome
