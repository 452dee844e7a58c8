"""Attachments of testimonies: audio recordings, photographed court papers, any file.

The rows (with each file's key), their audit entries and the search index are here; the
encrypted files themselves and the ones still being written belong to the blob store
(app/storage/blobs). Deleting a row (overwritten: secure_delete) leaves whatever remains of its
file undecryptable: crypto-shredding holds where overwriting a file does not (SSDs,
copy-on-write file systems, a copy of the folder). Files are streamed through pyrage, never
held in memory; SHA-256 and size are computed on the very bytes pyrage reads or writes. An
attach writes and renames the file first and only then commits the row: a crash before the
commit leaves a file whose key died with the process (`collect_garbage`).
"""

from __future__ import annotations

import contextlib
import mimetypes
import os
import re
import secrets
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import audit, search
from app.storage.blobs import BlobStore, Progress
from app.storage.clock import utc_now
from app.storage.errors import NotFound, VaultCorrupt, VaultError
from app.storage.files import WriteBehind, fsync_dir, make_private_dir, remove_leftovers
from app.storage.models import Attachment, Testimony
from app.storage.vocabularies import vault_vocabulary

if TYPE_CHECKING:
    from app.storage.vault import Vault

__all__ = ["Progress"]  # re-exported: the faces pass progress callbacks of this type

MIN_PREFIX = 8
FALLBACK_MEDIA_TYPE = "application/octet-stream"
_HEX_PREFIX = re.compile(rf"^[0-9a-f]{{{MIN_PREFIX},64}}$")
_PART = ".part"  # the hidden file an extraction writes before it takes its name


class DuplicateAttachment(VaultError):
    """The same file (same SHA-256) is already attached to that testimony."""


class AttachmentNotFound(NotFound):
    pass


class AttachmentRefused(VaultError):
    """Unreadable source, existing output (never overwritten), too short or ambiguous hash."""


@dataclass(frozen=True)
class AttachmentInfo:
    """What may be shown about an attachment; never its identity (the key to its file)."""

    id: str
    testimony_id: str
    sha256: str
    size: int
    media_type: str
    filename: str
    description: str
    added_at: str
    author_key: str

    @classmethod
    def of(cls, row: Attachment) -> AttachmentInfo:
        return cls(**{field.name: getattr(row, field.name) for field in fields(cls)})

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


# --- adding ----------------------------------------------------------------------------
def add(
    vault: Vault,
    testimony_id: str,
    source: Path,
    description: str = "",
    media_type: str | None = None,
    progress: Progress = None,
) -> AttachmentInfo:
    """Encrypt `source` into the vault and attach it to a live testimony."""
    source = Path(source)
    with vault.reading() as session:  # fail before minutes of encryption, not after
        _require_live(session, testimony_id)
    if media_type is None:
        media_type = mimetypes.guess_type(source.name)[0] or FALLBACK_MEDIA_TYPE
    attachment_id = secrets.token_hex(16)
    store = BlobStore(vault.paths.blobs)
    make_private_dir(store.folder)
    try:
        with _opened(source) as reader:
            total = os.fstat(reader.fileno()).st_size
            written = store.write(attachment_id, reader, total, progress)
        info = AttachmentInfo(
            attachment_id, testimony_id, written.sha256, written.size, media_type, source.name,
            description, utc_now(), vault.key_id,
        )  # fmt: skip
        _record(vault, Attachment(**info.as_json(), identity=written.identity))
        return info
    except BaseException:
        _discard_uncommitted(vault, store, attachment_id)
        raise
    finally:
        store.settle([attachment_id])


@contextlib.contextmanager
def _opened(source: Path) -> Iterator[BinaryIO]:
    if not source.is_file():  # a FIFO or a device would block or never end
        raise AttachmentRefused(f"cannot attach {source}: it is not a readable file")
    try:
        reader = source.open("rb")
    except OSError as exc:
        raise AttachmentRefused(f"cannot read {source}: {exc.strerror or exc}") from None
    with reader:
        yield reader


def _record(vault: Vault, row: Attachment) -> None:
    with vault.transaction() as session:
        _require_live(session, row.testimony_id)  # it may have been deleted meanwhile
        same = select(Attachment.id).where(
            Attachment.testimony_id == row.testimony_id, Attachment.sha256 == row.sha256
        )
        if session.scalar(same) is not None:
            raise DuplicateAttachment(
                f"{row.filename} is already attached to testimony {row.testimony_id} "
                f"(SHA-256 {row.sha256[:12]}…); nothing was added"
            )
        session.add(row)
        # The trail names ids, hash and size, never the file name or the description.
        detail = {"attachment": row.id, "sha256": row.sha256, "size": row.size}
        audit.append(session, vault.key_id, "attach", row.testimony_id, detail)
        search.reindex(session, row.testimony_id, vault_vocabulary(session))


def _discard_uncommitted(vault: Vault, store: BlobStore, attachment_id: str) -> None:
    """The file goes only when surely no row refers to it (a commit that raised late may have
    landed: deleting its file would lose evidence; orphans are collected at the next unlock)."""
    with contextlib.suppress(Exception), vault.reading() as session:
        if session.get(Attachment, attachment_id) is None:
            store.remove([attachment_id])


