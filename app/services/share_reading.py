"""What a hand-over reads, in bulk: the current versions of the chosen testimonies, and which
of them the index's consent facets say cannot contribute at all (bench/README.md, share).

A testimony leaves only when its informant's consent, not withdrawn, holds a code the scope
accepts. The search index keeps those codes as `scope` facets, written from the record read
in the current schema in the same unit of work as every save, import of a current version,
aged-facts refresh and rebuild; a withdrawn consent has none (app.domain.facts). So a
testimony that is indexed and holds some scope facet, but none the scope accepts, is surely
withheld with the reason the full rule gives, and its record need not be decrypted or parsed.
Everything else is read and judged by the full rule: a testimony with no scope facet at all
(withdrawn, or never indexed), and every testimony of a vault whose index was written by other
indexing rules (its version marker differs: it is rebuilt at unlock, not here).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.canonical import parse_strict
from app.domain.upgrade import upgrade
from app.storage.models import SearchEntry, Testimony, TestimonyFacet, TestimonyVersion, VaultMeta
from app.storage.search import INDEX_VERSION, INDEX_VERSION_KEY

__all__ = ["CurrentRecord", "current_records", "surely_withheld"]

_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit
_SCOPE = "scope"  # the facet of the informant's consent codes (app.domain.indexing)


@dataclass(frozen=True)
class CurrentRecord:
    testimony_id: str
    version: int
    sha256: str  # of the stored bytes, as saved
    document: dict[str, Any]  # read in the current schema


def current_records(session: Session, ids: Sequence[str]) -> Iterator[CurrentRecord]:
    """The current version of each live testimony of ``ids``, in that order, read a chunk at a
    time with one plain select (two ORM lookups a testimony cost more than parsing it)."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(
            select(
                TestimonyVersion.testimony_id,
                TestimonyVersion.version,
                TestimonyVersion.sha256,
                TestimonyVersion.document,
            )
            .join(
                Testimony,
                (Testimony.id == TestimonyVersion.testimony_id)
                & (Testimony.current_version == TestimonyVersion.version),
            )
            .where(Testimony.deleted_at.is_(None), Testimony.id.in_(chunk))
        )
        found = {row.testimony_id: row for row in rows}
        for testimony_id in chunk:
            row = found.get(testimony_id)
            if row is not None:
                # Parsed as strictly as any record the vault reads: this one leaves it.
                document = upgrade(parse_strict(row.document))
                yield CurrentRecord(testimony_id, row.version, row.sha256, document)


def surely_withheld(session: Session, accepts: frozenset[str]) -> frozenset[str]:
    """Testimonies whose informant's consent surely accepts none of ``accepts``: indexed, with
    some scope facet and none of those. Empty when the index's rules are not the current ones."""
    marker = session.get(VaultMeta, INDEX_VERSION_KEY)
    if marker is None or marker.value != INDEX_VERSION:
        return frozenset()
    indexed = set(session.scalars(select(SearchEntry.testimony_id)))
    scoped: set[str] = set()
    consenting: set[str] = set()
    for testimony_id, value in session.execute(
        select(TestimonyFacet.testimony_id, TestimonyFacet.value).where(
            TestimonyFacet.facet == _SCOPE
        )
    ):
        scoped.add(testimony_id)
        if value in accepts:
            consenting.add(testimony_id)
    return frozenset((scoped & indexed) - consenting)
