"""Any bytes given to the bundle reader end in a clean rejection: no other exception, no hang,
nothing imported. Random bytes, mutations of a real bundle, random tars encrypted to the
organisation (which exercise the tar and manifest parsers behind the age layer), and the
shapes built to exhaust them: chains of PAX headers and manifests of pathological JSON."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync import bundle_format as fmt
from app.sync import exporter, importer
from app.sync.bundle_reader import MAX_PAX_CHAIN
from tests.sync.conftest import Pair
from tests.sync.forge import archive, build, encrypt, open_bundle
from tests.sync.test_hostile_input import pax_header

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture
def real(pair: Pair) -> bytes:
    pair.add()
    return Path(exporter.export_bundle(pair.interviewer, pair.outbox).path).read_bytes()


def rejected_cleanly(pair: Pair, data: bytes, name: str = "fuzz.age") -> None:
    path = pair.tmp / name
    path.write_bytes(data)
    before = archive(pair.coordinator)
    [outcome] = importer.import_files(pair.coordinator, [path]).outcomes
    assert outcome.status == importer.REJECTED
    assert outcome.reason
    assert not outcome.reason.startswith(
        ("AssertionError", "TypeError", "KeyError", "RecursionError")
    )
    assert archive(pair.coordinator) == before


@FUZZ
@given(data=st.binary(max_size=4096))
def test_random_bytes(pair: Pair, data: bytes) -> None:
    rejected_cleanly(pair, data)


@FUZZ
@given(position=st.integers(min_value=0), value=st.integers(1, 255), cut=st.booleans())
def test_mutated_real_bundle(pair: Pair, real: bytes, position: int, value: int, cut: bool) -> None:
    at = position % len(real)
    data = real[:at] if cut else real[:at] + bytes([real[at] ^ value]) + real[at + 1 :]
    rejected_cleanly(pair, data)


names = st.sampled_from(
    ["manifest.json", "manifest.sig", "audit.json", "records/x.1.json", "blobs/00", "../x", "a"]
)


@FUZZ
@given(
    members=st.lists(st.tuples(names, st.binary(max_size=300)), max_size=5),
    tail=st.binary(max_size=64),
)
def test_random_tar_inside_valid_encryption(
    pair: Pair, members: list[tuple[str, bytes]], tail: bytes
) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    plaintext = buffer.getvalue() + tail
    data = encrypt(plaintext, pair.tmp / "tar.age", pair.org_recipient).read_bytes()
    rejected_cleanly(pair, data)


# Pieces that cost a naive scanner most when repeated: escaped quotes and backslashes inside an
# unterminated string, brackets, many short strings, long digit runs, huge exponents.
hostile_json = st.builds(
    lambda prefix, piece, count: (prefix + piece * count).encode()[: fmt.MAX_MANIFEST_BYTES],
    st.sampled_from(["", '"', "[", '{"members":["', "[1e"]),
    st.sampled_from(['\\"', "\\", '\\\\"', "[", "[]", '{"a":', '"a",', "9", "]"]),
    st.sampled_from([1, 2, 33, 4_000, 500_000]),
)


@FUZZ
@given(
    links=st.integers(0, 3 * MAX_PAX_CHAIN) | st.sampled_from([1_000, 20_000]),
    manifest=hostile_json,
)
def test_pax_chains_and_hostile_signed_manifests(
    pair: Pair, real: bytes, links: int, manifest: bytes
) -> None:
    # Signed by the sender, so that the manifest reaches the JSON parser; the chain of PAX
    # headers, if any, comes before manifest.json, the first member.
    bundle = pair.tmp / "real.age"
    bundle.write_bytes(real)
    opened = open_bundle(bundle, pair.org_identity)
    plaintext = pax_header() * links + build(opened, pair.interviewer, manifest_bytes=manifest)
    data = encrypt(plaintext, pair.tmp / "hostile.age", pair.org_recipient).read_bytes()
    rejected_cleanly(pair, data)
