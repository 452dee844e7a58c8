"""A complete example testimony, as an interviewer in the field would record it.

It is the reference for the JSON form (docs/record-schema.md describes it), the starting point of
a new record and the fixture of the tests. Every section and every optional field is filled at
least once, except the two whose presence would contradict the story: a consent withdrawal (the
mother consents) and the end of the incommunicado period (it continues).

The story: a mother, exiled in Vilnius, speaks in Belarusian for her son. He came back from
Poland in 2022, was arrested at the border after a phone check, convicted under Art. 342, kept in
SHIZO, denied insulin, re-convicted under Art. 411 while serving and has been held incommunicado
since February 2024; the organisation appealed to the UN for him. His father is over 60 and was
pressed to make his exiled brother come back; the brother, in Poland, was tried in absentia in a
group case, put on the "terrorist" list, is subject to an Interpol diffusion, lost his flat in
Minsk and was refused a passport by the consulate; his aunt was raided, given 15 days under the
Administrative Code for donations, and approached by the KGB after release. A cellmate saw
another prisoner die. All persons, numbers and references are invented.
"""

from __future__ import annotations

from typing import Any

from app.domain.template_exile import d as _d
from app.domain.template_exile import exile, lists_and_administrative_cases

__all__ = ["example_testimony"]

SCHEMA = "sviedka.testimony/2"


def _names(be: str, ru: str, latin: str) -> list[dict[str, str]]:
    # Belarusian and Russian spellings are both original: documents carry either.
    return [
        {"value": be, "script": "Cyrl", "language": "be", "kind": "original"},
        {"value": ru, "script": "Cyrl", "language": "ru", "kind": "original"},
        {"value": latin, "script": "Latn", "language": "be", "kind": "transliteration"},
    ]


_NARRATIVE = (
    "Алеся затрымалі 14 лістапада 2022 года на мяжы, калі ён вяртаўся з Польшчы да хворага "
    "бацькі. Памежнікі праверылі ягоны тэлефон і знайшлі фотаздымкі з маршу 2020 года. "
    "Яго асудзілі па артыкуле 342 на два гады. У калоніі ён шмат разоў трапляў у ШІЗА, там "
    "было вельмі холадна. У яго цукровы дыябет, а інсулін, які мы перадавалі, яму не аддавалі. "
    "У красавіку 2024 года яму далі яшчэ год па артыкуле 411. Апошні ліст ад сына я атрымала "
    "5 лютага 2024 года. З таго часу ні лістоў, ні спатканняў, адвакату таксама адмаўляюць."
)

# The data below is laid out by hand, one entry or field group per line, so that it reads like
# the record it is; the formatter would put every key on its own line.
# fmt: off


