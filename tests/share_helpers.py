"""What the hand-over tests share: people named in two scripts, an informant's consent, a check
that no spelling of a name leaked, and running `sviedka share` on a disk that fills up."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from app.domain.folding import fold, phonetic_keys, tokens
from tests.conftest import PASSPHRASE
from tests.factories import day, minimal_testimony

# Words planted where nothing may leave from: a contact, the interviewer's notes, a field note,
# a span marked sensitive.
CANARIES = ("CONTACT-CANARY", "NOTE-CANARY", "FIELD-CANARY", "SPAN-CANARY")
FULL_DISK = 256 * 1024  # room for the vault's own small writes, not for the hand-over
REPO_ROOT = Path(__file__).resolve().parent.parent


def names(value: str, latin: str) -> list[dict[str, str]]:
    """A person's name as recorded: the Belarusian original and its transliteration."""
    return [
        {"value": value, "script": "Cyrl", "language": "be", "kind": "original"},
        {"value": latin, "script": "Latn", "kind": "transliteration"},
    ]


def consent(*scopes: str, method: str = "oral", **more: Any) -> dict[str, Any]:
    """The informant's (p1's) consent to ``scopes``, given on the day of the interview."""
    return {"given_by": "p1", "date": day("2024-10-03"), "method": method, "scopes": list(scopes),
            **more}  # fmt: skip


def withdrawable(
    testimony: str, withdrawn: bool, given: dict[str, Any], **sections: Any
) -> dict[str, Any]:
    """Piotr Harbunou's own testimony under consent ``given``, withdrawn since when asked."""
    given = dict(given)
    if withdrawn:
        given["withdrawal"] = {"date": day("2025-01-10")}
    return minimal_testimony(
        id=testimony,
        consent=given,
        persons=[{"ref": "p1", "roles": ["informant", "victim"],
                  "names": names("Пётр Гарбуноў", "Piotr Harbunou")}],
        **sections,
    )  # fmt: skip


def refused(testimony: str, given: dict[str, Any], **sections: Any) -> dict[str, Any]:
    """Uladzimir Labkovich's testimony about Sviatlana Matskevich, under consent ``given``
    (internal documentation only): neither may leave in any hand-over."""
    return minimal_testimony(
        id=testimony,
        consent=given,
        persons=[
            {"ref": "p1", "roles": ["informant"],
             "names": names("Уладзімір Лабковіч", "Uladzimir Labkovich")},
            {"ref": "p2", "roles": ["victim"],
             "names": names("Святлана Мацкевіч", "Sviatlana Matskevich")},
        ],
        **sections,
    )  # fmt: skip


def absent(people: list[str], text: str) -> None:
    """No word of these names, in either script or a folded spelling, is in ``text``."""
    found = {key for word in tokens(text) for key in {fold(word), *phonetic_keys(word)}}
    for name in people:
        for word in tokens(name):
            assert not ({fold(word), *phonetic_keys(word)} & found), word


def _limited() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
    resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_DISK, FULL_DISK))


def share_on_a_full_disk(vault: Path, out: Path, form: str) -> subprocess.CompletedProcess[str]:
    """`sviedka share --format FORM` in a process that cannot grow a file past FULL_DISK: the
    kernel refuses the write as it would on a full disk (RLIMIT_FSIZE, the child's alone)."""
    command = [sys.executable, "-m", "app.cli", "--vault", str(vault), "share",
               "--scope", "share_un_wgad", "--format", form, "--out", str(out),
               "--yes"]  # fmt: skip
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        env={**os.environ, "SVIEDKA_PASSPHRASE": PASSPHRASE},
        timeout=300,
        check=False,
        start_new_session=True,
        preexec_fn=_limited,
        cwd=REPO_ROOT,
    )
