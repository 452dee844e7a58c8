"""How the bundle dialogs name what they show: a testimony by its name, interview date and
short id (never only a count: the coordinator acts on which ones), a conflicting version, and
the vault's UTC times. Shared by the import, export, receipt, held-bundle and notice views."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.services.exchange import TestimonyRef

# The words keep the translation context they were first written in.
CONTEXT = "ReceiptReport"
_ISO = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\dZ$")


def when(iso: str) -> str:
    """The vault's UTC timestamps, to the minute, marked as UTC (a border is no time zone)."""
    match = _ISO.match(iso)
    return f"{match[1]} {match[2]} UTC" if match else iso


def ref_text(ref: TestimonyRef) -> str:
    title = ref.title or QCoreApplication.translate("ReceiptReport", "(no name)")
    date = f" — {ref.interview_date}" if ref.interview_date else ""
    return f"{title}{date}  [{ref.id[:8]}]"


def conflict_text(conflict: tuple[TestimonyRef, int]) -> str:
    testimony, version = conflict
    return (
        QCoreApplication.translate("ReceiptReport", "%1, version %2")
        .replace("%1", ref_text(testimony))
        .replace("%2", str(version))
    )
