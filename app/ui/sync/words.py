"""How the bundle dialogs name what they show: a testimony by its name, interview date and
short id (never only a count: the coordinator acts on which ones), a conflicting version, and
the vault's UTC times. Shared by the import, export, receipt, held-bundle and notice views.

A testimony's name is drawn by the privacy screen's rule (initials while it is on), as in the
testimony list. These dialogs are window-modal, so the setting cannot change while one is
open: the name is masked when the text is built."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services import exchange
from app.services.exchange import BundleOutcome, CardInvalid, TestimonyRef
from app.services.reasons import Reason, code_of, notes_of
from app.ui import privacy
from app.ui.parts import error_text

# The words keep the translation context they were first written in.
CONTEXT = "ReceiptReport"
_ISO = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d):\d\dZ$")


def when(iso: str) -> str:
    """The vault's UTC timestamps, to the minute, marked as UTC (a border is no time zone)."""
    match = _ISO.match(iso)
    return f"{match[1]} {match[2]} UTC" if match else iso


def ref_text(ref: TestimonyRef) -> str:
    title = privacy.shown(ref.title) or QCoreApplication.translate("ReceiptReport", "(no name)")
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
# The core gives every refusal, hold and note a code (app.sync.reasons) and an English line
# for the command line. The desktop shows its own words for the code, translated; the English
# line is kept only in a tooltip, for whoever diagnoses a damaged file. A reason without a code
# (older, or made outside the core) gets the words of its kind of failure.
REASONS = "BundleReasons"
R = Reason
UNREADABLE = QT_TRANSLATE_NOOP("BundleReasons", "The file cannot be read.")
TOO_LARGE = QT_TRANSLATE_NOOP("BundleReasons", "The bundle is larger than an import allows.")
NOT_ADDRESSED = QT_TRANSLATE_NOOP(
    "BundleReasons", "The bundle is not addressed to this organisation."
)
NOT_AGE = QT_TRANSLATE_NOOP("BundleReasons", "The file is not a bundle this organisation can open.")
SIGNATURE = QT_TRANSLATE_NOOP(
    "BundleReasons", "The bundle's signature does not check: it may have been altered."
)
BUNDLE_DAMAGED = QT_TRANSLATE_NOOP(
    "BundleReasons", "The bundle is damaged or was altered: nothing of it was imported."
)
OTHER_AUTHOR = QT_TRANSLATE_NOOP(
    "BundleReasons", "The bundle names another author than the key that signed it."
)
TRAIL = QT_TRANSLATE_NOOP(
    "BundleReasons",
    "The sender's audit trail differs from the one received before: it may have been rewritten.",
)
INVALID_TESTIMONY = QT_TRANSLATE_NOOP(
    "BundleReasons", "The bundle holds a testimony that is not valid: nothing of it was imported."
)
ATTACHMENT = QT_TRANSLATE_NOOP(
    "BundleReasons", "An attachment of the bundle clashes with one the archive holds."
)
RECEIPT_DAMAGED = QT_TRANSLATE_NOOP("BundleReasons", "The receipt is damaged or was altered.")
RECEIPT_SIGNATURE = QT_TRANSLATE_NOOP(
    "BundleReasons", "The receipt's signature does not check: it may have been altered."
)
NOT_SENT_HERE = QT_TRANSLATE_NOOP(
    "BundleReasons", "The receipt answers a bundle this laptop did not send."
)
CARD_DAMAGED = QT_TRANSLATE_NOOP("BundleReasons", "This file is not a valid Sviedka card.")
CARD_SIGNATURE = QT_TRANSLATE_NOOP(
    "BundleReasons", "The card's signature does not check: it may have been altered."
)
_TAR = (R.TAR_CUT, R.TAR_HEADER, R.TAR_UNREADABLE, R.PAX_TOO_LARGE, R.PAX_CHAIN, R.NOT_REGULAR,
        R.MEMBER_TOO_LARGE, R.MEMBER_ENDS_EARLY, R.MEMBER_NOT_FILE, R.DATA_AFTER_END)  # fmt: skip
_SIGNATURE = (R.SIGNATURE_TOO_LARGE, R.SIGNATURE_NOT_ASCII, R.SIGNATURE_LINES,
              R.SIGNATURE_COMMENTS, R.SIGNATURE_COMMENT_TEXT, R.SIGNATURE_ENCODING,
              R.SIGNATURE_ALGORITHM, R.SIGNATURE_INVALID, R.SIGNATURE_OTHER_KEY,
              R.COMMENT_NOT_BUNDLE, R.COMMENT_BAD_KEY, R.COMMENT_OTHER_KEY)  # fmt: skip
