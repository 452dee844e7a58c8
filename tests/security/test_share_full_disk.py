"""A hand-over that cannot be written whole leaves nothing: no file, no temporary file, and
no entry in the audit trail for a hand-over that did not happen.

The disk is made "full" for real, with the file-size limit of the process (RLIMIT_FSIZE): the
kernel refuses to grow any file past it, as it would on a full disk."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import sviedka
from tests.conftest import PASSPHRASE
from tests.factories import day, minimal_testimony

LIMIT = 256 * 1024  # room for the vault's own small writes, not for the hand-over


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))


@pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_leaves_no_partial_file(closed_vault: Path, tmp_path: Path) -> None:
    doc = minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": ["share_un_wgad"]},
        persons=[{"ref": "p1", "roles": ["informant", "victim"],
                  "names": [{"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}]}],
    )  # fmt: skip
    doc["interview"]["narrative"] = {"text": "Яны білі мяне. " * 40_000, "language": "be"}
    added = sviedka("add", "-", vault=closed_vault, stdin=json.dumps(doc, ensure_ascii=False))
    assert added.code == 0, added.err
    out = tmp_path / "handed" / "wgad.json"
    out.parent.mkdir()
    environment = {**os.environ, "SVIEDKA_PASSPHRASE": PASSPHRASE}
    command = [sys.executable, "-m", "app.cli", "--vault", str(closed_vault), "share",
               "--scope", "share_un_wgad", "--format", "json", "--out", str(out),
               "--yes"]  # fmt: skip
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
        start_new_session=True,
        preexec_fn=_limited,  # the limit is the child's alone
        cwd=Path(__file__).resolve().parent.parent.parent,
    )
    assert result.returncode == 1, result.stderr
    assert f"could not write {out} (File too large); nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []
    assert sviedka("shares", vault=closed_vault).out.strip() == "No hand-overs yet."
