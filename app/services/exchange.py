"""The exchange of bundles as the desktop interface uses it: trust, export, import, senders;
receipts in app/services/receipts.py (`SyncService.receipts`).

The GUI face of the same core calls as `sviedka trust/export/import/senders` (app/cli/
sync_commands.py). Like app/services/workspace.py, each call opens and closes its own session and
returns frozen dataclasses, so it is safe from a worker thread and the UI never holds a session
or an ORM object. No Qt here: progress is a plain `progress(done, total)` callback, and a
callback that raises (the UI's Cancelled) is how a caller stops an export or an import.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.storage.errors import Cancelled
from app.storage.models import Testimony
from app.storage.sync_models import QuarantinedBundle
from app.storage.vault import Vault
from app.sync import cards, exporter, identities, importer
from app.sync.errors import CardInvalid, NotAnOrganisation, NothingToExport, SenderError

if TYPE_CHECKING:
    from app.services.receipts import ReceiptService

Progress = Callable[[int, int], None] | None
IMPORTED, DUPLICATE = importer.IMPORTED, importer.DUPLICATE
QUARANTINED, REJECTED = importer.QUARANTINED, importer.REJECTED
CANCELLED = "cancelled"  # not imported: the import was stopped before or while reading it


# --- what the vault is ------------------------------------------------------------------
@dataclass(frozen=True)
class OrganisationView:
    name: str
    recipients: tuple[str, ...]
    key_id: str
    fingerprint: str


@dataclass(frozen=True)
class ExchangeState:
    own_key_id: str
    own_fingerprint: str  # what the interviewer reads to the coordinator on approval
    trusted: OrganisationView | None  # whom this vault's bundles are encrypted to
    organisation: OrganisationView | None  # the identity of a coordinator's vault, if it is one

    @property
    def is_organisation(self) -> bool:
        return self.organisation is not None


def _view(card: cards.OrganisationCard) -> OrganisationView:
    return OrganisationView(card.name, card.recipients, card.signing_key.key_id, card.fingerprint)


def _trusted_view(trusted: identities.Trusted) -> OrganisationView:
    return OrganisationView(trusted.name, trusted.recipients, trusted.key_id, trusted.fingerprint)


# --- export -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TestimonyRef:
    id: str
    title: str  # the name the list shows; empty when the testimony names nobody yet
    interview_date: str


BundleWritten = exporter.WrittenBundle  # one file of an export: path, id, sequence, counts


@dataclass(frozen=True)
class ExportResult:
    bundles: tuple[BundleWritten, ...]  # in sequence order; empty: nothing new to export
    withheld: tuple[TestimonyRef, ...]  # no consent to share with the organisation
    withheld_count: int  # also known when nothing was exported (the ids are not, then)
    testimonies: int = 0  # with new versions
    versions: int = 0
    attachments: int = 0
    notices: tuple[TestimonyRef, ...] = ()  # the organisation is told to stop using these


# --- import -------------------------------------------------------------------------------
@dataclass(frozen=True)
class BundleRow:
    file: str  # the path given, or `quarantine/<sha256 prefix>` for a held bundle retried
    status: str  # IMPORTED, DUPLICATE, QUARANTINED, REJECTED or CANCELLED
    reason: str = ""
    bundle_id: str = ""
    sender: str = ""
    sequence: int = 0
    new_testimonies: int = 0
    new_versions: int = 0
    duplicates: int = 0
    attachments: int = 0
    notices: int = 0  # testimonies whose sharing with the organisation ended

    @property
    def from_quarantine(self) -> bool:
        return self.file.startswith("quarantine/")


def _row(outcome: importer.BundleOutcome) -> BundleRow:
    return BundleRow(
        file=outcome.file,
        status=outcome.status,
        reason=outcome.reason,
        bundle_id=outcome.bundle_id,
        sender=outcome.sender,
        sequence=outcome.sequence,
        new_testimonies=len(outcome.accepted),
        new_versions=len(outcome.new_versions),
        duplicates=outcome.duplicates,
        attachments=outcome.attachments,
        notices=len(outcome.notices),
    )


@dataclass(frozen=True)
class ImportResult:
    rows: tuple[BundleRow, ...]
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(row.status == status for row in self.rows)

    @property
    def ok(self) -> bool:
        return all(row.status in (IMPORTED, DUPLICATE) for row in self.rows)


# --- senders ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SenderRow:
    key_id: str
    status: str
    last_sequence: int
    quarantined: int
    fingerprint: str
    added_at: str
    public_key: str  # minisign's `RW…` line


@dataclass(frozen=True)
class HeldBundle:
    sequence: int
    bundle_id: str
    reason: str
    detail: str
    size: int
    received_at: str


def testimony_refs(vault: Vault, ids: Sequence[str]) -> tuple[TestimonyRef, ...]:
    """The list's name and date of each testimony, in the order given (blank if gone)."""
    if not ids:
        return ()
    with vault.reading() as session:
        query = select(Testimony.id, Testimony.display_name, Testimony.interview_date)
        found = {row.id: row for row in session.execute(query.where(Testimony.id.in_(ids)))}
    return tuple(
        TestimonyRef(i, found[i].display_name, found[i].interview_date)
        if i in found
        else TestimonyRef(i, "", "")
        for i in ids
    )


