"""The sections of a case dossier, each read from one testimony as it may leave: the
detention timeline, acts, health and care, prosecution, incommunicado periods, sources, consent
and the chain of custody (app.services.dossier)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.services.dossier import Custody, Entry, Labels, Leaving, Line, date, who

__all__ = [
    "acts",
    "consent",
    "custody",
    "health",
    "identity",
    "incommunicado",
    "prosecutions",
    "sources",
    "timeline",
]

Doc = Mapping[str, Any]


def _lines(*found: Line | None) -> tuple[Line, ...]:
    return tuple(line for line in found if line is not None)


def _text(label: str, value: Any) -> Line | None:
    if value is None or value == "" or value == []:
        return None
    return Line(label, str(value))


def _enum(label: str, value: Any) -> Line | None:
    if value is None:
        return None
    if isinstance(value, bool):
        value = "yes" if value else "no"
    return Line(label, str(value), "enum")


def _date(label: str, value: Any) -> Line | None:
    return Line(label, date(value)) if isinstance(value, Mapping) else None


def _place(label: str, place: Any, labels: Labels) -> Line | None:
    if not isinstance(place, Mapping):
        return None
    parts = [labels("detention_facilities", place["facility"])] if "facility" in place else []
    parts += [str(place[k]) for k in ("text", "country") if place.get(k)]
    return _text(label, ", ".join(parts))


def _mine(doc: Doc, section: str, ref: str, key: str = "person") -> list[dict[str, Any]]:
    return [item for item in doc.get(section, []) if item.get(key) == ref]


def _perpetrators(doc: Doc, found: Any) -> list[Line | None]:
    lines: list[Line | None] = []
    for one in found or []:
        lines += [
            _text("perpetrator", who(doc, one.get("person")) or one.get("description")),
            _enum("function", one.get("function")),
            _enum("agency", one.get("agency")),
            _enum("involvement", one.get("involvement")),
        ]
    return lines


def _source(doc: Doc, item: Mapping[str, Any]) -> list[Line | None]:
    return [
        _text("source", who(doc, item.get("source"))),
        _enum("knowledge", item.get("knowledge")),
    ]


def identity(person: Mapping[str, Any], labels: Labels) -> tuple[Line, ...]:
    names = [
        _text(f"name_{name['kind']}", name["value"])
        for name in person.get("names", [])
        if name.get("kind") in ("original", "transliteration", "pseudonym")
    ]
    return _lines(
        *names,
        _text("case_code", person.get("case_code")),
        _date("birth_date", person.get("birth_date")),
        _enum("gender", person.get("gender")),
        _text("citizenship", ", ".join(person.get("citizenship", []))),
        _text("residence_country", person.get("residence_country")),
        _text("occupation", person.get("occupation")),
        *[_enum("role", role) for role in person.get("roles", [])],
    )


def timeline(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found: list[Entry] = []
    for episode in _mine(doc, "detention_episodes", ref):
        arrest = episode.get("arrest", {})
        found.append(Entry("arrest", date(arrest.get("date")), _lines(
            _date("date", arrest.get("date")),
            _enum("arrest_kind", arrest.get("kind")),
            _place("place", arrest.get("place"), labels),
            _text("authority", arrest.get("authority")),
            _text("grounds", arrest.get("grounds")),
            _text("case_number", arrest.get("case_number")),
            _enum("at_border_on_return", arrest.get("at_border_on_return")),
            _enum("returned_from_abroad", arrest.get("returned_from_abroad")),
            *[_enum("identified_via", means) for means in arrest.get("identified_via", [])],
            *_perpetrators(doc, episode.get("responsible")),
            *_source(doc, episode),
        )))  # fmt: skip
        for place in episode.get("places", []):
            found.append(Entry("place", date(place.get("from")), _lines(
                _text("facility", labels("detention_facilities", place["facility"])
                      if "facility" in place else place.get("facility_text")),
                _text("place_type", labels("detention_place_types", place["place_type"])
                      if "place_type" in place else None),
                _text("regime", labels("colony_regimes", place["regime"])
                      if "regime" in place else None),
                _date("from", place.get("from")),
                _date("until", place.get("until")),
            )))  # fmt: skip
        for move in episode.get("transfers", []):
            found.append(Entry("transfer", date(move.get("date")), _lines(
                _date("date", move.get("date")),
                _place("from", {"facility": move["from_facility"]}
                       if "from_facility" in move else None, labels),
                _place("to", {"facility": move["to_facility"]}
                       if "to_facility" in move else None, labels),
                _text("note", move.get("note")),
            )))  # fmt: skip
        for cell in episode.get("punishment_cells", []):
            found.append(Entry("punishment_cell", date(cell.get("from")), _lines(
                _enum("cell_kind", cell.get("kind")),
                _date("from", cell.get("from")),
                _date("until", cell.get("until")),
                _text("days", cell.get("days")),
                _text("reason", cell.get("reason")),
            )))  # fmt: skip
        release = episode.get("release")
        if isinstance(release, Mapping):
            found.append(Entry("release", date(release.get("date")), _lines(
                _date("date", release.get("date")),
                _enum("release_reason", release.get("reason")),
                *[_enum("release_condition", c) for c in release.get("conditions", [])],
                _text("note", release.get("note")),
            )))  # fmt: skip
        for key in ("police_supervision", "exit_ban"):
            period = episode.get(key)
            if isinstance(period, Mapping):
                found.append(Entry(key, date(period.get("from")), _lines(
                    _date("from", period.get("from")),
                    _date("until", period.get("until")),
                    _text("note", period.get("note")),
                )))  # fmt: skip
    for death in _mine(doc, "deaths_in_detention", ref):
        investigation = death.get("investigation", {})
        found.append(Entry("death", date(death.get("date")), _lines(
            _date("date", death.get("date")),
            _enum("custody", death.get("custody", "in_detention")),
            _place("place", death.get("place"), labels),
            _text("circumstances", death.get("circumstances")),
            _text("official_explanation", death.get("official_explanation")),
            _enum("investigation", investigation.get("status")),
            _enum("body_access", death.get("body_access")),
            *_perpetrators(doc, death.get("responsible")),
            *_source(doc, death),
        )))  # fmt: skip
    return found


def acts(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    return [
        Entry("act", date(act.get("from")), _lines(
            _text("method", labels("ill_treatment", act["method"])),
            _date("from", act.get("from")),
            _date("until", act.get("until")),
            _place("place", act.get("place"), labels),
            *_perpetrators(doc, act.get("perpetrators")),
            _text("stated_reason", act.get("stated_reason")),
            _text("consequences", act.get("consequences")),
            _enum("statement_extracted", act.get("statement_extracted")),
            _text("medical_attention", labels("medical_attention_received",
                                              act["medical_attention"])
                  if "medical_attention" in act else None),
            _text("description", act.get("description")),
            *_source(doc, act),
        ))
        for act in _mine(doc, "ill_treatment_acts", ref, "victim")
    ]  # fmt: skip


def _category(labels: Labels, item: Mapping[str, Any]) -> Line | None:
    if "category" not in item:
        return None
    return _text("category", labels("health_condition_categories", item["category"]))


def health(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = [
        Entry("condition", "", _lines(
            _category(labels, item),
            _enum("timing", item.get("timing")),
            _enum("serious", item.get("serious")),
            _enum("disability_group", item.get("disability_group")),
            _text("description", item.get("description")),
        ))
        for item in _mine(doc, "health", ref)
    ]  # fmt: skip
    found += [
        Entry("medical_care", date(item.get("requested")), _lines(
            _date("requested", item.get("requested")),
            _text("condition", item.get("condition")),
            _category(labels, item),
            _enum("outcome", item.get("outcome")),
            _text("description", item.get("description")),
            *_source(doc, item),
        ))
        for item in _mine(doc, "medical_care", ref)
    ]  # fmt: skip
    return found


def prosecutions(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = []
    for case in _mine(doc, "prosecutions", ref):
        dates = case.get("dates", {})
        sentence = case.get("sentence", {})
        articles = [
            labels("criminal_code_articles", a["code"]) + (f" ({a['part']})" if "part" in a else "")
            for a in case.get("articles", [])
        ]
        first = next((dates[k] for k in ("opened", "trial", "verdict") if k in dates), None)
        found.append(Entry("prosecution", date(first) if first else "", _lines(
            _text("case_number", case.get("case_number")),
            *[_text("article", article) for article in articles],
            _text("court", case.get("court")),
            _text("judge", case.get("judge")),
            _date("opened", dates.get("opened")),
            _date("trial", dates.get("trial")),
            _date("verdict_date", dates.get("verdict")),
            _enum("verdict", case.get("verdict")),
            _enum("sentence", sentence.get("kind")),
            _text("term_months", sentence.get("term_months")),
            _text("regime", labels("colony_regimes", sentence["regime"])
                  if "regime" in sentence else None),
            _date("expected_end", sentence.get("expected_end")),
            _enum("in_absentia", case.get("in_absentia")),
            _enum("group_trial", case.get("group_trial")),
            _text("co_defendants_count", case.get("co_defendants_count")),
            _enum("art411_reconviction", case.get("art411_reconviction")),
            *_perpetrators(doc, case.get("responsible")),
            *_source(doc, case),
        )))  # fmt: skip
    return found


def _coded(label: str, labels: Labels, vocabulary: str, code: Any) -> Line | None:
    return _text(label, labels(vocabulary, code)) if code is not None else None


def incommunicado(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = []
    for item in _mine(doc, "incommunicado", ref):
        last = item.get("last_contact", {})
        denied = [
            _text("contact_denied_to", labels("contact_denied_to", d["channel"])
                  + (f" ({date(d['since'])})" if "since" in d else ""))
            for d in item.get("contact_denied_to", [])
        ]  # fmt: skip
        found.append(Entry("incommunicado", date(item.get("since")), _lines(
            _date("since", item.get("since")),
            _date("until", item.get("until")),
            _enum("status", item.get("status")),
            _date("last_contact", last.get("date")),
            _coded("last_contact_type", labels, "incommunicado_contact_type", last.get("type")),
            _coded("last_contact_with", labels, "contact_denied_to", last.get("with")),
            *denied,
            _coded("learned_via", labels, "status_learned_via", item.get("learned_via")),
            _coded("official_response", labels, "incommunicado_official_response",
                   item.get("official_response")),
            _text("official_response_text", item.get("official_response_text")),
            _coded("reported_location", labels, "detention_facilities",
                   item.get("reported_location")),
            _coded("suspected_cause", labels, "incommunicado_suspected_cause",
                   item.get("suspected_cause")),
            _enum("enforced_disappearance", item.get("enforced_disappearance")),
            _text("un_reference", item.get("un_reference")),
            *_source(doc, item),
        )))  # fmt: skip
    return found


def sources(doc: Doc, ref: str) -> list[Entry]:
    interview = doc.get("interview", {})
    found = [
        Entry("interview", date(interview.get("date")), _lines(
            _text("informant", who(doc, interview.get("informant"))),
            _date("date", interview.get("date")),
            _enum("mode", interview.get("mode")),
            _text("language", interview.get("language")),
        ))
    ]  # fmt: skip
    found += [
        Entry("source", date(link.get("source_date")), _lines(
            _text("informant", who(doc, link.get("informant"))),
            _enum("connection", link.get("connection")),
            _enum("reliability", link.get("reliability")),
            _date("source_date", link.get("source_date")),
            _text("note", link.get("note")),
        ))
        for link in _mine(doc, "information_links", ref, "about")
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
        Entry(kind, date(entry.get("date")), _lines(
            _text("given_by", who(doc, ref)),
            _date("date", entry.get("date")),
            _enum("method", entry.get("method")),
            _text("scopes", "; ".join(labels("consent_scopes", s)
                                      for s in entry.get("scopes", []))),
            _enum("risks_explained", entry.get("risks_explained")),
            _text("conditions", entry.get("conditions")),
        ))
        for kind, ref, entry in given
        if entry
    ]  # fmt: skip


def custody(item: Leaving) -> Custody:
    doc = item.handed.document
    attachments = tuple(
        Entry("attachment", "", _lines(
            _enum("attachment_kind", entry.get("kind")),
            _text("sha256", entry.get("sha256")),
            _text("media_type", entry.get("media_type")),
            _text("size_bytes", entry.get("size_bytes")),
            _text("description", entry.get("description")),
            _text("about", ", ".join(filter(None, (who(doc, r) for r in entry.get("about", []))))),
        ))
        for entry in doc.get("attachments_described", [])
    )  # fmt: skip
    return Custody(item.testimony_id, item.version, item.sha256, attachments)
