"""Where the record's codes and refs are: the tables validation walks (app.domain.record) and
the editor reads to know what a field points at.

Patterns use the notation of app.domain.record.select: ``persons[].relations[].to``.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = [
    "ATTRIBUTED_SECTIONS", "DATE_ORDER", "EPISODE_REF_FIELDS", "ITEM_SECTIONS",
    "PERSON_REF_FIELDS", "PROSECUTION_REF_FIELDS", "RESPONSIBLE_FIELDS", "VOCABULARY_FIELDS",
]  # fmt: skip

# Laid out by hand: one line per section reads better than one line per field.
# fmt: off

# Every code field and the vocabulary its codes come from. The schema repeats this as
# "x-vocabulary" annotations for readers; a unit test keeps the two in step.
VOCABULARY_FIELDS: Mapping[str, str] = {
    "consent.scopes[]": "consent_scopes",
    "consent.own[].scopes[]": "consent_scopes",
    "detention_episodes[].places[].facility": "detention_facilities",
    "detention_episodes[].places[].place_type": "detention_place_types",
    "detention_episodes[].places[].regime": "colony_regimes",
    "detention_episodes[].transfers[].from_facility": "detention_facilities",
    "detention_episodes[].transfers[].to_facility": "detention_facilities",
    "incommunicado[].last_contact.type": "incommunicado_contact_type",
    "incommunicado[].last_contact.with": "contact_denied_to",
    "incommunicado[].contact_denied_to[].channel": "contact_denied_to",
    "incommunicado[].learned_via": "status_learned_via",
    "incommunicado[].official_response": "incommunicado_official_response",
    "incommunicado[].reported_location": "detention_facilities",
    "incommunicado[].suspected_cause": "incommunicado_suspected_cause",
    "ill_treatment_acts[].method": "ill_treatment",
    "ill_treatment_acts[].place.facility": "detention_facilities",
    "ill_treatment_acts[].medical_attention": "medical_attention_received",
    "detention_conditions[].condition": "detention_conditions",
    "detention_conditions[].place.facility": "detention_facilities",
    "medical_care[].category": "health_condition_categories",
    "health[].category": "health_condition_categories",
    "humanitarian_criteria[].criterion": "humanitarian_criteria",
    "deaths_in_detention[].place.facility": "detention_facilities",
    "prosecutions[].articles[].code": "criminal_code_articles",
    "prosecutions[].sentence.regime": "colony_regimes",
    "administrative_cases[].articles[].code": "administrative_code_articles",
    "transnational_incidents[].type": "transnational_incident_types",
}

# Sections whose items carry a ref that event links and attachments may point to.
ITEM_SECTIONS = (
    "detention_episodes",
    "incommunicado",
    "ill_treatment_acts",
    "deaths_in_detention",
    "prosecutions",
    "administrative_cases",
    "list_entries",
    "solidarity_persecution",
    "transnational_incidents",
    "property_actions",
    "recruitment_attempts",
    "interventions",
    "attachments_described",
)

# Sections whose items are acts with their own source (a person ref) and how the source knows.
ATTRIBUTED_SECTIONS = (
    "detention_episodes",
    "incommunicado",
    "ill_treatment_acts",
    "detention_conditions",
    "medical_care",
    "deaths_in_detention",
    "prosecutions",
    "administrative_cases",
    "list_entries",
    "solidarity_persecution",
    "transnational_incidents",
    "property_actions",
    "recruitment_attempts",
)

# Lists of those responsible for an act: each entry names a person, an agency or a description.
RESPONSIBLE_FIELDS = (
    "ill_treatment_acts[].perpetrators[]",
    "detention_episodes[].responsible[]",
    "deaths_in_detention[].responsible[]",
    "prosecutions[].responsible[]",
    "administrative_cases[].responsible[]",
    "solidarity_persecution[].responsible[]",
    "transnational_incidents[].responsible[]",
    "property_actions[].responsible[]",
    "recruitment_attempts[].responsible[]",
)

# Fields that must name a person of the record.
PERSON_REF_FIELDS = (
    "interview.informant",
    "consent.given_by",
    "consent.own[].person",
    "persons[].relations[].to",
    "information_links[].informant",
    "information_links[].about",
    "detention_episodes[].person",
    "incommunicado[].person",
    "incommunicado[].last_contact.with_person",
    "ill_treatment_acts[].victim",
    "detention_conditions[].person",
    "medical_care[].person",
    "health[].person",
    "humanitarian_criteria[].person",
    "deaths_in_detention[].person",
    "prosecutions[].person",
    "prosecutions[].co_defendants[]",
    "administrative_cases[].person",
    "list_entries[].person",
    "solidarity_persecution[].person",
    "solidarity_persecution[].supported[]",
    "transnational_incidents[].person",
    "transnational_incidents[].targeted_exile",
    "property_actions[].person",
    "recruitment_attempts[].person",
    "interventions[].victims[]",
    *(f"{field}.person" for field in RESPONSIBLE_FIELDS),
    *(f"{section}[].source" for section in ATTRIBUTED_SECTIONS),
)

# (section, field naming a detention episode, field naming the item's person)
EPISODE_REF_FIELDS = (
    ("incommunicado", "episode", "person"),
    ("ill_treatment_acts", "episode", "victim"),
    ("detention_conditions", "episode", "person"),
    ("medical_care", "episode", "person"),
    ("deaths_in_detention", "episode", "person"),
    ("prosecutions", "episode", "person"),
    ("administrative_cases", "episode", "person"),
    ("recruitment_attempts", "episode", "person"),
)

# (section, field naming a prosecution, field naming the item's person or "" when any may)
PROSECUTION_REF_FIELDS = (
    ("list_entries", "prosecution", "person"),
    ("transnational_incidents", "prosecution", ""),
    ("property_actions", "prosecution", ""),
)

# Date pairs inside one item that must not run backwards, beyond every {from, until}.
DATE_ORDER = (
    ("consent", "date", "withdrawal.date"),
    ("consent.own[]", "date", "withdrawal.date"),
    ("incommunicado[]", "since", "until"),
    ("detention_episodes[]", "arrest.date", "release.date"),
    ("prosecutions[]", "dates.opened", "dates.verdict"),
    ("interventions[]", "date", "reply.date"),
)
# fmt: on
