"""Figures, statistics and output: the table printed at the end and the JSON results file."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    """One line of the table. `ratio` is oriented so that it is compared with `limit` as the
    budget says (`<=` or `>=`); a figure without a limit is context for reading the others."""

    benchmark: str
    name: str
    ours: float
    reference: float | None
    unit: str
    ratio: float | None = None
    op: str = ""  # "<=" / ">=": ratio vs limit; "abs<=": ours vs limit; "": context only
    limit: float | None = None
    budget: str = ""
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def met(self) -> bool | None:
        if self.limit is None or not self.op:
            return None
        if self.op == "abs<=":
            return self.ours <= self.limit
        if self.ratio is None:
            return None
        return self.ratio <= self.limit if self.op == "<=" else self.ratio >= self.limit


RSS_BUDGET_MIB = 32.0  # performance.md: peak RSS flat in size, at most this much more


def rss_figure(
    benchmark: str, name: str, label: str, ours_kib: list[int], small_kib: int, age_kib: list[int]
) -> Figure:
    """Peak RSS of our child at the large size against ours at 10 MiB (kB from VmHWM)."""
    peak, small = max(ours_kib) / 1024, small_kib / 1024
    return Figure(
        benchmark,
        f"{name} peak RSS at {label} vs at 10 MiB (ratio = MiB more)",
        peak,
        small,
        "MiB",
        ratio=peak - small,
        op="<=",
        limit=RSS_BUDGET_MIB,
        budget=f"<= +{RSS_BUDGET_MIB:.0f} MiB",
        note=f"age peak RSS at {label}: {max(age_kib) / 1024:.0f} MiB",
        extra={"ours_kib": ours_kib, "age_kib": age_kib},
    )


def percentile(samples: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (q in 0..100)."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)


def timed(action: Callable[[], object]) -> float:
    """Seconds one call takes (perf_counter)."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def number(value: float | None, unit: str = "") -> str:
    if value is None or math.isnan(value):
        return "-"
    if abs(value) >= 100:
        text = f"{value:,.0f}"
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}"
    return f"{text} {unit}".strip()


def _met(figure: Figure) -> str:
    met = figure.met
    return "" if met is None else ("yes" if met else "NO")


def table(figures: Sequence[Figure]) -> str:
    header = ("figure", "ours", "reference", "ratio", "budget", "met?")
    rows = [
        (
            f"{f.benchmark}: {f.name}",
            number(f.ours, f.unit),
            number(f.reference, f.unit),
            "" if f.ratio is None else f"{f.ratio:.2f}",
            f.budget,
            _met(f),
        )
        for f in figures
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    notes = [f"  {f.benchmark}: {f.name}: {f.note}" for f in figures if f.note]
    if notes:
        lines += ["", "notes:", *notes]
    return "\n".join(lines)


def environment(args: Sequence[str]) -> dict[str, Any]:
    """The machine and versions a run's figures belong to; `load_start` is taken here, at the
    start, and `load_end` by the caller at the end (the machine may be shared)."""
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "ram_gib": _ram_gib(),
        "os": _os_name(),
        **_sqlite_versions(),
        "load_start": load_average(),
        "argv": list(args),
    }


def load_average() -> list[float] | None:
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:  # not available on this platform
        return None


def _first_value(path: str, key: str) -> str | None:
    try:
        lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    for line in lines:
        name, _, value = line.partition(":" if ":" in line else "=")
        if name.strip() == key:
            return value.strip().strip('"')
    return None


def _cpu_model() -> str:
    return _first_value("/proc/cpuinfo", "model name") or platform.processor() or "unknown"


def _ram_gib() -> float | None:
    total = _first_value("/proc/meminfo", "MemTotal")  # "24522728 kB"
    if not total or not total.split()[0].isdigit():
        return None
    return round(int(total.split()[0]) / 1024 / 1024, 1)


def _os_name() -> str:
    return _first_value("/etc/os-release", "PRETTY_NAME") or platform.system()


def _sqlite_versions() -> dict[str, str]:
    import sqlcipher3  # the driver the vault runs on, not the stdlib sqlite3

    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return {"sqlite": sqlcipher3.sqlite_version, "sqlcipher": row[0] if row else "unknown"}


def write_json(
    figures: Sequence[Figure], meta: dict[str, Any], folder: Path = RESULTS, stamp: str = ""
) -> Path:
    """The results file `<stamp>.json` (the run's start, UTC; now if not given), replaced whole:
    written to a temp name and renamed, so an interrupted write leaves the previous one."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = stamp or datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = folder / f"{stamp}.json"
    document = {
        "generated_at": stamp,
        **meta,
        "figures": [{**asdict(f), "met": f.met} for f in figures],
    }
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(json.dumps(document, indent=1, ensure_ascii=False, default=str) + "\n")
    partial.replace(path)
    return path