def _persons() -> list[dict[str, Any]]:
    return [
        {"ref": "p1",
         "names": _names("Ганна Міхайлаўна Баравік", "Анна Михайловна Боровик",
                         "Hanna Michajlaŭna Baravik"),
         "case_code": "INF-0107", "birth_date": _d("1966-09"), "gender": "female",
         "citizenship": ["BY"], "residence_country": "LT", "occupation": "Retired teacher",
         "contact": "Signal; number kept by the organisation only",
         "roles": ["informant", "relative"],
         "relations": [{"to": "p2", "relation": "parent"}, {"to": "p4", "relation": "parent"},
                       {"to": "p3", "relation": "spouse_partner"}],
         "sensitive": True},
        {"ref": "p2",
         "names": _names("Алесь Пятровіч Баравік", "Алесь Петрович Боровик",
                         "Ales Piatrovič Baravik"),
         "case_code": "PP-2022-0417", "birth_date": _d("1994-03-17"), "gender": "male",
         "citizenship": ["BY"], "residence_country": "BY", "occupation": "Software tester",
         "roles": ["victim"],
         "relations": [{"to": "p1", "relation": "child"}, {"to": "p4", "relation": "sibling"}],
         "sensitive": True},
        {"ref": "p3",
         "names": _names("Пятро Іванавіч Баравік", "Пётр Иванович Боровик",
                         "Piatro Ivanavič Baravik"),
         "birth_date": _d("1961"), "gender": "male", "citizenship": ["BY"],
         "residence_country": "BY", "roles": ["relative"],
         "relations": [{"to": "p2", "relation": "parent"}], "sensitive": True},
        {"ref": "p4",
         "names": _names("Сяргей Пятровіч Баравік", "Сергей Петрович Боровик",
                         "Siarhiej Piatrovič Baravik"),
         "birth_date": _d("1990-06-02"), "gender": "male", "citizenship": ["BY"],
         "residence_country": "PL", "occupation": "Journalist", "roles": ["victim", "relative"],
         "relations": [{"to": "p2", "relation": "sibling"}], "sensitive": True},
        {"ref": "p5",
         "names": _names("Тамара Іванаўна Лук'янчык", "Тамара Ивановна Лукьянчик",
                         "Tamara Ivanaŭna Lukjančyk"),
         "birth_date": {"precision": "approximate", "value": "1968"}, "gender": "female",
         "citizenship": ["BY"], "residence_country": "BY", "roles": ["victim", "relative"],
         "relations": [{"to": "p3", "relation": "sibling"}, {"to": "p2", "relation": "aunt_uncle"}],
         "sensitive": True},
        {"ref": "p6",
         "names": [{"value": "Кавалёў", "script": "Cyrl", "language": "be", "kind": "original"},
                   {"value": "Ковалёв", "script": "Cyrl", "language": "ru", "kind": "original"}],
         "gender": "male", "occupation": "Deputy head of the colony for security (surname only)",
         "roles": ["alleged_perpetrator"]},
        {"ref": "p7",
         "names": [{"value": "Мікола", "script": "Cyrl", "language": "be", "kind": "pseudonym"}],
         "gender": "male", "residence_country": "LT", "roles": ["cellmate", "witness"],
         "relations": [{"to": "p2", "relation": "cellmate"}], "sensitive": True},
        {"ref": "p8",
         "names": [{"value": "Віктар Н.", "script": "Cyrl", "language": "be", "kind": "pseudonym"}],
         "gender": "male", "roles": ["victim"], "sensitive": True},
        {"ref": "p9",
         "names": [{"value": "Андрэй К.", "script": "Cyrl", "language": "be", "kind": "pseudonym"}],
         "gender": "male", "residence_country": "LT", "occupation": "Journalist",
         "roles": ["victim"], "sensitive": True},
    ]


