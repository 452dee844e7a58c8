"""What the command line says while an unlock rebuilds the search index (a new release's
indexing rules): minutes on a large vault, which must not look like a hang.

On stderr, so that a command's output (its --json above all) stays what scripts read. On a
terminal the line counts up in place; elsewhere (a log, a pipe) it is written once, with a
closing line, so that the log is not flooded.
"""

from __future__ import annotations

import sys
from typing import TextIO

MESSAGE = "Updating the search index for this version of Sviedka ({total:,} testimonies)…"


class IndexProgress:
    """A progress(done, total) callback for app.services.vault.unlock."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._live = self._stream.isatty()
        self._shown = -1  # the last percentage written

    def __call__(self, done: int, total: int) -> None:
        line = MESSAGE.format(total=total)
        percent = 100 * done // total if total else 100
        if self._live and percent != self._shown:
            self._stream.write(f"\r{line} {percent}%")
        elif not self._live and self._shown < 0:
            self._stream.write(line + "\n")
        self._shown = percent
        if done >= total:
            self._stream.write("\n" if self._live else "Search index updated.\n")
        self._stream.flush()
