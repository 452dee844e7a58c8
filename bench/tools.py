"""External tools the benchmarks compare against, and running a child process with its peak RSS.

`age` (the reference for attachments) is installed with apt-get when it is missing and we run
as root; otherwise the attachment benchmark is skipped with a message.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.report import progress


def ensure_age() -> Path | None:
    """The `age` binary, installing the Debian package if we may; None (and why) if not."""
    found = shutil.which("age")
    if found:
        return Path(found)
    apt = shutil.which("apt-get")
    if os.geteuid() != 0 or apt is None:
        progress(
            "age is not installed and we cannot install it (not root, or no apt-get): "
            "install it (Debian: sudo apt-get install age); skipping attachments"
        )
        return None
    progress("age is not installed: apt-get install -y age")
    install = [apt, "install", "-y", "-q", "age"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if subprocess.run(install, env=env, check=False).returncode != 0:
        subprocess.run([apt, "update", "-q"], env=env, check=False)
        subprocess.run(install, env=env, check=False)
    found = shutil.which("age")
    if found is None:
        progress("installing age failed; skipping attachments")
        return None
    return Path(found)


@dataclass(frozen=True)
class ChildRun:
    seconds: float  # wall time from start to exit, as seen by the parent
    peak_rss_kib: int  # the highest VmHWM seen while polling the child, KiB
    stdout: str


POLL_SECONDS = 0.005


def _vmhwm_kib(pid: int) -> int:
    """Peak RSS of a live process so far. Not ru_maxrss: after fork+exec a child's ru_maxrss
    starts at its parent's RSS (Linux keeps the pre-exec high-water mark), so a small tool
    started by a 300 MiB benchmark process would report 300 MiB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def run_child(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> ChildRun:
    """Run `command` (in `env`, if given), polling its peak RSS until it exits; fail loudly on
    a non-zero exit. Its output must be small (a JSON line): it is read after the exit."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=errors, text=True)
        peak = 0
        while True:
            peak = max(peak, _vmhwm_kib(process.pid))
            pid, status = os.waitpid(process.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(POLL_SECONDS)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        errors.seek(0)
        stdout, err = out.read(), errors.read()
    if process.returncode != 0:
        raise RuntimeError(f"{command[0]} exited with {process.returncode}: {err.strip()[-2000:]}")
    return ChildRun(seconds, peak, stdout)
