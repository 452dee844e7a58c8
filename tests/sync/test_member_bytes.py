"""Member bytes read straight from the decrypted stream (BundleReader.chunks, past tarfile's own
member reader): exactly each member's bytes whatever its size against tar's 512-byte blocks and
the 1 MiB pieces, the next header found where it begins, nothing after the end let through."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pyrage
import pytest

from app.sync import bundle_reader
from app.sync.bundle_reader import BundleReader
from app.sync.bundle_writer import OutMember, bytes_member, publish, write_pending, write_tar
from app.sync.errors import BundleRejected
from app.sync.reasons import Reason

MIB = 1024 * 1024
SIZES = [0, 1, 511, 512, 513, MIB - 1, MIB, 3 * MIB + 5, 10_240 * 3 + 1]
IDENTITY = pyrage.x25519.Identity.generate()


def _members() -> list[tuple[str, bytes]]:
    return [(f"blobs/{n}", os.urandom(size)) for n, size in enumerate(SIZES)]


def _write(tmp_path: Path, members: list[tuple[str, bytes]]) -> Path:
    target = tmp_path / "bundle.age"
    out = [bytes_member("records/first.json", b'{"a": 1}')]
    out += [OutMember(n, len(d), lambda sink, d=d: sink.write(d)) for n, d in members]
    write_pending(target, [str(IDENTITY.to_public())], out)
    publish(target)
    return target


def test_each_member_reads_back_exactly_through_the_direct_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = _members()
    bundle = _write(tmp_path, members)

    def tarfile_path(*_args: object) -> object:
        raise AssertionError("a member was read through tarfile's reader, not the direct path")

    monkeypatch.setattr(BundleReader, "_tarfile_chunks", tarfile_path)
    with BundleReader(bundle, [str(IDENTITY)]) as reader:
        first = reader.next()
        assert first is not None
        assert reader.read_member(first, 100) == b'{"a": 1}'
        for name, data in members:
            info = reader.next()
            assert info is not None
            assert info.name == name
            pieces = list(reader.chunks(info))
            assert all(0 < len(p) <= MIB for p in pieces)
            assert b"".join(pieces) == data
        assert reader.next() is None
        reader.finish()


def test_a_member_whose_bytes_are_half_read_is_refused_not_misread(tmp_path: Path) -> None:
    """Leaving a member half-read (a consumer that stopped) and going on must not take the
    rest of its bytes for the next header."""
    members = _members()
    bundle = _write(tmp_path, members)
    with BundleReader(bundle, [str(IDENTITY)]) as reader:
        reader.next()
        big = next(i for i, (_, d) in enumerate(members) if len(d) > 2 * MIB)
        for _ in range(big + 1):
            info = reader.next()
            assert info is not None
        pieces = reader.chunks(info)
        next(pieces)
        pieces.close()
        following = reader.next()  # tarfile skips to the next header from where we stopped
        assert following is not None
        assert following.name == members[big + 1][0]
        assert b"".join(reader.chunks(following)) == members[big + 1][1]


def test_bytes_after_the_end_of_the_archive_are_refused(tmp_path: Path) -> None:
    plain = io.BytesIO()
    write_tar(plain, [bytes_member("blobs/x", os.urandom(MIB + 3))], pad=False)
    bundle = tmp_path / "junk.age"
    bundle.write_bytes(
        pyrage.encrypt(plain.getvalue() + b"\x00" * 700 + b"junk", [IDENTITY.to_public()])
    )
    with BundleReader(bundle, [str(IDENTITY)]) as reader:
        info = reader.next()
        assert info is not None
        assert len(b"".join(reader.chunks(info))) == MIB + 3
        assert reader.next() is None
        with pytest.raises(BundleRejected) as caught:
            reader.finish()
    assert caught.value.reason.code is Reason.DATA_AFTER_END


def test_only_tarfiles_plain_stream_takes_the_direct_path() -> None:
    assert not bundle_reader._is_plain_stream(io.BytesIO(b""))
