"""One attachment operation in a process of its own, so that its peak RSS is its own.

    python -m bench.attach_child add FOLDER TESTIMONY_ID SOURCE
    python -m bench.attach_child extract FOLDER TESTIMONY_ID SHA256 OUT

Prints one JSON line: the seconds the `attachments` call took (vault already open), the
resident set size just before it and the process's peak (VmHWM) after it, in KiB.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.storage import attachments
from app.storage.vault import Vault
from bench.common import PASSPHRASE


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def main(argv: list[str]) -> int:
    action, folder, testimony_id, *rest = argv
    with Vault.open(Path(folder), PASSPHRASE) as vault:
        before = _status_kib("VmRSS")
        start = time.perf_counter()
        if action == "add":
            info = attachments.add(vault, testimony_id, Path(rest[0]))
        elif action == "extract":
            info = attachments.extract(vault, testimony_id, rest[0], Path(rest[1]))
        else:
            raise SystemExit(f"unknown action {action!r}")
        seconds = time.perf_counter() - start
    peak = _status_kib("VmHWM")  # this process's own peak, interpreter and vault included
    result = {"seconds": seconds, "rss_before_kib": before, "peak_kib": peak}
    print(json.dumps({**result, "sha256": info.sha256}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
