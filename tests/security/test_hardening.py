"""Both faces make their process non-dumpable before touching the vault: no core file even
through a piped core handler (systemd-coredump, apport ignore RLIMIT_CORE), and no reading of
its memory by the user's other processes. Checked in a fresh interpreter per face, from inside
the process (PR_GET_DUMPABLE), after the real entry point ran."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux")

ROOT = Path(__file__).resolve().parents[2]

# Runs one way into the app, then reports what the kernel says about the process. Its own
# prctl call, not app.hardening's: the probe must not trust the code under test.
PROBE = """
import ctypes, json, os, resource, sys
from pathlib import Path

way, folder = sys.argv[1], Path(sys.argv[2])
if way == "cli":
    from app.cli.main import main
    main(["--vault", str(folder), "list"])  # no vault there: fails after the hardening
elif way in ("desktop", "desktop-entry"):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    QTimer.singleShot(0, app.quit)  # as soon as the window is up
    if way == "desktop":
        from app.cli.main import main
        main(["--vault", str(folder)])  # `sviedka` with no command: the desktop app
    else:
        from app.ui.main import run
        run(folder)  # the desktop entry alone
libc = ctypes.CDLL(None, use_errno=True)
umask = os.umask(0)
print(json.dumps({
    "dumpable": libc.prctl(3, 0, 0, 0, 0),  # PR_GET_DUMPABLE
    "core": resource.getrlimit(resource.RLIMIT_CORE),
    "umask": umask,
    "excepthook": sys.excepthook.__module__,
}))
"""


def probe(way: str, tmp_path: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, way, str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("way", ["cli", "desktop", "desktop-entry"])
def test_each_face_is_not_dumpable(way: str, tmp_path: Path) -> None:
    state = probe(way, tmp_path)
    assert state["dumpable"] == 0
    assert state["core"] == [0, 0]
    assert state["umask"] == 0o077
    if way != "cli":  # the desktop also replaces Python's traceback printer (no testimony text)
        assert state["excepthook"] == "app.ui.unexpected_error"


def test_probe_sees_a_dumpable_process(tmp_path: Path) -> None:
    """Negative control: a process that never ran the entry point is dumpable, so the probe
    can tell the two apart."""
    state = probe("nothing", tmp_path)
    assert state["dumpable"] == 1
