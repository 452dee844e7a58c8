"""The example testimony's sections about the family's persecution outside prison: the aunt's
administrative case and the KGB's approach after her release, the lists, the brother's
transnational repression and property, and the organisation's appeal to the UN (the story is in
app.domain.template). All persons, numbers and references are invented.
"""

from __future__ import annotations

from typing import Any

__all__ = ["d", "exile", "lists_and_administrative_cases"]

_PRECISION = {10: "day", 7: "month", 4: "year"}


def d(value: str) -> dict[str, str]:
    """A partial date whose precision follows from how much of ``YYYY-MM-DD`` is written."""
    return {"precision": _PRECISION[len(value)], "value": value}


_d = d

# Laid out by hand, one entry or field group per line, like app.domain.template.
# fmt: off


def lists_and_administrative_cases() -> dict[str, list[dict[str, Any]]]:
    return {
        "administrative_cases": [
            {"ref": "ad1", "person": "p5", "episode": "e2", "case_number": "5-311/2024",
             "articles": [{"code": "19.11", "part": 2}],
             "court": "Partyzanski District Court, Minsk", "date": _d("2024-01-24"),
             "outcome": "administrative_detention", "detention_days": 15,
             "fine": {"amount": 10, "unit": "base_units"},
             "description": "Subscriptions to an 'extremist' channel found on her phone",
             "responsible": [{"description": "Judge of the district court", "function": "judge",
                              "agency": "court", "involvement": "decided"}],
             "source": "p5", "knowledge": "first_hand"}],
        "list_entries": [
            {"ref": "l1", "person": "p2", "list": "extremist", "date": _d("2023-05"),
             "prosecution": "pr1", "note": "Persons involved in extremism"},
            {"ref": "l2", "person": "p4", "list": "terrorist", "date": _d("2024-01"),
             "prosecution": "pr3", "note": "KGB list", "knowledge": "documents"}],
    }


def exile() -> dict[str, list[dict[str, Any]]]:
    return {
        "solidarity_persecution": [
            {"ref": "s1", "person": "p5", "supported": ["p2"],
             "support_given": ["parcels", "letters", "donations"],
             "actions": ["raid", "administrative_arrest", "fine"], "date": _d("2024-01-23"),
             "description": "Raided in the January 2024 'solidarity raids'; fined"}],
        "transnational_incidents": [
            {"ref": "t1", "person": "p4", "type": "interpol_diffusion", "date": _d("2023-09"),
             "country": "PL", "actor": "belarusian_authorities", "requested_state": "PL",
             "outcome": "released",
             "description": "Stopped at a Schengen border check, released"},
            {"ref": "t2", "person": "p4", "type": "denial_consular_passport",
             "date": _d("2024-02-12"), "country": "PL", "actor": "belarusian_consulate",
             "passport_expiry": _d("2024-08"),
             "alternative_document": {"kind": "alien_passport", "country": "PL",
                                      "date": _d("2024-09")},
             "description": "Consulate in Warsaw refused a new passport (Decree No. 278)"},
            {"ref": "t3", "person": "p3", "type": "persecution_of_relatives",
             "date": _d("2024-07"), "country": "BY", "actor": "belarusian_security_services",
             "targeted_exile": "p4",
             "description": "Father summoned and told to make his son come back",
             "responsible": [{"description": "Two officers who did not give their names",
                              "agency": "kgb", "involvement": "carried_out"}]},
            {"ref": "t4", "person": "p4", "type": "trial_in_absentia_group",
             "date": _d("2024-06-18"), "country": "BY", "actor": "belarusian_court",
             "prosecution": "pr3"}],
        "property_actions": [
            {"ref": "pa1", "person": "p4", "asset": "housing", "action": "arrest",
             "legal_basis": "special_proceedings", "prosecution": "pr3", "date": _d("2024-07"),
             "country": "BY",
             "decision": {"by": "Minsk City Court", "date": _d("2024-06-18"),
                          "reference": "2-5/2024"},
             "publicised": True, "description": "Video of the sealed flat shown on state TV",
             "responsible": [{"description": "Investigator of the special proceedings",
                              "function": "investigator", "agency": "investigative_committee",
                              "involvement": "carried_out"}],
             "knowledge": "documents"}],
        "recruitment_attempts": [
            {"ref": "r1", "person": "p5", "episode": "e2", "date": _d("2024-03"), "agency": "kgb",
             "place": {"country": "BY", "text": "District KGB office, Minsk"},
             "outcome": "refused",
             "description": "Asked to report on other donors; threatened with a criminal case",
             "source": "p5", "knowledge": "first_hand"}],
        "interventions": [
            {"ref": "iv1", "kind": "un_appeal", "by": "Example Centre",
             "addressee": "UN Working Group on Arbitrary Detention", "un_mechanism": "wgad",
             "victims": ["p2"], "date": _d("2024-04"), "reference": "EXAMPLE-WGAD-0001 (invented)",
             "status": "replied",
             "reply": {"date": _d("2024-06"), "summary": "Case transmitted to the Government"},
             "description": "Urgent appeal on his incommunicado detention and insulin"}],
    }


# fmt: on
