"""Expected failures of identities, trust, export and import.

All are VaultErrors, so the CLI prints them as one line and exits with status 1. Messages name
keys, files and bundle ids, never testimony text.
"""

from __future__ import annotations

from typing import Any

from app.storage.errors import VaultError
from app.sync.reasons import Reason, Why


def _why(reason: Why | Reason | str, params: dict[str, Any]) -> Why | str:
    """A coded reason from a code and its parameters; a Why or plain text as given."""
    if isinstance(reason, Reason):
        return Why(reason, **params)
    return reason


class SyncError(VaultError):
    """Base of every expected failure of app.sync."""


class CardInvalid(SyncError):
    """A card file that is not a well-formed Sviedka card; `reason` says why, with its code
    (app.sync.reasons) for a face that translates it."""

    def __init__(self, reason: Why | Reason | str, **params: Any) -> None:
        self.reason = _why(reason, params)
        super().__init__(self.reason)


class NoTrustedOrganisation(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "no organisation is trusted on this vault, so there is nobody to export to: "
            "get your organisation's card and run `sviedka trust CARD` first"
        )


class NotAnOrganisation(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "this vault holds no organisation identity: run `sviedka org init --name NAME` "
            "on the coordinator's vault"
        )


class OrganisationExists(SyncError):
    pass


class SenderError(SyncError):
    """Unknown key id, a key that clashes with a pinned one, an ambiguous approval."""


class BundleRejected(SyncError):
    """A bundle (or receipt) failed verification; `reason` says why in one line, without
    content: a Why, the English sentence of a code (app.sync.reasons) and its parameters."""

    def __init__(self, reason: Why | Reason | str, **params: Any) -> None:
        self.reason = _why(reason, params)
        super().__init__(self.reason)


class BadSignature(BundleRejected):
    pass


class ExportRefused(SyncError):
    pass


class NothingToExport(ExportRefused):
    """Nothing new since the last bundle; `withheld` testimonies lack consent to share."""

    def __init__(self, withheld: tuple[str, ...]) -> None:
        super().__init__(
            "nothing new to export since the last bundle "
            f"({len(withheld)} testimonies withheld for lack of consent); "
            "`--all` exports everything again"
        )
        self.withheld = withheld