# --- reading -----------------------------------------------------------------------------
def list_for(session: Session, testimony_id: str) -> list[AttachmentInfo]:
    _require_live(session, testimony_id)
    query = select(Attachment).where(Attachment.testimony_id == testimony_id)
    rows = session.scalars(query.order_by(Attachment.added_at, Attachment.id))
    return [AttachmentInfo.of(row) for row in rows]


def extract(
    vault: Vault, testimony_id: str, sha256: str, out: Path, progress: Progress = None
) -> AttachmentInfo:
    """Decrypt to a temp file beside `out` (which must not exist), renamed to `out` only once
    hash and size match the record; on any failure the temp file goes and `out` never appears."""
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise AttachmentRefused(f"{out} already exists; nothing was overwritten")
    if not out.parent.is_dir():
        raise AttachmentRefused(f"cannot write {out}: the folder {out.parent} does not exist")
    with vault.reading() as session:
        row = _find(session, testimony_id, sha256)
        info, identity = AttachmentInfo.of(row), row.identity
    damaged = VaultCorrupt(
        f"attachment {info.sha256[:12]} of testimony {testimony_id} does not match its "
        "recorded hash (its encrypted file is damaged or was replaced); nothing was written"
    )
    remove_leftovers(out, _PART)  # of an extraction to the same name that was killed half-way
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=_PART, dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sink:
            expected = (info.sha256, info.size)
            store = BlobStore(vault.paths.blobs)
            store.read(info.id, identity, WriteBehind(sink), expected, damaged, progress, True)
            sink.flush()
            os.fsync(sink.fileno())
        _publish(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return info


def _publish(tmp: Path, out: Path) -> None:
    """Move the verified file to `out`, never replacing a file that appeared there meanwhile."""
    exists = AttachmentRefused(f"{out} already exists; nothing was overwritten")
    try:
        os.link(tmp, out)  # unlike os.replace, fails if `out` exists
    except FileExistsError:
        raise exists from None
    except OSError:  # no hard links (FAT/exFAT USB sticks): check, then rename
        if out.exists() or out.is_symlink():
            raise exists from None
        os.replace(tmp, out)
    else:
        tmp.unlink()
    fsync_dir(out.parent)


# --- removing ----------------------------------------------------------------------------
def remove(vault: Vault, testimony_id: str, sha256: str) -> None:
    """Detach: the row (and with it the file's key) goes first, then the file is overwritten."""
    with vault.transaction() as session:
        row = _find(session, testimony_id, sha256)
        _detach_row(session, vault.key_id, row)
        search.reindex(session, testimony_id, vault_vocabulary(session))
    BlobStore(vault.paths.blobs).shred(row.id)


def _detach_row(session: Session, author: str, row: Attachment) -> None:
    detail = {"attachment": row.id, "sha256": row.sha256, "size": row.size}
    audit.append(session, author, "detach", row.testimony_id, detail)
    session.delete(row)


def collect_garbage(vault: Vault) -> int:
    """Remove `.<id>.age.tmp` leftovers and `<id>.age` files without a row (an attach killed
    between rename and commit, a file `remove` could not delete; rows of deleted testimonies
    are detached first); returns how many went. Orphans are unlinked, not overwritten: their
    keys are gone already, and overwriting gigabytes would make unlocking slow."""
    _detach_rows_of_deleted(vault)

    def live() -> set[str]:
        with vault.reading() as session:
            return set(session.scalars(select(Attachment.id)))

    return BlobStore(vault.paths.blobs).collect(live)


def _detach_rows_of_deleted(vault: Vault) -> None:
    """A deleted testimony keeps a tombstone row: its attachments' keys must not outlive it."""
    query = (
        select(Attachment)
        .join(Testimony, Testimony.id == Attachment.testimony_id)
        .where(Testimony.deleted_at.is_not(None))
    )
    with vault.transaction() as session:
        for row in list(session.scalars(query)):
            _detach_row(session, vault.key_id, row)


# --- helpers -----------------------------------------------------------------------------
def _require_live(session: Session, testimony_id: str) -> None:
    if (row := session.get(Testimony, testimony_id)) is None or row.deleted_at is not None:
        raise NotFound(f"no testimony with id {testimony_id}")


def find_row(session: Session, testimony_id: str, sha256: str) -> Attachment:
    """The row of one attachment by its hash (or an unambiguous prefix of it)."""
    return _find(session, testimony_id, sha256)


def _find(session: Session, testimony_id: str, sha256: str) -> Attachment:
    """The attachment of a live testimony named by its SHA-256 or an unambiguous prefix."""
    _require_live(session, testimony_id)
    prefix = sha256.strip().lower()
    if not _HEX_PREFIX.match(prefix):
        raise AttachmentRefused(f"give the SHA-256 or at least {MIN_PREFIX} of its hex digits")
    query = select(Attachment).where(
        Attachment.testimony_id == testimony_id, Attachment.sha256.startswith(prefix)
    )
    rows = list(session.scalars(query.limit(2)))
    if not rows:
        raise AttachmentNotFound(f"testimony {testimony_id} has no attachment {prefix}")
    if len(rows) > 1:
        raise AttachmentRefused(f"{prefix} names several attachments; give more digits")
    return rows[0]
