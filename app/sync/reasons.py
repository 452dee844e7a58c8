"""Why a bundle, a receipt or a card was refused, held or noted: a stable code per failure,
with the English sentence the command line and the logs print built from it.

A face that speaks another language translates the code, never the sentence (issue 11: a new
English sentence matched by its words would silently stay English). The sentence keeps the
technical detail (a member's name, a key id, the parser's own words) for whoever diagnoses a
damaged file; the desktop shows its own words for the code and the sentence only in a tooltip.

`Why` is the sentence itself (a `str`, so the outcomes, the JSON and the CLI print it as
before) that also knows its code and parameters. A plain string that is not a `Why` (written
before codes existed, or built outside app.sync) has no code: `code_of` says so with None.

Held bundles are coded by their hold reason, stored as it is in the quarantine rows
(app.sync.holding.HoldReason): the codes below for holds carry those very values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Reason(StrEnum):
    # the file and its age encryption
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_ADDRESSED = "not_addressed"
    NOT_AGE = "not_age"
    NOT_AUTHENTIC = "not_authentic"
    # the tar archive inside
    TAR_CUT = "tar_cut"
    TAR_HEADER = "tar_header"
    TAR_UNREADABLE = "tar_unreadable"
    PAX_TOO_LARGE = "pax_too_large"
    PAX_CHAIN = "pax_chain"
    NOT_REGULAR = "not_regular"
    MEMBER_TOO_LARGE = "member_too_large"
    MEMBER_ENDS_EARLY = "member_ends_early"
    MEMBER_NOT_FILE = "member_not_file"
    DATA_AFTER_END = "data_after_end"
    # the signed manifest
    NO_MANIFEST = "no_manifest"
    SIGNATURE_TOO_LARGE = "signature_too_large"
    SIGNATURE_NOT_ASCII = "signature_not_ascii"
    SIGNATURE_LINES = "signature_lines"
    SIGNATURE_COMMENTS = "signature_comments"
    SIGNATURE_COMMENT_TEXT = "signature_comment_text"
    SIGNATURE_ENCODING = "signature_encoding"
    SIGNATURE_ALGORITHM = "signature_algorithm"
    SIGNATURE_INVALID = "signature_invalid"
    SIGNATURE_OTHER_KEY = "signature_other_key"
    COMMENT_NOT_BUNDLE = "comment_not_bundle"
    COMMENT_BAD_KEY = "comment_bad_key"
    COMMENT_OTHER_KEY = "comment_other_key"
    MANIFEST_MALFORMED = "manifest_malformed"
    MANIFEST_INVALID = "manifest_invalid"
    MANIFEST_OTHER_SIGNER = "manifest_other_signer"
    OTHER_RECIPIENTS = "other_recipients"
    # the members against the manifest
    MEMBERS_ORDER = "members_order"
    BLOB_NAME = "blob_name"
    ATTACHMENT_AUTHOR = "attachment_author"
    ATTACHMENTS_MISMATCH = "attachments_mismatch"
    MEMBER_MISSING = "member_missing"
    MEMBER_OUT_OF_ORDER = "member_out_of_order"
    MEMBER_SIZE = "member_size"
    MEMBER_HASH = "member_hash"
    BLOB_HASH = "blob_hash"
    MEMBER_EXTRA = "member_extra"
    # what the members hold
    NOT_JSON = "not_json"
    AUDIT_NOT_LIST = "audit_not_list"
    AUDIT_FIELDS = "audit_fields"
    AUDIT_TYPES = "audit_types"
    AUDIT_LIMITS = "audit_limits"
    AUDIT_HASH = "audit_hash"
    AUDIT_BROKEN = "audit_broken"
    AUDIT_REWRITTEN = "audit_rewritten"
    AUDIT_DETACHED = "audit_detached"
    RECORD_NOT_RECORD = "record_not_record"
    RECORD_FORMAT = "record_format"
    RECORD_PROVENANCE = "record_provenance"
    RECORD_PROVENANCE_FORM = "record_provenance_form"
    RECORD_MISNAMED = "record_misnamed"
    RECORD_INVALID = "record_invalid"
    RECORD_HASH = "record_hash"
    RECORD_AUTHOR = "record_author"
    ATTACHMENT_DIFFERS = "attachment_differs"
    ATTACHMENT_ID_TAKEN = "attachment_id_taken"
    ATTACHMENT_CONFLICT = "attachment_conflict"
    # the sender's standing and sequence
    ID_REUSED = "id_reused"
    REPLAYED = "replayed"
    QUARANTINE_FULL = "quarantine_full"
    QUARANTINE_FULL_UNTRUSTED = "quarantine_full_untrusted"
    QUARANTINE_FULL_KEY = "quarantine_full_key"
    FAILED = "failed"  # an unexpected failure while importing: rolled back, reported
    # held (the values stored in quarantined_bundle.reason)
    HELD_UNKNOWN = "unknown sender"
    HELD_REVOKED = "revoked sender"
    HELD_GAP = "sequence gap"
    HELD_EQUIVOCATION = "equivocation"
    HELD_FOREIGN = "another sender's testimony"
    # imported, with notes
    ALREADY_IMPORTED = "already_imported"
    KEPT_ARCHIVE = "kept_archive"
    LEFT_OUT = "left_out"
    # receipts
    RECEIPT_NOT_ADDRESSED = "receipt_not_addressed"
    RECEIPT_NOT_RECEIPT = "receipt_not_receipt"
    RECEIPT_UNSIGNED = "receipt_unsigned"
    RECEIPT_EXTRA = "receipt_extra"
    RECEIPT_OTHER_SIGNER = "receipt_other_signer"
    RECEIPT_COMMENT = "receipt_comment"
    RECEIPT_MALFORMED = "receipt_malformed"
    RECEIPT_INVALID = "receipt_invalid"
    RECEIPT_DISAGREES = "receipt_disagrees"
    RECEIPT_OTHER_VAULT = "receipt_other_vault"
    RECEIPT_NOT_SENT = "receipt_not_sent"
    # cards
    CARD_UNREADABLE = "card_unreadable"
    CARD_SIZE = "card_size"
    CARD_NOT_JSON = "card_not_json"
    CARD_NOT_OBJECT = "card_not_object"
    CARD_KEY_MISMATCH = "card_key_mismatch"
    CARD_INVALID = "card_invalid"
    CARD_UNKNOWN_FORMAT = "card_unknown_format"
    CARD_FIELDS = "card_fields"
    CARD_RECIPIENT_COUNT = "card_recipient_count"
    CARD_RECIPIENT = "card_recipient"
    CARD_RECIPIENT_TWICE = "card_recipient_twice"
    CARD_NOT_ORGANISATION = "card_not_organisation"
    CARD_NOT_INTERVIEWER = "card_not_interviewer"


R = Reason
_IN = "(a link, a folder, a device, a GNU extension or a global header)"
# The English sentence of each code; {names} are its parameters.
ENGLISH: Mapping[Reason, str] = MappingProxyType({
    R.UNREADABLE: "cannot read the bundle: {error}",
    R.TOO_LARGE: "the bundle is larger than {limit} bytes",
    R.NOT_ADDRESSED:
        "the bundle is not encrypted to this organisation (no matching age recipient)",
    R.NOT_AGE: "the bundle is not an age file this organisation can open ({error})",
    R.NOT_AUTHENTIC:
        "the bundle is damaged, truncated or altered: its age encryption did not authenticate",
    R.TAR_CUT: "the tar archive inside the bundle ends in the middle of a header",
    R.TAR_HEADER:
        "the bundle's content is not an uncompressed tar archive (a header is damaged)",
    R.TAR_UNREADABLE: "the bundle's tar archive is unreadable ({error})",
    R.PAX_TOO_LARGE: "a PAX header is larger than {limit} bytes",
    R.PAX_CHAIN:
        "the bundle holds a chain of more than {limit} extended (PAX) headers before one file",
    R.NOT_REGULAR: f"the tar archive holds something other than regular files {_IN}",
    R.MEMBER_TOO_LARGE: "{member} is larger than {limit} bytes",
    R.MEMBER_ENDS_EARLY: "{member} ends early",
    R.MEMBER_NOT_FILE: "{member} is not a regular file",
    R.DATA_AFTER_END: "there is data after the end of the tar archive",
    R.NO_MANIFEST: "the bundle does not begin with manifest.json and manifest.sig",
    R.SIGNATURE_TOO_LARGE: "manifest.sig is too large to be a minisign signature",
    R.SIGNATURE_NOT_ASCII: "manifest.sig is not ASCII text",
    R.SIGNATURE_LINES: "manifest.sig does not have the four lines of a minisign signature",
    R.SIGNATURE_COMMENTS: "manifest.sig lacks its comment lines",
    R.SIGNATURE_COMMENT_TEXT:
        "manifest.sig has a comment that is not one line of printable ASCII",
    R.SIGNATURE_ENCODING: "manifest.sig: {error}",
    R.SIGNATURE_ALGORITHM: "manifest.sig does not use minisign's prehashed Ed25519 (ED)",
    R.SIGNATURE_INVALID: "the signature does not verify with key {key}",
    R.SIGNATURE_OTHER_KEY: "signed by key {key}, expected key {expected}",
    R.COMMENT_NOT_BUNDLE: "manifest.sig's trusted comment is not a Sviedka bundle's",
    R.COMMENT_BAD_KEY: "manifest.sig names a malformed sender key",
    R.COMMENT_OTHER_KEY: "manifest.sig names another key than the one that signed it",
    R.MANIFEST_MALFORMED: "manifest.json is malformed: {error}",
    R.MANIFEST_INVALID: "manifest.json is invalid: {error}",
    R.MANIFEST_OTHER_SIGNER: "manifest.json names another sender or bundle than its signature",
    R.OTHER_RECIPIENTS: "the bundle was signed for other recipients than this organisation "
        "(re-encrypted or forwarded)",
    R.MEMBERS_ORDER: "manifest.json lists members twice or out of their order",
    R.BLOB_NAME: "{member} is not named by its SHA-256",
    R.ATTACHMENT_AUTHOR: "manifest.json names another author than its signer for an attachment",
    R.ATTACHMENTS_MISMATCH: "manifest.json's attachments and blobs do not match",
    R.MEMBER_MISSING: "{member} is listed in the manifest but missing",
    R.MEMBER_OUT_OF_ORDER: "member {member!r} is not the next one the manifest lists",
    R.MEMBER_SIZE: "{member} does not have the size the manifest lists",
    R.MEMBER_HASH: "{member} does not have the hash the manifest lists",
    R.BLOB_HASH: "{member} does not have the hash and size the manifest lists",
    R.MEMBER_EXTRA: "member {member!r} is not listed in the manifest",
    R.NOT_JSON: "{member} is malformed: {error}",
    R.AUDIT_NOT_LIST: "audit.json is not a list of entries",
    R.AUDIT_FIELDS: "audit.json holds an entry without exactly its eight fields",
    R.AUDIT_TYPES: "audit.json holds an entry of the wrong types",
    R.AUDIT_LIMITS: "audit.json holds an entry out of its limits",
    R.AUDIT_HASH: "audit entry {seq} does not match its hash",
    R.AUDIT_BROKEN: "audit entry {seq} does not follow the one before it",
    R.AUDIT_REWRITTEN:
        "audit entry {seq} differs from the one received before: the sender's trail was rewritten",
    R.AUDIT_DETACHED: "audit entry {seq} does not follow the trail held",
    R.RECORD_NOT_RECORD: "{member} is not a record",
    R.RECORD_FORMAT: "{member} is not a {format} record",
    R.RECORD_PROVENANCE: "{member}: provenance must have exactly its eight fields",
    R.RECORD_PROVENANCE_FORM: "{member}: a provenance field is not in its required form",
    R.RECORD_MISNAMED: "{member} describes another testimony or version than its name",
    R.RECORD_INVALID: "{member}: {error}",
    R.RECORD_HASH: "{member}: the testimony does not match its recorded SHA-256",
    R.RECORD_AUTHOR: "{member} names {author} as its author, but the bundle is signed by {key}",
    R.ATTACHMENT_DIFFERS: "{error}",
    R.ATTACHMENT_ID_TAKEN: "attachment id {id} is taken in this archive",
    R.ATTACHMENT_CONFLICT: "{error}",
    R.ID_REUSED: "a different bundle with an id already imported",
    R.REPLAYED: "sequence {sequence} is not after {last}, the last imported from this sender: "
        "a replayed or out-of-date bundle",
    R.QUARANTINE_FULL: "not kept: the quarantine already holds {count} bundles, {size} "
        "(at most {most}, {most_size}); decide on the held bundles first "
        "(sviedka quarantine list)",
    R.QUARANTINE_FULL_UNTRUSTED: "not kept: bundles from unknown or revoked senders already "
        "take {count} places, {size} (at most {most}, {most_size}); approve the senders you "
        "know and discard the rest first",
    R.QUARANTINE_FULL_KEY: "not kept: key {key} already has {count} bundles held back, {size} "
        "(at most {most}, {most_size}); approve it after comparing its fingerprint, or "
        "discard its bundles",
    R.FAILED: "{kind}: {error}",
    R.HELD_UNKNOWN: "unknown sender: {detail}",
    R.HELD_REVOKED: "revoked sender: {detail}",
    R.HELD_GAP: "sequence gap: {detail}",
    R.HELD_EQUIVOCATION: "equivocation: {detail}",
    R.HELD_FOREIGN: "another sender's testimony: {detail}",
    R.ALREADY_IMPORTED: "bundle already imported",
    R.KEPT_ARCHIVE: "kept the archive's content of {count} conflicting versions",
    R.LEFT_OUT: "left out {count} testimonies of other senders",
    R.RECEIPT_NOT_ADDRESSED: "the receipt is not encrypted to this vault",
    R.RECEIPT_NOT_RECEIPT: "not a Sviedka receipt (it does not begin with receipt.json)",
    R.RECEIPT_UNSIGNED: "the receipt has no signature",
    R.RECEIPT_EXTRA: "the receipt holds more than receipt.json and receipt.sig",
    R.RECEIPT_OTHER_SIGNER: "the receipt is not signed by the organisation this vault trusts",
    R.RECEIPT_COMMENT: "receipt.sig's trusted comment is not a Sviedka receipt's",
    R.RECEIPT_MALFORMED: "receipt.json is malformed: {error}",
    R.RECEIPT_INVALID: "receipt.json is invalid: {error}",
    R.RECEIPT_DISAGREES: "receipt.json and its signature do not agree",
    R.RECEIPT_OTHER_VAULT: "the receipt answers another vault's bundle",
    R.RECEIPT_NOT_SENT: "the receipt names a bundle this vault did not write",
    R.CARD_UNREADABLE: "cannot read {where}: {error}",
    R.CARD_SIZE: "{where} is empty or larger than a card can be",
    R.CARD_NOT_JSON: "{where} is not a card: {error}",
    R.CARD_NOT_OBJECT: "{where} is not a card",
    R.CARD_KEY_MISMATCH: "{where}: key_id does not match the signing key",
    R.CARD_INVALID: "{where}: {error}",
    R.CARD_UNKNOWN_FORMAT: "{where} is not a Sviedka organisation or interviewer card",
    R.CARD_FIELDS: "{where} has other fields than a card of its kind",
    R.CARD_RECIPIENT_COUNT: "{where}: recipients must list 1 to {most} age recipients",
    R.CARD_RECIPIENT: "{where}: {recipient!r} is not an age X25519 recipient",
    R.CARD_RECIPIENT_TWICE: "{where}: a recipient is listed twice",
    R.CARD_NOT_ORGANISATION: "{where} is an interviewer's card, not an organisation's",
    R.CARD_NOT_INTERVIEWER: "{where} is an organisation card, not an interviewer's card",
})  # fmt: skip


class Why(str):
    """The English sentence of `code` with `params`, which is also that code: compared,
    printed and serialised as the sentence, translated by the code."""

    code: Reason
    params: Mapping[str, Any]
    parts: tuple[Why, ...]

    def __new__(cls, code: Reason, **params: Any) -> Why:
        return cls._made(code, params, ENGLISH[code].format(**params))

    @classmethod
    def _made(cls, code: Reason, params: Mapping[str, Any], text: str) -> Why:
        why = super().__new__(cls, text)
        why.code, why.params, why.parts = code, MappingProxyType(dict(params)), ()
        return why

    def prefixed(self, where: str) -> Why:
        """The same reason, its sentence naming the member it was found in."""
        return Why._made(self.code, self.params, f"{where}: {self}")

    def reworded(self, old: str, new: str) -> Why:
        """The same reason in another setting (the bundle reader's words for a receipt)."""
        return Why._made(self.code, self.params, self.replace(old, new))

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle keep the code
        return (_remade, (self.code, dict(self.params), str(self)))


def _remade(code: str, params: dict[str, Any], text: str) -> Why:
    return Why._made(Reason(code), params, text)


def joined(notes: Iterable[Why]) -> str:
    """Notes in one line ("" for none); the line, a Why, lists them in `parts`."""
    parts = tuple(notes)
    if not parts:
        return ""
    line = Why._made(parts[0].code, parts[0].params, "; ".join(parts))
    line.parts = parts
    return line


def code_of(reason: object) -> Reason | None:
    """The code of a reason, or None for a plain sentence (older, or made elsewhere)."""
    return reason.code if isinstance(reason, Why) else None


def notes_of(reason: object) -> tuple[Why, ...]:
    """Each reason a line gives: its parts if it joins several, else itself."""
    if not isinstance(reason, Why):
        return ()
    return reason.parts or (reason,)
