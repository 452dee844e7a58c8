"""The exchange of bundles: this vault's keys and cards, the organisation identity, trust,
export and import. Senders are in app/services/senders.py, held bundles in quarantine.py,
receipts in receipts.py, consent notices in notices.py.

One core for both faces: `sviedka keys/org/trust/export/import` (app/cli/sync_commands.py) and
the desktop's Bundles menu (app/ui/sync/) call these same methods. Each call opens and closes its
own session and returns frozen dataclasses, so it is safe from a worker thread and no face ever
holds a session or an ORM object. No Qt here: progress is a plain `progress(done, total)`
callback. An import is stopped with a CancelToken the caller keeps (`cancel.cancel()`); a
progress callback that raises Cancelled (what the desktop does today) is taken as the same
request. An export stops the same way, on its token or on a progress callback that raises.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from app.services.notices import Notices
from app.services.quarantine import Quarantine
from app.services.receipts import Receipts
from app.services.senders import Senders
from app.services.shared import Progress, named_outcomes, names, quietly
from app.storage.errors import Cancelled
from app.storage.files import write_atomic
from app.storage.vault import Vault
from app.sync import cards, exporter, identities, importer
from app.sync.cancel import CancelToken
from app.sync.errors import CardInvalid, NotAnOrganisation, NothingToExport, SyncError
from app.sync.exporter import ExportReport, WrittenBundle
from app.sync.outcomes import (
    CANCELLED,
    DUPLICATE,
    IMPORTED,
    QUARANTINED,
    REJECTED,
    BundleOutcome,
    ImportReport,
    TestimonyRef,
)
from app.sync.reasons import Reason

# The results and statuses the faces read, named where they call.
__all__ = [
    "CANCELLED",
    "DUPLICATE",
    "IMPORTED",
    "QUARANTINED",
    "REJECTED",
    "BundleOutcome",
    "CancelToken",
    "CardInvalid",
    "Exchange",
    "ExchangeState",
    "ExportReport",
    "ImportReport",
    "OrganisationView",
    "Progress",
    "TestimonyRef",
    "WrittenBundle",
]


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
    own_public_key: str  # minisign's `RW…` line, for `minisign -V -P`
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


class Exchange:
    """The exchange of one unlocked vault; the services of the rest of the family hang off it,
    so a dialog given an Exchange reaches senders, held bundles, receipts and notices."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.senders = Senders(vault)
        self.quarantine = Quarantine(vault)
        self.receipts = Receipts(vault)
        self.notices = Notices(vault)

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
            own.signing_key.to_base64(),
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

    # --- the organisation (coordinator) --------------------------------------------------
    def create_organisation(self, name: str) -> OrganisationView:
        with self._vault.transaction() as session:
            card = identities.create_organisation(session, name, self._vault.key_id)
        return _view(card)

    def save_organisation_card(self, path: Path) -> cards.OrganisationCard:
        """Write the public card interviewers trust; the card, whose fingerprint they compare."""
        with self._vault.reading() as session:
            card = identities.organisation_card(identities.organisation(session))
        cards.write_card(path, card.document())
        return card

    def export_organisation_secret(self, target: Path) -> None:
        """The organisation's age identity as `age-keygen` writes it, for a recovery copy kept
        offline (recorded in the audit trail). Never overwrites a file."""
        if target.exists():
            raise SyncError(f"{target} already exists; nothing was overwritten")
        with self._vault.transaction() as session:
            text = identities.organisation_secret_text(session, self._vault.key_id)
            write_atomic(target, text.encode("ascii"))

    # --- trust (interviewer) -------------------------------------------------------------
    @staticmethod
    def read_organisation_card(path: Path) -> cards.OrganisationCard:
        card = cards.read_card(path)
        if not isinstance(card, cards.OrganisationCard):
            raise CardInvalid(Reason.CARD_NOT_ORGANISATION, where=path.name)
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
        self, out_dir: Path, everything: bool = False, progress: Progress = None,
        cancel: CancelToken | None = None,
    ) -> ExportReport:  # fmt: skip
        """Write what is new (or everything) to `out_dir`; no bundle when nothing is new.
        `cancel.cancel()` (or an exception from `progress`) stops the export with Cancelled
        and leaves neither a file nor a change of the export state behind."""
        try:
            report = exporter.export_bundle(self._vault, out_dir, everything, progress, cancel)
        except NothingToExport as nothing:
            report = ExportReport.nothing_new(nothing.withheld)
        ids = list(dict.fromkeys([*report.withheld, *report.notices]))
        return replace(report, names=names(self._vault, ids))

    # --- import (coordinator) ------------------------------------------------------------
    def import_files(
        self, files: Iterable[Path], progress: Progress = None, cancel: CancelToken | None = None
    ) -> ImportReport:
        """Import bundle files one at a time, progress across all of them (by size).

        `cancel.cancel()` (or `Cancelled` from `progress`) stops the import: the bundle being
        read is rolled back, the ones before it stay imported, and it and those after it are
        reported CANCELLED. The retry of held bundles that follows a successful import reports
        no progress of its own (its sizes are not the file's) and runs to its end.
        """
        paths = [Path(f) for f in files]
        self.require_organisation()
        token = cancel if cancel is not None else CancelToken()
        sizes = [_size(p) for p in paths]
        grand = max(sum(sizes), 1)
        outcomes: list[BundleOutcome] = []
        for index, path in enumerate(paths):
            base = sum(sizes[:index])
            stop = _Stoppable(progress, base, sizes[index], grand, token)
            if not stop.check():
                return self._cancelled(outcomes, paths[index:])
            try:
                report = importer.import_files(self._vault, [path], stop, token)
            except Cancelled:  # that file rolled back; the ones before stay imported
                return self._cancelled(outcomes, paths[index:])
            outcomes += report.outcomes
        if progress is not None and paths:
            quietly(progress, grand, grand)
        return ImportReport(named_outcomes(self._vault, outcomes))

    def _cancelled(self, done: list[BundleOutcome], left: list[Path]) -> ImportReport:
        stopped = [_cancelled(p) for p in left]
        return ImportReport(named_outcomes(self._vault, done) + tuple(stopped), cancelled=True)

    def require_organisation(self) -> None:
        with self._vault.reading() as session:
            if not identities.is_organisation(session):
                raise NotAnOrganisation()


# --- progress helpers -----------------------------------------------------------------------
def _size(path: Path) -> int:
    try:
        return max(path.stat().st_size, 1)
    except OSError:
        return 1  # the core reports it as rejected, with the reason


def _cancelled(path: Path) -> BundleOutcome:
    return BundleOutcome(str(path), CANCELLED, "the import was cancelled before this file was done")


class _Stoppable:
    """One file's progress inside the whole import's. A caller's progress that raises
    Cancelled is taken as a request on the token, which the core checks; once the file was
    read to its end (the core reports done == total) the retry of held bundles follows, whose
    sizes are its own: not shown."""

    def __init__(
        self, progress: Progress, base: int, size: int, grand: int, token: CancelToken
    ) -> None:
        self._progress, self._base, self._size, self._grand = progress, base, size, grand
        self._token = token
        self._read = False

    def check(self) -> bool:
        """Before the file: False if the caller asks to stop."""
        self._report(self._base)
        return not self._token.cancelled

    def _report(self, done: int) -> None:
        if self._progress is None:
            return
        try:
            self._progress(done, self._grand)
        except Cancelled:
            self._token.cancel()

    def __call__(self, done: int, total: int) -> None:
        if self._read:
            return
        self._report(self._base + min(done * self._size // max(total, 1), self._size))
        if done >= total:
            self._read = True
