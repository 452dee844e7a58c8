"""`python -m bench [--quick] [NAME ...]`: run the benchmarks, print the table, save the JSON.

`--markdown PATH` also writes the table as Markdown (for docs/performance.md); `--render
RESULTS.json ...` writes up runs made earlier without running anything (`--newest`: each
benchmark from the newest of them).

All data lives in one temp folder under TMPDIR, removed at the end (the filled vault may be
kept in bench/.cache, see bench/fill.py). The exit status is 1 if a benchmark crashed and, with
--strict, 2 if a budget was not met; a missed budget alone does not fail the command.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import (
    attach,
    bulk,
    bundle,
    editor_open,
    hostile,
    list_paint,
    markdown,
    package_start,
    persons,
    save,
    searching,
    share,
    share_pdf,
    ui_start,
    unlock,
)
from bench.common import MIB, Context
from bench.report import environment, load_average, progress, table, write_json

BENCHMARKS: dict[str, Callable[[Context], None]] = {
    "unlock": unlock.run,
    "bulk": bulk.run,
    "search": searching.run,  # before "save": it sees the filled vault as filled
    "save": save.run,
    "attach": attach.run,
    "ui_start": ui_start.run,
    "editor_open": editor_open.run,
    "list": list_paint.run,
    "bundle": bundle.run,
    "hostile": hostile.run,
    "package_start": package_start.run,  # builds the package first (~2 min)
    "persons": persons.run,
    "share_pdf": share_pdf.run,
    "share": share.run,
}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 10k testimonies, 64 MiB, 1k bulk"
    )
    parser.add_argument("--no-cache", action="store_true", help="fill the large vault anew")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder (debugging)")
    parser.add_argument("--strict", action="store_true", help="exit 2 if a budget is missed")
    parser.add_argument(
        "--markdown", type=Path, metavar="PATH", help="also write the table as Markdown to PATH"
    )
    parser.add_argument(
        "--render",
        type=Path,
        nargs="+",
        metavar="RESULTS",
        help="run nothing: write up these results JSON files (to --markdown PATH, else stdout)",
    )
    parser.add_argument(
        "--newest",
        action="store_true",
        help="with --render: each benchmark's figures from the newest file that has them",
    )
    args = parser.parse_args(argv)
    if args.render and args.names:
        parser.error("--render writes up results already made; it runs no benchmark")
    if args.newest and not args.render:
        parser.error("--newest chooses among the files given to --render")
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHMARKS)}")
    return args


def render(paths: list[Path], newest: bool, out: Path | None) -> int:
    try:
        runs = [markdown.load(path) for path in paths]
    except (OSError, ValueError, TypeError) as error:
        print(f"Could not read the results file: {error}", file=sys.stderr)
        return 1
    if newest:
        runs = markdown.newest_per_benchmark(runs)
    text = markdown.render(sorted(runs, key=lambda run: run.stamp))
    if out is None:
        print(text, end="")
    else:
        out.write_text(text, encoding="utf-8")
        print(f"written: {out}")
    return 0


def main(argv: list[str]) -> int:
    args = parse(argv)
    if args.render:
        return render(args.render, args.newest, args.markdown)
    env = environment(argv)  # the load average at the start
    names = [name for name in BENCHMARKS if not args.names or name in args.names]
    root = Path(tempfile.mkdtemp(prefix="sviedka-bench-"))
    ctx = Context(root=root, quick=args.quick, use_cache=not args.no_cache)
    crashed: list[str] = []
    durations: dict[str, float] = {}
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")

    def save(finished: bool) -> Path:
        # Written after every benchmark: a full run takes about an hour on a shared machine,
        # and one stopped half-way can still be written up (--render) from what it measured.
        meta = {
            "quick": args.quick,
            "sizes": {
                "testimonies": ctx.testimonies,
                "attachment_mib": ctx.attachment_bytes // MIB,
                "bulk_records": ctx.bulk_count,
            },
            "benchmarks": names,
            "finished": finished,
            "crashed": crashed,
            "durations_s": durations,
            "environment": {**env, "load_end": load_average()},
        }
        return write_json(ctx.figures, meta, stamp=stamp)

    try:
        for name in names:
            progress(f"== {name} ==")
            start = time.perf_counter()
            try:
                BENCHMARKS[name](ctx)
            except Exception:
                traceback.print_exc()
                crashed.append(name)
            durations[name] = time.perf_counter() - start
            progress(f"{name}: done in {durations[name]:.0f} s")
            save(finished=False)
    finally:
        if args.keep:
            progress(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    print(table(ctx.figures))
    path = save(finished=True)
    if args.markdown:
        args.markdown.write_text(markdown.render([markdown.load(path)]), encoding="utf-8")
        print(f"markdown: {args.markdown}")
    missed = [f"{f.benchmark}: {f.name.strip()}" for f in ctx.figures if f.met is False]
    print(f"\nresults: {path}")
    if missed:
        print("budgets not met: " + "; ".join(missed))
    if crashed:
        print("crashed: " + ", ".join(crashed), file=sys.stderr)
        return 1
    return 2 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
