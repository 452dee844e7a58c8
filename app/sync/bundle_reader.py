"""Reading a bundle: stream-decrypt into `tarfile.open(mode="r|")`, one member at a time.

Never a plaintext file: pyrage decrypts in a thread into a pipe, tarfile reads the pipe. pyrage
(like the age CLI) hands out each 64 KiB chunk once its own tag verified, so a truncated or
altered bundle releases the chunks before the damage (measured: up to 320 KB) before failing.
Hence the rule the importer keeps: nothing read here is committed until `finish()` returned,
which drains the stream to its authenticated end. What plaintext the process sees before that
is bounded by the member limits of bundle_format (a record: 16 MiB, held in memory) plus the
pipe (at most 6 MiB, see pipes.py) and tarfile's buffer (10 KiB); attachment bytes are
re-encrypted into the vault's blob store as they stream and deleted if the bundle fails.
"""

from __future__ import annotations

import contextlib
import re
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pyrage

from app.storage.blobs.tap import ChunkSource
from app.sync.bundle_format import MAX_BUNDLE_BYTES, MAX_PAX_HEADER_BYTES
from app.sync.cancel import CancelToken
from app.sync.errors import BundleRejected
from app.sync.pipes import PushPipe
from app.sync.reasons import Reason, Why

Progress = Callable[[int, int], None] | None
_CHUNK = 1024 * 1024
_NUL_BLOCK = bytes(tarfile.BLOCKSIZE)
_tar: Any = tarfile  # the module, for its names that typeshed does not list


# tarfile writes one extended header before a member, GNU tar too; a few more are harmless.
MAX_PAX_CHAIN = 8
_CHAIN = "_sviedka_pax_chain"  # on the TarFile being read: PAX headers being processed now


@contextlib.contextmanager
def _pax_chain_link(tarfile: Any) -> Iterator[None]:
    """One more PAX header in the chain tarfile is reading (each one is a nested call)."""
    links = getattr(tarfile, _CHAIN, 0)
    if links >= MAX_PAX_CHAIN:
        raise BundleRejected(Reason.PAX_CHAIN, limit=MAX_PAX_CHAIN)
    setattr(tarfile, _CHAIN, links + 1)
    try:
        yield
    finally:
        setattr(tarfile, _CHAIN, links)


class _StrictTarInfo(tarfile.TarInfo):
    """tarfile's header parsing, minus what a bundle never holds and what could hurt.

    A damaged header after the first member would end a `r|` archive silently in tarfile;
    here it is an error. GNU long names and sparse files are refused; PAX headers are limited
    to 4 KiB (tarfile would read a header of any announced size into memory) and to a short
    chain before each member: tarfile reads the header after a PAX header with a recursive
    call, so thousands in a row would end in a bare RecursionError.
    """

    @classmethod
    def fromtarfile(cls, tarfile: Any) -> Any:
        buf = tarfile.fileobj.read(_tar.BLOCKSIZE)
        if buf == _NUL_BLOCK:
            raise _tar.EOFHeaderError("end of file header")
        if len(buf) != _tar.BLOCKSIZE:
            raise BundleRejected(Reason.TAR_CUT)
        try:
            obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        except _tar.HeaderError:
            raise BundleRejected(Reason.TAR_HEADER) from None
        obj.offset = tarfile.fileobj.tell() - _tar.BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile: Any) -> Any:
        parent: Any = super()
        if self.type in (_tar.XHDTYPE, _tar.SOLARIS_XHDTYPE):
            if self.size > MAX_PAX_HEADER_BYTES:
                raise BundleRejected(Reason.PAX_TOO_LARGE, limit=MAX_PAX_HEADER_BYTES)
            with _pax_chain_link(tarfile):
                return parent._proc_member(tarfile)
        if self.type not in (_tar.REGTYPE, _tar.AREGTYPE):
            raise BundleRejected(Reason.NOT_REGULAR)
        return parent._proc_member(tarfile)


def age_reason(error: BaseException) -> Why:
    text = str(error)
    if "No matching keys" in text:
        return Why(Reason.NOT_ADDRESSED)
    if isinstance(error, pyrage.DecryptError):
        return Why(Reason.NOT_AGE, error=text)
    return Why(Reason.NOT_AUTHENTIC)


