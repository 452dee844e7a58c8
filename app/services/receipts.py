"""Receipts: the coordinator writes them, the interviewer reads them, sees which bundles were
confirmed, and deletes what the organisation holds.

Both faces call these: `import --receipts DIR`, `receipt issue`, `receipt read`, `exports` and
`purge` (app/cli/receipt_commands.py) and the desktop's Import, Senders and Receipts dialogs.
Like Exchange, each call opens and closes its own session and returns frozen dataclasses, so it
is safe from a worker thread; no Qt here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from app.services.shared import Progress, names
from app.storage import attachments, exported
from app.storage.errors import Cancelled
from app.storage.migrate import prune_backups
from app.storage.vault import Vault
from app.sync import purge, receipts
from app.sync.errors import BundleRejected, SyncError
from app.sync.outcomes import TestimonyRef
from app.sync.receipts import CANCELLED, READ, REJECTED, ReceiptReport

__all__ = [
    "CANCELLED",
    "READ",
    "REJECTED",
    "ExportRow",
    "Overview",
    "PurgeResult",
    "ReceiptReport",
    "ReceiptWritten",
    "Receipts",
]


@dataclass(frozen=True)
class ReceiptWritten:
    bundle_id: str
    path: str = ""  # empty when it could not be written: `error` says why
    error: str = ""


@dataclass(frozen=True)
class ExportRow:
    sequence: int
    bundle_id: str
    created_at: str
    confirmed_at: str | None  # when the organisation's receipt for this bundle was written

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Overview:
    """What the interviewer's Receipts window shows below the receipts read."""

    exports: tuple[ExportRow, ...]
    delivered: tuple[TestimonyRef, ...]


@dataclass(frozen=True)
class PurgeResult:
    deleted: tuple[str, ...]  # testimony ids
    skipped: tuple[str, ...]  # asked for, but no longer safe to delete (edited meanwhile)
    backups_removed: int  # pre-migration copies of the vault that still held them


class Receipts:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # --- the coordinator's side ---------------------------------------------------------
    def write_receipts(
        self, bundle_ids: Iterable[str], out_dir: Path
    ) -> tuple[ReceiptWritten, ...]:
        """One receipt per bundle (a bundle named twice gets one), each encrypted to its
        sender. A receipt that cannot be written is reported, the others are still written."""
        written = []
        for bundle_id in dict.fromkeys(b for b in bundle_ids if b):
            try:
                path = self.issue(bundle_id, out_dir)
            except (SyncError, OSError) as exc:
                written.append(ReceiptWritten(bundle_id, error=_reason(exc)))
            else:
                written.append(ReceiptWritten(bundle_id, str(path)))
        return tuple(written)

    def issue(self, bundle_id: str, out_dir: Path) -> Path:
        """The receipt for one imported bundle, written (again) into `out_dir`."""
        return receipts.issue(self._vault, bundle_id.strip().lower(), Path(out_dir))

    # --- the interviewer's side ---------------------------------------------------------
    def read_receipts(
        self, paths: Iterable[Path], progress: Progress = None
    ) -> tuple[ReceiptReport, ...]:
        """Verify each receipt and record what it confirms; a refused one is REJECTED and
        changes nothing. `Cancelled` from `progress` (asked before each file) leaves the
        receipts read so far recorded and reports the rest CANCELLED. A vault that never
        exported or trusts no organisation raises SyncError: no receipt can be read at all."""
        files = [Path(p) for p in paths]
        found: list[ReceiptReport] = []
        for index, path in enumerate(files):
            if progress is not None:
                try:
                    progress(index, len(files))
                except Cancelled:
                    found += [ReceiptReport(str(p), CANCELLED) for p in files[index:]]
                    break
            try:
                found.append(receipts.accept(self._vault, path))
            except BundleRejected as exc:
                found.append(ReceiptReport(str(path), REJECTED, exc.reason))
        else:
            if progress is not None and files:
                with contextlib.suppress(Cancelled):  # all read: nothing left to stop
                    progress(len(files), len(files))
        ids = [c.rsplit("@", 1)[0] for r in found for c in r.conflicts]
        refs = names(self._vault, list(dict.fromkeys(ids)))
        return tuple(replace(r, names=refs) if r.conflicts else r for r in found)

    def exports(self) -> tuple[ExportRow, ...]:
        """The bundles this vault wrote, in sequence order, and which a receipt answered."""
        with self._vault.reading() as session:
            written = exported.sent_bundles(session)
        return tuple(
            ExportRow(b.sequence, b.bundle_id, b.created_at, b.confirmed_at) for b in written
        )

    def delivered(self) -> tuple[TestimonyRef, ...]:
        """Testimonies the organisation confirmed in their current version, attachments and
        all, with no unsaved draft: what may be deleted from this laptop."""
        with self._vault.reading() as session:
            ids = purge.delivered(session)
        return names(self._vault, ids)

    def overview(self) -> Overview:
        return Overview(self.exports(), self.delivered())

    def purge(self, ids: Iterable[str]) -> PurgeResult:
        """Delete the given testimonies that are still delivered (checked again in the same
        transaction: one edited or drafted since it was listed stays), then their attachment
        files and the pre-migration backups that still held them. Deletions are never sent to
        the organisation."""
        asked = list(dict.fromkeys(ids))
        vault = self._vault
        with vault.transaction() as session:
            safe = set(purge.delivered(session))
            chosen = [i for i in asked if i in safe]
            purge.purge(session, chosen, vault.key_id)
        skipped = tuple(i for i in asked if i not in safe)
        if not chosen:
            return PurgeResult((), skipped, 0)
        attachments.collect_garbage(vault)
        removed = prune_backups(vault.paths.backups, keep_seconds=0)
        return PurgeResult(tuple(chosen), skipped, removed)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError):
        return f"the file system refused: {error.strerror or error}"
    return str(error)