_CONTENT = (R.NO_MANIFEST, R.MANIFEST_MALFORMED, R.MANIFEST_INVALID, R.MEMBERS_ORDER,
            R.BLOB_NAME, R.ATTACHMENTS_MISMATCH, R.MEMBER_MISSING, R.MEMBER_OUT_OF_ORDER,
            R.MEMBER_SIZE, R.MEMBER_HASH, R.BLOB_HASH, R.MEMBER_EXTRA, R.NOT_JSON,
            R.AUDIT_NOT_LIST, R.AUDIT_FIELDS, R.AUDIT_TYPES, R.AUDIT_LIMITS, R.AUDIT_HASH,
            R.AUDIT_BROKEN, R.RECORD_NOT_RECORD, R.RECORD_FORMAT, R.RECORD_PROVENANCE,
            R.RECORD_PROVENANCE_FORM, R.RECORD_MISNAMED, R.RECORD_HASH)  # fmt: skip
_RECEIPT = (R.RECEIPT_NOT_RECEIPT, R.RECEIPT_UNSIGNED, R.RECEIPT_EXTRA, R.RECEIPT_MALFORMED,
            R.RECEIPT_INVALID)  # fmt: skip
_CARD = (R.CARD_SIZE, R.CARD_NOT_JSON, R.CARD_NOT_OBJECT, R.CARD_INVALID,
         R.CARD_UNKNOWN_FORMAT, R.CARD_FIELDS, R.CARD_RECIPIENT_COUNT, R.CARD_RECIPIENT,
         R.CARD_RECIPIENT_TWICE)  # fmt: skip
# Every code, in the words the desktop shows (tests/ui/test_reason_words.py holds it to that).
WORDS: dict[Reason, object] = {
    R.UNREADABLE: UNREADABLE,
    R.TOO_LARGE: TOO_LARGE,
    R.NOT_ADDRESSED: NOT_ADDRESSED,
    R.NOT_AGE: NOT_AGE,
    R.NOT_AUTHENTIC: BUNDLE_DAMAGED,
    **dict.fromkeys(_TAR, BUNDLE_DAMAGED),
    **dict.fromkeys(_SIGNATURE, SIGNATURE),
    **dict.fromkeys(_CONTENT, BUNDLE_DAMAGED),
    R.MANIFEST_OTHER_SIGNER: OTHER_AUTHOR,
    R.ATTACHMENT_AUTHOR: OTHER_AUTHOR,
    R.RECORD_AUTHOR: OTHER_AUTHOR,
    R.OTHER_RECIPIENTS: QT_TRANSLATE_NOOP(
        "BundleReasons",
        "The bundle was made for other recipients: it was re-encrypted or forwarded.",
    ),
    R.AUDIT_REWRITTEN: TRAIL,
    R.AUDIT_DETACHED: TRAIL,
    R.RECORD_INVALID: INVALID_TESTIMONY,
    R.ATTACHMENT_DIFFERS: BUNDLE_DAMAGED,
    R.ATTACHMENT_ID_TAKEN: ATTACHMENT,
    R.ATTACHMENT_CONFLICT: ATTACHMENT,
    R.ID_REUSED: QT_TRANSLATE_NOOP(
        "BundleReasons", "Another bundle was imported under this bundle's id: this one is refused."
    ),
    R.REPLAYED: QT_TRANSLATE_NOOP(
        "BundleReasons",
        "The bundle is not newer than the last one imported from its sender: it was sent again.",
    ),
    R.QUARANTINE_FULL: QT_TRANSLATE_NOOP(
        "BundleReasons", "Not kept: the quarantine is full. Decide on the held bundles first."
    ),
    R.QUARANTINE_FULL_UNTRUSTED: QT_TRANSLATE_NOOP(
        "BundleReasons",
        "Not kept: too many bundles of senders you have not approved are held. Approve the "
        "senders you know and discard the rest first.",
    ),
    R.QUARANTINE_FULL_KEY: QT_TRANSLATE_NOOP(
        "BundleReasons",
        "Not kept: too many bundles of this sender are held. Approve it after comparing its "
        "fingerprint, or discard its bundles.",
    ),
    R.FAILED: QT_TRANSLATE_NOOP(
        "BundleReasons", "The import failed: nothing of this bundle was imported."
    ),
    R.HELD_UNKNOWN: QT_TRANSLATE_NOOP("BundleReasons", "From a sender you have not approved."),
    R.HELD_REVOKED: QT_TRANSLATE_NOOP("BundleReasons", "From a sender you revoked."),
    R.HELD_GAP: QT_TRANSLATE_NOOP(
        "BundleReasons", "Earlier bundles of this sender have not arrived yet."
    ),
    R.HELD_EQUIVOCATION: QT_TRANSLATE_NOOP(
        "BundleReasons", "It gives versions the archive holds with other content."
    ),
    R.HELD_FOREIGN: QT_TRANSLATE_NOOP(
        "BundleReasons", "It brings testimonies another interviewer sent first."
    ),
    R.ALREADY_IMPORTED: QT_TRANSLATE_NOOP("BundleReasons", "This bundle was imported before."),
    R.KEPT_ARCHIVE: QT_TRANSLATE_NOOP(
        "BundleReasons", "Conflicting versions, the archive's content kept: %1"
    ),
    R.LEFT_OUT: QT_TRANSLATE_NOOP("BundleReasons", "Testimonies of other senders left out: %1"),
    R.RECEIPT_NOT_ADDRESSED: QT_TRANSLATE_NOOP(
        "BundleReasons", "The receipt is not addressed to this laptop."
    ),
    **dict.fromkeys(_RECEIPT, RECEIPT_DAMAGED),
    R.RECEIPT_OTHER_SIGNER: QT_TRANSLATE_NOOP(
        "BundleReasons", "The receipt is not signed by the organisation this laptop trusts."
    ),
    R.RECEIPT_COMMENT: RECEIPT_SIGNATURE,
    R.RECEIPT_DISAGREES: RECEIPT_SIGNATURE,
    R.RECEIPT_OTHER_VAULT: NOT_SENT_HERE,
    R.RECEIPT_NOT_SENT: NOT_SENT_HERE,
    R.CARD_UNREADABLE: QT_TRANSLATE_NOOP("BundleReasons", "The card file cannot be read."),
    R.CARD_KEY_MISMATCH: CARD_SIGNATURE,
    **dict.fromkeys(_CARD, CARD_DAMAGED),
    R.CARD_NOT_ORGANISATION: QT_TRANSLATE_NOOP(
        "BundleReasons", "This is an interviewer's card, not an organisation's."
    ),
    R.CARD_NOT_INTERVIEWER: QT_TRANSLATE_NOOP(
        "BundleReasons", "This is an organisation's card, not an interviewer's."
    ),
}
# A receipt is read by the bundles' reader: its failures there are the receipt's, in its words.
RECEIPT_WORDS: dict[Reason, object] = {
    R.UNREADABLE: UNREADABLE,
    R.NOT_ADDRESSED: WORDS[R.RECEIPT_NOT_ADDRESSED],
    **dict.fromkeys(_SIGNATURE, RECEIPT_SIGNATURE),
}
# The parameter a code's words show for %1 (a count, never a name).
SHOWN = {R.KEPT_ARCHIVE: "count", R.LEFT_OUT: "count"}
HELD_UNTIL_DECIDED = QT_TRANSLATE_NOOP("BundleReasons", "Held until you decide.")


