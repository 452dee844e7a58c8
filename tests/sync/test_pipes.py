"""The hand-over between two threads that bundles stream through (app/sync/pipes.py): every
byte arrives once and in order whatever the sizes written and read, a reader that stops early
stops the producer instead of leaving it blocked, a producer's failure is reported after what it
wrote before failing, and the plaintext waiting between the threads stays bounded."""

from __future__ import annotations

import os
import threading

import pytest

from app.sync.pipes import CHUNK_BYTES, DEPTH, PushPipe

DATA = os.urandom(5 * CHUNK_BYTES + 12_345)


def _write_in_odd_pieces(sink: object) -> None:
    sizes = [1, 8192, 3 * CHUNK_BYTES, 511, CHUNK_BYTES, 65_552]
    pos, turn = 0, 0
    while pos < len(DATA):
        size = sizes[turn % len(sizes)]
        piece = DATA[pos : pos + size]
        sink.write(bytearray(piece) if turn % 2 else piece)  # type: ignore[attr-defined]
        pos, turn = pos + size, turn + 1


@pytest.mark.parametrize("read_size", [1, 512, 8192, 10_240, CHUNK_BYTES, 3 * CHUNK_BYTES + 7])
def test_every_byte_arrives_once_and_in_order(read_size: int) -> None:
    with PushPipe(_write_in_odd_pieces, "test") as pipe:
        got = bytearray()
        while piece := pipe.read(read_size):
            assert len(piece) == read_size or len(got) + len(piece) == len(DATA)
            got += piece
        assert pipe.wait() is None
    assert got == DATA


def test_read1_takes_what_comes_without_losing_a_byte() -> None:
    with PushPipe(_write_in_odd_pieces, "test") as pipe:
        got = bytearray()
        while piece := pipe.read1(700_000):
            assert 0 < len(piece) <= 700_000
            got += piece
    assert got == DATA


def test_a_reader_that_stops_early_stops_the_producer_without_an_error_of_its_own() -> None:
    written = []

    def endless(sink: object) -> None:
        while True:
            written.append(sink.write(bytes(CHUNK_BYTES)))  # type: ignore[attr-defined]

    pipe = PushPipe(endless, "test")
    assert len(pipe.read(10)) == 10
    pipe.close()  # returns only once the producer thread has ended
    assert pipe.error is None
    assert pipe.read(10) == b""


def test_a_producer_failure_is_reported_after_what_it_wrote_before() -> None:
    def fails(sink: object) -> None:
        sink.write(b"verified ")  # type: ignore[attr-defined]
        sink.write(b"chunk")  # type: ignore[attr-defined]
        raise ValueError("the next chunk's tag did not verify")

    with PushPipe(fails, "test") as pipe:
        assert pipe.read(-1) == b"verified chunk"
        error = pipe.wait()
    assert isinstance(error, ValueError)


def test_the_plaintext_waiting_between_the_threads_is_bounded() -> None:
    written = [0]
    blocked = threading.Event()

    def eager(sink: object) -> None:
        for _ in range(4 * DEPTH):
            written[0] += sink.write(bytes(CHUNK_BYTES // 2))  # type: ignore[attr-defined]
        blocked.set()

    pipe = PushPipe(eager, "test")
    try:
        assert not blocked.wait(0.5), "the producer ran to its end with nobody reading"
        assert written[0] <= (DEPTH + 1) * CHUNK_BYTES
    finally:
        pipe.close()
