"""Consent notices a coordinator received: a sender reported that a testimony may no longer be
shared with the organisation (docs/bundle-format.md, section 6). `sviedka notices`, the NOTE
`sviedka show` prints, and the desktop's Consent notices dialog read them here."""

from __future__ import annotations

from dataclasses import replace

from app.services.shared import names
from app.storage.vault import Vault
from app.sync import notices
from app.sync.notices import NoticeInfo

__all__ = ["NoticeInfo", "Notices"]


class Notices:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def received(self, testimony_id: str | None = None) -> tuple[NoticeInfo, ...]:
        """Every notice (or one testimony's), oldest received first, testimonies named."""
        with self._vault.reading() as session:
            found = notices.notices(session, testimony_id)
        refs = names(self._vault, list(dict.fromkeys(n.testimony_id for n in found)))
        return tuple(replace(n, names=refs) for n in found)
