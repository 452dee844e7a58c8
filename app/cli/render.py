"""Human-readable output of the CLI (the --json forms are in the commands themselves)."""

from __future__ import annotations

import json
from typing import Any

from app.storage.search import Hit
from app.storage.testimonies import StoredTestimony, TestimonySummary, VersionInfo

SECTIONS = (
    "persons",
    "information_links",
    "detention_episodes",
    "incommunicado",
    "ill_treatment_acts",
    "detention_conditions",
    "medical_care",
    "health",
    "deaths_in_detention",
    "prosecutions",
    "solidarity_persecution",
    "transnational_incidents",
)


def dumps(value: Any) -> str:
    """Stable, readable JSON: sorted keys, real Cyrillic rather than \\u escapes."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


def summary_table(rows: list[TestimonySummary]) -> str:
    if not rows:
        return "The vault holds no testimonies yet."
    lines = [f"{'ID':36}  {'VER':>3}  {'INTERVIEW':10}  NAME / FLAGS"]
    for row in rows:
        flags = f"  [{', '.join(row.flags)}]" if row.flags else ""
        lines.append(
            f"{row.id:36}  {row.version:>3}  {row.interview_date or '-':10}  "
            f"{row.display_name}{flags}"
        )
    return "\n".join(lines)


def hits_table(hits: list[Hit]) -> str:
    if not hits:
        return "Nothing found."
    lines = []
    for hit in hits:
        flags = f"  [{', '.join(hit.flags)}]" if hit.flags else ""
        lines.append(f"{hit.id}  {hit.interview_date or '-':10}  {hit.display_name}{flags}")
        if hit.snippet:
            lines.append(f"    {hit.snippet}")
    return "\n".join(lines)


def testimony_outline(stored: StoredTestimony) -> str:
    doc = stored.document
    p = stored.provenance
    lines = [
        f"Testimony {p.id}",
        f"  version {p.version}, saved {p.saved_at} by key {p.author_key}",
        f"  created {p.created_at}; vocabulary {p.vocabulary_version}",
        f"  status: {doc.get('status', '-')}; confidentiality: {doc.get('confidentiality', '-')}",
    ]
    consent = doc.get("consent") or {}
    scopes = ", ".join(consent.get("scopes", [])) or "none recorded"
    lines.append(f"  consent scopes: {scopes}")
    counts = [f"{name.replace('_', ' ')}: {len(doc[name])}" for name in SECTIONS if doc.get(name)]
    if counts:
        lines.append("  " + "; ".join(counts))
    lines.append("")
    lines.append(dumps(stored.with_provenance()))
    return "\n".join(lines)


def history_table(versions: list[VersionInfo]) -> str:
    return "\n".join(
        f"{v.version:>4}  {v.saved_at}  key {v.author_key}  sha256 {v.sha256}  "
        f"vocabulary {v.vocabulary_version}"
        for v in versions
    )
