"""Cold start: `sviedka` (no command, an existing vault) until its unlock window is painted vs
`python -c "import PySide6.QtWidgets"`.

Both run in fresh child processes with QT_QPA_PLATFORM=offscreen, the same interpreter, the same
environment, and HOME/XDG folders inside the run's temp folder (no settings or vault of the
user's is read or touched; $SVIEDKA_VAULT names a small vault made here). Ours is
bench.ui_start_child (the console script's `main([])` until the passphrase field's first paint
has ended); the reference imports PySide6.QtWidgets. Each prints one line when done: the time
is the parent's wall clock from `Popen` to reading that line (interpreter start included).

Bytecode: this project's environment sets PYTHONDONTWRITEBYTECODE, so a checkout has no .pyc
for app/ and every start compiles it; an installed application has its bytecode. The timed
children get PYTHONPYCACHEPREFIX (a folder in the temp folder) without that variable; one
start of each side fills that cache first (not counted). Then REPETITIONS starts of each,
interleaved; medians. For context, UNCACHED_REPETITIONS more with PYTHONDONTWRITEBYTECODE=1
and no prefix: what `make run` from this checkout pays (the venv has its bytecode, app/ not).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.storage.vault import Vault
from bench.common import FAST_KDF, PASSPHRASE, Context
from bench.report import Figure, median, progress

PROJECT = Path(__file__).resolve().parent.parent
REPETITIONS = 7
UNCACHED_REPETITIONS = 3
BUDGET = 2.5
TIMEOUT_SECONDS = 120.0
_REFERENCE = (
    "import PySide6.QtWidgets\n"
    "import sys\n"
    "peak = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
    "sys.stdout.write('painted {\"peak_kib\": %s}\\n' % peak)\n"
    "sys.stdout.flush()\n"
)


def child_environment(root: Path, vault: Path | None = None, cached: bool = True) -> dict[str, str]:
    """An environment that keeps a Qt child away from the user's files: HOME and the XDG
    folders inside `root`, the offscreen platform; bytecode cached in `root` (`cached`) or
    never written (PYTHONDONTWRITEBYTECODE=1: nothing is written into the checkout)."""
    home, runtime = root / "home", root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    dropped = ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "SVIEDKA_PASSPHRASE")
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
    )
    if cached:
        env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("SVIEDKA_VAULT", None)
    if vault is not None:
        env["SVIEDKA_VAULT"] = str(vault)
    return env


def time_to_marker(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, object]]:
    """Seconds from spawn to the child's `painted {json}` line, and that JSON."""
    with tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        assert process.stdout is not None
        line = process.stdout.readline()
        seconds = time.perf_counter() - start
        process.stdout.read()
        process.wait(TIMEOUT_SECONDS)
        errors.seek(0)
        if not line.startswith("painted "):
            raise RuntimeError(
                f"{command[-1]} printed {line!r}, exit {process.returncode}: "
                f"{errors.read().strip()[-2000:]}"
            )
    return seconds, json.loads(line.split(" ", 1)[1])


def _starts(
    commands: dict[str, list[str]], env: dict[str, str], repetitions: int
) -> tuple[dict[str, list[float]], dict[str, list[int]], str]:
    """Seconds and peak RSS (KiB) of `repetitions` interleaved starts of each command."""
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[int]] = {name: [] for name in commands}
    language = ""
    for _ in range(repetitions):
        for name, command in commands.items():
            elapsed, result = time_to_marker(command, env)
            seconds[name].append(elapsed)
            peaks[name].append(int(str(result["peak_kib"])))
            language = str(result.get("language", language))
    return seconds, peaks, language


def run(ctx: Context) -> None:
    work = ctx.folder("ui_start")
    vault = work / "vault"
    Vault.create(vault, PASSPHRASE, FAST_KDF).close()
    commands = {
        "ours": [sys.executable, "-m", "bench.ui_start_child"],
        "reference": [sys.executable, "-c", _REFERENCE],
    }
    env = child_environment(work, vault)
    _starts(commands, env, 1)  # fills the bytecode cache
    seconds, peaks, language = _starts(commands, env, REPETITIONS)
    progress(f"ui_start: {REPETITIONS} starts of each done; now without bytecode for app/")
    uncached, _, _ = _starts(
        commands, child_environment(work, vault, cached=False), UNCACHED_REPETITIONS
    )
    ours, reference = median(seconds["ours"]) * 1000, median(seconds["reference"]) * 1000
    ctx.add(
        Figure(
            "ui_start",
            f"start to painted unlock window, median of {REPETITIONS}",
            ours,
            reference,
            "ms",
            ratio=ours / reference,
            op="<=",
            limit=BUDGET,
            budget=f"<= {BUDGET}x import QtWidgets",
            note=(
                f"wall clock from spawn to the marker line, offscreen, language {language}, "
                "bytecode cached; reference: python -c 'import PySide6.QtWidgets'"
            ),
            extra={"ours_s": seconds["ours"], "reference_s": seconds["reference"]},
        )
    )
    ours_uncached = median(uncached["ours"]) * 1000
    reference_uncached = median(uncached["reference"]) * 1000
    ctx.add(
        Figure(
            "ui_start",
            f"  same, no bytecode for app/ (a checkout), median of {UNCACHED_REPETITIONS}",
            ours_uncached,
            reference_uncached,
            "ms",
            ratio=ours_uncached / reference_uncached,
            note="PYTHONDONTWRITEBYTECODE=1 as in this environment: app/ is compiled every start",
            extra={"ours_s": uncached["ours"], "reference_s": uncached["reference"]},
        )
    )
    peak, reference_peak = median(peaks["ours"]) / 1024, median(peaks["reference"]) / 1024
    ctx.add(
        Figure(
            "ui_start",
            "  peak RSS at the marker (ratio = MiB more)",
            peak,
            reference_peak,
            "MiB",
            ratio=peak - reference_peak,
            note="VmHWM of the child when it prints its marker, median",
            extra={"ours_kib": peaks["ours"], "reference_kib": peaks["reference"]},
        )
    )
