"""Encrypted attachments: audio recordings, photographed court papers, any file of a testimony.

Each file is `blobs/<id>.age`, an age v1 file encrypted to its own X25519 identity, which is
kept only in the attachment's row inside the SQLCipher database. Deleting the row (overwritten:
secure_delete) leaves whatever remains of the file undecryptable: crypto-shredding holds where
overwriting a file does not (SSDs, copy-on-write file systems, a copy of the folder). Files are
streamed through pyrage's `encrypt_io`/`decrypt_io`, never its bytes API (3 GB of memory for
1 GiB, measured); SHA-256 and size are computed on the very bytes pyrage reads or writes.
An attach encrypts to a temp file, fsyncs, renames, and only then commits the row: a crash
before the commit leaves a file whose key died with the process (`collect_garbage`).
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import re
import secrets
import tempfile
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyrage
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage import audit, search
from app.storage.clock import utc_now
from app.storage.errors import NotFound, VaultCorrupt, VaultError
from app.storage.files import PRIVATE_FILE, fsync_dir, make_private_dir
from app.storage.models import Attachment, Testimony
from app.storage.vocabularies import vault_vocabulary

if TYPE_CHECKING:  # vault.py may call collect_garbage at unlock: avoid an import cycle
    from app.storage.vault import Vault

Progress = Callable[[int, int], None] | None  # (done bytes, total bytes)

CHUNK = PROGRESS_STEP = 1024 * 1024
MIN_PREFIX = 8
FALLBACK_MEDIA_TYPE = "application/octet-stream"
_BLOB_NAME = re.compile(r"^(\.?)([0-9a-f]{32})\.age(\.tmp)?$")
_HEX_PREFIX = re.compile(rf"^[0-9a-f]{{{MIN_PREFIX},64}}$")


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


# Ids between "temp file created" and "row committed or file removed". One process holds the
# vault (lock file), but a GUI may collect garbage while a worker thread attaches: without
# this, the worker's renamed but not yet committed blob would look orphaned.
_in_flight: set[str] = set()
_in_flight_lock = threading.Lock()


class _Tap:
    """Counts, hashes and reports the bytes pyrage reads or writes through it, and keeps any
    exception raised in read/write: pyrage re-raises those as EncryptError or a bare OSError
    with only the text (even KeyboardInterrupt), so a full disk would pass for a damaged file."""

    def __init__(self, raw: BinaryIO, total: int, progress: Progress, hashed: bool = True) -> None:
        self._stream, self._total, self._progress, self._hashed = raw, total, progress, hashed
        self._reported = self.size = 0
        self.sha256 = hashlib.sha256()
        self.error: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        try:
            return self._seen(self._stream.read(size))
        except BaseException as exc:
            self.error = exc
            raise

    def write(self, data: bytes) -> int:
        try:
            self._stream.write(data)
            return len(self._seen(data))
        except BaseException as exc:
            self.error = exc
            raise

    def finish(self) -> None:
        if self._progress is not None and self._reported != self.size:
            self._progress(self.size, max(self._total, self.size))

    def _seen(self, data: bytes) -> bytes:
        if self._hashed:
            self.sha256.update(data)
        self.size += len(data)
        if self._progress is not None and self.size - self._reported >= PROGRESS_STEP:
            self._reported = self.size
            self._progress(self.size, max(self._total, self.size))
        return data


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
    identity = pyrage.x25519.Identity.generate()
    attachment_id = secrets.token_hex(16)
    make_private_dir(vault.paths.blobs)
    blob = vault.paths.blobs / f"{attachment_id}.age"
    tmp = blob.with_name(f".{blob.name}.tmp")
    with _in_flight_lock:
        _in_flight.add(attachment_id)
    try:
        sha256, size = _encrypt(source, tmp, identity.to_public(), progress)
        os.replace(tmp, blob)
        fsync_dir(blob.parent)
        info = AttachmentInfo(
            attachment_id, testimony_id, sha256, size, media_type, source.name,
            description, utc_now(), vault.key_id,
        )  # fmt: skip
        _record(vault, Attachment(**info.as_json(), identity=str(identity)))
        return info
    except BaseException:
        _discard_uncommitted(vault, attachment_id, tmp, blob)
        raise
    finally:
        with _in_flight_lock:
            _in_flight.discard(attachment_id)


def _encrypt(source: Path, tmp: Path, recipient: Any, progress: Progress) -> tuple[str, int]:
    if not source.is_file():  # a FIFO or a device would block or never end
        raise AttachmentRefused(f"cannot attach {source}: it is not a readable file")
    try:
        reader = source.open("rb")
    except OSError as exc:
        raise AttachmentRefused(f"cannot read {source}: {exc.strerror or exc}") from None
    with reader:
        tap = _Tap(reader, os.fstat(reader.fileno()).st_size, progress)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as sink:
            written = _Tap(sink, 0, None, hashed=False)  # a full disk must surface as itself too
            try:
                pyrage.encrypt_io(tap, written, [recipient])
            except pyrage.EncryptError:
                if (error := tap.error or written.error) is not None:
                    raise error from None
                raise
            sink.flush()
            os.fsync(sink.fileno())
    tap.finish()
    return tap.sha256.hexdigest(), tap.size


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


def _discard_uncommitted(vault: Vault, attachment_id: str, tmp: Path, blob: Path) -> None:
    """The temp file always goes; the blob only when surely no row refers to it (a commit that
    raised late may have landed: deleting its file would lose evidence; orphans are collected)."""
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)
    if blob.exists():
        with contextlib.suppress(Exception), vault.reading() as session:
            if session.get(Attachment, attachment_id) is None:
                blob.unlink()


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
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sink:
            tap = _Tap(sink, info.size, progress)
            _decrypt(vault.paths.blobs / f"{info.id}.age", tap, identity, damaged)
            sink.flush()
            os.fsync(sink.fileno())
        if tap.sha256.hexdigest() != info.sha256 or tap.size != info.size:
            raise damaged
        tap.finish()
        _publish(tmp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    return info


def _decrypt(blob: Path, tap: _Tap, identity: str, damaged: VaultCorrupt) -> None:
    try:
        handle = blob.open("rb")
    except FileNotFoundError:
        raise VaultCorrupt(f"the encrypted file {blob.name} of an attachment is missing") from None
    with handle:
        source = _Tap(handle, 0, None, hashed=False)  # tapped too: a read error is not a failed MAC
        try:
            pyrage.decrypt_io(source, tap, [pyrage.x25519.Identity.from_str(identity)])
        except (pyrage.DecryptError, OSError):
            if tap.error is not None:
                raise tap.error from None
            if source.error is not None:
                raise source.error from None
            raise damaged from None


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
    _shred(vault.paths.blobs / f"{row.id}.age")


def _detach_row(session: Session, author: str, row: Attachment) -> None:
    detail = {"attachment": row.id, "sha256": row.sha256, "size": row.size}
    audit.append(session, author, "detach", row.testimony_id, detail)
    session.delete(row)


def _shred(path: Path) -> None:
    """Best effort: SSDs and copy-on-write file systems may keep old blocks; the key deleted
    with the row is what protects the content."""
    with contextlib.suppress(OSError):
        with path.open("r+b") as handle:
            remaining = os.fstat(handle.fileno()).st_size
            zeros = memoryview(bytes(CHUNK))
            while remaining > 0:
                step = min(CHUNK, remaining)
                handle.write(zeros[:step])
                remaining -= step
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()
        fsync_dir(path.parent)


def collect_garbage(vault: Vault) -> int:
    """Remove `.<id>.age.tmp` leftovers and `<id>.age` files without a row (an attach killed
    between rename and commit, a file `remove` could not delete; rows of deleted testimonies
    are detached first); returns how many went. Orphans are unlinked, not overwritten: their
    keys are gone already, and overwriting gigabytes would make unlocking slow."""
    _detach_rows_of_deleted(vault)
    blobs = vault.paths.blobs
    if not blobs.is_dir():
        return 0
    # Order matters: list, then see what is in flight, then read the rows. A listed blob was
    # renamed before the listing; if its attach is no longer in flight, it has committed (the
    # read below sees its row) or removed its own file.
    names = os.listdir(blobs)
    with _in_flight_lock:
        busy = set(_in_flight)
    with vault.reading() as session:
        live = set(session.scalars(select(Attachment.id)))
    removed = 0
    for name in names:
        match = _BLOB_NAME.match(name)
        if match is None or match[2] in busy:
            continue  # not ours, or still being written
        dotted, attachment_id, temp = match.groups()
        if (dotted and temp) or (not dotted and not temp and attachment_id not in live):
            with contextlib.suppress(FileNotFoundError):
                (blobs / name).unlink()
                removed += 1
    if removed:
        fsync_dir(blobs)
    return removed


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