def _detention_episodes() -> list[dict[str, Any]]:
    son = {
        "ref": "e1", "person": "p2",
        "arrest": {
            "date": _d("2022-11-14"), "kind": "criminal",
            "place": {"country": "BY", "text": "Brest border crossing, bus from Terespol"},
            "authority": "State Border Committee, then GUBOPiK",
            "grounds": "Photos from a 2020 march found on his phone",
            "returned_from_abroad": True, "at_border_on_return": True,
            "return_from_abroad": {"country": "PL", "date": _d("2022-11-14")},
            "identified_via": ["phone_check", "protest_photo_database"],
            "case_number": "22-1400-0417"},
        "places": [
            {"facility_text": "Holding room, Brest border crossing",
             "place_type": "border_checkpoint_holding",
             "from": _d("2022-11-14"), "until": _d("2022-11-15")},
            {"facility_text": "SIZO-7, Brest", "place_type": "sizo",
             "from": _d("2022-11-15"), "until": _d("2023-04")},
            {"facility": "navapolatsk_ik1", "place_type": "correctional_colony",
             "from": _d("2023-04"), "until": _d("2024-06"), "regime": "general"},
            {"facility": "mahiliou_prison4", "place_type": "prison", "from": _d("2024-06"),
             "regime": "prison_general"}],
        "transfers": [
            {"date": _d("2024-06"), "from_facility": "navapolatsk_ik1",
             "to_facility": "mahiliou_prison4",
             "note": "Moved to prison regime after the Art. 411 verdict; family not told"}],
        "punishment_cells": [
            {"kind": "shizo", "from": _d("2023-08-02"), "until": _d("2023-08-12"), "days": 10,
             "reason": "Allegedly did not greet an officer"},
            {"kind": "shizo", "from": _d("2023-10"), "days": 15, "reason": "Unbuttoned jacket"},
            {"kind": "pkt", "from": _d("2024-01"), "reason": "Declared a malicious violator"}],
        "responsible": [{"description": "Border guards of the shift", "function": "border_guard",
                         "agency": "border_committee", "involvement": "carried_out"}],
        "knowledge": "hearsay",
    }
    aunt = {
        "ref": "e2", "person": "p5",
        "arrest": {
            "date": _d("2024-01-23"), "kind": "administrative",
            "place": {"country": "BY", "text": "Her flat, Minsk"}, "authority": "GUBOPiK",
            "grounds": "Donations to a solidarity fund for political prisoners",
            "returned_from_abroad": False, "at_border_on_return": False,
            "identified_via": ["other"], "case_number": "ADM-2024-0123"},
        "places": [{"facility": "minsk_akrestsina_cip", "place_type": "cip",
                    "from": _d("2024-01-23"), "until": _d("2024-02-07")}],
        "release": {"date": _d("2024-02-07"), "reason": "end_of_term",
                    "conditions": ["non_disclosure_undertaking_on_release"],
                    "note": "Made to sign a non-disclosure undertaking"},
        "police_supervision": {"from": _d("2024-02-07"), "until": _d("2025-02-07"),
                               "note": "Preventive register; reports monthly"},
        "exit_ban": {"from": _d("2024-02-07"), "note": "Learnt of it at the border, March 2024"},
        "kgb_recruitment_attempts": [
            {"date": _d("2024-02-07"), "note": "Asked to report on other donors"}],
    }
    return [son, aunt]


def _incommunicado() -> dict[str, Any]:
    return {
        "ref": "i1", "person": "p2", "episode": "e1", "since": _d("2024-02"),
        "last_contact": {"date": _d("2024-02-05"), "type": "letter_from_prisoner",
                         "with": "correspondence_incoming", "with_person": "p1",
                         "note": "Short letter; he was cold and had no insulin"},
        "contact_denied_to": [
            {"channel": "correspondence_incoming", "since": _d("2024-02")},
            {"channel": "family_visits", "since": _d("2024-02")},
            {"channel": "family_parcels", "since": _d("2024-03")},
            {"channel": "lawyer", "since": _d("2024-03")}],
        "learned_via": "released_coprisoner",
        "official_response": "told_serving_sentence_health_satisfactory",
        "official_response_text": "Serving his sentence; state of health satisfactory",
        "reported_location": "mahiliou_prison4", "suspected_cause": "pkt", "status": "continuing",
        "enforced_disappearance": False, "un_reference": "EXAMPLE-WGAD-0001 (invented)",
    }


