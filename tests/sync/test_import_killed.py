"""`sviedka import` of a bundle with several attachments, killed with SIGKILL at random moments:
the coordinator's vault always opens and verifies, and holds either nothing of the bundle or all
of it; garbage collection then leaves exactly the blobs its rows name (no stray blob or temp
file). The blobs of an import are fsynced behind the stream and their folder once before the
commit (app.storage.files.SyncBehind): a kill anywhere before the commit must lose them all."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.storage import attachments, audit, testimonies
from app.storage.models import Attachment
from app.storage.sync_models import ImportedBundle
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import exporter
from tests.conftest import PASSPHRASE
from tests.sync.conftest import introduce, make_vault, shared_testimony

MIB = 1024 * 1024
PARTS = 4
ROUNDS = 8


def _bundle_with_attachments(tmp_path: Path) -> tuple[Path, Path]:
    """A closed coordinator vault that knows the sender, and a bundle of PARTS attachments."""
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    with make_vault(tmp_path / "interviewer") as interviewer:
        with make_vault(tmp_path / "coordinator") as coordinator:
            introduce(interviewer, coordinator)
        with interviewer.transaction() as session:
            testimony_id = testimonies.add(
                session, shared_testimony(), vault_vocabulary(session), interviewer.key_id
            )
        for part in range(PARTS):
            source = tmp_path / f"rec-{part}.wav"
            source.write_bytes(os.urandom(8 * MIB))
            attachments.add(interviewer, testimony_id, source)
            source.unlink()
        bundle = Path(exporter.export_bundle(interviewer, outbox, True).path)
    return tmp_path / "coordinator", bundle


def _import(vault: Path, bundle: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "--vault", str(vault), "import", str(bundle)],
        env={**os.environ, "SVIEDKA_PASSPHRASE": PASSPHRASE},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _held(vault: Path) -> tuple[int, int]:
    """(attachment rows, imported bundles) of a vault that must open and verify."""
    with Vault.open(vault, PASSPHRASE) as opened, opened.reading() as session:
        report = audit.verify(session)
        assert report.ok, report.problems
        integrity = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
        assert integrity == "ok"
        rows = session.scalar(select(func.count()).select_from(Attachment)) or 0
        bundles = session.scalar(select(func.count()).select_from(ImportedBundle)) or 0
        return int(rows), int(bundles)


def _blobs_after_collection(vault: Path) -> tuple[set[str], set[str]]:
    """(files in blobs/, blobs its rows name) once garbage was collected."""
    with Vault.open(vault, PASSPHRASE) as opened:
        attachments.collect_garbage(opened)
        with opened.reading() as session:
            live = {f"{row_id}.age" for row_id in session.scalars(select(Attachment.id))}
        folder = opened.paths.blobs
        return (set(os.listdir(folder)) if folder.is_dir() else set()), live


@pytest.mark.slow
def test_an_import_killed_at_any_moment_is_all_or_nothing(tmp_path: Path) -> None:
    pristine, bundle = _bundle_with_attachments(tmp_path)
    target = tmp_path / "target"

    shutil.copytree(pristine, target)
    started = time.perf_counter()
    assert _import(target, bundle).wait() == 0
    full_run = time.perf_counter() - started
    assert _held(target) == (PARTS, 1)

    rng = random.Random(int.from_bytes(os.urandom(4)))
    outcomes = []
    for _ in range(ROUNDS):
        shutil.rmtree(target)
        shutil.copytree(pristine, target)
        process = _import(target, bundle)
        time.sleep(rng.uniform(0.05, full_run * 1.1))
        process.kill()
        process.wait()
        held = _held(target)
        assert held in {(0, 0), (PARTS, 1)}  # nothing of the bundle, or all of it
        files, live = _blobs_after_collection(target)
        assert files == live  # no stray blob, no temp file
        outcomes.append(held == (PARTS, 1))
    # The commit comes last: with kills spread over the whole run, most land before it.
    assert not all(outcomes)
