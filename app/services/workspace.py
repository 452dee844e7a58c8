"""An open vault's testimonies and attachments, as both faces use them: each call one unit of
work, plain results.

Neither face holds a database session or a live ORM object (securedrop-client paid for that
with "database is locked" crashes): every method opens its own session, closes it, and
returns frozen dataclasses or plain JSON-like dicts. Safe to call from a worker thread; each
call uses its own pooled connection.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete as sa_delete
from sqlalchemy import select

from app.domain import timeline
from app.domain.record import InvalidTestimony
from app.domain.timeline import TimelineEvent
from app.domain.vocabulary import VocabularySet
from app.services.persons import Persons
from app.storage import attachments, search, testimonies, testimony_batches
from app.storage.attachment_streams import stream_plaintext
from app.storage.attachments import AttachmentInfo
from app.storage.clock import utc_now
from app.storage.migrate import prune_backups
from app.storage.models import Draft
from app.storage.search import Filters, Hit
from app.storage.testimonies import StoredTestimony, TestimonySummary, VersionInfo
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

# AttachmentInfo and Filters are re-exported: the desktop shows an attachment's details and
# builds the list's filters with them, and reaches the core through the services only (issue 10).
__all__ = [
    "PREVIEW_LIMIT",
    "AttachmentInfo",
    "DraftInfo",
    "Filters",
    "Saved",
    "TestimonyRefused",
    "VersionInfo",
    "Workspace",
]

PREVIEW_LIMIT = 32 * 1024 * 1024
Progress = Callable[[int, int], None] | None


@dataclass(frozen=True)
class Saved:
    testimony_id: str
    version: int  # now current
    changed: bool  # False: the document was the current version already, nothing was stored


class TestimonyRefused(Exception):
    """One of several testimonies given together cannot be stored, so none was."""

    def __init__(self, index: int, reason: str) -> None:
        super().__init__(f"testimony {index + 1}: {reason}")
        self.index = index  # in the order given
        self.reason = reason


@dataclass(frozen=True)
class DraftInfo:
    key: str
    testimony_id: str | None
    document: dict[str, Any]
    saved_at: str


class Workspace:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def key_id(self) -> str:
        return self._vault.key_id

    @property
    def vault(self) -> Vault:
        return self._vault

    def vocabulary(self) -> VocabularySet:
        with self._vault.reading() as session:
            return vault_vocabulary(session)

    def count(self) -> int:
        with self._vault.reading() as session:
            return testimonies.count(session)

    def page(
        self,
        offset: int = 0,
        limit: int | None = None,
        order: str = "updated",
        descending: bool = True,
    ) -> list[TestimonySummary]:
        """Live testimonies in `order`; `limit` None: all from `offset` on."""
        with self._vault.reading() as session:
            return testimonies.summaries(session, offset, limit, order, descending)

    def search(
        self,
        query: str,
        filters: Filters = Filters(),  # noqa: B008 - frozen, immutable default
        offset: int = 0,
        limit: int = 50,
        snippets: bool = False,
    ) -> list[Hit]:
        """`snippets`: the words found in context; the desktop's list shows none, and does not
        pay for them (decrypting and folding each hit)."""
        if any(facet == "figure" for facet, _value in filters.facets):
            # A figure is counted from the persons registry, which links a received bundle's
            # testimonies lazily: link them first, as the reports and the persons list do.
            Persons(self._vault).catch_up()
        with self._vault.reading() as session:
            return search.search(
                session,
                vault_vocabulary(session),
                query,
                filters,
                limit=limit,
                offset=offset,
                snippets=snippets,
            )

    def load(self, testimony_id: str, version: int | None = None) -> StoredTestimony:
        with self._vault.reading() as session:
            return testimonies.get(session, testimony_id, version)

    def history(self, testimony_id: str) -> list[VersionInfo]:
        with self._vault.reading() as session:
            return testimonies.history(session, testimony_id)

    def save(self, document: Any, testimony_id: str | None = None) -> Saved:
        """Validate and store; a new testimony gets version 1, a changed one a new version."""
        with self._vault.transaction() as session:
            vocab = vault_vocabulary(session)
            if testimony_id is None:
                return Saved(testimonies.add(session, document, vocab, self.key_id), 1, True)
            version, changed = testimonies.update_if_changed(
                session, testimony_id, document, vocab, self.key_id
            )
            return Saved(testimony_id, version, changed)

    def add_all(self, documents: Sequence[Any]) -> list[str]:
        """New testimonies in one transaction: all are stored or, if one is refused, none.
        Returns their ids in the order given."""
        # Stored in batches: the same rows as one add after another, written faster.
        try:
            with self._vault.transaction() as session:
                vocab = vault_vocabulary(session)
                return testimony_batches.add_many(session, documents, vocab, self.key_id)
        except (InvalidTestimony, testimonies.DuplicateTestimony) as exc:
            raise TestimonyRefused(exc.position or 0, str(exc)) from None

    def person_timeline(self, name: str, limit: int = 500) -> list[TimelineEvent]:
        """Every dated event of the person called `name` (any script) across testimonies."""
        events: list[TimelineEvent] = []
        with self._vault.reading() as session:
            vocab = vault_vocabulary(session)
            for hit in search.search(session, vocab, name, limit=limit, snippets=False):
                stored = testimonies.get(session, hit.id)
                events.extend(timeline.person_events(stored.document, name, hit.id))
        return timeline.in_order(events)

    # --- attachments ------------------------------------------------------------------
    def attachments(self, testimony_id: str) -> list[AttachmentInfo]:
        with self._vault.reading() as session:
            return attachments.list_for(session, testimony_id)

    def attach(
        self,
        testimony_id: str,
        source: Path,
        description: str,
        progress: Progress = None,
        media_type: str | None = None,
    ) -> AttachmentInfo:
        """`media_type` None: guessed from the file name."""
        return attachments.add(
            self._vault, testimony_id, source, description, media_type, progress=progress
        )

    def extract(
        self, testimony_id: str, sha256: str, out: Path, progress: Progress = None
    ) -> AttachmentInfo:
        return attachments.extract(self._vault, testimony_id, sha256, out, progress)

    def preview(self, testimony_id: str, sha256: str, limit: int = PREVIEW_LIMIT) -> bytes:
        """The decrypted bytes, in memory only (never a temp file), for showing in the app."""
        with self._vault.reading() as session:
            row = attachments.find_row(session, testimony_id, sha256)
            if row.size > limit:
                raise attachments.AttachmentRefused("too large to preview; save a copy instead")
            sink = io.BytesIO()
            stream_plaintext(self._vault.paths, row, sink)
        return sink.getvalue()

    # --- drafts: autosaved work in progress, inside the vault only -----------------------
    def save_draft(self, key: str, document: dict[str, Any], testimony_id: str | None) -> None:
        body = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
        with self._vault.transaction() as session:
            draft = session.get(Draft, key)
            if draft is None:
                session.add(
                    Draft(key=key, testimony_id=testimony_id, document=body, saved_at=utc_now())
                )
            else:
                draft.document, draft.saved_at = body, utc_now()
                draft.testimony_id = testimony_id

    def drafts(self) -> list[DraftInfo]:
        with self._vault.reading() as session:
            rows = session.scalars(select(Draft).order_by(Draft.saved_at.desc()))
            return [
                DraftInfo(row.key, row.testimony_id, json.loads(row.document), row.saved_at)
                for row in rows
            ]

    def discard_draft(self, key: str) -> None:
        with self._vault.transaction() as session:
            session.execute(sa_delete(Draft).where(Draft.key == key))

    def delete(self, testimony_id: str) -> int:
        """Delete for good, as `sviedka delete` does: the testimony, its drafts, its attachment
        files and the pre-migration backups, full copies that still hold it. Returns how many
        backups were removed: the user must be told."""
        with self._vault.transaction() as session:
            testimonies.delete(session, testimony_id, self.key_id)
        attachments.collect_garbage(self._vault)
        return prune_backups(self._vault.paths.backups, keep_seconds=0)

    def close(self) -> None:
        self._vault.close()
