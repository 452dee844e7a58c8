"""What a testimony's consent allows: the scopes in force for the informant and for each person
who consented for themselves, and the rule of each hand-over scope (docs/hand-over.md).

A withdrawal ends every scope of the consent it belongs to, whatever its date: the next
hand-over after it is recorded leaves the person out, which is what the person asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CASE_CODE",
    "EXCLUDED",
    "NAMED",
    "RULES",
    "ScopeRule",
    "informant_scopes",
    "own_scopes",
    "rule_for",
]  # fmt: skip

NAMED = "named"  # identity as recorded (unless the person is marked sensitive)
CASE_CODE = "case_code"  # the case code only, nothing that identifies
EXCLUDED = "excluded"  # not at all: the person and every item about them are left out


@dataclass(frozen=True)
class ScopeRule:
    """How one hand-over scope treats the people of a testimony whose informant consented."""

    scope: str
    accepts: frozenset[str]  # consent codes that allow this hand-over
    consented: str  # the informant, and anyone who consented for themselves
    others: str  # anyone else, when the informant consented to share about third parties
    perpetrators: str  # persons recorded only as alleged perpetrators
    attachments: bool  # attachment descriptions (with SHA-256) may leave


def _rule(scope: str, accepts: tuple[str, ...], *treatment: str, attachments: bool) -> ScopeRule:
    consented, others, perpetrators = treatment
    return ScopeRule(scope, frozenset(accepts), consented, others, perpetrators, attachments)


# The umbrella share_un_mechanisms (records of v0.1) covers the Special Rapporteur and the
# Group of Independent Experts; never the WGAD, whose opinions are public and name the detainee.
# Publication names no third party who did not consent, and names no alleged perpetrator:
# a public accusation is for a court, not for a report.
# fmt: off
RULES: Mapping[str, ScopeRule] = {
    rule.scope: rule
    for rule in (
        _rule("share_un_wgad", ("share_un_wgad",), NAMED, CASE_CODE, NAMED, attachments=True),
        _rule("share_un_sr_belarus", ("share_un_sr_belarus", "share_un_mechanisms"),
              NAMED, CASE_CODE, NAMED, attachments=True),
        _rule("share_un_gie_belarus", ("share_un_gie_belarus", "share_un_mechanisms"),
              NAMED, CASE_CODE, NAMED, attachments=True),
        _rule("share_iapb", ("share_iapb",), NAMED, CASE_CODE, NAMED, attachments=True),
        _rule("legal_proceedings", ("legal_proceedings",), NAMED, CASE_CODE, NAMED,
              attachments=True),
        _rule("share_ngos", ("share_ngos",), NAMED, CASE_CODE, CASE_CODE, attachments=False),
        _rule("named_publication", ("named_publication",), NAMED, EXCLUDED, CASE_CODE,
              attachments=False),
        _rule("anonymised_public_reporting", ("anonymised_public_reporting",),
              CASE_CODE, CASE_CODE, CASE_CODE, attachments=False),
    )
}
# fmt: on


def rule_for(scope: str) -> ScopeRule | None:
    return RULES.get(scope)


def _in_force(consent: Any) -> frozenset[str]:
    if not isinstance(consent, Mapping) or "withdrawal" in consent:
        return frozenset()
    scopes = consent.get("scopes")
    if not isinstance(scopes, list):
        return frozenset()
    return frozenset(code for code in scopes if isinstance(code, str))


def informant_scopes(doc: Mapping[str, Any]) -> frozenset[str]:
    """The scopes of the informant's consent in force (none once it is withdrawn)."""
    return _in_force(doc.get("consent"))


def own_scopes(doc: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """Person ref -> the scopes of their own consent in force. The informant counts as having
    consented for themselves with the testimony's consent."""
    consent = doc.get("consent")
    found: dict[str, frozenset[str]] = {}
    if not isinstance(consent, Mapping):
        return found
    own = consent.get("own")
    for entry in own if isinstance(own, list) else []:
        if isinstance(entry, Mapping) and isinstance(entry.get("person"), str):
            found[entry["person"]] = _in_force(entry)
    given_by = consent.get("given_by")
    if isinstance(given_by, str):
        found[given_by] = informant_scopes(doc)
    return found