def _prosecutions() -> list[dict[str, Any]]:
    return [
        {"ref": "pr1", "person": "p2", "episode": "e1", "case_number": "1-417/2023",
         "articles": [{"code": "342", "part": 1}],
         "court": "Brest Regional Court", "judge": "Named in the copy of the verdict",
         "dates": {"opened": _d("2022-11-15"), "trial": _d("2023-02-20"),
                   "verdict": _d("2023-03-01")},
         "verdict": "convicted",
         "sentence": {"kind": "imprisonment", "term_months": 24, "regime": "general",
                      "expected_end": _d("2024-11-14")},
         "in_absentia": False, "group_trial": False, "art411_reconviction": False,
         "responsible": [
             {"description": "Presiding judge, named in the verdict", "function": "judge",
              "agency": "court", "involvement": "decided"},
             {"description": "State prosecutor", "function": "prosecutor",
              "agency": "prosecutor_office", "involvement": "prosecuted"}],
         "knowledge": "documents"},
        {"ref": "pr2", "person": "p2", "episode": "e1", "case_number": "1-88/2024",
         "articles": [{"code": "411", "part": 2}],
         "court": "Navapolatsk District Court, hearing inside IK-1",
         "dates": {"opened": _d("2024-02"), "trial": _d("2024-04-10"),
                   "verdict": _d("2024-04-10")},
         "verdict": "convicted",
         "sentence": {"kind": "imprisonment", "term_months": 12, "regime": "prison_general",
                      "expected_end": _d("2025-11-14")},
         "in_absentia": False, "group_trial": False, "art411_reconviction": True,
         "while_serving": "pr1"},
        {"ref": "pr3", "person": "p4", "case_number": "2-5/2024",
         "articles": [{"code": "361-1", "part": 2}, {"code": "130", "part": 3}],
         "court": "Minsk City Court (special proceedings)",
         "dates": {"opened": _d("2023-07"), "trial": _d("2024-05"), "verdict": _d("2024-06-18")},
         "verdict": "convicted",
         "sentence": {"kind": "imprisonment", "term_months": 96, "regime": "strict",
                      "fine": {"amount": 500, "unit": "base_units"}},
         "in_absentia": True, "group_trial": True, "co_defendants": ["p9"],
         "co_defendants_count": 11, "art411_reconviction": False, "source": "p4"},
    ]


def _treatment() -> dict[str, list[dict[str, Any]]]:
    return {
        "ill_treatment_acts": [
            {"ref": "a1", "victim": "p2", "episode": "e1", "method": "threats_to_family",
             "from": _d("2022-11-14"), "place": {"text": "Holding room, Brest border crossing"},
             "perpetrators": [{"description": "Two GUBOPiK officers in plain clothes",
                               "involvement": "carried_out"}],
             "stated_reason": "To make him unlock his phone and record a 'repentance' video",
             "consequences": "Recorded the video; panic attacks since",
             "statement_extracted": True, "medical_attention": "none_provided",
             "description": "Told his father would lose his pension, his brother be charged"},
            {"ref": "a2", "victim": "p2", "episode": "e1", "method": "beating",
             "from": _d("2023-04"), "until": _d("2023-04"),
             "place": {"facility": "navapolatsk_ik1", "text": "Quarantine unit"},
             "perpetrators": [{"person": "p6", "involvement": "ordered"},
                              {"description": "Guards of the quarantine unit",
                               "involvement": "carried_out"}],
             "consequences": "Broken rib, untreated", "statement_extracted": False,
             "medical_attention": "requested_by_victim",
             "description": "Beaten on arrival as a 'political'",
             "source": "p7", "knowledge": "first_hand"}],
        "detention_conditions": [
            {"person": "p2", "episode": "e1", "condition": "yellow_tag", "from": _d("2023-04"),
             "place": {"facility": "navapolatsk_ik1"}, "description": "Yellow tag on uniform"},
            {"person": "p2", "episode": "e1", "condition": "cold_cell",
             "from": _d("2023-08-02"), "until": _d("2023-08-12"),
             "place": {"facility": "navapolatsk_ik1", "text": "SHIZO"},
             "description": "No glass in the window; mattress taken away by day"}],
        "medical_care": [
            {"person": "p2", "episode": "e1", "requested": _d("2023-09"),
             "condition": "Insulin for type 1 diabetes", "category": "diabetes",
             "outcome": "denied", "description": "Insulin from the family withheld for weeks"}],
        "health": [
            {"person": "p2", "category": "diabetes", "timing": "before", "serious": True,
             "disability_group": "III", "description": "Type 1 diabetes since age 12"},
            {"person": "p2", "category": "injury_from_ill_treatment", "timing": "during",
             "serious": False, "description": "Rib broken in the quarantine unit"}],
        "humanitarian_criteria": [
            {"person": "p2", "criterion": "serious_health_condition",
             "note": "Insulin-dependent; hospitalised twice before arrest"}],
        "deaths_in_detention": [
            {"ref": "d1", "person": "p8", "custody": "in_detention", "date": _d("2024-01"),
             "place": {"facility": "navapolatsk_ik1", "text": "Medical unit"},
             "circumstances": "Collapsed after SHIZO; ambulance called hours later (per p7)",
             "official_explanation": "Acute heart failure",
             "investigation": {"status": "refused", "date": _d("2024-03"),
                               "note": "Refusal to open a criminal case; not shown to family"},
             "family_notified": {"date": _d("2024-01"),
                                 "how": "Phone call from the colony two days later"},
             "body_access": "delayed",
             "autopsy": {"status": "official", "note": "Report not shown to the family"},
             "responsible": [{"person": "p6", "function": "prison_staff", "agency": "penal_system",
                              "involvement": "failed_to_prevent"}],
             "source": "p7", "knowledge": "first_hand"}],
    }


