"""Applying one verified bundle's members inside the importer's transaction.

Called member by member as they stream out of the bundle; every check here is about content
(record shape, hashes, the sender's audit chain), the order and presence of members is the
importer's. Nothing is committed here: the importer commits only after the age stream
authenticated to its end.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from app.domain.canonical import MalformedJSON, canonical_bytes, parse_strict
from app.domain.record import InvalidTestimony, validate_testimony
from app.domain.vocabulary import VocabularySet
from app.storage import (
    attachment_streams,
    audit,
    exported,
    import_batches,
    imported,
    imports,
    persons_registry,
    search,
    testimony_batches,
)
from app.storage.exported import AttachmentFile
from app.storage.paths import VaultPaths
from app.storage.testimonies import Provenance
from app.storage.unit_of_work import UnitOfWork
from app.sync import bundle_format as fmt
from app.sync import minisign
from app.sync.errors import BundleRejected
from app.sync.pipes import PushPipe
from app.sync.reasons import Reason

_AUDIT_FIELDS = {"seq", "at", "actor", "action", "subject", "detail", "prev_hash", "entry_hash"}
_PROVENANCE_FIELDS = {"id", "version", "created_at", "updated_at", "saved_at", "author_key",
                      "vocabulary_version", "sha256"}  # fmt: skip
_VOCABULARY_VERSION = re.compile(r"^[\x21-\x7e]{1,64}$")


@dataclass
class Applied:
    accepted: list[str] = field(default_factory=list)
    new_versions: list[str] = field(default_factory=list)
    duplicates: int = 0
    attachments: int = 0
    equivocations: list[tuple[str, int, str, str]] = field(default_factory=list)
    foreign: dict[str, str] = field(default_factory=dict)  # testimony id -> its sender
    received: list[attachment_streams.ReceivedBlob] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


class Applier:
    """Writes (when `writing`) or only checks what each member brings.

    A testimony belongs to the sender that delivered it first: versions and attachments of
    another sender's testimony (or of one written in this archive) are not written but listed
    in `done.foreign`, unless the coordinator decided to `hand_over` those to this sender.
    """

    def __init__(
        self,
        session: UnitOfWork,
        paths: VaultPaths,
        vocab: VocabularySet,
        manifest: fmt.Manifest,
        actor: str,
        writing: bool,
        hand_over: bool = False,
    ) -> None:
        self.session, self.paths, self.vocab = session, paths, vocab
        self.manifest, self.actor, self.writing = manifest, actor, writing
        self.hand_over = hand_over
        self.done = Applied()
        # Indexed and linked a batch at a time (_settle_new) and at the end (reindex()).
        self.to_index = imports.ToIndex()
        # Testimonies of the bundle the archive knew nothing of before it (asked once, at the
        # first record); one leaves the set when its first version is written.
        self._unknown: set[str] | None = None
        self._new_versions: dict[str, int] = {}  # the current version of each new testimony
        # The received blobs reach the disk behind the stream; the importer waits for them
        # (durable()) before its commit, and closes it whatever happens (close()).
        self.behind = attachment_streams.SyncBehind()

    def _foreign(self, testimony_id: str) -> bool:
        """Whether the testimony is someone else's (and so skipped), handing it over first if
        the coordinator decided so. `actor`, the archive's key, owns what it wrote itself."""
        owner = imports.owner(self.session, testimony_id, self.actor)
        if owner is None or owner == self.manifest.sender:
            return False
        if self.hand_over and self.writing:
            imports.hand_over(
                self.session, testimony_id, self.manifest.sender, self.manifest.bundle_id,
                self.actor,
            )  # fmt: skip
            return False
        self.done.foreign.setdefault(testimony_id, owner)
        return True

    # --- audit.json ---------------------------------------------------------------------
    def audit(self, data: bytes) -> None:
        entries = _parse(data, "audit.json")
        if not isinstance(entries, list):
            raise BundleRejected(Reason.AUDIT_NOT_LIST)
        previous: dict[str, Any] | None = None
        sender = self.manifest.sender
        held: dict[int, str] | None = None  # seq -> entry hash, held or written here
        for entry in entries:
            _check_audit_entry(entry, previous)
            previous = entry
            seq = entry["seq"]
            if held is None:
                # The entries run one by one from the first (each checked against the one
                # before): the held ones they meet, and the one before the first, in one query.
                last = seq - 1 + len(entries)
                held = import_batches.sender_audit_hashes(self.session, sender, seq - 1, last)
            if seq in held:
                if held[seq] != entry["entry_hash"]:
                    raise BundleRejected(Reason.AUDIT_REWRITTEN, seq=seq)
                continue
            before = held.get(seq - 1)
            if before is not None and before != entry["prev_hash"]:
                raise BundleRejected(Reason.AUDIT_DETACHED, seq=seq)
            if self.writing:
                imported.add_sender_audit(self.session, sender, self.manifest.bundle_id, entry)
                held[seq] = entry["entry_hash"]

    # --- records ------------------------------------------------------------------------
    def record(self, name: str, data: bytes) -> None:
        match = fmt.RECORD_NAME.match(name)
        assert match is not None  # noqa: S101 - the manifest's names were checked
        record = _parse(data, name)
        if not isinstance(record, dict) or set(record) != {"format", "provenance", "document"}:
            raise BundleRejected(Reason.RECORD_NOT_RECORD, member=name)
        if record["format"] != fmt.RECORD_FORMAT:
            raise BundleRejected(Reason.RECORD_FORMAT, member=name, format=fmt.RECORD_FORMAT)
        provenance = _provenance(record["provenance"], name)
        document = record["document"]
        if (provenance.id, provenance.version) != (match[1], int(match[2])) or (
            not isinstance(document, dict) or document.get("id") != provenance.id
        ):
            raise BundleRejected(Reason.RECORD_MISNAMED, member=name)
        try:
            validate_testimony(document, self.vocab)
        except InvalidTestimony as exc:
            raise BundleRejected(Reason.RECORD_INVALID, member=name, error=exc) from None
        body = canonical_bytes(document)
        if hashlib.sha256(body).hexdigest() != provenance.sha256:
            raise BundleRejected(Reason.RECORD_HASH, member=name)
        if provenance.author_key != self.manifest.sender:
            raise BundleRejected(
                Reason.RECORD_AUTHOR, member=name, author=provenance.author_key,
                key=self.manifest.sender,
            )  # fmt: skip
        # A testimony unknown to the archive has no owner, nothing held: not asked again.
        unknown = provenance.id in self._unknown_testimonies()
        if (not unknown and self._foreign(provenance.id)) or not self.writing:
            return
        existed = not unknown and imported.holds_testimony(self.session, provenance.id)
        waiting = self.to_index.new
        if len(waiting) >= testimony_batches.BATCH and provenance.id not in waiting:
            # A bundle carries each testimony's versions one after another: those held have
            # all arrived, and are linked and indexed at their latest version.
            self._settle_new()
        outcome = imports.receive_version(
            self.session, provenance, body, document, self.vocab, self.actor,
            (self.manifest.bundle_id, self.manifest.sender), self.to_index, unknown,
        )  # fmt: skip
        self._written(provenance, unknown)
        if outcome == imports.EQUIVOCATION:
            held = imports.held_sha256(self.session, provenance.id, provenance.version) or ""
            self.done.equivocations.append(
                (provenance.id, provenance.version, held, provenance.sha256)
            )
        elif outcome == imports.DUPLICATE:
            self.done.duplicates += 1
        else:
            if not existed:
                self.done.accepted.append(provenance.id)
            self.done.new_versions.append(f"{provenance.id}@{provenance.version}")

    def _unknown_testimonies(self) -> set[str]:
        if self._unknown is None:
            names = (fmt.RECORD_NAME.match(member.name) for member in self.manifest.members)
            ids = [match[1] for match in names if match is not None]
            self._unknown = import_batches.unknown_testimonies(self.session, ids)
        return self._unknown

    def _written(self, provenance: Provenance, unknown: bool) -> None:
        """Note a version received: its testimony is known from now on, and a testimony new
        to the archive is linked into the persons registry at its latest version."""
        if unknown:
            self._unknown_testimonies().discard(provenance.id)
        if provenance.id in self.to_index.new:
            held = self._new_versions.get(provenance.id, 0)
            self._new_versions[provenance.id] = max(held, provenance.version)

    # --- blobs --------------------------------------------------------------------------
    def blob(self, member: fmt.Member, chunks: Iterable[bytes]) -> None:
        wanted = [
            entry
            for entry in self.manifest.attachments
            if entry.sha256 == member.sha256
            and not self._foreign(entry.testimony_id)
            and not (
                self.writing
                and imports.holds_attachment(self.session, entry.testimony_id, entry.sha256)
            )
        ]
        if not self.writing or not wanted:
            _hash_only(member, chunks)
            return
        first = self._receive(wanted[0], chunks)
        for entry in wanted[1:]:
            with PushPipe(lambda sink: exported.stream_attachment(
                self.paths, first, sink), "attachment-copy") as pipe:  # fmt: skip
                self._receive(entry, _read_all(pipe))

    def _receive(self, entry: fmt.AttachmentEntry, chunks: Iterable[bytes]) -> AttachmentFile:
        try:
            blob = attachment_streams.receive(
                self.paths, chunks, entry.sha256, entry.size, entry.id, self.behind
            )
        except attachment_streams.Mismatch as exc:
            raise BundleRejected(Reason.ATTACHMENT_DIFFERS, error=exc) from None
        self.done.received.append(blob)
        row = AttachmentFile(
            entry.id, entry.testimony_id, entry.sha256, entry.size, entry.media_type,
            entry.filename, entry.description, entry.added_at, entry.author_key, blob.identity,
        )  # fmt: skip
        if imported.attachment_id_taken(self.session, entry.id):
            raise BundleRejected(Reason.ATTACHMENT_ID_TAKEN, id=entry.id)
        try:
            imported.receive_attachment(self.session, row, self.actor, self.manifest.bundle_id)
        except imports.ImportConflict as exc:
            raise BundleRejected(Reason.ATTACHMENT_CONFLICT, error=exc) from None
        self.done.attachments += 1
        self.done.touched.add(entry.testimony_id)
        return row

    def durable(self) -> None:
        """Every blob received is on disk with its folder entry: the rows may commit."""
        self.behind.finish(self.paths.blobs)

    def close(self) -> None:
        self.behind.close()

    def _settle_new(self) -> None:
        """Link and index the testimonies new to the archive received so far, as a batch
        (nothing of them to compare), and let go of them. A batch at a time, as a bulk add
        does (app/storage/testimony_batches.py): with all of a bundle's held to the end every
        statement was slower (1,000 records: 12.2 s, in batches 10.3 s). A later version of
        one of them, in a bundle not ordered as ours are, is indexed as a changed testimony
        and relinked by the registry's catch-up."""
        linked = [
            (testimony_id, self._new_versions[testimony_id], readable)
            for testimony_id, readable in self.to_index.new.items()
        ]
        persons_registry.link_many(self.session, linked, self.vocab.isans_categories)
        search.index_new(self.session, list(self.to_index.new.items()), self.vocab)
        self.to_index.new.clear()

    def reindex(self) -> None:
        # Changed testimonies are left to the registry's catch-up, as before.
        self._settle_new()
        imports.index_received(self.session, self.to_index, self.vocab)
        for testimony_id in sorted(self.done.touched):
            search.reindex(self.session, testimony_id, self.vocab)


