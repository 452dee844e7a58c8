"""What the exchange family's services share: testimonies named for the faces, progress a
caller cannot stop, and the statuses, reasons and cards the faces show (re-exported here so
that neither face imports app.sync)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from app.storage.vault import Vault
from app.sync.cards import InterviewerCard, OrganisationCard
from app.sync.holding import EQUIVOCATION, FOREIGN, GAP, UNKNOWN
from app.sync.holding import REVOKED as REVOKED_SENDER
from app.sync.identities import APPROVED, KNOWN, PENDING, REVOKED
from app.sync.outcomes import BundleOutcome, TestimonyRef, testimony_refs

# Held bundles' reasons (HeldBundle.reason; REVOKED_SENDER is holding's REVOKED), senders'
# statuses (SenderRow.status) and the cards a person checks by fingerprint.
__all__ = [
    "APPROVED",
    "EQUIVOCATION",
    "FOREIGN",
    "GAP",
    "KNOWN",
    "PENDING",
    "REVOKED",
    "REVOKED_SENDER",
    "UNKNOWN",
    "InterviewerCard",
    "OrganisationCard",
    "Progress",
    "named_outcomes",
    "names",
    "never_stops",
    "quietly",
]

Progress = Callable[[int, int], None] | None


def names(vault: Vault, ids: Sequence[str]) -> tuple[TestimonyRef, ...]:
    """The list's name and date of each testimony, in the order given (blank if gone)."""
    if not ids:
        return ()
    with vault.reading() as session:
        return testimony_refs(session, ids)


def named_outcomes(vault: Vault, outcomes: Iterable[BundleOutcome]) -> tuple[BundleOutcome, ...]:
    """Each outcome with the names of the testimonies it mentions (one query for all)."""
    found = tuple(outcomes)
    refs = names(vault, list(dict.fromkeys(i for o in found for i in o.mentioned)))
    return tuple(replace(o, names=refs) if o.mentioned else o for o in found)


def quietly(progress: Callable[[int, int], None], done: int, total: int) -> None:
    with contextlib.suppress(Exception):  # a stop request where stopping is not allowed
        progress(done, total)


def never_stops(progress: Progress) -> Progress:
    """`progress` for work that must run to its end (the retry of held bundles): a stop
    request from the caller is ignored there."""
    if progress is None:
        return None
    outer = progress
    return lambda done, total: quietly(outer, done, total)
