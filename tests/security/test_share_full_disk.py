"""A hand-over that cannot be written whole leaves nothing: no file, no temporary file, and
no entry in the audit trail for a hand-over that did not happen.

The disk is made "full" for real, with the file-size limit of the process (RLIMIT_FSIZE): the
kernel refuses to grow any file past it, as it would on a full disk."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from tests.cli import sviedka
from tests.factories import minimal_testimony
from tests.share_helpers import consent, names, share_on_a_full_disk

pytestmark = pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is POSIX")


def _nothing_written(vault: Path, doc: dict[str, Any], out: Path, form: str) -> None:
    added = sviedka("add", "-", vault=vault, stdin=json.dumps(doc, ensure_ascii=False))
    assert added.code == 0, added.err
    out.parent.mkdir()
    result = share_on_a_full_disk(vault, out, form)
    assert result.returncode == 1, result.stderr
    assert f"could not write {out} (File too large); nothing was written" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(out.parent.iterdir()) == []
    assert sviedka("shares", vault=vault).out.strip() == "No hand-overs yet."


def test_a_full_disk_leaves_no_partial_file(closed_vault: Path, tmp_path: Path) -> None:
    doc = minimal_testimony(
        consent=consent("share_un_wgad"),
        persons=[{"ref": "p1", "roles": ["informant", "victim"],
                  "names": [{"value": "Ганна Баравік", "script": "Cyrl", "kind": "original"}]}],
    )  # fmt: skip
    doc["interview"]["narrative"] = {"text": "Яны білі мяне. " * 40_000, "language": "be"}
    _nothing_written(closed_vault, doc, tmp_path / "handed" / "wgad.json", "json")


def test_a_full_disk_leaves_no_partial_pdf(closed_vault: Path, tmp_path: Path) -> None:
    # Text that compresses badly, in acts whose descriptions leave (everyone is named).
    letters = random.Random(7).choices("абвгдеёжзійклмнопрстуўфхцчшыьэюя ", k=19_000)
    acts = [{"victim": "p1", "method": "beating", "description": "".join(letters[i:] + letters[:i])}
            for i in range(0, 30 * 600, 600)]  # fmt: skip
    person = {"ref": "p1", "roles": ["informant", "victim"],
              "names": names("Ганна Баравік", "Hanna Baravik")}  # fmt: skip
    doc = minimal_testimony(
        consent=consent("share_un_wgad"), ill_treatment_acts=acts, persons=[person]
    )
    _nothing_written(closed_vault, doc, tmp_path / "handed" / "wgad.pdf", "pdf")
