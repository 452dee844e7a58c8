"""A person's timeline across testimonies: arrests (what kind, where, by whom), detention
episodes, punishment cells, transfers, trials, incommunicado periods, medical care denied and
incidents, in date order with each date's precision kept. Details are vocabulary codes or enum
values the faces put in words, and short facts in the record's own words; never a ref, an id
or a narrative.

The same person appears in many testimonies under different spellings (Бабарыка, Бабарико,
Babaryka). `same_person` decides by names, with the cross-script keys of app.domain.folding:
two names are the same when every word of the shorter one matches a word of the longer one.
That is a heuristic, so the timeline shows which name each event was recorded under.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from app.domain import folding
from app.domain.instruments import CARE_WITHHELD  # one list for the figure and the timeline

PartialDate = Mapping[str, Any]


@dataclass(frozen=True)
class TimelineEvent:
    kind: str  # arrest, detention, punishment_cell, transfer, release, ... (see KINDS)
    date: PartialDate | None
    until: PartialDate | None
    details: tuple[tuple[str, str], ...]  # (vocabulary or "", code or short fact); no narrative
    name: str  # the person's name as this testimony records it
    testimony_id: str

    @property
    def sort_key(self) -> str:
        # ISO partial dates sort as text; undated events go last.
        return str(self.date.get("value", "9999")) if self.date else "9999"


KINDS = (
    "arrest",
    "detention",
    "punishment_cell",
    "transfer",
    "release",
    "police_supervision",
    "exit_ban",
    "kgb_recruitment",
    "incommunicado",
    "trial",
    "verdict",
    "ill_treatment",
    "death",
    "solidarity",
    "transnational",
    # schema 2
    "administrative_case",
    "list_entry",
    "property",
    "death_after_release",
    "care_denied",
)


def _word_keys(name: str) -> list[frozenset[str]]:
    return [folding.phonetic_keys(word) for word in folding.tokens(name)]


def names_match(a: str, b: str) -> bool:
    short, long = sorted((_word_keys(a), _word_keys(b)), key=len)
    if not short:
        return False
    return all(any(keys & other for other in long) for keys in short)


def person_names(person: Mapping[str, Any]) -> list[str]:
    return [str(n["value"]) for n in person.get("names", []) if n.get("value")]


def same_person(person: Mapping[str, Any], name: str) -> bool:
    return any(names_match(own, name) for own in person_names(person))


def matching_refs(doc: Mapping[str, Any], name: str) -> dict[str, str]:
    """ref -> the name this testimony gives, for each person in `doc` matching `name`."""
    found = {}
    for person in doc.get("persons", []):
        for own in person_names(person):
            if names_match(own, name):
                found[str(person["ref"])] = own
                break
    return found


Details = tuple[tuple[str, str], ...]
FACILITY = "detention_facilities"


def _place(place: Mapping[str, Any]) -> Details:
    if place.get("facility"):
        return ((FACILITY, str(place["facility"])),)
    if place.get("place_type"):
        return (("detention_place_types", str(place["place_type"])),)
    return (("", str(place.get("facility_text", ""))),)


def _case(case: Mapping[str, Any]) -> Details:
    articles = tuple(("criminal_code_articles", str(a["code"])) for a in case.get("articles", []))
    flags = tuple(("flag", f) for f in ("in_absentia", "art411_reconviction") if case.get(f))
    return articles + flags


def _arrest(arrest: Mapping[str, Any]) -> Details:
    """What kind of arrest, where and by whom, as the testimony records them (the place's and
    the authority's own short words; the country is left out: it would be a bare code)."""
    kind = (("arrest_kind", str(arrest["kind"])),) if arrest.get("kind") in _ARREST_KINDS else ()
    where = str((arrest.get("place") or {}).get("text", ""))
    by = str(arrest.get("authority", ""))
    returned = arrest.get("at_border_on_return") or "return_from_abroad" in arrest
    on_return = (("flag", "arrest_on_return"),) if returned else ()
    return kind + tuple(("", text) for text in (where, by) if text) + on_return


_ARREST_KINDS = ("administrative", "criminal")  # "unknown" says nothing worth a column


def _care(care: Mapping[str, Any]) -> Details:
    """The care that was needed (its category's label, then the condition in the record's own
    short words) and, unless it was simply denied, how it was withheld."""
    category = (
        (("health_condition_categories", str(care["category"])),) if care.get("category") else ()
    )
    condition = (("", str(care["condition"])),) if care.get("condition") else ()
    how = (("medical_care_outcome", str(care["outcome"])),) if care["outcome"] != "denied" else ()
    return category + condition + how


def _episode_events(episode: Mapping[str, Any]) -> Iterator[tuple[str, Any, Any, Details]]:
    arrest = episode.get("arrest", {})
    yield "arrest", arrest.get("date"), None, _arrest(arrest)
    for place in episode.get("places", []):
        yield "detention", place.get("from"), place.get("until"), _place(place)
    for cell in episode.get("punishment_cells", []):
        kind = (("punishment_cell", str(cell.get("kind", ""))),)
        yield "punishment_cell", cell.get("from"), cell.get("until"), kind
    for transfer in episode.get("transfers", []):
        moved = tuple(
            (FACILITY, str(transfer[key]))
            for key in ("from_facility", "to_facility")
            if transfer.get(key)
        )
        yield "transfer", transfer.get("date"), None, moved
    release = episode.get("release")
    if release:
        yield "release", release.get("date"), None, (("release", str(release.get("reason"))),)
    for key in ("police_supervision", "exit_ban"):
        period = episode.get(key)
        if period:
            yield key, period.get("from"), period.get("until"), ()
    for attempt in episode.get("kgb_recruitment_attempts", []):
        yield "kgb_recruitment", attempt.get("date"), None, ()


def _raw_events(doc: Mapping[str, Any], ref: str) -> Iterator[tuple[str, Any, Any, Details]]:
    for episode in doc.get("detention_episodes", []):
        if episode.get("person") == ref:
            yield from _episode_events(episode)
    for item in doc.get("incommunicado", []):
        if item.get("person") == ref:
            status = (("incommunicado", str(item.get("status"))),)
            yield "incommunicado", item.get("since"), item.get("until"), status
    for case in doc.get("prosecutions", []):
        if case.get("person") != ref:
            continue
        dates = case.get("dates", {})
        if "trial" in dates:
            yield "trial", dates["trial"], None, _case(case)
        if "verdict" in dates:
            verdict = (("verdict", str(case.get("verdict", ""))),)
            yield "verdict", dates["verdict"], None, verdict + _case(case)
    for act in doc.get("ill_treatment_acts", []):
        if act.get("victim") == ref:
            method = (("ill_treatment", str(act.get("method"))),)
            yield "ill_treatment", act.get("from"), act.get("until"), method
    for care in doc.get("medical_care", []):
        if care.get("person") == ref and care.get("outcome") in CARE_WITHHELD:
            yield "care_denied", care.get("requested"), None, _care(care)
    for death in doc.get("deaths_in_detention", []):
        if death.get("person") == ref:
            what = "death_after_release" if death.get("custody") == "after_release" else "death"
            yield what, death.get("date"), None, _place(death.get("place", {}))
    for item in doc.get("solidarity_persecution", []):
        if item.get("person") == ref:
            actions = tuple(("solidarity", str(a)) for a in item.get("actions", []))
            yield "solidarity", item.get("date"), None, actions
    for incident in doc.get("transnational_incidents", []):
        if incident.get("person") == ref:
            kind = (("transnational_incident_types", str(incident.get("type"))),)
            yield "transnational", incident.get("date"), None, kind
    yield from _schema_2_events(doc, ref)


def _schema_2_events(doc: Mapping[str, Any], ref: str) -> Iterator[tuple[str, Any, Any, Details]]:
    for case in doc.get("administrative_cases", []):
        if case.get("person") == ref:
            articles = tuple(
                ("administrative_code_articles", str(a["code"])) for a in case.get("articles", [])
            )
            outcome = (
                (("administrative_outcome", str(case["outcome"])),) if "outcome" in case else ()
            )
            yield "administrative_case", case.get("date"), None, articles + outcome
    for entry in doc.get("list_entries", []):
        if entry.get("person") == ref:
            yield "list_entry", entry.get("date"), None, (("list", str(entry.get("list"))),)
    for action in doc.get("property_actions", []):
        if action.get("person") == ref:
            what = (("property", str(action.get("action"))), ("asset", str(action.get("asset"))))
            yield "property", action.get("date"), None, what
    for attempt in doc.get("recruitment_attempts", []):
        if attempt.get("person") == ref:
            agency = (("agency", str(attempt["agency"])),) if "agency" in attempt else ()
            yield "kgb_recruitment", attempt.get("date"), None, agency


def person_events(doc: Mapping[str, Any], name: str, testimony_id: str) -> list[TimelineEvent]:
    events = []
    for ref, recorded_name in matching_refs(doc, name).items():
        for kind, start, until, details in _raw_events(doc, ref):
            events.append(TimelineEvent(kind, start, until, details, recorded_name, testimony_id))
    return events


def in_order(events: list[TimelineEvent]) -> list[TimelineEvent]:
    return sorted(events, key=lambda e: (e.sort_key, KINDS.index(e.kind), e.testimony_id))