_HEADER_LOOKAHEAD = 64 * 1024
_STANZA_BODY_LINE = re.compile(rb"^[A-Za-z0-9+/]{0,64}$")


def check_age_header(head: bytes) -> None:
    """What pyrage 1.4 lets through of the age header grammar: a recipient stanza's body is
    base64 lines of 64 characters ended by one shorter (possibly empty) line. pyrage accepted
    a stanza without a body and one without its final short line (age's vectors
    stanza_missing_body, stanza_missing_final_line). Everything else is left to pyrage."""
    lines = head.split(b"\n")[:-1]  # the last piece may be cut short by the lookahead
    if not lines or lines[0] != b"age-encryption.org/v1":
        return
    index = 1
    while index < len(lines) and lines[index].startswith(b"-> "):
        index += 1
        while index < len(lines):
            body = lines[index]
            index += 1
            if not _STANZA_BODY_LINE.match(body):
                raise BundleRejected(
                    Reason.NOT_AGE, error="a recipient stanza of its header is malformed"
                )
            if len(body) < 64:
                break


class DecryptingStream:
    """The plaintext of an age file, pulled; `finish()` says whether it authenticated to the end.

    This is the one decryption path for bundles; the age test vectors run through it too.
    """

    def __init__(self, path: Path, identities: list[str], progress: Progress = None) -> None:
        try:
            size = path.stat().st_size
            handle = path.open("rb", buffering=0)  # read 1 MiB at a time below
        except OSError as exc:
            raise BundleRejected(Reason.UNREADABLE, error=exc.strerror or exc) from None
        if size > MAX_BUNDLE_BYTES:
            handle.close()
            raise BundleRejected(Reason.TOO_LARGE, limit=MAX_BUNDLE_BYTES)
        self._handle = handle
        try:
            check_age_header(handle.read(_HEADER_LOOKAHEAD))
            handle.seek(0)
        except BaseException:
            handle.close()
            raise
        # pyrage reads 8 KiB at a time: served by slicing 1 MiB read from the disk, counted and
        # reported once per MiB (a Tap did it on every 8 KiB read).
        self._source = ChunkSource(lambda: handle.read(_CHUNK), size, progress, hashed=False)
        parsed = [pyrage.x25519.Identity.from_str(identity) for identity in identities]
        self._pipe = PushPipe(
            lambda sink: pyrage.decrypt_io(self._source, sink, parsed), "bundle-decrypt"
        )

    def read(self, size: int = -1) -> bytes:
        return self._pipe.read(size)

    def read1(self, size: int) -> bytes:
        return self._pipe.read1(size)

    def age_error(self) -> BundleRejected | None:
        """After the producer ended: why the age layer failed, if it did."""
        if self._source.error is not None:
            raise self._source.error
        error = self._pipe.error
        return None if error is None else BundleRejected(age_reason(error))

    def finish(self) -> None:
        """Wait for the age stream's authenticated end; raise BundleRejected if it failed."""
        failure = self._pipe.wait() is not None and self.age_error()
        self.close()
        if failure:
            raise failure
        self._source.finish()

    def abort(self, cause: BaseException) -> BaseException:
        """Stop; the age layer's failure explains `cause` better when there is one."""
        self.close()
        failure = self.age_error()
        return failure if failure is not None else cause

    def close(self) -> None:
        self._pipe.close()
        self._handle.close()


