"""Reading a bundle's members against its signed manifest, for the importer: the first two
members, the manifest parsed strictly, the list checked before anything else is read, then
each member in the manifest's order with its size and hash, nothing missing and nothing extra.
Every failure is the reader's rejection, which stops the age stream.
"""

from __future__ import annotations

import hashlib

from app.sync import bundle_format as fmt
from app.sync.bundle_reader import BundleReader
from app.sync.errors import BundleRejected
from app.sync.import_apply import Applier
from app.sync.reasons import Reason


def expect(reader: BundleReader, wanted: str, limit: int) -> bytes:
    info = reader.next()
    if info is None or info.name != wanted:
        raise reader.reject(Reason.NO_MANIFEST)
    return reader.read_member(info, limit)


def parse(reader: BundleReader, data: bytes) -> fmt.Manifest:
    try:
        return fmt.parse_manifest(data)
    except BundleRejected as exc:
        raise reader.reject(exc.reason) from None


def check_members(reader: BundleReader, manifest: fmt.Manifest) -> None:
    names = [m.name for m in manifest.members]
    kinds = [0 if n == fmt.AUDIT else 1 if n.startswith("records/") else 2 for n in names]
    if len(set(names)) != len(names) or kinds != sorted(kinds) or kinds.count(0) > 1:
        raise reader.reject(Reason.MEMBERS_ORDER)
    blobs = {m.sha256: m for m in manifest.members if m.name.startswith("blobs/")}
    for member in blobs.values():
        if member.name != f"blobs/{member.sha256}":
            raise reader.reject(Reason.BLOB_NAME, member=member.name)
    if any(a.author_key != manifest.sender for a in manifest.attachments):
        raise reader.reject(Reason.ATTACHMENT_AUTHOR)
    attached = {a.sha256 for a in manifest.attachments}
    if attached != set(blobs) or any(a.size != blobs[a.sha256].size for a in manifest.attachments):
        raise reader.reject(Reason.ATTACHMENTS_MISMATCH)


def stream_members(reader: BundleReader, manifest: fmt.Manifest, applier: Applier) -> None:
    for member in manifest.members:
        info = reader.next()
        if info is None:
            raise reader.reject(Reason.MEMBER_MISSING, member=member.name)
        if info.name != member.name:
            raise reader.reject(Reason.MEMBER_OUT_OF_ORDER, member=info.name[:80])
        if info.size != member.size:
            raise reader.reject(Reason.MEMBER_SIZE, member=member.name)
        try:
            if member.name.startswith("blobs/"):
                applier.blob(member, reader.chunks(info))
                continue
            limit = fmt.MAX_AUDIT_BYTES if member.name == fmt.AUDIT else fmt.MAX_RECORD_BYTES
            data = reader.read_member(info, limit)
            if hashlib.sha256(data).hexdigest() != member.sha256:
                raise BundleRejected(Reason.MEMBER_HASH, member=member.name)
            if member.name == fmt.AUDIT:
                applier.audit(data)
            else:
                applier.record(member.name, data)
        except BundleRejected as exc:
            raise reader.reject(exc.reason) from None
    extra = reader.next()
    if extra is not None:
        raise reader.reject(Reason.MEMBER_EXTRA, member=extra.name[:80])


def drain(reader: BundleReader) -> None:
    """Read to the authenticated end of the age stream without keeping anything."""
    while (info := reader.next()) is not None:
        for _ in reader.chunks(info):
            pass
    reader.finish()
