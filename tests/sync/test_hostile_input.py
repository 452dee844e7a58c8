"""Bundles built to exhaust the reader rather than to fool it: a chain of thousands of PAX
headers (tarfile reads each next header with a recursive call) and a signed manifest of 1 MiB of
escaped quotes (the strict JSON parser used to take an hour on it). Each must be refused with a
reason in plain words, through the importer, quickly and with nothing imported."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from app.sync import bundle_format as fmt
from app.sync import exporter, importer
from app.sync.bundle_reader import MAX_PAX_CHAIN, BundleReader
from app.sync.errors import BundleRejected
from tests.sync.conftest import Pair
from tests.sync.forge import archive, build, encrypt, entry, open_bundle, tar_bytes


def pax_header(comment: bytes = b"x") -> bytes:
    """One PAX extended header (type 'x') holding one `comment` record, as tar blocks."""
    body = b" comment=" + comment + b"\n"
    length = len(body)
    while len(str(length)) + len(body) != length:  # the length counts its own digits
        length += 1
    record = str(length).encode() + body
    info = tarfile.TarInfo("././@PaxHeader")
    info.type = tarfile.XHDTYPE
    info.size = len(record)
    padding = -len(record) % tarfile.BLOCKSIZE
    return info.tobuf(format=tarfile.USTAR_FORMAT) + record + bytes(padding)


def pax_chain(links: int, member: bytes = b"{}") -> bytes:
    """`links` PAX headers in a row, then a manifest.json member and the end of the archive."""
    return pax_header() * links + tar_bytes([entry(fmt.MANIFEST, member)])


def imported(pair: Pair, plaintext: bytes, name: str = "hostile.age") -> importer.BundleOutcome:
    path = encrypt(plaintext, pair.tmp / name, pair.org_recipient)
    return importer.import_one(pair.coordinator, path)


def test_pax_header_forgery_is_read_by_tarfile() -> None:
    # The forged blocks are a real PAX header: tarfile applies its record to the member.
    with tarfile.open(fileobj=io.BytesIO(pax_chain(1)), mode="r|") as tar:
        [info] = list(tar)
    assert (info.name, info.pax_headers) == (fmt.MANIFEST, {"comment": "x"})


@pytest.mark.parametrize("links", [MAX_PAX_CHAIN + 1, 5_000])
def test_a_chain_of_pax_headers_is_refused_with_a_reason(pair: Pair, links: int) -> None:
    before = archive(pair.coordinator)
    outcome = imported(pair, pax_chain(links))
    assert outcome.status == importer.REJECTED
    assert outcome.reason == (
        f"the bundle holds a chain of more than {MAX_PAX_CHAIN} extended (PAX) headers "
        "before one file"
    )
    assert archive(pair.coordinator) == before


def test_a_short_chain_of_pax_headers_is_read(pair: Pair) -> None:
    path = encrypt(pax_chain(MAX_PAX_CHAIN), pair.tmp / "short.age", pair.org_recipient)
    with BundleReader(path, [pair.org_identity]) as reader:
        info = reader.next()
        assert info is not None
        assert reader.read_member(info, fmt.MAX_MANIFEST_BYTES) == b"{}"
        assert reader.next() is None
        reader.finish()


def test_chains_before_each_member_do_not_add_up(pair: Pair) -> None:
    # The count is per member: a bundle of many members, each with its header, is fine.
    members = b"".join(
        pax_header() * 2 + tar_bytes([entry(f"blobs/{n:02}", b"z")])[: 2 * tarfile.BLOCKSIZE]
        for n in range(MAX_PAX_CHAIN * 2)
    )
    path = encrypt(
        members + bytes(2 * tarfile.BLOCKSIZE), pair.tmp / "many.age", pair.org_recipient
    )
    with BundleReader(path, [pair.org_identity]) as reader:
        names = []
        while (info := reader.next()) is not None:
            names.append(info.name)
        reader.finish()
    assert len(names) == MAX_PAX_CHAIN * 2


def test_a_pax_chain_is_refused_by_the_reader_without_a_recursion_error(pair: Pair) -> None:
    path = encrypt(pax_chain(20_000), pair.tmp / "chain.age", pair.org_recipient)
    with BundleReader(path, [pair.org_identity]) as reader, pytest.raises(BundleRejected) as caught:
        reader.next()
    assert "chain of more than" in caught.value.reason
    assert caught.value.__context__ is None or not isinstance(
        caught.value.__context__, RecursionError
    )


@pytest.fixture
def real(pair: Pair) -> Path:
    pair.add()
    return Path(exporter.export_bundle(pair.interviewer, pair.outbox).path)


def test_a_signed_mebibyte_manifest_of_escaped_quotes_is_refused(pair: Pair, real: Path) -> None:
    # Within MAX_MANIFEST_BYTES and validly signed: only the parser stands in the way.
    hostile = b'"' + b'\\"' * ((fmt.MAX_MANIFEST_BYTES - 2) // 2)
    opened = open_bundle(real, pair.org_identity)
    plaintext = build(opened, pair.interviewer, manifest_bytes=hostile)
    before = archive(pair.coordinator)
    outcome = imported(pair, plaintext)
    assert outcome.status == importer.REJECTED
    assert "Unterminated string starting at line 1 column 1" in outcome.reason
    assert archive(pair.coordinator) == before
