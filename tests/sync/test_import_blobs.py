"""The attachments of an import reach the vault's blob store all or nothing.

The blobs of one import are fsynced behind the stream and their folder once, before the commit
(app.storage.files.SyncBehind): a bundle cut short after some attachments, or a disk that fails
to sync one of them, leaves no row, no blob and no temp file; the bundle imports once the fault
is gone."""

from __future__ import annotations

import os
import stat
import tarfile
import threading
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.storage import attachment_streams
from app.storage.models import Attachment
from app.sync import exporter, importer
from tests.sync.conftest import Pair
from tests.sync.forge import decrypt

AGE_CHUNK = 64 * 1024
AGE_TAG = 16
PARTS = 3
SIZE = 300 * 1024


def _export_with_attachments(pair: Pair) -> Path:
    testimony_id = pair.add()
    for part in range(PARTS):
        pair.attach(testimony_id, os.urandom(SIZE), f"rec-{part}.wav")
    return Path(exporter.export_bundle(pair.interviewer, pair.outbox, True).path)


def _cut_inside_last_blob(bundle: Path, identity: str) -> None:
    """Truncate the bundle inside the age chunk that holds the middle of its last blob: the
    chunks before it authenticate (and are handed out), that one does not."""
    with tarfile.open(fileobj=BytesIO(decrypt(bundle, identity)), mode="r|") as tar:
        blobs = [info for info in tar if info.name.startswith("blobs/")]
    assert len(blobs) == PARTS
    offset = blobs[-1].offset_data + blobs[-1].size // 2
    data = bundle.read_bytes()
    mac_line = data.index(b"\n--- ") + 1
    payload = data.index(b"\n", mac_line) + 1 + 16  # the header, then the stream's nonce
    cut = payload + (offset // AGE_CHUNK) * (AGE_CHUNK + AGE_TAG) + 100
    bundle.write_bytes(data[:cut])


def _attachment_rows(pair: Pair) -> int:
    with pair.coordinator.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Attachment)) or 0)


def _blob_folder(pair: Pair) -> list[str]:
    folder = pair.coordinator.paths.blobs
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def _in_folder(info: os.stat_result, folder: Path) -> bool:
    """Whether the open file `info` is one of the folder's. The fsync runs behind the import,
    which may rename the file (`.<id>.tmp` -> `<id>.age`) while we look: when a listed name has
    gone, the folder is listed again, so a renamed blob is found under its new name."""
    while folder.is_dir():
        renamed = False
        for name in os.listdir(folder):
            try:
                if os.path.samestat(info, os.stat(folder / name)):
                    return True
            except FileNotFoundError:
                renamed = True
        if not renamed:
            return False
    return False


def _no_fsync_thread_left() -> bool:
    return not any(t.name.startswith("fsync-behind") for t in threading.enumerate())


def test_an_import_cut_short_after_two_attachments_leaves_no_row_and_no_file(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _export_with_attachments(pair)
    _cut_inside_last_blob(bundle, pair.org_identity)
    before = _blob_folder(pair)

    on_disk: list[list[str]] = []
    receive = attachment_streams.receive

    def noted(*args: Any, **kwargs: Any) -> attachment_streams.ReceivedBlob:
        blob = receive(*args, **kwargs)
        on_disk.append(_blob_folder(pair))
        return blob

    monkeypatch.setattr(attachment_streams, "receive", noted)
    report = importer.import_files(pair.coordinator, [bundle])

    assert not report.ok
    assert len(on_disk) == PARTS - 1  # two blobs were written before the break...
    assert len(on_disk[-1]) == PARTS - 1
    assert _blob_folder(pair) == before  # ...and went with the import: no blob, no temp file
    assert _attachment_rows(pair) == 0
    assert _no_fsync_thread_left()


def test_a_blob_the_disk_fails_to_sync_keeps_the_whole_import_out(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _export_with_attachments(pair)
    folder = pair.coordinator.paths.blobs
    real_fsync = os.fsync
    failures = []

    def failing(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and _in_folder(info, folder):
            failures.append(fd)
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(OSError, match="Input/output error"):
        importer.import_files(pair.coordinator, [bundle])
    assert failures  # a blob's fsync failed
    assert _attachment_rows(pair) == 0
    assert _blob_folder(pair) == []
    assert _no_fsync_thread_left()

    monkeypatch.setattr(os, "fsync", real_fsync)  # the disk is back
    report = importer.import_files(pair.coordinator, [bundle])
    assert report.ok
    assert _attachment_rows(pair) == PARTS
    assert len(_blob_folder(pair)) == PARTS


def test_each_blob_is_synced_once_and_the_blob_folder_once_per_import(
    pair: Pair, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _export_with_attachments(pair)
    folder = pair.coordinator.paths.blobs
    real_fsync = os.fsync
    synced: list[str] = []

    def counted(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            if os.path.samestat(info, os.stat(folder)):
                synced.append("folder")
        elif _in_folder(info, folder):
            synced.append(f"blob {info.st_ino}")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", counted)
    assert importer.import_files(pair.coordinator, [bundle]).ok

    blobs = [s for s in synced if s.startswith("blob ")]
    kept = {f"blob {os.stat(folder / name).st_ino}" for name in os.listdir(folder)}
    assert sorted(blobs) == sorted(kept)
    assert len(kept) == PARTS
    assert synced.count("folder") == 1  # was once per blob
    assert _attachment_rows(pair) == PARTS
