"""The editor's sections, in the order an interview usually runs: consent before anything
else, then who is who, then what happened, the informant's narrative near the end."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["SECTIONS", "Section"]


@dataclass(frozen=True)
class Section:
    key: str  # the record's top-level field a list section edits; a page name otherwise
    title: object  # source text, context "Section" (QT_TRANSLATE_NOOP is typed as object)
    is_list: bool = True

    def label(self) -> str:
        return QCoreApplication.translate("Section", str(self.title))


# fmt: off
SECTIONS: tuple[Section, ...] = (
    Section("consent", QT_TRANSLATE_NOOP("Section", "Consent"), is_list=False),
    Section("interview", QT_TRANSLATE_NOOP("Section", "Interview"), is_list=False),
    Section("persons", QT_TRANSLATE_NOOP("Section", "Persons")),
    Section("information_links", QT_TRANSLATE_NOOP("Section", "Information links")),
    Section("detention_episodes", QT_TRANSLATE_NOOP("Section", "Detention episodes")),
    Section("incommunicado", QT_TRANSLATE_NOOP("Section", "Incommunicado")),
    Section("ill_treatment_acts", QT_TRANSLATE_NOOP("Section", "Ill-treatment acts")),
    Section("detention_conditions", QT_TRANSLATE_NOOP("Section", "Detention conditions")),
    Section("health", QT_TRANSLATE_NOOP("Section", "Health")),
    Section("medical_care", QT_TRANSLATE_NOOP("Section", "Medical care")),
    Section("humanitarian_criteria", QT_TRANSLATE_NOOP("Section", "Humanitarian criteria")),
    Section("deaths_in_detention", QT_TRANSLATE_NOOP("Section", "Deaths in detention")),
    Section("prosecutions", QT_TRANSLATE_NOOP("Section", "Prosecutions")),
    Section("administrative_cases", QT_TRANSLATE_NOOP("Section", "Administrative cases")),
    Section("list_entries", QT_TRANSLATE_NOOP("Section", "“Extremist” and “terrorist” lists")),
    Section("solidarity_persecution", QT_TRANSLATE_NOOP("Section", "Solidarity persecution")),
    Section("transnational_incidents", QT_TRANSLATE_NOOP("Section", "Transnational incidents")),
    Section("property_actions", QT_TRANSLATE_NOOP("Section", "Property")),
    Section("recruitment_attempts", QT_TRANSLATE_NOOP("Section", "Recruitment attempts")),
    Section("interventions", QT_TRANSLATE_NOOP("Section", "Interventions")),
    Section("event_links", QT_TRANSLATE_NOOP("Section", "Event links")),
    Section("field_notes", QT_TRANSLATE_NOOP("Section", "Field notes")),
    Section("narrative", QT_TRANSLATE_NOOP("Section", "Narrative"), is_list=False),
    Section("attachments_described", QT_TRANSLATE_NOOP("Section", "Attachments described")),
)
# fmt: on
