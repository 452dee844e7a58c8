"""The results of one or more runs as Markdown, for docs/performance.md.

Works from the results JSON (bench/results/*.json), not from a live run only, so a run that was
interrupted or made earlier can still be written up. With several runs, each row names the run
it comes from: a figure is only comparable with its own reference, measured in the same run.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.report import Figure, number

_FIELDS = {f.name for f in dataclasses.fields(Figure)}


@dataclasses.dataclass
class Run:
    """One results file: when, where and how it ran, and its figures."""

    stamp: str  # "20261203T152319Z", the file's name
    meta: dict[str, Any]
    figures: list[Figure]

    @property
    def label(self) -> str:
        return _when(self.stamp)


def load(path: Path) -> Run:
    document = json.loads(path.read_text(encoding="utf-8"))
    figures = [
        Figure(**{key: value for key, value in raw.items() if key in _FIELDS})
        for raw in document.get("figures", [])
    ]
    meta = {key: value for key, value in document.items() if key != "figures"}
    return Run(str(document.get("generated_at") or path.stem), meta, figures)


def newest_per_benchmark(runs: Sequence[Run]) -> list[Run]:
    """Each benchmark's figures from the newest run that has them (older runs keep only the
    benchmarks no newer run measured; runs left with nothing are dropped)."""
    taken: set[str] = set()
    kept: list[Run] = []
    for run in sorted(runs, key=lambda r: r.stamp, reverse=True):
        names = {f.benchmark for f in run.figures} - taken
        if names:
            taken |= names
            kept.append(Run(run.stamp, run.meta, [f for f in run.figures if f.benchmark in names]))
    return sorted(kept, key=lambda r: r.stamp)


def _when(stamp: str) -> str:
    try:
        moment = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return stamp
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _mode(meta: dict[str, Any]) -> str:
    # Results written before the sizes were recorded: the sizes --quick and a full run had then.
    quick = bool(meta.get("quick"))
    default = (10_000, 64, 1_000) if quick else (100_000, 1024, 5_000)
    sizes = meta.get("sizes", {})
    n, mib, bulk = (
        sizes.get("testimonies", default[0]),
        sizes.get("attachment_mib", default[1]),
        sizes.get("bulk_records", default[2]),
    )
    attachments = f"{mib // 1024} GiB" if mib % 1024 == 0 else f"{mib} MiB"
    name = "`--quick`" if quick else "full size"
    return f"{name}: {n:,} testimonies, {attachments} of attachments, {bulk:,} bulk records"


def _load(value: Any) -> str:
    if not isinstance(value, list) or len(value) != 3:
        return "not recorded"
    return " / ".join(f"{v:.2f}" for v in value)


def _args(meta: dict[str, Any]) -> str:
    argv = " ".join(meta.get("environment", {}).get("argv", []))
    return f"`python -m bench {argv}`".replace(" `", "`") if argv else "`python -m bench`"


def _took(meta: dict[str, Any]) -> str:
    durations = meta.get("durations_s", {})
    return ", ".join(f"{name} {seconds:,.0f} s" for name, seconds in durations.items())


def machine(env: dict[str, Any]) -> list[str]:
    """Where a run was made (results written before 2026-12-03 17:40 lack some of it)."""
    ram, cores = env.get("ram_gib"), env.get("cpus")
    system = env.get("os", "")
    platform = env.get("platform", "")
    return [
        f"- Machine: {env.get('cpu_model', 'CPU model not recorded')}, "
        f"{cores if cores else '?'} cores, "
        + (f"{ram:g} GiB RAM" if ram else "RAM not recorded")
        + f"; {system + ' (' + platform + ')' if system else platform or 'OS not recorded'}",
        f"- Python {env.get('python', '?')}, SQLCipher {env.get('sqlcipher', 'not recorded')}, "
        f"SQLite {env.get('sqlite', 'not recorded')}",
    ]


def _one_run(run: Run) -> list[str]:
    env: dict[str, Any] = run.meta.get("environment", {})
    lines = [
        f"- Arguments: {_args(run.meta)} ({_mode(run.meta)})",
        *machine(env),
        f"- Load average (1 / 5 / 15 min): at the start {_load(env.get('load_start'))}, "
        f"at the end {_load(env.get('load_end'))}",
    ]
    if _took(run.meta):
        lines.append(f"- Time taken: {_took(run.meta)}")
    return lines


def _several_runs(runs: Sequence[Run]) -> list[str]:
    # The machine as the newest run that recorded it says; each run's own line below.
    described = [r for r in runs if "cpu_model" in r.meta.get("environment", {})] or list(runs)
    lines = machine(described[-1].meta.get("environment", {}))
    platforms = {r.meta.get("environment", {}).get("platform") for r in runs}
    if len(platforms) > 1:
        lines.append(
            f"- **The runs were made on different systems**: {', '.join(map(str, platforms))}"
        )
    lines += [
        "",
        "| run | arguments | figures of | load at start / end (1 min) | time taken |",
        "| --- | --- | --- | --- | --- |",
    ]
    for run in runs:
        env = run.meta.get("environment", {})
        start, end = env.get("load_start"), env.get("load_end")
        load = " / ".join(f"{v[0]:.2f}" if isinstance(v, list) else "?" for v in (start, end))
        benchmarks = ", ".join(dict.fromkeys(f.benchmark for f in run.figures))
        mode = "--quick" if run.meta.get("quick") else "full size"
        cells = [run.label, f"{_args(run.meta)} ({mode})", benchmarks, load, _took(run.meta)]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _crashed(runs: Sequence[Run]) -> list[str]:
    lines = [
        f"- **Crashed** in the run of {run.label} (no figures): {', '.join(run.meta['crashed'])}"
        for run in runs
        if run.meta.get("crashed")
    ]
    for run in runs:
        if run.meta.get("finished") is False:  # older results files do not say: finished
            measured = run.meta.get("durations_s", {})
            left = [name for name in run.meta.get("benchmarks", []) if name not in measured]
            lines.append(
                f"- **Unfinished**: the run of {run.label} stopped before "
                + (", ".join(left) if left else "its end")
            )
    return lines


def _met(figure: Figure) -> str:
    met = figure.met
    return "" if met is None else ("yes" if met else "**NO**")


def _name(figure: Figure) -> str:
    # Context rows are written indented ("  per record: ..."); Markdown drops leading spaces.
    stripped = figure.name.lstrip(" ")
    depth = (len(figure.name) - len(stripped)) // 2
    return "&emsp;" * depth + _cell(f"{figure.benchmark}: {stripped}")


def table(runs: Sequence[Run]) -> list[str]:
    several = len(runs) > 1
    header = ["figure", "ours", "reference", "ratio", "budget", "met?"]
    header += ["run"] if several else []
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("| --- | ---: | ---: | ---: | --- | --- |" + (" --- |" if several else ""))
    for run in runs:
        for f in run.figures:
            cells = [
                _name(f),
                number(f.ours, f.unit),
                number(f.reference, f.unit),
                "" if f.ratio is None else f"{f.ratio:.2f}",
                _cell(f.budget),
                _met(f),
            ]
            cells += [run.label] if several else []
            lines.append("| " + " | ".join(cells) + " |")
    return lines


def notes(runs: Sequence[Run]) -> list[str]:
    return [
        f"- {_cell(f.benchmark)}: {_cell(f.name.strip())}: {_cell(f.note)}"
        for run in runs
        for f in run.figures
        if f.note
    ]


def render(runs: Sequence[Run], title: str = "") -> str:
    """Markdown for the runs: where and how each was made, one table, the notes."""
    if not runs:
        raise ValueError("There are no benchmark results to write up.")
    if len(runs) == 1:
        heading = title or f"Run of {runs[0].label}"
        head = _one_run(runs[0])
    else:
        heading = title or f"Newest figure of each benchmark, {runs[0].label} to {runs[-1].label}"
        head = _several_runs(runs)
    lines = [f"## {heading}", "", *head]
    crashed = _crashed(runs)
    if crashed:  # a list right under a table would be read as part of it
        lines += ["", *crashed] if len(runs) > 1 else crashed
    lines += ["", *table(runs)]
    written = notes(runs)
    if written:
        lines += ["", "Notes:", "", *written]
    missed = [f"{f.benchmark}: {f.name.strip()}" for r in runs for f in r.figures if f.met is False]
    lines += ["", "Budgets missed: " + ("; ".join(missed) if missed else "none") + "."]
    return "\n".join(lines) + "\n"
