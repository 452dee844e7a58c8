"""ORM tables of the vault. Everything here lives inside the SQLCipher database.

Testimonies are stored as their canonical JSON document, one row per version, so every
version stays exactly as it was saved (evidence is never rewritten in place). The columns
of `testimony` beside the id are derived summaries for lists and filters, recomputed on save.
Migrations (app/storage/migrations) never import this module; a test checks that
`upgrade head` and these models describe the same schema.
"""

from __future__ import annotations

from sqlalchemy import (
    DDL,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import ColumnElement, UnaryExpression

# The sync tables register themselves on the same Base: importing this module gives the whole
# schema (the migration test compares it with `upgrade head`). sync_models needs only Base, so
# the arrow points one way: models -> sync_models -> base.
from app.storage import persons_models as _persons_models  # noqa: F401
from app.storage import sync_models as _sync_models  # noqa: F401
from app.storage.base import Base


class VaultMeta(Base):
    """Small facts about the vault itself: its id, creation time, audit head."""

    __tablename__ = "vault_meta"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SigningKey(Base):
    """The vault's own Ed25519 key: authors records now, signs bundles later."""

    __tablename__ = "signing_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary)
    public: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[str] = mapped_column(String(32))


class Testimony(Base):
    __tablename__ = "testimony"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    current_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32), index=True)
    author_key: Mapped[str] = mapped_column(String(16))
    # Tombstone: the content rows are deleted (and overwritten, secure_delete) but the id
    # stays known (the audit trail names it).
    deleted_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    interview_date: Mapped[str] = mapped_column(String(10), default="", index=True)
    status: Mapped[str] = mapped_column(String(16), default="")
    flags: Mapped[str] = mapped_column(Text, default="")
    # The day the flags and facets above may change by time alone (a 60th birthday); they are
    # recomputed at the first unlock on or after it. "" when no such day comes.
    facts_until: Mapped[str] = mapped_column(String(10), default="", index=True)
    # Counting the live testimonies (the list's first paint) scans this small index, not the
    # table: 2-4 ms instead of ~100 ms at 100k.
    __table_args__ = (
        Index("ix_testimony_live", "deleted_at", sqlite_where=text("deleted_at IS NULL")),
    )


def live_row_by_row() -> ColumnElement[bool]:
    """Not deleted, as a condition SQLite checks on each row it reads, never by searching
    ix_testimony_live (the unary plus keeps the column off every index). A page of a list
    sorted by a column must walk that column's index and stop after the page: with plain
    "deleted_at IS NULL" SQLite read every live testimony through ix_testimony_live and
    sorted them all for each page (0.4-1 s for the first 50 at 100,000). Tombstones are few."""
    unindexed = UnaryExpression(
        Testimony.deleted_at.expression, operator=operators.custom_op("+"), type_=String(32)
    )
    return unindexed.is_(None)


class TestimonyVersion(Base):
    __tablename__ = "testimony_version"
    testimony_id: Mapped[str] = mapped_column(
        ForeignKey("testimony.id", ondelete="CASCADE"), primary_key=True
    )
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    saved_at: Mapped[str] = mapped_column(String(32))
    author_key: Mapped[str] = mapped_column(String(16))
    vocabulary_version: Mapped[str] = mapped_column(String(64))


class LocalTerm(Base):
    """A term an organisation added to a shipped vocabulary, without a code change."""

    __tablename__ = "local_term"
    vocabulary: Mapped[str] = mapped_column(String(64), primary_key=True)
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    en: Mapped[str] = mapped_column(Text)
    ru: Mapped[str] = mapped_column(Text, default="")
    be: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    added_at: Mapped[str] = mapped_column(String(32))


class AuditEntry(Base):
    """Append-only, hash-chained. Triggers (see the first migration) refuse UPDATE/DELETE.

    `detail` never holds testimony text: only ids, versions and content hashes.
    """

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(64))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_entry_subject", "subject"),)


class SearchEntry(Base):
    """Maps a testimony to the integer rowid of its entry in the FTS5 index."""

    __tablename__ = "search_entry"
    rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    testimony_id: Mapped[str] = mapped_column(
        ForeignKey("testimony.id", ondelete="CASCADE"), unique=True
    )


class TestimonyFacet(Base):
    """One structured fact for filtering: ("article", "411"), ("flag", "in_absentia") ..."""

    __tablename__ = "testimony_facet"
    facet: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(64), primary_key=True)
    testimony_id: Mapped[str] = mapped_column(
        ForeignKey("testimony.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Attachment(Base):
    """An encrypted file of a testimony. Its bytes live in `blobs/<id>.age`, encrypted to
    `identity`, a per-attachment age key kept only here: deleting this row (overwritten,
    secure_delete) leaves whatever remains of the file on disk undecryptable."""

    __tablename__ = "attachment"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    testimony_id: Mapped[str] = mapped_column(ForeignKey("testimony.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(128))
    filename: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)
    identity: Mapped[str] = mapped_column(Text)
    added_at: Mapped[str] = mapped_column(String(32))
    author_key: Mapped[str] = mapped_column(String(16))

    __table_args__ = (UniqueConstraint("testimony_id", "sha256"),)


class Draft(Base):
    """The editor's autosaved work in progress: may be incomplete or invalid, so it is not a
    testimony version and not in the audit trail; removed when saved or discarded."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(36), primary_key=True)
    testimony_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    document: Mapped[bytes] = mapped_column(LargeBinary)
    saved_at: Mapped[str] = mapped_column(String(32))


# The FTS5 index is not an ORM table; create it with the models too, so that the schema
# made from the models and the one made by the migrations are the same.
event.listen(
    Base.metadata,
    "after_create",
    DDL(
        "CREATE VIRTUAL TABLE IF NOT EXISTS testimony_search USING fts5("
        "body, keys, content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    ),
)
