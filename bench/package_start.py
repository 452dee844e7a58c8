"""Cold start of the packaged desktop vs the same desktop from this checkout.

    python -m bench package_start

Builds the portable Linux folder (scripts/package.py --no-deb, about two minutes) into the
run's temp folder and unpacks it. Both sides run the same entry point, packaging/sviedka_main.py
(frozen in the package, by this checkout's interpreter on the other side), on a small existing
vault, so both paint the unlock window; SVIEDKA_EXIT_AFTER_FIRST_PAINT makes each print
`painted {json}` after its first paint and leave. The time is the parent's wall clock from
spawn to that line (bench.ui_start.time_to_marker), offscreen, HOME/XDG in the temp folder.

The checkout side has its bytecode cached (one uncounted start fills the cache), as an installed
program would; the packaged side always has it. Budget (issue 16): at most 1.5x the checkout.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

from app.storage.vault import Vault
from bench.common import FAST_KDF, PASSPHRASE, Context
from bench.report import Figure, median, progress
from bench.ui_start import PROJECT, child_environment, time_to_marker

REPETITIONS = 7
BUDGET = 1.5
PROBE = "SVIEDKA_EXIT_AFTER_FIRST_PAINT"


def portable_folder(work: Path) -> Path:
    """The packaged program, built from this checkout and unpacked into `work`."""
    dist = work / "dist"
    subprocess.run(
        [
            *(sys.executable, "scripts/package.py", "--no-deb"),
            *("--dist", str(dist), "--work", str(work / "build")),
        ],
        cwd=PROJECT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    (tarball,) = dist.glob("sviedka-*-linux-x86_64.tar.gz")
    unpacked = work / "unpacked"
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            tar.extract(member, unpacked, filter="data")
    (folder,) = unpacked.iterdir()
    return folder / "sviedka"


def run(ctx: Context) -> None:
    work = ctx.folder("package_start")
    progress("package_start: building the portable folder (scripts/package.py)")
    packaged = portable_folder(work)
    vault = work / "vault"
    Vault.create(vault, PASSPHRASE, FAST_KDF).close()
    env = {**child_environment(work, vault), PROBE: "1"}
    commands = {
        "packaged": [str(packaged)],
        "checkout": [sys.executable, str(PROJECT / "packaging" / "sviedka_main.py")],
    }
    for command in commands.values():  # fills the checkout's bytecode cache; not counted
        time_to_marker(command, env)
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, list[int]] = {name: [] for name in commands}
    for _ in range(REPETITIONS):
        for name, command in commands.items():  # interleaved: a slow moment hits both
            elapsed, result = time_to_marker(command, env)
            seconds[name].append(elapsed)
            peaks[name].append(int(str(result["peak_kib"])))
    ours, reference = median(seconds["packaged"]) * 1000, median(seconds["checkout"]) * 1000
    ctx.add(
        Figure(
            "package_start",
            f"packaged start to painted unlock window, median of {REPETITIONS}",
            ours,
            reference,
            "ms",
            ratio=ours / reference,
            op="<=",
            limit=BUDGET,
            budget=f"<= {BUDGET}x the checkout",
            note="same entry point (packaging/sviedka_main.py), frozen vs this checkout's Python",
            extra={"packaged_s": seconds["packaged"], "checkout_s": seconds["checkout"]},
        )
    )
    peak, reference_peak = median(peaks["packaged"]) / 1024, median(peaks["checkout"]) / 1024
    ctx.add(
        Figure(
            "package_start",
            "  peak RSS at the marker (ratio = MiB more)",
            peak,
            reference_peak,
            "MiB",
            ratio=peak - reference_peak,
            note="VmHWM of the child when it prints its marker, median",
            extra={"packaged_kib": peaks["packaged"], "checkout_kib": peaks["checkout"]},
        )
    )
