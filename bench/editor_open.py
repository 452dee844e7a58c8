"""Opening a testimony (issue 11: the interviewer must not wait while the relative is already
talking): the full editor opening on a complete testimony vs the same editor built empty with
every one of its pages shown (the widgets an editor built at once before pages were built
when first shown; about 0.75 s on a quiet 2-vCPU machine, so the issue's 300 ms is 0.4 of it),
filling vs the empty editor, every page of a complete testimony vs of an empty one, and the
quick page a new testimony opens on.

One child process (bench.editor_open_child), medians of interleaved repetitions. Budgets are
ratios to references measured in the same run.
"""

from __future__ import annotations

import json
import subprocess
import sys

from bench.common import Context
from bench.report import Figure, progress
from bench.ui_start import PROJECT, child_environment

TIMEOUT_SECONDS = 600.0


def run(ctx: Context) -> None:
    progress("editor_open: the editor empty (first page, every page), complete, the quick page")
    env = child_environment(ctx.folder("editor_open"))
    done = subprocess.run(
        [sys.executable, "-m", "bench.editor_open_child"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=True,
    )  # fmt: skip
    found = json.loads(done.stdout.strip().splitlines()[-1])
    every_empty, empty = found["every_page_empty"], found["empty"]
    complete, every_complete = found["complete"], found["every_page_complete"]
    quick = found["quick"]
    rows = [
        ("complete testimony vs every page built empty", complete, every_empty, 0.4,
         "opens in the time of 0.4 of building every page (300 ms of 0.75 s)"),
        ("complete testimony vs empty editor", complete, empty, 1.5,
         "filling costs at most half of building"),
        ("every page shown: complete vs empty", every_complete, every_empty, 1.5,
         "pages built later fill at the same cost"),
        ("new testimony (quick page) vs every page built empty", quick, every_empty, 0.1,
         "the page a new testimony opens on: a tenth of the editor"),
    ]  # fmt: skip
    for title, ours, reference, limit, budget in rows:
        ctx.figures.append(
            Figure(
                "editor_open", title, ours * 1000, reference * 1000, "ms",
                ratio=ours / reference, op="<=", limit=limit, budget=budget,
            )
        )  # fmt: skip
