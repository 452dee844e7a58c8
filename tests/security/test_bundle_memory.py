"""Export and import stream attachment bytes: peak memory stays flat in bundle size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage import attachments
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.test_attach_crash import MIB, cli, peak_rss
from tests.sync.conftest import Pair, introduce, make_vault

SIZE = 160 * MIB
# Streaming means the peak does not grow with the bundle: the 160 MiB bundle's peak is compared
# with a 1 MiB bundle's, measured the same way in the same run (the interpreter, Qt-free
# libraries and the compiled testimony validator are a constant, whatever the bundle). A
# bytes-API implementation holds the file several times over: hundreds of MiB more.
MAX_GROWTH = 40 * MIB


def attach_random(
    vault: Vault, testimony_id: str, folder: Path, size: int
) -> attachments.AttachmentInfo:
    source = folder / "interview.wav"
    with source.open("wb") as handle:
        for _ in range(size // MIB):
            handle.write(os.urandom(MIB))
    info = attachments.add(vault, testimony_id, source)
    source.unlink()
    return info


def exchange_peaks(tmp_path: Path, outbox: Path) -> tuple[int, int, Path]:
    """Peak RSS of `sviedka export` and of `sviedka import` of what it wrote."""
    outbox.mkdir()
    export_peak = peak_rss(cli(tmp_path / "i", "export", "--out", str(outbox)))
    [bundle] = outbox.iterdir()
    import_peak = peak_rss(cli(tmp_path / "c", "import", str(bundle)))
    return export_peak, import_peak, bundle


@pytest.mark.slow
def test_export_and_import_memory_is_flat(tmp_path: Path) -> None:
    interviewer, coordinator = make_vault(tmp_path / "i"), make_vault(tmp_path / "c")
    introduce(interviewer, coordinator)
    pair = Pair(interviewer, coordinator, tmp_path, tmp_path)
    attach_random(interviewer, pair.add(), tmp_path, MIB)
    interviewer.close()
    coordinator.close()
    small = exchange_peaks(tmp_path, tmp_path / "small")

    with Vault.open(tmp_path / "i", PASSPHRASE) as reopened:
        testimony_id = Pair(reopened, coordinator, tmp_path, tmp_path).add()
        info = attach_random(reopened, testimony_id, tmp_path, SIZE)
    big = exchange_peaks(tmp_path, tmp_path / "big")

    assert big[2].stat().st_size > SIZE
    print(f"peak RSS export {small[0] / MIB:.0f} -> {big[0] / MIB:.0f} MiB, "
          f"import {small[1] / MIB:.0f} -> {big[1] / MIB:.0f} MiB")  # fmt: skip
    assert big[0] - small[0] < MAX_GROWTH, "export memory grows with the bundle"
    assert big[1] - small[1] < MAX_GROWTH, "import memory grows with the bundle"
    with Vault.open(tmp_path / "c", PASSPHRASE) as opened, opened.reading() as session:
        [held] = attachments.list_for(session, testimony_id)
        assert (held.sha256, held.size) == (info.sha256, SIZE)