def _read_all(pipe: PushPipe) -> Iterator[bytes]:
    while chunk := pipe.read(1024 * 1024):
        yield chunk
    if (error := pipe.wait()) is not None:
        raise error


def _hash_only(member: fmt.Member, chunks: Iterable[bytes]) -> None:
    digest, size = hashlib.sha256(), 0
    for chunk in chunks:
        digest.update(chunk)
        size += len(chunk)
    if digest.hexdigest() != member.sha256 or size != member.size:
        raise BundleRejected(Reason.BLOB_HASH, member=member.name)


def _parse(data: bytes, name: str) -> Any:
    try:
        return parse_strict(data)
    except MalformedJSON as exc:
        raise BundleRejected(Reason.NOT_JSON, member=name, error=exc) from None


def _provenance(value: Any, name: str) -> Provenance:
    if not isinstance(value, dict) or set(value) != _PROVENANCE_FIELDS:
        raise BundleRejected(Reason.RECORD_PROVENANCE, member=name)
    checks = [
        isinstance(value["id"], str),
        type(value["version"]) is int,
        *(isinstance(value[k], str) and fmt.TIMESTAMP.match(value[k])
          for k in ("created_at", "updated_at", "saved_at")),
        isinstance(value["author_key"], str) and minisign.KEY_ID.match(value["author_key"]),
        isinstance(value["vocabulary_version"], str)
        and _VOCABULARY_VERSION.match(value["vocabulary_version"]),
        isinstance(value["sha256"], str) and fmt.SHA256.match(value["sha256"]),
    ]  # fmt: skip
    if not all(checks):
        raise BundleRejected(Reason.RECORD_PROVENANCE_FORM, member=name)
    return Provenance(**value)


