"""The hand-over service in process: what the preview promises is what the file holds, the
preview writes and records nothing, and a person recorded only as an alleged perpetrator still
has their row (the persons registry need not know them)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.services.share import preview, share, shares
from app.services.workspace import Workspace
from app.storage.vault import Vault
from tests.factories import day, minimal_testimony


def _testimony(*scopes: str) -> dict[str, Any]:
    names = [{"value": "Hanna Baravik", "script": "Latn", "kind": "original"}]
    judge = [{"value": "Viktar Ivanou", "script": "Latn", "kind": "original"}]
    return minimal_testimony(
        consent={"given_by": "p1", "date": day("2024-10-03"), "method": "oral",
                 "scopes": list(scopes)},
        persons=[{"ref": "p1", "roles": ["informant", "victim"], "names": names},
                 {"ref": "p2", "roles": ["victim"], "case_code": "BY-7"},
                 {"ref": "p9", "roles": ["alleged_perpetrator"], "names": judge}],
    )  # fmt: skip


def test_the_preview_matches_the_file_and_leaves_no_trace(vault: Vault, tmp_path: Path) -> None:
    Workspace(vault).add_all(
        [_testimony("legal_proceedings", "third_party_info"), _testimony("internal_documentation")]
    )
    ahead = preview(vault, "legal_proceedings")
    assert (ahead.testimonies, ahead.named, ahead.pseudonymised, ahead.excluded) == (1, 2, 1, 0)
    assert ahead.withheld == {"the informant did not consent to this use": 1}
    assert shares(vault) == []

    out = tmp_path / "court.csv"
    done = share(vault, "legal_proceedings", "csv", out)
    assert (done.testimonies, done.named, done.pseudonymised) == (1, 2, 1)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert sorted((row["name"], row["case_code"], row["shown_as"]) for row in rows) == [
        ("", "BY-7", "case_code"),
        ("Hanna Baravik", "", "named"),
        ("Viktar Ivanou", "", "named"),  # the judge: named for a court
    ]
    assert [entry.scope for entry in shares(vault)] == ["legal_proceedings"]
