"""The coordinator's decisions on held bundles (`sviedka quarantine ...` and the desktop's Held
bundles dialog): list them with their conflicts and the other senders' testimonies they bring,
import one keeping the archive's versions, hand testimonies over to its sender, or discard it.

The decisions themselves are app.sync.quarantine's; this names the testimonies for the faces
and returns the import's own result type. Bundles of unknown senders are released by approving
the sender (app/services/senders.py), not here.
"""

from __future__ import annotations

from dataclasses import replace

from app.services.shared import named_outcomes, names
from app.storage.vault import Vault
from app.sync import quarantine
from app.sync.outcomes import BundleOutcome
from app.sync.quarantine import HeldBundle

__all__ = ["HeldBundle", "Quarantine"]


class Quarantine:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def held(self, sender: str | None = None) -> list[HeldBundle]:
        """Every held bundle (or one sender's), by sender and sequence, testimonies named."""
        found = quarantine.held(self._vault, sender)
        refs = names(self._vault, list(dict.fromkeys(i for b in found for i in b.mentioned)))
        return [replace(b, names=refs) if b.mentioned else b for b in found]

    def find(self, prefix: str) -> HeldBundle:
        """The held bundle whose id begins with `prefix` (8 or more hex digits)."""
        bundle = quarantine.find(self._vault, prefix)
        return replace(bundle, names=names(self._vault, bundle.mentioned))

    def keep_held(self, prefix: str) -> BundleOutcome:
        """Import the bundle; each conflicting version keeps the archive's content and other
        senders' testimonies are left out (the conflicts stay recorded)."""
        return self._named(quarantine.keep_held(self._vault, prefix))

    def hand_over(self, prefix: str) -> BundleOutcome:
        """Make the bundle's sender the one who may send the other senders' testimonies it
        brings, from now on (an audit entry names both keys), and import it."""
        return self._named(quarantine.hand_over(self._vault, prefix))

    def discard(self, prefix: str) -> HeldBundle:
        """Delete the bundle unread; the sender's later bundles will show a sequence gap."""
        return quarantine.discard(self._vault, prefix)

    def _named(self, outcome: BundleOutcome) -> BundleOutcome:
        [named] = named_outcomes(self._vault, [outcome])
        return named
