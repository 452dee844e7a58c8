"""`sviedka attach`, `attachments` and `extract` end to end, as a user or a script runs them."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import sviedka
from tests.conftest import PASSPHRASE
from tests.factories import minimal_testimony


@pytest.fixture
def testimony_id(closed_vault: Path) -> str:
    result = sviedka("add", "-", vault=closed_vault, stdin=json.dumps(minimal_testimony()))
    assert result.code == 0, result.err
    return result.out.strip()


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "court ruling p1.jpg"
    path.write_bytes(os.urandom(150_000))
    return path


def test_attach_list_extract(
    closed_vault: Path, testimony_id: str, photo: Path, tmp_path: Path
) -> None:
    result = sviedka(
        "attach", testimony_id, str(photo), "--description", "ruling, page 1", vault=closed_vault
    )
    assert result.code == 0, result.err
    assert result.err == ""  # no progress output without a terminal
    digest = hashlib.sha256(photo.read_bytes()).hexdigest()
    assert result.out == f"{digest}  150000  image/jpeg\n"

    listed = sviedka("attachments", testimony_id, "--json", vault=closed_vault)
    assert listed.code == 0, listed.err
    [info] = json.loads(listed.out)
    assert info["sha256"] == digest
    assert info["size"] == 150_000
    assert info["media_type"] == "image/jpeg"
    assert info["filename"] == "court ruling p1.jpg"
    assert info["description"] == "ruling, page 1"
    assert info["testimony_id"] == testimony_id
    assert "identity" not in info
    assert "AGE-SECRET-KEY" not in listed.out

    text = sviedka("attachments", testimony_id, vault=closed_vault)
    assert text.code == 0
    assert digest in text.out
    assert "court ruling p1.jpg" in text.out

    out = tmp_path / "restored.jpg"
    extracted = sviedka("extract", testimony_id, digest[:10], "--out", str(out), vault=closed_vault)
    assert extracted.code == 0, extracted.err
    assert extracted.out.strip() == str(out)
    assert out.read_bytes() == photo.read_bytes()

    verify = sviedka("audit", "verify", vault=closed_vault)
    assert verify.code == 0, verify.err


def test_empty_listing(closed_vault: Path, testimony_id: str) -> None:
    result = sviedka("attachments", testimony_id, "--json", vault=closed_vault)
    assert result.code == 0, result.err
    assert json.loads(result.out) == []
    assert sviedka("attachments", testimony_id, vault=closed_vault).out == ""


def test_expected_failures_are_one_line_and_status_1(
    closed_vault: Path, testimony_id: str, photo: Path, tmp_path: Path
) -> None:
    def fails(*args: str) -> str:
        result = sviedka(*args, vault=closed_vault)
        assert result.code == 1, (args, result)
        assert result.err.startswith("sviedka: ")
        assert result.err.count("\n") == 1
        assert "Traceback" not in result.err
        return result.err

    assert "no testimony" in fails("attach", "no-such-id", str(photo))
    assert "missing.jpg" in fails("attach", testimony_id, str(tmp_path / "missing.jpg"))
    first = sviedka("attach", testimony_id, str(photo), vault=closed_vault)
    assert first.code == 0, first.err
    digest = first.out.split()[0]
    assert "already attached" in fails("attach", testimony_id, str(photo))

    existing = tmp_path / "existing.jpg"
    existing.write_bytes(b"keep")
    assert "already exists" in fails("extract", testimony_id, digest, "--out", str(existing))
    assert existing.read_bytes() == b"keep"
    assert "no attachment" in fails(
        "extract", testimony_id, "0123456789abcdef", "--out", str(tmp_path / "x")
    )
    assert "at least 8" in fails("extract", testimony_id, digest[:5], "--out", str(tmp_path / "x"))
    assert "no testimony" in fails("attachments", "no-such-id")
    assert not (tmp_path / "x").exists()


def test_usage_errors_are_status_2(closed_vault: Path, testimony_id: str) -> None:
    assert sviedka("extract", testimony_id, "abcdef12", vault=closed_vault).code == 2  # no --out
    assert sviedka("attach", testimony_id, vault=closed_vault).code == 2
    assert sviedka("attachments", vault=closed_vault).code == 2


def test_commands_are_listed_in_help() -> None:
    result = sviedka("--help")
    for name in ("attach", "attachments", "extract"):
        assert name in result.out


def _on_a_full_disk(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`sviedka ARGS` in a process whose writes past 3 MiB fail with EFBIG, as on a full disk
    (RLIMIT_FSIZE, the child's alone; Python ignores SIGXFSZ)."""

    def small_files_only() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (3 * 1024 * 1024, resource.RLIM_INFINITY))

    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--vault", str(vault), *args],
        env={**os.environ, "SVIEDKA_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        check=False,
        preexec_fn=small_files_only,
    )


def test_full_disk_is_reported_as_itself(
    closed_vault: Path, testimony_id: str, tmp_path: Path
) -> None:
    """pyrage wraps a failed write into its own EncryptError; the user must see the cause."""
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(6 * 1024 * 1024))

    result = _on_a_full_disk(closed_vault, "attach", testimony_id, str(big))
    assert result.returncode == 1, result.stderr
    assert result.stderr == "sviedka: File too large; nothing was changed\n"
    assert os.listdir(closed_vault / "blobs") == []
    listed = sviedka("attachments", testimony_id, "--json", vault=closed_vault)
    assert json.loads(listed.out) == []


def test_extracting_onto_a_full_disk_is_reported_and_leaves_nothing(
    closed_vault: Path, testimony_id: str, tmp_path: Path
) -> None:
    """The extracted file is hashed and written by a thread of its own while pyrage decrypts
    (GatheringBehind): a write that fails there still stops the extraction, is reported as
    itself and leaves no part of the file."""
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(6 * 1024 * 1024))
    assert sviedka("attach", testimony_id, str(big), vault=closed_vault).code == 0
    listed = json.loads(sviedka("attachments", testimony_id, "--json", vault=closed_vault).out)
    out_folder = tmp_path / "out"
    out_folder.mkdir()

    extract = ("extract", testimony_id, listed[0]["sha256"], "--out", str(out_folder / "x"))
    result = _on_a_full_disk(closed_vault, *extract)
    assert result.returncode == 1, result.stderr
    assert result.stderr == "sviedka: File too large; nothing was changed\n"
    assert os.listdir(out_folder) == []

    whole = out_folder / "whole.bin"
    extracted = sviedka("extract", testimony_id, listed[0]["sha256"], "--out", str(whole),
                        vault=closed_vault)  # fmt: skip
    assert extracted.code == 0, extracted.err
    assert whole.read_bytes() == big.read_bytes()
