"""The sections of a case dossier, each read from one testimony as it may leave: the
detention timeline, acts, health and care, prosecution, incommunicado periods, sources, consent
and the chain of custody (app.services.dossier)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.services.dossier import Custody, Entry, Labels, Leaving, Line, date, who
from app.services.dossier_lines import (
    Doc,
    coded,
    collect,
    day,
    enum,
    located,
    mine,
    perpetrators,
    text,
    told_by,
)

__all__ = [
    "acts",
    "consent",
    "custody",
    "health",
    "identity",
    "sources",
    "timeline",
]


def identity(person: Mapping[str, Any], labels: Labels) -> tuple[Line, ...]:
    names = [
        text(f"name_{name['kind']}", name["value"])
        for name in person.get("names", [])
        if name.get("kind") in ("original", "transliteration", "pseudonym")
    ]
    # A named person's case code is left out: beside the name it would unmask a dossier shown
    # by that code alone (another testimony's, whose consent did not name them).
    code = None if names else person.get("case_code")
    return collect(
        *names,
        text("case_code", code),
        day("birth_date", person.get("birth_date")),
        enum("gender", person.get("gender")),
        text("citizenship", ", ".join(labels.country(c) for c in person.get("citizenship", []))),
        text(
            "residence_country",
            person.get("residence_country") and labels.country(person["residence_country"]),
        ),
        text("occupation", person.get("occupation")),
        *[enum("role", role) for role in person.get("roles", [])],
    )


def timeline(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found: list[Entry] = []
    for episode in mine(doc, "detention_episodes", ref):
        arrest = episode.get("arrest", {})
        found.append(Entry("arrest", date(arrest.get("date")), collect(
            day("date", arrest.get("date")),
            enum("arrest_kind", arrest.get("kind")),
            located("place", arrest.get("place"), labels),
            text("authority", arrest.get("authority")),
            text("grounds", arrest.get("grounds")),
            text("case_number", arrest.get("case_number")),
            enum("at_border_on_return", arrest.get("at_border_on_return")),
            enum("returned_from_abroad", arrest.get("returned_from_abroad")),
            *[enum("identified_via", means) for means in arrest.get("identified_via", [])],
            *perpetrators(doc, episode.get("responsible")),
            *told_by(doc, episode),
        )))  # fmt: skip
        for place in episode.get("places", []):
            found.append(Entry("place", date(place.get("from")), collect(
                text("facility", labels("detention_facilities", place["facility"])
                      if "facility" in place else place.get("facility_text")),
                text("place_type", labels("detention_place_types", place["place_type"])
                      if "place_type" in place else None),
                text("regime", labels("colony_regimes", place["regime"])
                      if "regime" in place else None),
                day("from", place.get("from")),
                day("until", place.get("until")),
            )))  # fmt: skip
        for move in episode.get("transfers", []):
            found.append(Entry("transfer", date(move.get("date")), collect(
                day("date", move.get("date")),
                located("from", {"facility": move["from_facility"]}
                       if "from_facility" in move else None, labels),
                located("to", {"facility": move["to_facility"]}
                       if "to_facility" in move else None, labels),
                text("note", move.get("note")),
            )))  # fmt: skip
        for cell in episode.get("punishment_cells", []):
            found.append(Entry("punishment_cell", date(cell.get("from")), collect(
                enum("cell_kind", cell.get("kind")),
                day("from", cell.get("from")),
                day("until", cell.get("until")),
                text("days", cell.get("days")),
                text("reason", cell.get("reason")),
            )))  # fmt: skip
        release = episode.get("release")
        if isinstance(release, Mapping):
            found.append(Entry("release", date(release.get("date")), collect(
                day("date", release.get("date")),
                enum("release_reason", release.get("reason")),
                *[enum("release_condition", c) for c in release.get("conditions", [])],
                text("note", release.get("note")),
            )))  # fmt: skip
        for key in ("police_supervision", "exit_ban"):
            period = episode.get(key)
            if isinstance(period, Mapping):
                found.append(Entry(key, date(period.get("from")), collect(
                    day("from", period.get("from")),
                    day("until", period.get("until")),
                    text("note", period.get("note")),
                )))  # fmt: skip
    for death in mine(doc, "deaths_in_detention", ref):
        investigation = death.get("investigation", {})
        found.append(Entry("death", date(death.get("date")), collect(
            day("date", death.get("date")),
            enum("custody", death.get("custody", "in_detention")),
            located("place", death.get("place"), labels),
            text("circumstances", death.get("circumstances")),
            text("official_explanation", death.get("official_explanation")),
            enum("investigation", investigation.get("status")),
            enum("body_access", death.get("body_access")),
            *perpetrators(doc, death.get("responsible")),
            *told_by(doc, death),
        )))  # fmt: skip
    return found


def acts(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    return [
        Entry("act", date(act.get("from")), collect(
            text("method", labels("ill_treatment", act["method"])),
            day("from", act.get("from")),
            day("until", act.get("until")),
            located("place", act.get("place"), labels),
            *perpetrators(doc, act.get("perpetrators")),
            text("stated_reason", act.get("stated_reason")),
            text("consequences", act.get("consequences")),
            enum("statement_extracted", act.get("statement_extracted")),
            text("medical_attention", labels("medical_attention_received",
                                              act["medical_attention"])
                  if "medical_attention" in act else None),
            text("description", act.get("description")),
            *told_by(doc, act),
        ))
        for act in mine(doc, "ill_treatment_acts", ref, "victim")
    ] + [
        Entry("detention_condition", date(item.get("from")), collect(
            coded("condition_kind", labels, "detention_conditions", item.get("condition")),
            day("from", item.get("from")),
            day("until", item.get("until")),
            located("place", item.get("place"), labels),
            text("description", item.get("description")),
            *told_by(doc, item),
        ))
        for item in mine(doc, "detention_conditions", ref)
    ]  # fmt: skip


def _category(labels: Labels, item: Mapping[str, Any]) -> Line | None:
    if "category" not in item:
        return None
    return text("category", labels("health_condition_categories", item["category"]))


def health(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = [
        Entry("condition", "", collect(
            _category(labels, item),
            enum("timing", item.get("timing")),
            enum("serious", item.get("serious")),
            enum("disability_group", item.get("disability_group")),
            text("description", item.get("description")),
        ))
        for item in mine(doc, "health", ref)
    ]  # fmt: skip
    found += [
        Entry("medical_care", date(item.get("requested")), collect(
            day("requested", item.get("requested")),
            text("condition", item.get("condition")),
            _category(labels, item),
            enum("outcome", item.get("outcome")),
            text("description", item.get("description")),
            *told_by(doc, item),
        ))
        for item in mine(doc, "medical_care", ref)
    ]  # fmt: skip
    return found


def sources(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    interview = doc.get("interview", {})
    found = [
        Entry("interview", date(interview.get("date")), collect(
            text("informant", who(doc, interview.get("informant"))),
            day("date", interview.get("date")),
            enum("mode", interview.get("mode")),
            text("language", interview.get("language") and labels.language(interview["language"])),
        ))
    ]  # fmt: skip
    found += [
        Entry("source", date(link.get("source_date")), collect(
            text("informant", who(doc, link.get("informant"))),
            enum("connection", link.get("connection")),
            enum("reliability", link.get("reliability")),
            day("source_date", link.get("source_date")),
            text("note", link.get("note")),
        ))
        for link in mine(doc, "information_links", ref, "about")
    ]  # fmt: skip
    return found


def consent(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    """The informant's consent, under which everything leaves, and the person's own."""
    consent = doc.get("consent", {})
    given = [("consent", consent.get("given_by"), consent)]
    given += [
        ("own_consent", own.get("person"), own)
        for own in consent.get("own", [])
        if own.get("person") == ref and own.get("person") != consent.get("given_by")
    ]
    return [
        Entry(kind, date(entry.get("date")), collect(
            text("given_by", who(doc, ref)),
            day("date", entry.get("date")),
            enum("method", entry.get("method")),
            text("scopes", "; ".join(labels("consent_scopes", s)
                                      for s in entry.get("scopes", []))),
            enum("risks_explained", entry.get("risks_explained")),
            text("conditions", entry.get("conditions")),
        ))
        for kind, ref, entry in given
        if entry
    ]  # fmt: skip


def custody(item: Leaving) -> Custody:
    doc = item.handed.document
    attachments = tuple(
        Entry("attachment", "", collect(
            enum("attachment_kind", entry.get("kind")),
            text("sha256", entry.get("sha256")),
            text("media_type", entry.get("media_type")),
            text("size_bytes", entry.get("size_bytes")),
            text("description", entry.get("description")),
            text("about", ", ".join(filter(None, (who(doc, r) for r in entry.get("about", []))))),
        ))
        for entry in doc.get("attachments_described", [])
    )  # fmt: skip
    return Custody(item.testimony_id, item.version, item.sha256, attachments)
