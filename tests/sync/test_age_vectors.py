"""age's own test vectors (C2SP CCTV, tests/vectors/age) through the bundle decryption path.

Each applicable vector (X25519 identities, not armored: bundles are never armored and never
passphrase-encrypted) is decrypted by `DecryptingStream`, the class the importer reads bundles
with: success must authenticate to the end with the expected payload hash, every failure must
end in BundleRejected from `finish()`, which the importer calls before committing anything.
"""

from __future__ import annotations

import hashlib
import zlib
from pathlib import Path

import pytest

from app.sync.bundle_reader import DecryptingStream
from app.sync.errors import BundleRejected

# The repository's own copy (with its BSD licence): the tests never reach outside the repository.
VECTORS = Path(__file__).resolve().parents[1] / "vectors" / "age" / "testdata"


def parse(path: Path) -> tuple[dict[str, list[str]], bytes]:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    headers: dict[str, list[str]] = {}
    for line in head.decode().splitlines():
        key, _, value = line.partition(": ")
        headers.setdefault(key, []).append(value)
    if headers.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return headers, body


def applicable(path: Path) -> bool:
    headers, _ = parse(path)
    identities = headers.get("identity", [])
    return (
        bool(identities)
        and all(i.startswith("AGE-SECRET-KEY-1") for i in identities)
        and "passphrase" not in headers
        and headers.get("armored") != ["yes"]
    )


# No fallback when the folder is missing: a missing copy must fail, never skip.
ALL = sorted(VECTORS.iterdir())
APPLICABLE = [path for path in ALL if applicable(path)]
# pyrage 1.4 alone accepts two of these (stanza_missing_body, stanza_missing_final_line);
# bundle_reader.check_age_header refuses them before pyrage runs.


def test_the_vectors_are_there() -> None:
    assert len(ALL) > 100, f"age vectors missing from {VECTORS}"
    assert len(APPLICABLE) >= 60


@pytest.mark.parametrize("path", APPLICABLE, ids=lambda p: p.name)
def test_vector(path: Path, tmp_path: Path) -> None:
    headers, body = parse(path)
    expect = headers["expect"][0]
    bundle = tmp_path / "vector.age"
    bundle.write_bytes(body)
    released = hashlib.sha256()
    try:
        stream = DecryptingStream(bundle, headers["identity"])
        try:
            while chunk := stream.read(64 * 1024):
                released.update(chunk)
            stream.finish()
        finally:
            stream.close()
        outcome = "success"
    except BundleRejected:
        outcome = "failure"
    if expect == "success":
        assert outcome == "success"
        assert released.hexdigest() == headers["payload"][0]
    else:
        assert outcome == "failure", f"{path.name}: expected {expect}, the bundle path accepted it"
        if expect == "payload failure" and "payload" in headers:
            # What pyrage released before failing is what the spec allows, never more; the
            # importer commits none of it either way (it commits only after finish()).
            assert released.hexdigest() == headers["payload"][0]