def example_testimony() -> dict[str, Any]:
    """A new copy of the example: callers may change it freely."""
    return {
        "schema": SCHEMA, "confidentiality": "strictly_confidential",
        "status": "complete",
        "interview": {
            "interviewer": {"name": "Staff code K-07", "organisation": "Example Centre"},
            "date": _d("2024-10-03"),
            "place": {"country": "LT", "text": "Vilnius, the organisation's office"},
            "language": "be", "mode": "in_person",
            "interpreter": {"name": "Staff code T-02", "languages": ["be", "en"]},
            "duration_minutes": 95, "informant": "p1",
            "narrative": {"text": _NARRATIVE, "language": "be"},
            "interviewer_notes": "Composed; read dates from her notebook. The brother confirmed "
                                 "the trial in absentia by message the same day."},
        "consent": {
            "given_by": "p1", "date": _d("2024-10-03"), "method": "recorded",
            "scopes": ["internal_documentation", "share_organisation", "share_un_mechanisms",
                       "legal_proceedings", "anonymised_public_reporting",
                       "audio_video_retention", "third_party_info"],
            "conditions": "Her son's name may not be published while he is held",
            "risks_explained": True,
            "own": [{"person": "p7", "date": _d("2024-07"), "method": "oral",
                     "scopes": ["share_un_mechanisms", "legal_proceedings"],
                     "risks_explained": True}],
            "sensitive_marks": [
                {"path": "interview.narrative.text", "start": 0, "end": 5,
                 "note": "The name she calls him at home"}]},
        "persons": _persons(),
        "information_links": [
            {"informant": "p1", "about": "p2", "connection": "relative", "reliability": "high",
             "source_date": _d("2024-02-05"), "note": "His letters; visits until Feb 2024"},
            {"informant": "p7", "about": "p2", "connection": "released_coprisoner",
             "reliability": "medium", "source_date": _d("2024-07"),
             "note": "Told the mother by phone after his release; not interviewed yet"},
            {"informant": "p1", "about": "p4", "connection": "relative", "reliability": "high"},
            {"informant": "p1", "about": "p5", "connection": "relative", "reliability": "high"}],
        "detention_episodes": _detention_episodes(),
        "incommunicado": [_incommunicado()],
        **_treatment(),
        "prosecutions": _prosecutions(),
        **lists_and_administrative_cases(),
        **exile(),
        "event_links": [
            {"from": "e1", "to": "pr1", "relation": "caused", "note": "Arrest on return"},
            {"from": "pr2", "to": "pr1", "relation": "consequence_of", "note": "Art. 411"},
            {"from": "t3", "to": "pr3", "relation": "consequence_of"}],
        "field_notes": [
            {"path": "persons[2].birth_date", "note": "Only the year is on his pension card"},
            {"path": "incommunicado[0].since", "note": "Month of the last letter"}],
        "attachments_described": [
            {"ref": "f1", "kind": "interview_audio", "sha256": "5" * 64,
             "media_type": "audio/ogg", "size_bytes": 48_213_504,
             "description": "Full interview recording", "about": ["p1"]},
            {"ref": "f2", "kind": "document_photo", "sha256": "a" * 64,
             "media_type": "image/jpeg", "size_bytes": 2_310_144,
             "description": "Reply of the Department of Corrections", "about": ["i1"]}],
    }


# fmt: on
