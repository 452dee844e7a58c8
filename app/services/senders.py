"""The interviewers' keys a coordinator's vault knows: list them, add a card, approve one after
comparing its fingerprint, revoke one. `sviedka senders ...` and the desktop's Senders dialog
call these; approving or adding imports the sender's held bundles, with the import's result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.shared import Progress, named_outcomes, never_stops
from app.storage import held_bundles
from app.storage.vault import Vault
from app.sync import cards, identities, importer
from app.sync.errors import CardInvalid, SenderError
from app.sync.outcomes import ImportReport
from app.sync.reasons import Reason


@dataclass(frozen=True)
class SenderRow:
    key_id: str
    status: identities.SenderStatus
    last_sequence: int
    quarantined: int  # bundles of it held back, for any reason
    fingerprint: str
    added_at: str
    public_key: str  # minisign's `RW…` line

    def as_json(self) -> dict[str, Any]:
        return {**self.__dict__, "status": str(self.status)}


class Senders:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def known(self) -> list[SenderRow]:
        with self._vault.reading() as session:
            found = identities.senders(session)
            held = held_bundles.counts_by_sender(session)
        return [_row(s, held.get(s.key_id, 0)) for s in found]

    def get(self, key_id: str) -> SenderRow:
        """The sender with this key id (in any case, spaces around it ignored)."""
        wanted = key_id.strip().upper()
        for sender in self.known():
            if sender.key_id == wanted:
                return sender
        raise SenderError(f"no sender with key id {wanted}")

    @staticmethod
    def read_card(path: Path) -> cards.InterviewerCard:
        card = cards.read_card(path)
        if not isinstance(card, cards.InterviewerCard):
            raise CardInvalid(Reason.CARD_NOT_INTERVIEWER, where=path.name)
        return card

    def add(self, card: cards.InterviewerCard, progress: Progress = None) -> ImportReport:
        """Pin the card whose fingerprint was confirmed, then import its held bundles (not
        stoppable: see Exchange.import_files)."""
        with self._vault.transaction() as session:
            identities.add_sender(session, card, self._vault.key_id)
        return self._release(card.signing_key.key_id, False, progress)

    def approve(
        self, key_id: str, fingerprint: str, accept_gaps: bool = False, progress: Progress = None
    ) -> ImportReport:
        """Approve the sender whose `fingerprint` the coordinator confirmed (refused if the key
        pinned under that id is no longer the one shown), then import its held bundles in
        sequence order. Not stoppable."""
        with self._vault.transaction() as session:
            row = identities.sender(session, key_id)
            if row is None:
                raise SenderError(f"no sender with key id {key_id.strip().upper()}")
            info = identities.sender_info(row)
            if info.fingerprint != fingerprint:
                raise SenderError(f"sender {info.key_id} does not have the fingerprint shown")
            if info.status not in identities.TRUSTED_STATUSES:
                identities.set_status(session, info.key_id, identities.APPROVED, self._vault.key_id)
        return self._release(info.key_id, accept_gaps, progress)

    def revoke(self, key_id: str) -> SenderRow:
        with self._vault.transaction() as session:
            info = identities.set_status(session, key_id, identities.REVOKED, self._vault.key_id)
        return self.get(info.key_id)

    def _release(self, key_id: str, accept_gaps: bool, progress: Progress) -> ImportReport:
        outcomes = importer.retry_quarantined(
            self._vault, key_id, accept_gaps=accept_gaps, progress=never_stops(progress)
        )
        return ImportReport(named_outcomes(self._vault, outcomes))


def _row(info: identities.SenderInfo, quarantined: int) -> SenderRow:
    return SenderRow(
        info.key_id,
        info.status,
        info.last_sequence,
        quarantined,
        info.fingerprint,
        info.added_at,
        info.public_key,
    )
