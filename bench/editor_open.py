"""Opening a testimony: the full editor showing a complete testimony vs the same editor built
empty, and the quick page a new testimony opens on vs that empty editor (issue 11: the
interviewer must not wait while the relative is already talking).

One child process (bench.editor_open_child), medians of interleaved repetitions. Budgets are
ratios to the empty editor measured in the same run: filling adds at most half of what
building costs, and a new testimony's page costs at most a tenth of the editor.
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
    progress("editor_open: building the editor empty, full and the quick page")
    env = child_environment(ctx.folder("editor_open"))
    done = subprocess.run(
        [sys.executable, "-m", "bench.editor_open_child"],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=True,
    )  # fmt: skip
    found = json.loads(done.stdout.strip().splitlines()[-1])
    empty, complete, quick = found["empty"], found["complete"], found["quick"]
    ctx.figures.append(
        Figure(
            "editor_open", "complete testimony vs empty editor", complete * 1000, empty * 1000,
            "ms", ratio=complete / empty, op="<=", limit=1.5,
            budget="filling costs at most half of building",
        )
    )  # fmt: skip
    ctx.figures.append(
        Figure(
            "editor_open", "new testimony (quick page) vs empty editor", quick * 1000,
            empty * 1000, "ms", ratio=quick / empty, op="<=", limit=0.1,
            budget="the page a new testimony opens on: a tenth of the editor",
        )
    )  # fmt: skip
