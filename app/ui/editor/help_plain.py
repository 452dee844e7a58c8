"""Help in the interviewer's words for the schema descriptions that speak to programmers.

The schema describes fields for whoever reads or writes records by program: "Person ref of the
victim", "ISO 3166-1 alpha-2 country code", "codes of consent_scopes". A tooltip saying that
to an interviewer in a café is noise at best. Each such description is shown as the sentence
here instead (keyed by the schema's text, so a changed description falls back to itself and
the catalogue test in tests/ui/test_editor_labels.py names it).
"""

# ruff: noqa: E501 - one sentence per line keeps the table diffable against the schema

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["PLAIN_HELP"]

# fmt: off
PLAIN_HELP: dict[str, object] = {
    "A date as precise as the source knows it. The value is ISO 8601 truncated to the precision: day YYYY-MM-DD, month YYYY-MM, year YYYY; approximate takes any of the three; unknown has no value.": QT_TRANSLATE_NOOP("Help", "A date as precise as the source knows it: a day, a month, a year, an approximate date, or unknown."),
    "BCP 47 language tag (be, ru, en, pl, lt ...).": QT_TRANSLATE_NOOP("Help", "A language."),
    "Category; mental_disorder and physical_disability feed the computed criteria.": QT_TRANSLATE_NOOP("Help", "Category; a mental disorder or a physical disability counts towards the humanitarian criteria."),
    "Chains of events between refs of other sections (a re-conviction following a conviction, an arrest caused by a return).": QT_TRANSLATE_NOOP("Help", "Chains of events between entries of other sections (a re-conviction following a conviction, an arrest caused by a return)."),
    "Code of a controlled vocabulary term.": QT_TRANSLATE_NOOP("Help", "Choose from the list."),
    "Conditions of detention, each a vocabulary code with dates.": QT_TRANSLATE_NOOP("Help", "Conditions of detention, each with its dates."),
    "Criterion asserted; not age_over_60 or death_in_detention.": QT_TRANSLATE_NOOP("Help", "Criterion asserted; age over 60 and death in detention are worked out by the record itself."),
    "Date of birth; age_over_60 is computed from it.": QT_TRANSLATE_NOOP("Help", "Date of birth; whether the person is over 60 is worked out from it."),
    "Detention episode ref, when the accused is detained.": QT_TRANSLATE_NOOP("Help", "The detention, when the accused is detained."),
    "Detention episode ref, when the person was held.": QT_TRANSLATE_NOOP("Help", "The detention, when the person was held."),
    "Detention episode ref.": QT_TRANSLATE_NOOP("Help", "The detention it belongs to."),
    "Detention episode ref: the detention during or after which the person died.": QT_TRANSLATE_NOOP("Help", "The detention during or after which the person died."),
    "Detention episode ref: the detention it followed, if any.": QT_TRANSLATE_NOOP("Help", "The detention it followed, if any."),
    "Distinct vocabulary codes.": QT_TRANSLATE_NOOP("Help", "Tick all that apply."),
    "Facility code.": QT_TRANSLATE_NOOP("Help", "Facility, from the list."),
    "Facility in free text when not in the vocabulary.": QT_TRANSLATE_NOOP("Help", "Facility in your own words when it is not in the list."),
    "Form and version of this document; always \"sviedka.testimony/2\" (a version 1 document is read as its upgrade).": QT_TRANSLATE_NOOP("Help", "Form and version of this record; set by the program."),
    "Handling level of the whole record: restricted (team), confidential (named staff), strictly_confidential (named staff, never leaves the vault unencrypted).": QT_TRANSLATE_NOOP("Help", "Handling level of the whole record: restricted (team), confidential (named staff), strictly confidential (named staff, never leaves the vault unencrypted)."),
    "Humanitarian-list criteria asserted by the informant that the record cannot compute (age_over_60 and death_in_detention are always computed, from birth_date and deaths_in_detention, and may not be asserted).": QT_TRANSLATE_NOOP("Help", "Humanitarian-list criteria asserted by the informant that the record cannot work out itself (age over 60 and death in detention are always worked out, from the date of birth and the deaths in detention, and cannot be asserted)."),
    "ISO 15924 script.": QT_TRANSLATE_NOOP("Help", "Alphabet the name is written in."),
    "ISO 3166-1 alpha-2 country code.": QT_TRANSLATE_NOOP("Help", "A country."),
    "Kind of file; a consent_form is the signed form, about the persons who signed it.": QT_TRANSLATE_NOOP("Help", "Kind of file; a consent form is the signed form, about the persons who signed it."),
    "Local ref (\"ad1\").": QT_TRANSLATE_NOOP("Help", "The program's own bookkeeping for this entry."),
    "Local ref (\"pr1\").": QT_TRANSLATE_NOOP("Help", "The program's own bookkeeping for this entry."),
    "Local ref of the episode (\"e1\").": QT_TRANSLATE_NOOP("Help", "The program's own bookkeeping for this entry."),
    "Local ref other sections use (\"p1\").": QT_TRANSLATE_NOOP("Help", "The program's own bookkeeping for this entry."),
    "Local ref.": QT_TRANSLATE_NOOP("Help", "The program's own bookkeeping for this entry."),
    "Local reference, unique in the record (\"p1\", \"e1\", \"pr2\").": QT_TRANSLATE_NOOP("Help", "The program's own bookkeeping for this entry."),
    "One interview: who spoke, with what consent, about whom, and what they recount. Persons carry local refs (\"p1\") that the other sections point to; a code field names its vocabulary in \"x-vocabulary\"; fields marked \"x-sensitive\" identify a person. The vault adds a read-only \"provenance\" object on output; it is not part of the input form. docs/record-schema.md is the reader's guide.": QT_TRANSLATE_NOOP("Help", "One interview: who spoke, with what consent, about whom, and what they recount."),
    "Path of the marked field (interview.narrative.text, persons[1].occupation).": QT_TRANSLATE_NOOP("Help", "Which field is marked (the narrative, a person's occupation …)."),
    "Path of the field the note is about.": QT_TRANSLATE_NOOP("Help", "Which field the note is about."),
    "Person ref of the accused.": QT_TRANSLATE_NOOP("Help", "The accused."),
    "Person ref of the detainee.": QT_TRANSLATE_NOOP("Help", "The person detained."),
    "Person ref of the exile whom pressure on relatives is meant to reach.": QT_TRANSLATE_NOOP("Help", "The exile whom pressure on relatives is meant to reach."),
    "Person ref of the informant interviewed.": QT_TRANSLATE_NOOP("Help", "The informant interviewed."),
    "Person ref of the owner.": QT_TRANSLATE_NOOP("Help", "The owner."),
    "Person ref of the patient.": QT_TRANSLATE_NOOP("Help", "The patient."),
    "Person ref of the persecuted supporter.": QT_TRANSLATE_NOOP("Help", "The persecuted supporter."),
    "Person ref of the source.": QT_TRANSLATE_NOOP("Help", "The source of the information."),
    "Person ref of the target.": QT_TRANSLATE_NOOP("Help", "The person targeted."),
    "Person ref of the victim.": QT_TRANSLATE_NOOP("Help", "The victim."),
    "Person ref of who consented for themselves.": QT_TRANSLATE_NOOP("Help", "Who consented for themselves."),
    "Person ref of who died.": QT_TRANSLATE_NOOP("Help", "Who died."),
    "Person ref of who gave consent.": QT_TRANSLATE_NOOP("Help", "Who gave consent."),
    "Person ref of who had the contact.": QT_TRANSLATE_NOOP("Help", "Who had the contact."),
    "Person ref of who told of this entry, when not the informant of the interview.": QT_TRANSLATE_NOOP("Help", "Who told of this entry, when not the informant of the interview."),
    "Person ref of who was approached.": QT_TRANSLATE_NOOP("Help", "Who was approached."),
    "Person ref of who was listed.": QT_TRANSLATE_NOOP("Help", "Who was listed."),
    "Person ref of whom the source speaks.": QT_TRANSLATE_NOOP("Help", "Whom the source speaks about."),
    "Person ref.": QT_TRANSLATE_NOOP("Help", "A person of this testimony."),
    "Person refs of co-defendants in this record.": QT_TRANSLATE_NOOP("Help", "Co-defendants named in this testimony."),
    "Person refs of those it was made for.": QT_TRANSLATE_NOOP("Help", "Those it was made for."),
    "Person refs of those supported.": QT_TRANSLATE_NOOP("Help", "Those supported."),
    "Place in free text (cell, unit, facility not in the vocabulary).": QT_TRANSLATE_NOOP("Help", "Place in your own words (cell, unit, a facility not in the list)."),
    "Places not in the vocabulary, reason, conditions of transport.": QT_TRANSLATE_NOOP("Help", "Places not in the list, reason, conditions of transport."),
    "Ref of an item of another section.": QT_TRANSLATE_NOOP("Help", "An entry of another section."),
    "Ref of the prosecution it was ordered in, if any.": QT_TRANSLATE_NOOP("Help", "The criminal case it was ordered in, if any."),
    "Ref of the prosecution that led to the entry, if any.": QT_TRANSLATE_NOOP("Help", "The criminal case that led to the entry, if any."),
    "Ref of the prosecution this incident belongs to (a trial in absentia is entered once, as a prosecution).": QT_TRANSLATE_NOOP("Help", "The criminal case this incident belongs to (a trial in absentia is entered once, as a criminal case)."),
    "Ref of the prosecution whose sentence was being served.": QT_TRANSLATE_NOOP("Help", "The criminal case whose sentence was being served."),
    "Refs of persons or items it documents.": QT_TRANSLATE_NOOP("Help", "Persons or entries it documents."),
    "Serious (grave, chronic or acute) condition: makes serious_health_condition apply.": QT_TRANSLATE_NOOP("Help", "Serious (grave, chronic or acute) condition: the serious health condition criterion then applies."),
    "Someone responsible: a person ref, an agency, or a description when unnamed.": QT_TRANSLATE_NOOP("Help", "Someone responsible: a person of this testimony, an agency, or a description when unnamed."),
    "Uses consented to: codes of consent_scopes, plus share_organisation (share with the central organisation), which is always available.": QT_TRANSLATE_NOOP("Help", "Uses consented to, and sharing with the central organisation, which is always available."),
    "Uses of their own identity and account they consented to: codes of consent_scopes.": QT_TRANSLATE_NOOP("Help", "Uses of their own identity and account they consented to."),
    "Where something happened: a facility code, or free text when it is not in the vocabulary.": QT_TRANSLATE_NOOP("Help", "Where something happened: a facility from the list, or your own words when it is not there."),
    "Relations to other persons, read \"this person is the <relation> of <to>\".": QT_TRANSLATE_NOOP("Help", "Relations to other persons: what this person is to each of them (mother, brother, lawyer …)."),
    "Read \"from <relation> to\".": QT_TRANSLATE_NOOP("Help", "How the first entry relates to the second."),
}
# fmt: on
