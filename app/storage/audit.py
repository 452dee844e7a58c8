"""The append-only, hash-chained audit trail of every change to the vault.

Each entry's hash covers its own fields and the previous entry's hash, so removing,
reordering or altering an entry breaks the chain from that point on. The head (last sequence
number and hash) is also kept in `vault_meta`, written in the same transaction, so cutting
entries off the end is detected too. Entries name ids, versions and content hashes only,
never testimony text: the trail may be shown or exported where the testimony may not.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import bindparam, insert, inspect, literal, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app.storage.clock import utc_now
from app.storage.models import AuditEntry, TestimonyVersion, VaultMeta

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
_HEAD = select(VaultMeta.value).where(VaultMeta.name == literal(HEAD_KEY))
_INSERT_ENTRY = insert(AuditEntry)
_INSERT_HEAD = insert(VaultMeta).values(name=literal(HEAD_KEY), value=bindparam("value"))
_MOVE_HEAD = (
    update(VaultMeta).where(VaultMeta.name == literal(HEAD_KEY)).values(value=bindparam("value"))
)
_HEAD_IDENTITY = inspect(VaultMeta).identity_key_from_primary_key((HEAD_KEY,))


def entry_hash(
    prev_hash: str, seq: int, at: str, actor: str, action: str, subject: str, detail: str
) -> str:
    body = json.dumps(
        [seq, at, actor, action, subject, detail], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def append(
    session: Session, actor: str, action: str, subject: str, detail: Mapping[str, object]
) -> None:
    """Chain one entry onto the trail and move the head, in the caller's unit of work.

    Core statements on the session's connection: the ORM's `get` of the head and the flush of
    the entry and head cost a save about 1.5 ms, more than the three statements themselves.
    Whatever the ORM holds of the head stays true: pending changes (a batch's head) are
    flushed before it is read, and a head object the session has loaded gets the new value."""
    session.flush()
    conn = session.connection()
    head = conn.execute(_HEAD).scalar()
    seq, prev = (0, GENESIS) if head is None else _parse_head(head)
    seq += 1
    at = utc_now()
    detail_text = json.dumps(detail, sort_keys=True, separators=(",", ":"))
    digest = entry_hash(prev, seq, at, actor, action, subject, detail_text)
    entry = {
        "seq": seq,
        "at": at,
        "actor": actor,
        "action": action,
        "subject": subject,
        "detail": detail_text,
        "prev_hash": prev,
        "entry_hash": digest,
    }
    conn.execute(_INSERT_ENTRY, entry)
    head_value = f"{seq}:{digest}"
    conn.execute(_INSERT_HEAD if head is None else _MOVE_HEAD, {"value": head_value})
    loaded = session.identity_map.get(_HEAD_IDENTITY)
    if loaded is not None:
        # The database has it already: the ORM must neither write it again nor read it stale.
        set_committed_value(loaded, "value", head_value)


def _parse_head(value: str) -> tuple[int, str]:
    seq, _, digest = value.partition(":")
    return int(seq), digest


@dataclass(frozen=True)
class AuditReport:
    entries: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(session: Session) -> AuditReport:
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    count = 0
    recorded_versions: set[tuple[str, int, str]] = set()
    deleted: set[str] = set()
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)):
        count += 1
        if entry.seq != expected_seq:
            problems.append(f"entry {expected_seq} is missing (next found: {entry.seq})")
            expected_seq = entry.seq
        if entry.prev_hash != prev:
            problems.append(f"entry {entry.seq} does not follow the entry before it")
        recomputed = entry_hash(
            entry.prev_hash,
            entry.seq,
            entry.at,
            entry.actor,
            entry.action,
            entry.subject,
            entry.detail,
        )
        if recomputed != entry.entry_hash:
            problems.append(f"entry {entry.seq} was altered")
        if entry.action in ("create", "update", "import"):
            recorded_versions.add(_version_of(entry))
        elif entry.action == "delete":
            deleted.add(entry.subject)
        prev = entry.entry_hash
        expected_seq += 1

    head = session.get(VaultMeta, HEAD_KEY)
    if head is not None:
        head_seq, head_hash = _parse_head(head.value)
        if head_seq != expected_seq - 1 or head_hash != prev:
            problems.append(f"the trail ends early: entries after {expected_seq - 1} are missing")
    elif count:
        problems.append("the audit head record is missing")

    problems.extend(_check_versions(session, recorded_versions, deleted))
    return AuditReport(entries=count, problems=problems)


def _check_versions(
    session: Session, recorded: set[tuple[str, int, str]], deleted: set[str]
) -> list[str]:
    """Both ways: every stored version was recorded with the hash of its content, and every
    recorded version is still stored unless its testimony's deletion was recorded."""
    problems = []
    stored: set[tuple[str, int, str]] = set()
    rows = session.execute(
        select(
            TestimonyVersion.testimony_id,
            TestimonyVersion.version,
            TestimonyVersion.sha256,
            TestimonyVersion.document,
        )
    )
    for testimony_id, version, sha256, document in rows:
        stored.add((testimony_id, version, sha256))
        if hashlib.sha256(document).hexdigest() != sha256:
            problems.append(f"testimony {testimony_id} version {version} was altered")
        elif (testimony_id, version, sha256) not in recorded:
            problems.append(f"testimony {testimony_id} version {version} has no audit entry")
    for testimony_id, version, _ in sorted(recorded - stored):
        if testimony_id not in deleted:
            problems.append(
                f"testimony {testimony_id} version {version} is missing without a recorded deletion"
            )
    return problems


def _version_of(entry: AuditEntry) -> tuple[str, int, str]:
    try:
        detail = json.loads(entry.detail)
        return entry.subject, int(detail["version"]), str(detail["sha256"])
    except (ValueError, KeyError, TypeError):
        return entry.subject, -1, ""
