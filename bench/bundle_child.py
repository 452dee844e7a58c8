"""One bundle export or import in a process of its own, so that its peak RSS is its own.

    python -m bench.bundle_child export FOLDER OUT_DIR   # everything, as `export --all`
    python -m bench.bundle_child import FOLDER BUNDLE...

Prints one JSON line: the seconds `exporter.export_bundle` / `importer.import_files` took (the
vault already open), the resident set size before it and the process's peak (VmHWM) after it,
in KiB; for an export the bundles written and their size, for an import what came in. An
import that is not `imported` for every bundle exits with an error.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from app.storage.vault import Vault
from app.sync import exporter, importer
from bench.common import PASSPHRASE


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def _export(vault: Vault, out_dir: Path) -> dict[str, Any]:
    report = exporter.export_bundle(vault, out_dir, everything=True)
    bundles = getattr(report, "bundles", None)
    paths = [b.path for b in bundles] if bundles else [report.path]
    return {
        "paths": paths,
        "size": report.size,
        "versions": report.versions,
        "attachments": report.attachments,
    }


def _import(vault: Vault, bundles: list[Path]) -> dict[str, Any]:
    report = importer.import_files(vault, bundles)
    refused = [o for o in report.outcomes if o.status != importer.IMPORTED]
    if refused or not report.outcomes:
        raise SystemExit(f"import: {[(o.status, o.reason) for o in report.outcomes]}")
    return {
        "versions": sum(len(o.new_versions) for o in report.outcomes),
        "attachments": sum(o.attachments for o in report.outcomes),
    }


def main(argv: list[str]) -> int:
    action, folder, *rest = argv
    with Vault.open(Path(folder), PASSPHRASE) as vault:
        before = _status_kib("VmRSS")
        start = time.perf_counter()
        if action == "export":
            result = _export(vault, Path(rest[0]))
        elif action == "import":
            result = _import(vault, [Path(p) for p in rest])
        else:
            raise SystemExit(f"unknown action {action!r}")
        seconds = time.perf_counter() - start
    peak = _status_kib("VmHWM")  # this process's own peak, interpreter and vault included
    print(json.dumps({"seconds": seconds, "rss_before_kib": before, "peak_kib": peak, **result}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
