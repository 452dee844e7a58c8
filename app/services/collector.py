"""Pausing Python's cyclic garbage collector around work that builds a large, acyclic heap.

Plain data (parsed records, shaped testimonies, profiles of persons) is freed by reference
counting the moment it is let go; the cyclic collector only looks for cycles, and its full
passes walk every live object. Where hundreds of thousands of such objects stay alive until the
work ends, those passes made the work grow faster than its input (persons' suggestions at
50,000 persons; a hand-over of 100,000 testimonies). Nothing is kept longer for the pause:
memory is freed as before, only cycles wait until it ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection inside (restored as it was, whatever happens)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