class SyncService:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def receipts(self) -> ReceiptService:
        """Receipts: writing them (coordinator), reading them and purging (interviewer)."""
        from app.services.receipts import ReceiptService  # it builds on this module

        return ReceiptService(self._vault)

    def state(self) -> ExchangeState:
        vault = self._vault
        with vault.reading() as session:
            own = identities.interviewer_card(session, vault.key_id)
            trusted = identities.trusted(session)
            organisation = (
                _view(identities.organisation_card(identities.organisation(session)))
                if identities.is_organisation(session)
                else None
            )
        return ExchangeState(
            own.signing_key.key_id,
            own.fingerprint,
            None if trusted is None else _trusted_view(trusted),
            organisation,
        )

    def save_own_card(self, path: Path) -> str:
        """The interviewer's public card, for the coordinator's `Add card…`; its fingerprint."""
        with self._vault.reading() as session:
            card = identities.interviewer_card(session, self._vault.key_id)
        cards.write_card(path, card.document())
        return card.fingerprint

    def save_organisation_card(self, path: Path) -> str:
        with self._vault.reading() as session:
            card = identities.organisation_card(identities.organisation(session))
        cards.write_card(path, card.document())
        return card.fingerprint

    # --- trust (interviewer) -------------------------------------------------------------
    @staticmethod
    def read_organisation_card(path: Path) -> cards.OrganisationCard:
        card = cards.read_card(path)
        if not isinstance(card, cards.OrganisationCard):
            raise CardInvalid(f"{path.name} is an interviewer's card, not an organisation's")
        return card

    def trust(self, card: cards.OrganisationCard) -> OrganisationView | None:
        """Pin exactly the card whose fingerprint was shown; the one it replaced, if another."""
        with self._vault.transaction() as session:
            replaced = identities.trust(session, card, self._vault.key_id)
        if replaced is None or replaced.fingerprint == card.fingerprint:
            return None
        return _trusted_view(replaced)

    # --- export (interviewer) ------------------------------------------------------------
    def export(
        self, out_dir: Path, everything: bool = False, progress: Progress = None
    ) -> ExportResult:
        """Write what is new (or everything) to `out_dir`. An exception from `progress` stops
        the export and leaves neither a file nor a change of the export state behind."""
        try:
            report = exporter.export_bundle(self._vault, out_dir, everything, progress)
        except NothingToExport as nothing:
            withheld = self.testimony_refs(nothing.withheld)
            return ExportResult((), withheld, len(withheld))
        withheld = self.testimony_refs(report.withheld)
        return ExportResult(
            report.bundles,
            withheld,
            len(withheld),
            testimonies=len(report.testimonies),
            versions=report.versions,
            attachments=report.attachments,
            notices=self.testimony_refs(report.notices),
        )

    def testimony_refs(self, ids: Sequence[str]) -> tuple[TestimonyRef, ...]:
        return testimony_refs(self._vault, ids)

    # --- import (coordinator) ------------------------------------------------------------
    def import_files(self, files: Iterable[Path], progress: Progress = None) -> ImportResult:
        """Import bundle files one at a time, progress across all of them (by size).

        `Cancelled` from `progress` stops the import: the bundle being read is rolled back,
        the ones before it stay imported, and it and those after it are reported CANCELLED.
        The retry of held bundles that follows a successful import reports no progress of its
        own (its sizes are not the file's), so it runs to its end.
        """
        paths = [Path(f) for f in files]
        self._require_organisation()
        sizes = [_size(p) for p in paths]
        grand = max(sum(sizes), 1)
        rows: list[BundleRow] = []
        for index, path in enumerate(paths):
            base = sum(sizes[:index])
            stop = _Stoppable(progress, base, sizes[index], grand)
            if not stop.check():
                rows += [_cancelled(p) for p in paths[index:]]
                return ImportResult(tuple(rows), cancelled=True)
            try:
                report = importer.import_files(self._vault, [path], stop)
            except Cancelled:  # that file rolled back; the ones before stay imported
                rows += [_cancelled(p) for p in paths[index:]]
                return ImportResult(tuple(rows), cancelled=True)
            rows += [_row(o) for o in report.outcomes]
        if progress is not None and paths:
            _quietly(progress, grand, grand)
        return ImportResult(tuple(rows))

    def _require_organisation(self) -> None:
        with self._vault.reading() as session:
            if not identities.is_organisation(session):
                raise NotAnOrganisation()

    # --- senders (coordinator) -----------------------------------------------------------
    def senders(self) -> list[SenderRow]:
        with self._vault.reading() as session:
            found = identities.senders(session)
            counted = select(QuarantinedBundle.sender_key_id, func.count()).group_by(
                QuarantinedBundle.sender_key_id
            )
            held: dict[str, int] = {key: count for key, count in session.execute(counted)}
        return [
            SenderRow(
                s.key_id,
                s.status,
                s.last_sequence,
                held.get(s.key_id, 0),
                s.fingerprint,
                s.added_at,
                s.public_key,
            )
            for s in found
        ]

    def held_bundles(self, key_id: str) -> list[HeldBundle]:
        with self._vault.reading() as session:
            query = select(QuarantinedBundle).where(QuarantinedBundle.sender_key_id == key_id)
            return [
                HeldBundle(r.sequence, r.bundle_id, r.reason, r.detail, r.size, r.received_at)
                for r in session.scalars(query.order_by(QuarantinedBundle.sequence))
            ]

    @staticmethod
    def read_interviewer_card(path: Path) -> cards.InterviewerCard:
        card = cards.read_card(path)
        if not isinstance(card, cards.InterviewerCard):
            raise CardInvalid(f"{path.name} is an organisation card, not an interviewer's card")
        return card

    def add_sender(
        self, card: cards.InterviewerCard, progress: Progress = None
    ) -> tuple[BundleRow, ...]:
        """Pin the card whose fingerprint was confirmed, then import its held bundles."""
        with self._vault.transaction() as session:
            identities.add_sender(session, card, self._vault.key_id)
        key_id = card.signing_key.key_id
        outcomes = importer.retry_quarantined(self._vault, key_id, progress=_never_stops(progress))
        return tuple(_row(o) for o in outcomes)

    def approve(
        self, key_id: str, fingerprint: str, accept_gaps: bool = False, progress: Progress = None
    ) -> tuple[BundleRow, ...]:
        """Approve the sender whose `fingerprint` the coordinator confirmed, then import its
        held bundles in sequence order. Not stoppable (see import_files)."""
        with self._vault.transaction() as session:
            row = identities.sender(session, key_id)
            if row is None:
                raise SenderError(f"no sender with key id {key_id.strip().upper()}")
            info = identities.sender_info(row)
            if info.fingerprint != fingerprint:
                raise SenderError(f"sender {info.key_id} does not have the fingerprint shown")
            if info.status not in identities.TRUSTED_STATUSES:
                identities.set_status(session, info.key_id, identities.APPROVED, self._vault.key_id)
        outcomes = importer.retry_quarantined(
            self._vault, info.key_id, accept_gaps=accept_gaps, progress=_never_stops(progress)
        )
        return tuple(_row(o) for o in outcomes)

    def revoke(self, key_id: str) -> SenderRow:
        with self._vault.transaction() as session:
            identities.set_status(session, key_id, identities.REVOKED, self._vault.key_id)
        return next(s for s in self.senders() if s.key_id == key_id.strip().upper())


