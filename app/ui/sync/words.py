"""How the bundle dialogs name what they show: a testimony by its name, interview date and
short id (never only a count: the coordinator acts on which ones), a conflicting version, and
the vault's UTC times. Shared by the import, export, receipt, held-bundle and notice views."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services import exchange
from app.services.exchange import BundleOutcome, CardInvalid, TestimonyRef
from app.services.shared import EQUIVOCATION, FOREIGN, GAP, REVOKED_SENDER, UNKNOWN
from app.ui.parts import error_text

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


# --- the core's reasons in the interface language -----------------------------------------
# The core gives codes (a held bundle's reason, a duplicate) or, for a refused file, one
# technical line in English. The desktop shows its own words for each, translated; the
# technical line is kept only in a tooltip, for whoever diagnoses a damaged file.
REASONS = "BundleReasons"
HELD: dict[str, object] = {
    UNKNOWN: QT_TRANSLATE_NOOP("BundleReasons", "From a sender you have not approved."),
    REVOKED_SENDER: QT_TRANSLATE_NOOP("BundleReasons", "From a sender you revoked."),
    GAP: QT_TRANSLATE_NOOP("BundleReasons", "Earlier bundles of this sender have not arrived yet."),
    EQUIVOCATION: QT_TRANSLATE_NOOP(
        "BundleReasons", "It gives versions the archive holds with other content."
    ),
    FOREIGN: QT_TRANSLATE_NOOP(
        "BundleReasons", "It brings testimonies another interviewer sent first."
    ),
}
# A refused bundle or receipt: the first technical marker found names the family of failure.
BUNDLE_REFUSED = (
    (
        "not encrypted to",
        QT_TRANSLATE_NOOP("BundleReasons", "The bundle is not addressed to this organisation."),
    ),
    (
        "larger than",
        QT_TRANSLATE_NOOP("BundleReasons", "The bundle is larger than an import allows."),
    ),
    ("cannot read the bundle", QT_TRANSLATE_NOOP("BundleReasons", "The file cannot be read.")),
    (
        "sig",
        QT_TRANSLATE_NOOP(
            "BundleReasons", "The bundle's signature does not check: it may have been altered."
        ),
    ),
)
BUNDLE_DAMAGED = QT_TRANSLATE_NOOP(
    "BundleReasons", "The bundle is damaged or was altered: nothing of it was imported."
)
RECEIPT_REFUSED = (
    (
        "not encrypted to",
        QT_TRANSLATE_NOOP("BundleReasons", "The receipt is not addressed to this laptop."),
    ),
    (
        "another vault",
        QT_TRANSLATE_NOOP(
            "BundleReasons", "The receipt answers a bundle this laptop did not send."
        ),
    ),
    (
        "did not write",
        QT_TRANSLATE_NOOP(
            "BundleReasons", "The receipt answers a bundle this laptop did not send."
        ),
    ),
    (
        "sign",
        QT_TRANSLATE_NOOP(
            "BundleReasons", "The receipt's signature does not check: it may have been altered."
        ),
    ),
)
RECEIPT_DAMAGED = QT_TRANSLATE_NOOP("BundleReasons", "The receipt is damaged or was altered.")
_KEPT = re.compile(r"of ([0-9]+) conflicting versions")
_LEFT_OUT = re.compile(r"left out ([0-9]+) testimonies")


def _reason(text: object) -> str:
    return QCoreApplication.translate(REASONS, str(text))


def _refused(reason: str, families: tuple[tuple[str, object], ...], otherwise: object) -> str:
    technical = reason.lower()
    return _reason(next((words for marker, words in families if marker in technical), otherwise))


def held_reason_text(reason: str) -> str:
    """A held bundle's reason code in words."""
    if reason in HELD:
        return _reason(HELD[reason])
    return QCoreApplication.translate("BundleReasons", "Held until you decide.")


def outcome_reason_text(outcome: BundleOutcome) -> str:
    """Why a bundle ended as it did, in the interface language; "" when there is nothing to
    add to its status."""
    status, reason = outcome.status, outcome.reason
    if status == exchange.DUPLICATE:
        return QCoreApplication.translate("BundleReasons", "This bundle was imported before.")
    if status == exchange.QUARANTINED:
        return held_reason_text(reason.split(":", 1)[0])
    if status == exchange.CANCELLED:
        return QCoreApplication.translate(
            "BundleReasons", "Not imported: the import was cancelled before this file was done."
        )
    if status == exchange.REJECTED:
        return _refused(reason, BUNDLE_REFUSED, BUNDLE_DAMAGED)
    notes = []
    if kept := _KEPT.search(reason):
        notes.append(
            QCoreApplication.translate(
                "BundleReasons", "Conflicting versions, the archive's content kept: %1"
            ).replace("%1", kept[1])
        )
    if left := _LEFT_OUT.search(reason):
        notes.append(
            QCoreApplication.translate(
                "BundleReasons", "Testimonies of other senders left out: %1"
            ).replace("%1", left[1])
        )
    return "; ".join(notes)


CARD_REFUSED = (
    (
        "an interviewer's card, not",
        QT_TRANSLATE_NOOP("BundleReasons", "This is an interviewer's card, not an organisation's."),
    ),
    (
        "an organisation card, not",
        QT_TRANSLATE_NOOP("BundleReasons", "This is an organisation's card, not an interviewer's."),
    ),
    ("cannot read", QT_TRANSLATE_NOOP("BundleReasons", "The card file cannot be read.")),
    (
        "signing key",
        QT_TRANSLATE_NOOP(
            "BundleReasons", "The card's signature does not check: it may have been altered."
        ),
    ),
)
CARD_DAMAGED = QT_TRANSLATE_NOOP("BundleReasons", "This file is not a valid Sviedka card.")


def card_error_text(error: object) -> str:
    """Why a card was refused, in the interface language; other failures as error_text."""
    if isinstance(error, CardInvalid):
        return _refused(str(error), CARD_REFUSED, CARD_DAMAGED)
    return error_text(error)


def receipt_reason_text(reason: str) -> str:
    """Why a receipt was refused, in the interface language."""
    return _refused(reason, RECEIPT_REFUSED, RECEIPT_DAMAGED)