def _reason(text: object) -> str:
    return QCoreApplication.translate(REASONS, str(text))


def reason_text(reason: object, otherwise: object) -> str:
    """A coded reason in the interface language; `otherwise` for one without a code."""
    code = code_of(reason)
    if code is None or code not in WORDS:
        return _reason(otherwise)
    return _filled(code, reason)


def _filled(code: Reason, reason: object) -> str:
    text = _reason(WORDS[code])
    params = getattr(reason, "params", {})
    return text.replace("%1", str(params[SHOWN[code]])) if code in SHOWN else text


def _held_code(reason: str) -> Reason | None:
    """The stored reason of a held bundle (or the start of an older outcome's line)."""
    code = code_of(reason)
    if code is None:
        code = next((r for r in Reason if reason.split(":", 1)[0] == r.value), None)
    return code if code is not None and code.name.startswith("HELD_") else None


def held_reason_text(reason: str) -> str:
    """A held bundle's reason in words."""
    code = _held_code(reason)
    return _reason(WORDS[code]) if code is not None else _reason(HELD_UNTIL_DECIDED)


def outcome_reason_text(outcome: BundleOutcome) -> str:
    """Why a bundle ended as it did, in the interface language; "" when there is nothing to
    add to its status."""
    status, reason = outcome.status, outcome.reason
    if status == exchange.DUPLICATE:
        return _reason(WORDS[R.ALREADY_IMPORTED])
    if status == exchange.QUARANTINED:
        return held_reason_text(reason)
    if status == exchange.CANCELLED:
        return QCoreApplication.translate(
            "BundleReasons", "Not imported: the import was cancelled before this file was done."
        )
    if status == exchange.REJECTED:
        return reason_text(reason, BUNDLE_DAMAGED)
    return "; ".join(_filled(note.code, note) for note in notes_of(reason) if note.code in WORDS)


def card_error_text(error: object) -> str:
    """Why a card was refused, in the interface language; other failures as error_text."""
    if isinstance(error, CardInvalid):
        return reason_text(error.reason, CARD_DAMAGED)
    return error_text(error)


def receipt_reason_text(reason: str) -> str:
    """Why a receipt was refused, in the interface language."""
    code = code_of(reason)
    if code in RECEIPT_WORDS:
        return _reason(RECEIPT_WORDS[code])
    if code is not None and code.name.startswith(("RECEIPT_", "CARD_")):
        return reason_text(reason, RECEIPT_DAMAGED)
    return _reason(RECEIPT_DAMAGED)
