"""The legal sections of a case dossier: criminal and administrative cases, inclusion in the
"extremist" or "terrorist" lists, and periods held incommunicado."""

from __future__ import annotations

from app.services.dossier import Entry, Labels, date
from app.services.dossier_lines import (
    Doc,
    coded,
    collect,
    day,
    enum,
    mine,
    perpetrators,
    text,
    told_by,
)

__all__ = ["administrative_cases", "incommunicado", "prosecutions"]


def prosecutions(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = []
    for case in mine(doc, "prosecutions", ref):
        dates = case.get("dates", {})
        sentence = case.get("sentence", {})
        articles = [
            labels("criminal_code_articles", a["code"]) + (f" ({a['part']})" if "part" in a else "")
            for a in case.get("articles", [])
        ]
        first = next((dates[k] for k in ("opened", "trial", "verdict") if k in dates), None)
        found.append(Entry("prosecution", date(first) if first else "", collect(
            text("case_number", case.get("case_number")),
            *[text("article", article) for article in articles],
            text("court", case.get("court")),
            text("judge", case.get("judge")),
            day("opened", dates.get("opened")),
            day("trial", dates.get("trial")),
            day("verdict_date", dates.get("verdict")),
            enum("verdict", case.get("verdict")),
            enum("sentence", sentence.get("kind")),
            text("term_months", sentence.get("term_months")),
            text("regime", labels("colony_regimes", sentence["regime"])
                  if "regime" in sentence else None),
            day("expected_end", sentence.get("expected_end")),
            enum("in_absentia", case.get("in_absentia")),
            enum("group_trial", case.get("group_trial")),
            text("co_defendants_count", case.get("co_defendants_count")),
            enum("art411_reconviction", case.get("art411_reconviction")),
            *perpetrators(doc, case.get("responsible")),
            *told_by(doc, case),
        )))  # fmt: skip
    return found


def administrative_cases(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = []
    for case in mine(doc, "administrative_cases", ref):
        articles = [
            labels("administrative_code_articles", a["code"])
            + (f" ({a['part']})" if "part" in a else "")
            for a in case.get("articles", [])
        ]
        found.append(Entry("administrative_case", date(case.get("date")), collect(
            text("case_number", case.get("case_number")),
            *[text("article", article) for article in articles],
            text("court", case.get("court")),
            day("date", case.get("date")),
            enum("outcome", case.get("outcome")),
            text("detention_days", case.get("detention_days")),
            text("description", case.get("description")),
            *perpetrators(doc, case.get("responsible")),
            *told_by(doc, case),
        )))  # fmt: skip
    found += [
        Entry("list_entry", date(entry.get("date")), collect(
            enum("list", entry.get("list")),
            day("date", entry.get("date")),
            text("note", entry.get("note")),
            *told_by(doc, entry),
        ))
        for entry in mine(doc, "list_entries", ref)
    ]  # fmt: skip
    return found


def incommunicado(doc: Doc, ref: str, labels: Labels) -> list[Entry]:
    found = []
    for item in mine(doc, "incommunicado", ref):
        last = item.get("last_contact", {})
        denied = [
            text("contact_denied_to", labels("contact_denied_to", d["channel"])
                  + (f" ({date(d['since'])})" if "since" in d else ""))
            for d in item.get("contact_denied_to", [])
        ]  # fmt: skip
        found.append(Entry("incommunicado", date(item.get("since")), collect(
            day("since", item.get("since")),
            day("until", item.get("until")),
            enum("status", item.get("status")),
            day("last_contact", last.get("date")),
            coded("last_contact_type", labels, "incommunicado_contact_type", last.get("type")),
            coded("last_contact_with", labels, "contact_denied_to", last.get("with")),
            *denied,
            coded("learned_via", labels, "status_learned_via", item.get("learned_via")),
            coded("official_response", labels, "incommunicado_official_response",
                   item.get("official_response")),
            text("official_response_text", item.get("official_response_text")),
            coded("reported_location", labels, "detention_facilities",
                   item.get("reported_location")),
            coded("suspected_cause", labels, "incommunicado_suspected_cause",
                   item.get("suspected_cause")),
            enum("enforced_disappearance", item.get("enforced_disappearance")),
            text("un_reference", item.get("un_reference")),
            *told_by(doc, item),
        )))  # fmt: skip
    return found
