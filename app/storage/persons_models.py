"""Tables of the persons registry (migrations 0007-0010): who each person entry of each testimony
is, across testimonies, and the facts reports count.

Everything here lives inside the SQLCipher database. Entries keep the case-folded words of
names and their phonetic keys (for match suggestions), like the search index; the registry is
rewritten from the testimony whenever it is saved and removed with it when it is deleted.
"""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class ArchivePerson(Base):
    """One person of the archive, with a stable id. `merged_into` points at the surviving
    person of a merge (always a person that is itself not merged); a separation clears it."""

    __tablename__ = "archive_person"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    merged_into: Mapped[str | None] = mapped_column(String(16), nullable=True, index=True)
    # Recognition as a political prisoner is a fact about the person, not about a testimony.
    political_prisoner_since: Mapped[str | None] = mapped_column(String(10), nullable=True)
    political_prisoner_source: Mapped[str | None] = mapped_column(Text, nullable=True)


class PersonEntry(Base):
    """One element of a testimony's `persons`, linked to its archive person."""

    __tablename__ = "person_entry"
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    person_ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(16), index=True)
    roles: Mapped[str] = mapped_column(Text)
    name_keys: Mapped[str] = mapped_column(Text)
    birth_lo: Mapped[str] = mapped_column(String(10))
    birth_hi: Mapped[str] = mapped_column(String(10))
    birth_precision: Mapped[str] = mapped_column(String(16))
    case_code: Mapped[str] = mapped_column(Text)
    relatives: Mapped[str] = mapped_column(Text)
    # The names as written, original first (JSON array; migration 0008): listing persons
    # reads them here instead of parsing every testimony.
    names: Mapped[str] = mapped_column(Text, server_default="")


class PersonsLinked(Base):
    """The version of each testimony the registry was last written from."""

    __tablename__ = "persons_linked"
    testimony_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    # sha256 of the entries and facts written (migration 0009): a save that would write the
    # same ones again leaves them alone.
    digest: Mapped[str] = mapped_column(String(64), server_default="")


class PersonFact(Base):
    """One fact about one person entry (app.domain.person_facts.Fact)."""

    __tablename__ = "person_fact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # No index of its own (dropped by migration 0010): ix_person_fact_entry begins with it.
    testimony_id: Mapped[str] = mapped_column(String(36))
    person_ref: Mapped[str] = mapped_column(String(64))
    figure: Mapped[str] = mapped_column(String(32))
    act: Mapped[str] = mapped_column(String(16))
    dimension: Mapped[str] = mapped_column(String(32))
    value: Mapped[str] = mapped_column(String(64))
    lo: Mapped[str] = mapped_column(String(10))
    hi: Mapped[str] = mapped_column(String(10))
    ends: Mapped[str] = mapped_column(String(10))

    __table_args__ = (
        Index("ix_person_fact_figure", "figure", "dimension"),
        # The facts of one person entry (migration 0008): listing persons reads their status;
        # a save, a delete and the catch-up find a testimony's facts by its first column.
        Index("ix_person_fact_entry", "testimony_id", "person_ref", "figure"),
    )


class PersonMerge(Base):
    """A coordinator's merge: `members` (JSON list) moved into `survivor`; undone by a
    separation, which sets `undone_at` and is never deleted (the pair is not suggested again)."""

    __tablename__ = "person_merge"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor: Mapped[str] = mapped_column(String(16), index=True)
    absorbed: Mapped[str] = mapped_column(String(16))
    members: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(16))
    undone_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
