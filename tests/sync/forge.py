"""Helpers to take bundles apart and put them back together, as an attacker (or a careless
tool) would: decrypt with the organisation's identity, change the tar or the manifest, sign
again with the sender's real key where the attack needs a valid signature, re-encrypt."""

from __future__ import annotations

import hashlib
import io
import json
import secrets
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyrage
from sqlalchemy import select

from app.domain.canonical import canonical_bytes
from app.storage.models import Attachment, AuditEntry, Testimony, TestimonyVersion
from app.storage.sync_models import ImportedBundle
from app.storage.vault import Vault
from app.sync import bundle_format as fmt
from app.sync import identities, minisign


def decrypt(path: Path, identity: str) -> bytes:
    out = io.BytesIO()
    with path.open("rb") as source:
        pyrage.decrypt_io(source, out, [pyrage.x25519.Identity.from_str(identity)])
    return out.getvalue()


def encrypt(plaintext: bytes, path: Path, *recipients: str) -> Path:
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    with path.open("wb") as sink:
        pyrage.encrypt_io(io.BytesIO(plaintext), sink, parsed)
    return path


@dataclass
class Opened:
    manifest: dict[str, Any]
    members: list[tuple[str, bytes]] = field(default_factory=list)  # after manifest.sig

    def member(self, prefix: str) -> int:
        return next(i for i, (name, _) in enumerate(self.members) if name.startswith(prefix))

    def relist(self) -> None:
        """Make the manifest list the members as they now are (names, hashes, sizes)."""
        self.manifest["members"] = [
            {"name": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
            for n, d in self.members
        ]


def open_bundle(path: Path, identity: str) -> Opened:
    with tarfile.open(fileobj=io.BytesIO(decrypt(path, identity)), mode="r|") as tar:
        items = []
        for info in tar:
            handle = tar.extractfile(info)
            items.append((info.name, handle.read() if handle else b""))
    assert [n for n, _ in items[:2]] == [fmt.MANIFEST, fmt.SIGNATURE]
    return Opened(json.loads(items[0][1]), items[2:])


def tar_bytes(entries: list[tuple[tarfile.TarInfo, bytes]], pad: int = 0) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for info, data in entries:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return buffer.getvalue() + bytes(pad)


def entry(
    name: str, data: bytes = b"", kind: bytes = tarfile.REGTYPE
) -> tuple[tarfile.TarInfo, bytes]:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.size = len(data) if kind == tarfile.REGTYPE else 0
    if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE):
        info.linkname = "/etc/passwd"
    return info, data


def sign(signer: Vault, manifest: bytes, bundle_id: str) -> bytes:
    with signer.reading() as session:
        public, secret = identities.own_key(session, signer.key_id)
    comment = fmt.trusted_comment(bundle_id, public)
    return minisign.sign(secret, signer.key_id, manifest, comment).text().encode()


def build(
    opened: Opened,
    signer: Vault,
    *,
    manifest_bytes: bytes | None = None,
    entries: Callable[[bytes, bytes], list[tuple[tarfile.TarInfo, bytes]]] | None = None,
    new_id: bool = True,
) -> bytes:
    """The tar plaintext of a bundle signed by `signer`; a fresh bundle id unless told."""
    if new_id:
        opened.manifest["bundle_id"] = secrets.token_hex(16)
    data = manifest_bytes if manifest_bytes is not None else canonical_bytes(opened.manifest)
    sig = sign(signer, data, opened.manifest["bundle_id"])
    if entries is not None:
        return tar_bytes(entries(data, sig))
    return tar_bytes(
        [entry(fmt.MANIFEST, data), entry(fmt.SIGNATURE, sig)]
        + [entry(n, d) for n, d in opened.members],
        pad=4096,
    )


def archive(vault: Vault) -> dict[str, Any]:
    """What an import may change: testimonies, versions, attachments, imported bundles."""
    with vault.reading() as session:
        return {
            "testimonies": sorted(
                (t.id, t.current_version, t.updated_at, t.deleted_at)
                for t in session.scalars(select(Testimony))
            ),
            "versions": sorted(
                (v.testimony_id, v.version, v.sha256)
                for v in session.scalars(select(TestimonyVersion))
            ),
            "attachments": sorted(
                (a.id, a.testimony_id, a.sha256) for a in session.scalars(select(Attachment))
            ),
            "bundles": sorted(session.scalars(select(ImportedBundle.bundle_id))),
            "audit_imports": sum(
                1
                for e in session.scalars(select(AuditEntry))
                if e.action in ("import", "import_bundle")
            ),
        }
