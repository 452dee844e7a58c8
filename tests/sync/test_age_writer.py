"""The age files we write (app.storage.blobs.age_writer: bundles and the vault's blobs) are
age's own, byte for byte, and both pyrage and the `age` CLI read them.

Byte for byte: for every X25519 vector of age's test suite that decrypts, the header MAC
recomputed from its file key over its own stanzas, and its payload re-encrypted from its
plaintext with its file key and nonce, must give the vector's very bytes, whatever the sizes of
the writes. The X25519 stanza (random ephemeral key) is proven by the readers accepting it.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
from pathlib import Path

import pyrage
import pytest

from app.storage.blobs import age_writer
from app.storage.blobs.age_writer import CHUNK, AgeWriter
from app.storage.blobs.bech32 import decode_recipient
from tests.sync.test_age_vectors import APPLICABLE, parse

SUCCESS = [path for path in APPLICABLE if parse(path)[0]["expect"] == ["success"]]
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 17 * CHUNK, 17 * CHUNK + 5, 3_000_001]


def _split(data: bytes, write: int) -> list[bytes]:
    return [data[at : at + write] for at in range(0, len(data), write)] or [b""]


def test_there_are_vectors_to_replay() -> None:
    assert len(SUCCESS) >= 10


@pytest.mark.parametrize("write", [1, 999, CHUNK, 1024 * 1024])
@pytest.mark.parametrize("path", SUCCESS, ids=lambda p: p.name)
def test_vector_written_byte_for_byte(path: Path, write: int) -> None:
    headers, body = parse(path)
    file_key = bytes.fromhex(headers["file key"][0])
    end = body.index(b"\n---") + len(b"\n---")
    head_end = body.index(b"\n", end) + 1
    stanzas = body[len(age_writer.INTRO) : end - len(b"---")]
    assert age_writer.header(file_key, [stanzas]) == body[:head_end]
    nonce = body[head_end : head_end + 16]
    plaintext = pyrage.decrypt(body, [pyrage.x25519.Identity.from_str(headers["identity"][0])])
    assert hashlib.sha256(plaintext).hexdigest() == headers["payload"][0]
    recipient = str(pyrage.x25519.Identity.from_str(headers["identity"][0]).to_public())
    out = io.BytesIO()
    writer = AgeWriter(out, [recipient], file_key=file_key, nonce=nonce)
    ours_head = out.getvalue()
    for piece in _split(plaintext, write):
        writer.write(piece)
    writer.close()
    assert ours_head.endswith(nonce)
    assert out.getvalue()[len(ours_head) :] == body[head_end + 16 :]
    assert writer.size == len(out.getvalue())


def _ours(data: bytes, recipients: list[str], write: int = 7777) -> bytes:
    out = io.BytesIO()
    writer = AgeWriter(out, recipients)
    for piece in _split(data, write):
        writer.write(piece)
    writer.close()
    return out.getvalue()


@pytest.mark.parametrize("size", SIZES)
def test_pyrage_reads_what_we_write(size: int) -> None:
    identities = [pyrage.x25519.Identity.generate() for _ in range(2)]
    data = os.urandom(size)
    written = _ours(data, [str(i.to_public()) for i in identities])
    for identity in identities:  # each recipient alone
        assert pyrage.decrypt(written, [identity]) == data
    stranger = pyrage.x25519.Identity.generate()
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(written, [stranger])


@pytest.mark.parametrize("size", [0, CHUNK, 17 * CHUNK + 5])
def test_the_age_cli_reads_what_we_write_and_we_read_what_it_writes(
    size: int, tmp_path: Path, debian_tools: dict[str, str]
) -> None:
    identity = pyrage.x25519.Identity.generate()
    key = tmp_path / "key.txt"
    key.write_text(str(identity))
    data = os.urandom(size)
    theirs = subprocess.run(
        [debian_tools["age"], "-d", "-i", str(key)],
        input=_ours(data, [str(identity.to_public())]), capture_output=True, check=True,
    )  # fmt: skip
    assert theirs.stdout == data
    made = subprocess.run(
        [debian_tools["age"], "-r", str(identity.to_public())],
        input=data, capture_output=True, check=True,
    )  # fmt: skip
    assert pyrage.decrypt(made.stdout, [identity]) == data


def test_an_unclosed_file_is_refused_by_its_reader() -> None:
    """Without `close()` the last chunk is missing: a reader must not take the file for whole
    (a bundle whose writing failed midway is never a shorter valid one)."""
    identity = pyrage.x25519.Identity.generate()
    out = io.BytesIO()
    writer = AgeWriter(out, [str(identity.to_public())])
    writer.write(os.urandom(5 * CHUNK + 3))
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(out.getvalue(), [identity])


def test_every_file_has_its_own_key_and_nonce() -> None:
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    one, two = _ours(b"same words", [recipient]), _ours(b"same words", [recipient])
    assert one != two
    assert b"same words" not in one


def _changed(text: str, at: int) -> str:
    return text[:at] + ("q" if text[at] != "q" else "p") + text[at + 1 :]


_REAL = str(pyrage.x25519.Identity.generate().to_public())


@pytest.mark.parametrize(
    "text",
    [
        "age1",
        "",
        _REAL.upper(),
        _changed(_REAL, 10),  # the checksum no longer matches
        _changed(_REAL, len(_REAL) - 1),
        "sviedka1" + _REAL[4:],
        _REAL[:-7] + _REAL[-6:],  # a character less
        _REAL + "q",
        _REAL[:20] + "b" + _REAL[21:],  # "b" is not a bech32 character
    ],
)
def test_a_recipient_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="recipient"):
        decode_recipient(text)
    with pytest.raises(ValueError, match="recipient"):
        AgeWriter(io.BytesIO(), [text])
