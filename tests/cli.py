"""Running the real `sviedka` command in a subprocess, as a user or a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import PASSPHRASE


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def sviedka(
    *args: str,
    vault: Path | None = None,
    passphrase: str | None = PASSPHRASE,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> Result:
    environment = dict(os.environ)
    environment.pop("SVIEDKA_PASSPHRASE", None)
    if passphrase is not None:
        environment["SVIEDKA_PASSPHRASE"] = passphrase
    environment.update(env or {})
    command = [sys.executable, "-m", "app.cli"]
    if vault is not None:
        command += ["--vault", str(vault)]
    completed = subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        check=False,
        # No controlling terminal: prompts must not hang a test.
        start_new_session=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)