# --- progress helpers -----------------------------------------------------------------------
def _size(path: Path) -> int:
    try:
        return max(path.stat().st_size, 1)
    except OSError:
        return 1  # the core reports it as rejected, with the reason


def _cancelled(path: Path) -> BundleRow:
    return BundleRow(str(path), CANCELLED, "the import was cancelled before this file was done")


def _quietly(progress: Callable[[int, int], None], done: int, total: int) -> None:
    with contextlib.suppress(Exception):  # a stop request where stopping is not allowed
        progress(done, total)


def _never_stops(progress: Progress) -> Progress:
    if progress is None:
        return None
    outer = progress
    return lambda done, total: _quietly(outer, done, total)


class _Stoppable:
    """One file's progress inside the whole import's. The caller's `Cancelled` stops the
    reading of that file; once it was read to its end (the core reports done == total) the
    retry of held bundles follows, whose sizes are its own: not shown."""

    def __init__(self, progress: Progress, base: int, size: int, grand: int) -> None:
        self._progress, self._base, self._size, self._grand = progress, base, size, grand
        self._read = False

    def check(self) -> bool:
        """Before the file: False if the caller asks to stop."""
        if self._progress is None:
            return True
        try:
            self._progress(self._base, self._grand)
        except Cancelled:
            return False
        return True

    def __call__(self, done: int, total: int) -> None:
        if self._progress is None or self._read:
            return
        self._progress(
            self._base + min(done * self._size // max(total, 1), self._size), self._grand
        )
        if done >= total:
            self._read = True
