"""SyncBehind, which makes an import's blobs durable together: every file it was given is
synced and closed by `finish`, a failed sync is raised there (so the import does not commit),
and where a file cannot be renamed while open (Windows) it is synced and closed at once."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from app.storage import files
from app.storage.files import SyncBehind


def _written(folder: Path, name: str) -> int:
    fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.write(fd, b"x" * 4096)
    return fd


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def test_finish_syncs_and_closes_every_file_then_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.fsync
    synced: list[str] = []

    def noted(fd: int) -> None:
        synced.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real(fd)

    monkeypatch.setattr(os, "fsync", noted)
    behind = SyncBehind()
    fds = [_written(tmp_path, f"blob-{n}") for n in range(3)]
    for fd in fds:
        behind.add(fd)
    behind.finish(tmp_path)
    behind.close()

    assert synced == ["file", "file", "file", "folder"]  # the folder last, once
    assert not any(_is_open(fd) for fd in fds)


def test_a_failed_sync_is_raised_by_finish_and_every_file_still_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = os.fsync
    calls = []

    def second_fails(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        real(fd)

    monkeypatch.setattr(os, "fsync", second_fails)
    behind = SyncBehind()
    fds = [_written(tmp_path, f"blob-{n}") for n in range(3)]
    for fd in fds:
        behind.add(fd)
    with pytest.raises(OSError, match="Input/output error"):
        behind.finish(tmp_path)
    behind.close()

    assert len(calls) == 3  # the folder was not synced after the failure
    assert not any(_is_open(fd) for fd in fds)
    assert not any(t.name.startswith("fsync-behind") for t in threading.enumerate())


def test_where_an_open_file_cannot_be_renamed_it_is_closed_before_add_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fd = _written(tmp_path, "blob")
    real = os.fsync
    where: list[str] = []

    def noted(synced: int) -> None:
        where.append(threading.current_thread().name)
        real(synced)

    monkeypatch.setattr(os, "fsync", noted)
    monkeypatch.setattr(files.os, "name", "nt")
    behind = SyncBehind()
    behind.add(fd)
    monkeypatch.undo()

    assert where == [threading.current_thread().name]  # synced by the caller, not behind
    assert not _is_open(fd)  # and closed: the caller may rename the file now
    behind.close()
