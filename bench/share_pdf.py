"""The PDF hand-over (issue 13): drawing the case dossiers of ten times the testimonies takes
within 12x the time (each dossier is laid out as a document of its own; one document for the
whole file grew faster than its length). Context: the JSON of the same testimonies, to read
what a PDF costs next to the cheapest format.

One child process (bench.share_pdf_child, the offscreen platform as the command line uses),
medians of repetitions. The budget is a ratio of two sizes measured in the same run.
"""

from __future__ import annotations

import json
import subprocess
import sys

from bench.common import Context
from bench.report import Figure, progress
from bench.ui_start import PROJECT, child_environment

TIMEOUT_SECONDS = 1200.0


def run(ctx: Context) -> None:
    small, repeat = (4, 1) if ctx.quick else (10, 3)
    progress(f"share_pdf: the dossiers of {small} and {small * 10} testimonies")
    env = child_environment(ctx.folder("share_pdf"))
    done = subprocess.run(
        [sys.executable, "-m", "bench.share_pdf_child", str(small), str(repeat)],
        cwd=PROJECT, env=env, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=True,
    )  # fmt: skip
    found = json.loads(done.stdout.strip().splitlines()[-1])
    dossiers_small, dossiers_large = found["small_dossiers"], found["large_dossiers"]
    ctx.figures.append(
        Figure(
            "share_pdf", f"{dossiers_large} vs {dossiers_small} dossiers",
            found["large"], found["small"], "s",
            ratio=found["large"] / found["small"], op="<=", limit=12.0,
            budget="ten times the dossiers within 12x the time",
        )
    )  # fmt: skip
    ctx.figures.append(
        Figure(
            "share_pdf", f"{dossiers_large} dossiers: PDF vs JSON of the same testimonies",
            found["large"], found["large_json"], "s",
            ratio=found["large"] / found["large_json"],
            note="context: what drawing costs next to the cheapest format",
        )
    )  # fmt: skip
