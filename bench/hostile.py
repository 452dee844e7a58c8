"""Hostile input: how long `sviedka add` takes to refuse 1 MiB built to be slow to parse, against
1 MiB of ordinary malformed input, the testimonies of `data.py` as `sviedka template` prints
them, cut short. Both go through `parse_records`, what `add` and `edit` run on their input before
the vault is opened; every file is refused. Interleaved, median of 7 each.
"""

from __future__ import annotations

import time

from app.cli import render
from app.cli.records_input import RecordInputError, parse_records
from bench.common import MIB, Context
from bench.data import TestimonyGenerator
from bench.report import Figure, median, progress

SIZE = MIB
REPETITIONS = 7
BUDGET = 1.5


def ordinary(size: int) -> bytes:
    """Generated testimonies in a JSON array, cut at `size` bytes (on a character boundary)."""
    generator = TestimonyGenerator(seed=11)
    one = len(render.dumps([generator.make()]).encode())
    text = render.dumps(generator.take(size // one + 2))
    return text.encode()[:size].decode("utf-8", "ignore").encode()


def filled(head: str, piece: str, tail: str = "", size: int = SIZE) -> bytes:
    """`head`, then `piece` repeated, then `tail`: `size` bytes in all (ASCII pieces)."""
    return (head + piece * ((size - len(head) - len(tail)) // len(piece)) + tail).encode()


# Shapes that cost a scanner most per byte. The first is the issue's: an unterminated string of
# escaped quotes, which the old depth scanner re-read from every quote (1 MiB: about an hour).
HOSTILE: dict[str, bytes] = {
    'escaped quotes "\\"\\"...': filled('"', '\\"'),
    'backslashes "\\\\\\...': filled('"', "\\"),
    "empty arrays [][]...": filled("", "[]"),
    "arrays [0],[0],... then 40 [": filled("", "[0],", "[" * 40),
    'short strings ["a","a",...': filled("[", '"a",'),
    "one 1 MiB integer [999...": filled("[", "9"),
    "integers [1,1,1,...": filled("[", "1,"),
}
# Not a shape of bytes but of records: one parse per line, each a few microseconds.
JSON_LINES = filled("", "{}\n", "{")


def refusal(data: bytes) -> tuple[float, str]:
    """Seconds `parse_records` takes to refuse `data`, and its reason (one line, no content)."""
    start = time.perf_counter()
    try:
        parse_records(data, "input")
    except RecordInputError as exc:
        return time.perf_counter() - start, str(exc)
    raise AssertionError("a hostile or malformed input was accepted")


def run(ctx: Context) -> None:
    progress("hostile: generating 1 MiB of ordinary testimonies, cut short")
    inputs = {"ordinary": ordinary(SIZE), **HOSTILE, "JSON lines": JSON_LINES}
    times: dict[str, list[float]] = {name: [] for name in inputs}
    reasons: dict[str, str] = {}
    for _ in range(REPETITIONS):
        for name, data in inputs.items():
            seconds, reasons[name] = refusal(data)
            times[name].append(seconds)
    reference = median(times["ordinary"]) * 1000
    for name in HOSTILE:
        figure = _figure(f"refuse 1 MiB of {name}", times[name], reference, BUDGET)
        figure.note = f"refused as `{reasons[name]}`; ordinary as `{reasons['ordinary']}`"
        ctx.add(figure)
    lines = JSON_LINES.count(b"\n")
    figure = _figure("  refuse 1 MiB of JSON lines {}, {}, ... {", times["JSON lines"], reference)
    figure.note = (
        f"{lines:,} records of `{{}}` parsed one by one before the last line is refused: a "
        "cost per record (a few us), not per byte; context, no budget"
    )
    ctx.add(figure)


def _figure(
    name: str, samples: list[float], reference: float, budget: float | None = None
) -> Figure:
    ours = median(samples) * 1000
    return Figure(
        "hostile",
        name,
        ours,
        reference,
        "ms",
        ratio=ours / reference,
        op="<=" if budget else "",
        limit=budget,
        budget=f"<= {budget}x ordinary" if budget else "",
        extra={"samples_s": samples},
    )
