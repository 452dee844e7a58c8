"""A producer that pushes bytes, turned into a stream that a consumer pulls: through a short
queue of large chunks between two threads.

pyrage's streaming calls both pull their input and push their output (`decrypt_io(src, dst)`),
and tarfile pulls: joining them needs a second thread. pyrage holds the GIL while it decrypts
(a thread counting beside it ran 15 times in 0.11 s of `decrypt_io`), hashlib and
`cryptography`'s ChaCha20Poly1305 release it (a counting thread kept counting through one
256 MiB call of each): so hashing and encrypting on one side run at once with pyrage on the
other (why bundles and blobs are written by app.storage.blobs.age_writer), as long as neither
thread waits for the other too often.

Why not an OS pipe (as before): the kernel's pipe holds 64 KiB, so the two threads took turns
every 64 KiB, and on a busy machine each turn waited for the scheduler: a 64 MiB export spent
0.4 CPU-seconds in 0.85 s of wall time. Here the bytes are handed over in chunks of
`CHUNK_BYTES`, with up to `DEPTH` chunks waiting: the producer runs ahead while the consumer
works. The plaintext held at once stays bounded: the queue, the chunk being filled and the one
being read, `(DEPTH + 2) * CHUNK_BYTES`, never a file.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable

CHUNK_BYTES = 1024 * 1024
DEPTH = 4


class _Channel:
    """The queue between the threads. `close` is the consumer leaving, `end` the producer."""

    def __init__(self, depth: int) -> None:
        self._ready = threading.Condition(threading.Lock())
        self._chunks: deque[bytes] = deque()
        self._depth = depth
        self._closed = self._ended = False

    def put(self, chunk: bytes) -> None:
        with self._ready:
            while len(self._chunks) >= self._depth and not self._closed:
                self._ready.wait()
            if self._closed:
                # As a write into a pipe whose reader is gone fails.
                raise BrokenPipeError("the reading side stopped")
            self._chunks.append(chunk)
            self._ready.notify_all()

    def get(self) -> bytes | None:
        """The next chunk, or None once the producer ended and everything was read."""
        with self._ready:
            while not self._chunks and not self._ended:
                self._ready.wait()
            if not self._chunks:
                return None
            chunk = self._chunks.popleft()
            self._ready.notify_all()
            return chunk

    def end(self) -> None:
        with self._ready:
            self._ended = True
            self._ready.notify_all()

    def close(self) -> None:
        with self._ready:
            self._closed = True
            self._chunks.clear()  # the plaintext waiting here is dropped at once
            self._ready.notify_all()


class _Sink:
    """The producer's end: gathers small writes (pyrage writes 8 KiB at a time) into chunks;
    remembers a failed write (the reader went away)."""

    def __init__(self, channel: _Channel) -> None:
        self._channel = channel
        self._filling = bytearray()
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        try:
            size = len(data)
            if not self._filling and size >= CHUNK_BYTES and type(data) is bytes:
                self._channel.put(data)  # immutable: handed over without a copy
                return size
            self._filling += data
            if len(self._filling) >= CHUNK_BYTES:
                self.flush()
            return size
        except BaseException as exc:
            self.error = exc
            raise

    def flush(self) -> None:
        if not self._filling:
            return
        # bytes, so that the reader's slices are bytes without a second copy
        chunk, self._filling = bytes(self._filling), bytearray()
        try:
            self._channel.put(chunk)
        except BaseException as exc:
            self.error = exc
            raise


class PushPipe:
    """Runs `producer(sink)` in a thread; `read()` returns what it wrote, then b"" at its end.

    `error` is the producer's own failure. A producer stopped because the reader closed early
    (`close()`) is not a failure of its own: `error` stays None then.
    """

    def __init__(self, producer: Callable[[_Sink], None], name: str, depth: int = DEPTH) -> None:
        self._channel = _Channel(depth)
        self._sink = _Sink(self._channel)
        self._chunk = b""
        self._pos = 0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(producer,), name=name, daemon=True)
        self._thread.start()

    def _run(self, producer: Callable[[_Sink], None]) -> None:
        try:
            producer(self._sink)
            self._sink.flush()
        except BaseException as exc:
            if self._sink.error is None:
                self.error = exc
                # What it wrote before failing is handed over, as a closed pipe's buffer would
                # be: pyrage writes only chunks whose tag verified (the age vectors check it).
                with contextlib.suppress(OSError):
                    self._sink.flush()
        finally:
            self._channel.end()

    def read(self, size: int = -1) -> bytes:
        """`size` bytes (all that is left if fewer, or with -1), as a file's read gives them."""
        pos, end = self._pos, self._pos + size
        if size >= 0 and end <= len(self._chunk):  # the usual case: within the current chunk
            self._pos = end
            return self._chunk[pos:end]
        pieces = []
        wanted = size
        while wanted != 0:
            if self._pos >= len(self._chunk):
                chunk = self._channel.get()
                if chunk is None:
                    break
                self._chunk, self._pos = chunk, 0
            pos = self._pos
            end = len(self._chunk) if wanted < 0 else min(len(self._chunk), pos + wanted)
            pieces.append(self._chunk[pos:end])
            self._pos = end
            if wanted > 0:
                wanted -= end - pos
        return pieces[0] if len(pieces) == 1 else b"".join(pieces)

    def read1(self, size: int) -> bytes:
        """Up to `size` bytes (at least one, b"" only at the end) from the chunk at hand: no
        joining of pieces, for a reader that takes what comes."""
        if self._pos >= len(self._chunk):
            chunk = self._channel.get()
            if chunk is None:
                return b""
            self._chunk, self._pos = chunk, 0
        pos = self._pos
        self._pos = min(len(self._chunk), pos + size)
        return self._chunk[pos : self._pos]

    def close(self) -> None:
        """Stop reading (a producer waiting to hand over a chunk then fails its write) and
        wait for it."""
        self._channel.close()
        self._chunk, self._pos = b"", 0
        self._thread.join()

    def wait(self) -> BaseException | None:
        """Wait for the producer to end by itself; its error, if any."""
        self._thread.join()
        return self.error

    def __enter__(self) -> PushPipe:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
