"""Which instruments of repression a testimony documents, as codes of the
``repression_instruments`` vocabulary (the paper's list: torture, incommunicado detention,
Art. 411, arrests on return, lists, forced "repentance" videos ...).

They are never entered: each follows from the sections that record the acts, so the umbrella
figure ("testimonies documenting release with deportation") cannot disagree with the detail.
Instruments whose facts the record does not hold (prophylactic registers, "malicious violator"
status, transfer to prison regime as punishment) are left out rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["CARE_WITHHELD", "instruments"]

# Release conditions (schema 2) are named after the instruments they document.
_RELEASE_CONDITIONS = frozenset(
    {
        "pressure_to_petition_for_pardon",
        "release_with_deportation",
        "non_disclosure_undertaking_on_release",
        "forced_repentance_video",
    }
)
_LISTS = {"extremist": "inclusion_in_extremist_list", "terrorist": "inclusion_in_terrorist_list"}
# Outcomes of a request for medical care that mean it was withheld (denied, limited or given
# too late): each documents the denial of medical care here, and is a "care denied" event on
# a person's timeline (app.domain.timeline), so the figure and the timeline cannot disagree.
CARE_WITHHELD = frozenset({"denied", "limited", "delayed"})


def _items(doc: Mapping[str, Any], section: str) -> Iterator[Mapping[str, Any]]:
    for item in doc.get(section) or []:
        if isinstance(item, Mapping):
            yield item


def instruments(doc: Mapping[str, Any]) -> frozenset[str]:
    """Codes of ``repression_instruments`` the (validated, current-schema) record documents."""
    found: set[str] = set()
    if any(True for _ in _items(doc, "ill_treatment_acts")):
        found.add("torture_ill_treatment")
    if any(act.get("method") == "threats_to_family" for act in _items(doc, "ill_treatment_acts")):
        found.add("threats_against_family")
    if any(True for _ in _items(doc, "detention_conditions")):
        found.add("inhuman_detention_conditions")
    if any(care.get("outcome") in CARE_WITHHELD for care in _items(doc, "medical_care")):
        found.add("denial_of_medical_care")
    for period in _items(doc, "incommunicado"):
        found.add("incommunicado_detention")
        if period.get("enforced_disappearance") is True:
            found.add("enforced_disappearance_suspected")
    for case in _items(doc, "prosecutions"):
        codes = {article.get("code") for article in case.get("articles", [])}
        if case.get("art411_reconviction") is True or "411" in codes:
            found.add("repeated_conviction_art411")
        if (case.get("sentence") or {}).get("kind") == "compulsory_treatment":
            found.add("compulsory_psychiatric_treatment")
    for episode in _items(doc, "detention_episodes"):
        arrest = episode.get("arrest") or {}
        if arrest.get("at_border_on_return") is True:
            found.add("arrest_on_return_at_border")
        elif arrest.get("returned_from_abroad") is True or "return_from_abroad" in arrest:
            found.add("arrest_on_return_later_at_home")
        release = episode.get("release") or {}
        found.update(_RELEASE_CONDITIONS & set(release.get("conditions", [])))
    for entry in _items(doc, "list_entries"):
        if entry.get("list") in _LISTS:
            found.add(_LISTS[entry["list"]])
    if any("raid" in item.get("actions", []) for item in _items(doc, "solidarity_persecution")):
        found.add("solidarity_raid")
    return frozenset(found)
