"""The desktop's application session: what unlocking made, handed to the windows and dialogs
that need it, and ended by locking.

It holds the services of one unlocked vault (testimonies, the exchange of bundles and the
family hanging off it: senders, held bundles, receipts, consent notices, vocabularies) and the
person's role, read once at unlock. No widget reaches into the main window for them, and no
dialog builds a service of its own: each is given what it needs from here. No Qt here, so
the session is built in the unlock task, off the GUI thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app import logs
from app.domain.vocabulary import LocalTerm, VocabularySet
from app.services import vocabularies
from app.services.exchange import Exchange
from app.services.notices import Notices
from app.services.quarantine import Quarantine
from app.services.receipts import Receipts
from app.services.senders import Senders
from app.services.workspace import Workspace

if TYPE_CHECKING:
    from app.services.archive_view import Archive


class Role(enum.Enum):
    """Who uses this vault: an interviewer records and exports; a coordinator's vault holds the
    organisation's key, imports bundles and decides on senders and held bundles."""

    INTERVIEWER = "interviewer"
    COORDINATOR = "coordinator"


@dataclass(frozen=True)
class AppSession:
    workspace: Workspace
    exchange: Exchange
    role: Role

    @property
    def is_coordinator(self) -> bool:
        return self.role is Role.COORDINATOR

    @property
    def archive(self) -> Archive:
        """The persons and figures of this vault (the Persons and Figures views)."""
        from app.services.archive_view import Archive  # loaded when first shown

        return Archive(self.workspace)

    def as_coordinator(self) -> AppSession:
        """The session once the organisation is created in this vault (its role is now a
        coordinator's; the same vault and services)."""
        return replace(self, role=Role.COORDINATOR)

    @property
    def senders(self) -> Senders:
        return self.exchange.senders

    @property
    def quarantine(self) -> Quarantine:
        return self.exchange.quarantine

    @property
    def receipts(self) -> Receipts:
        return self.exchange.receipts

    @property
    def notices(self) -> Notices:
        return self.exchange.notices

    def add_term(self, term: LocalTerm) -> VocabularySet:
        """An organisation's own term, added to a controlled vocabulary."""
        return vocabularies.add_term(self.workspace, term)

    def end(self) -> None:
        """Close the vault: nothing of this session may be used afterwards."""
        self.workspace.close()


def start(workspace: Workspace) -> AppSession:
    """The session of a vault just unlocked or created. The role is read once: while the
    vault is open here, no other process can make it an organisation's (the vault's lock)."""
    exchange = Exchange(workspace.vault)
    try:
        coordinator = exchange.state().is_organisation
    except Exception as exc:
        # The testimonies must stay reachable even if the exchange tables cannot be read:
        # the interviewer's menu is the one that offers nothing that needs them.
        logs.failed(__name__, "session.role", exc)
        coordinator = False
    return AppSession(workspace, exchange, Role.COORDINATOR if coordinator else Role.INTERVIEWER)