def _check_audit_entry(entry: Any, previous: dict[str, Any] | None) -> None:
    if not isinstance(entry, dict) or set(entry) != _AUDIT_FIELDS:
        raise BundleRejected(Reason.AUDIT_FIELDS)
    if type(entry["seq"]) is not int or not all(
        isinstance(entry[k], str) for k in _AUDIT_FIELDS - {"seq"}
    ):
        raise BundleRejected(Reason.AUDIT_TYPES)
    limits = {"at": 32, "actor": 16, "action": 32, "subject": 64, "prev_hash": 64,
              "entry_hash": 64, "detail": 100_000}  # fmt: skip
    if any(len(entry[k]) > n for k, n in limits.items()) or entry["seq"] < 1:
        raise BundleRejected(Reason.AUDIT_LIMITS)
    recomputed = audit.entry_hash(
        entry["prev_hash"], entry["seq"], entry["at"], entry["actor"], entry["action"],
        entry["subject"], entry["detail"],
    )  # fmt: skip
    if recomputed != entry["entry_hash"]:
        raise BundleRejected(Reason.AUDIT_HASH, seq=entry["seq"])
    if previous is not None and (
        entry["seq"] != previous["seq"] + 1 or entry["prev_hash"] != previous["entry_hash"]
    ):
        raise BundleRejected(Reason.AUDIT_BROKEN, seq=entry["seq"])
