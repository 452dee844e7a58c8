"""The version rows of a testimony on the save path: what a save starts from, whether the
document differs from the version stored, and the new version with its audit entry.

Core statements on the session's connection, built once: on a save the ORM's get of the row,
its flush and building each statement again cost more than the SQL (issue 15).
"""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Connection, Row, and_, bindparam, insert, select
from sqlalchemy.orm import Session

from app.domain.canonical import parse_strict
from app.domain.upgrade import SCHEMA_1, upgrade
from app.storage import audit
from app.storage.models import Testimony, TestimonyVersion

# How a version stored in schema 1 begins its canonical bytes' "schema" member: the only stored
# bytes that can differ from an equal document's (see unchanged).
_SCHEMA_1_MEMBER = f'"schema":"{SCHEMA_1}"'.encode()

# The row (is it live, which version is current) and that version's bytes, in one statement.
_STORED = (
    select(Testimony.current_version, Testimony.deleted_at, TestimonyVersion.document)
    .outerjoin(
        TestimonyVersion,
        and_(
            TestimonyVersion.testimony_id == Testimony.id,
            TestimonyVersion.version == Testimony.current_version,
        ),
    )
    .where(Testimony.id == bindparam("id"))
)
_INSERT = insert(TestimonyVersion)


def stored(conn: Connection, testimony_id: str) -> Row[int, str | None, bytes] | None:
    """(current_version, deleted_at, document) of the testimony; None if it was never stored."""
    return conn.execute(_STORED, {"id": testimony_id}).first()


def unchanged(stored: bytes | None, body: bytes, document: dict[str, Any]) -> bool:
    """The same testimony as the stored version, perhaps stored in an older schema.

    Every version is stored as canonical bytes, so a current-schema version equals the document
    exactly when its bytes do: only a schema-1 version is parsed and read as current."""
    if stored is None:
        return False
    if stored == body:
        return True
    return _SCHEMA_1_MEMBER in stored and upgrade(parse_strict(stored)) == document


def add(
    session: Session,
    testimony_id: str,
    version: int,
    body: bytes,
    now: str,
    author: str,
    vocabulary_version: str,
    action: str,
) -> None:
    """Store one version's bytes and record it (its sha256) in the audit trail."""
    digest = hashlib.sha256(body).hexdigest()
    session.connection().execute(
        _INSERT,
        {
            "testimony_id": testimony_id,
            "version": version,
            "document": body,
            "sha256": digest,
            "saved_at": now,
            "author_key": author,
            "vocabulary_version": vocabulary_version,
        },
    )
    audit.append(session, author, action, testimony_id, {"version": version, "sha256": digest})
