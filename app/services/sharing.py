"""The hand-over for the desktop: `preview` and `share` (app.services.share) over the vault of an
unlocked workspace, so that the Share dialog is given this object and never the vault."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from app.services import share as _share
from app.services.share import BY_PERSONS, Preview, Shared, Writer
from app.services.workspace import Workspace

__all__ = ["Sharing"]

Progress = Callable[[int, int], None] | None


class Sharing:
    def __init__(self, workspace: Workspace) -> None:
        self._vault = workspace.vault

    def preview(
        self, scope: str, person_ids: Sequence[str] = (), progress: Progress = None
    ) -> Preview:
        """What a hand-over under ``scope`` would give; writes and records nothing."""
        return _share.preview(self._vault, scope, (), person_ids, progress)

    def share(
        self,
        scope: str,
        fmt: str,
        out: Path,
        person_ids: Sequence[str] = (),
        lang: str = "en",
        by: str = BY_PERSONS,
        progress: Progress = None,
        writer: Writer | None = None,
    ) -> Shared:
        """Write the file and record the hand-over (docs/hand-over.md)."""
        return _share.share(
            self._vault, scope, fmt, out, (), person_ids, lang, progress, by=by, writer=writer
        )
