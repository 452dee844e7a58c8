"""The testimony list: first paint, with rows, over the filled vault vs a bare lazy QTableView
over the same rows; and the list's peak RSS at N testimonies vs at N/10 (flat in vault size).

Every measurement is a child process of its own (bench.list_paint_child, offscreen, HOME and
XDG folders in the temp folder, bytecode cached there). Ours: the app's main window, already
painted on its unlock screen with the vault open, switches to the list as after an unlock
(`MainWindow._opened`): Workspace, ListScreen (drafts, count, lazy model, table), until the
table's viewport has painted with rows. Reference: a QAbstractTableModel with canFetchMore /
fetchMore of 200 rows of the app's own list query on a raw keyed sqlcipher3 connection, in a
bare QTableView set into an already painted bare QMainWindow. The list fetches its pages on the
GUI thread (no worker), so the first paint with rows is the first paint after the first page.

One start of each (not counted) warms the page and bytecode caches, then REPETITIONS of each,
interleaved, at N, and SMALL_REPETITIONS at N/10; medians of the times. Peak RSS is the child's
VmHWM right after that paint (interpreter, Qt, the open vault and the list); the budget
compares the largest at N with the largest at N/10.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.common import Context
from bench.fill import fill, filled_vault
from bench.report import RSS_BUDGET_MIB, Figure, median, progress
from bench.tools import run_child
from bench.ui_start import PROJECT, child_environment

REPETITIONS = 5
SMALL_REPETITIONS = 3
BUDGET = 2.0
SIDES = ("ours", "reference")


def _small_vault(ctx: Context) -> tuple[Path, int]:
    """The vault of N/10: the cached 10k one at full size; 1,000 filled here with --quick."""
    if ctx.quick:
        folder = ctx.folder("list") / "small"
        progress("list: filling 1,000 testimonies for the memory comparison")
        fill(folder, 1_000)
        return folder, 1_000
    small = Context(root=ctx.folder("list-small"), quick=True, use_cache=ctx.use_cache)
    return filled_vault(small), small.testimonies


def _runs(folder: Path, env: dict[str, str], repetitions: int) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {side: [] for side in SIDES}
    for _ in range(repetitions):
        for side in SIDES:
            child = run_child(
                [sys.executable, "-m", "bench.list_paint_child", side, str(folder)],
                cwd=PROJECT,
                env=env,
            )
            result = json.loads(child.stdout.strip().splitlines()[-1])
            if not result["rows"]:
                raise RuntimeError(f"list: {side} painted no rows")
            results[side].append(result)
    return results


def _ms(results: list[dict[str, float]]) -> list[float]:
    return [r["seconds"] * 1000 for r in results]


def _peak_mib(results: list[dict[str, float]]) -> float:
    return max(r["peak_kib"] for r in results) / 1024


def run(ctx: Context) -> None:
    large, n = filled_vault(ctx), ctx.testimonies
    small, small_n = _small_vault(ctx)
    env = child_environment(ctx.folder("list"))
    _runs(large, env, 1)  # page cache, bytecode cache
    at_large = _runs(large, env, REPETITIONS)
    progress(f"list: {REPETITIONS} paints of each at {n:,}; now at {small_n:,}")
    _runs(small, env, 1)
    at_small = _runs(small, env, SMALL_REPETITIONS)
    for results, count, repetitions, budgeted in (
        (at_large, n, REPETITIONS, True),
        (at_small, small_n, SMALL_REPETITIONS, False),
    ):
        ours, reference = median(_ms(results["ours"])), median(_ms(results["reference"]))
        early = (f"{median([r['empty_paints'] for r in results[side]]):g} {side}" for side in SIDES)
        ctx.add(
            Figure(
                "list",
                f"{'' if budgeted else '  '}first paint with rows at {count:,}, "
                f"median of {repetitions}",
                ours,
                reference,
                "ms",
                ratio=ours / reference,
                op="<=" if budgeted else "",
                limit=BUDGET if budgeted else None,
                budget=f"<= {BUDGET:g}x bare lazy view" if budgeted else "",
                note=(
                    f"paints without rows before it: {', '.join(early)}; rows fetched: "
                    f"{results['ours'][0]['rows']:.0f} ours, "
                    f"{results['reference'][0]['rows']:.0f} reference"
                ),
                extra={"ours": results["ours"], "reference": results["reference"]},
            )
        )
    peak, small_peak = _peak_mib(at_large["ours"]), _peak_mib(at_small["ours"])
    reference_peak = _peak_mib(at_large["reference"])
    reference_small = _peak_mib(at_small["reference"])
    ctx.add(
        Figure(
            "list",
            f"peak RSS after first paint at {n:,} vs at {small_n:,} (ratio = MiB more)",
            peak,
            small_peak,
            "MiB",
            ratio=peak - small_peak,
            op="<=",
            limit=RSS_BUDGET_MIB,
            budget=f"<= +{RSS_BUDGET_MIB:.0f} MiB",
            note=(
                f"reference (bare view, raw connection): {reference_peak:.0f} MiB at {n:,}, "
                f"{reference_small:.0f} MiB at {small_n:,}"
            ),
        )
    )