class BundleReader:
    """Members of a bundle in order. Every failure surfaces as BundleRejected with a reason."""

    def __init__(
        self, path: Path, identities: list[str], progress: Progress = None,
        cancel: CancelToken | None = None,
    ) -> None:  # fmt: skip
        # The token is checked where the stream reports progress: between chunks.
        watched = cancel.watching(progress) if cancel is not None else progress
        self._stream = DecryptingStream(path, identities, watched)
        self._tar: tarfile.TarFile | None = None

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stream.close()

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except BundleRejected as exc:
            raise self._stream.abort(exc) from None
        except (tarfile.TarError, EOFError, OSError, ValueError) as exc:
            reason = BundleRejected(Reason.TAR_UNREADABLE, error=exc)
            raise self._stream.abort(reason) from None

    def next(self) -> tarfile.TarInfo | None:
        with self._guard():
            if self._tar is None:
                self._tar = _tar.open(fileobj=self._stream, mode="r|", tarinfo=_StrictTarInfo)
            return self._tar.next()

    def read_member(self, info: tarfile.TarInfo, limit: int) -> bytes:
        if info.size > limit:
            raise self._stream.abort(
                BundleRejected(Reason.MEMBER_TOO_LARGE, member=info.name, limit=limit)
            )
        with self._guard():
            data = self._open(info).read()
            if len(data) != info.size:
                raise BundleRejected(Reason.MEMBER_ENDS_EARLY, member=info.name)
            return data

    def chunks(self, info: tarfile.TarInfo) -> Iterator[bytes]:
        """The member's bytes, in pieces of up to 1 MiB, straight from the decrypted stream.

        tarfile's own member reader gathers them in 10 KiB steps and copies each byte three
        times: 0.13 CPU-seconds per 64 MiB, more than decrypting them. Its stream (`r|`) keeps
        what it read ahead in `buf` and its position in `pos`: the bytes are taken from there,
        then from our stream, and `pos` is moved on with each piece, so that tarfile reads the
        next header where it begins. Any other state (another Python's tarfile) takes
        tarfile's path."""
        stream: Any = self._tar.fileobj if self._tar is not None else None
        if not _positioned_at(stream, info):
            yield from self._tarfile_chunks(info)
            return
        with self._guard():
            remaining = info.size
            ahead, stream.buf = stream.buf[:remaining], stream.buf[remaining:]
            while remaining:
                piece = ahead or self._stream.read1(min(_CHUNK, remaining))
                ahead = b""
                if not piece:
                    raise BundleRejected(Reason.MEMBER_ENDS_EARLY, member=info.name)
                remaining -= len(piece)
                stream.pos += len(piece)
                yield piece

    def _tarfile_chunks(self, info: tarfile.TarInfo) -> Iterator[bytes]:
        with self._guard():
            handle = self._open(info)
            while chunk := handle.read(_CHUNK):
                yield chunk

    def _open(self, info: tarfile.TarInfo) -> IO[bytes]:
        assert self._tar is not None  # noqa: S101 - next() opened it
        handle = self._tar.extractfile(info)
        if handle is None:
            raise BundleRejected(Reason.MEMBER_NOT_FILE, member=info.name)
        return handle

    def reject(self, reason: Why | Reason | str, **params: Any) -> BundleRejected:
        """Stop reading; the age layer's own failure, if any, is the better reason."""
        cause = BundleRejected(reason, **params)
        failure = self._stream.abort(cause)
        return failure if isinstance(failure, BundleRejected) else cause

    def finish(self) -> None:
        """After the last member: only zeros (end of archive and padding), then the
        authenticated end of the age stream. Nothing may be committed before this returns."""
        with self._guard():
            assert self._tar is not None  # noqa: S101
            fileobj: Any = self._tar.fileobj
            # What tarfile read ahead, then the rest straight from the stream (as in chunks()).
            read = self._stream.read1 if _is_plain_stream(fileobj) else fileobj.read
            chunk = fileobj.buf if _is_plain_stream(fileobj) else b""
            while chunk or (chunk := read(_CHUNK)):
                if chunk.count(0) != len(chunk):
                    raise BundleRejected(Reason.DATA_AFTER_END)
                chunk = b""
        self._stream.finish()


def _is_plain_stream(stream: Any) -> bool:
    """tarfile's uncompressed `r|` stream, with the attributes chunks() relies on."""
    return (
        isinstance(stream, _tar._Stream)
        and stream.comptype == "tar"
        and type(stream.buf) is bytes
        and type(stream.pos) is int
    )


def _positioned_at(stream: Any, info: tarfile.TarInfo) -> bool:
    return _is_plain_stream(stream) and stream.pos == info.offset_data
