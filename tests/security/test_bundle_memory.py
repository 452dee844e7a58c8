"""Export and import stream attachment bytes: peak memory stays flat in bundle size."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.storage import attachments
from app.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.test_attach_crash import MAX_RSS, MIB, cli, peak_rss
from tests.sync.conftest import Pair, introduce, make_vault

SIZE = 160 * MIB


@pytest.mark.slow
def test_export_and_import_memory_is_flat(tmp_path: Path) -> None:
    interviewer, coordinator = make_vault(tmp_path / "i"), make_vault(tmp_path / "c")
    introduce(interviewer, coordinator)
    pair = Pair(interviewer, coordinator, tmp_path, tmp_path)
    testimony_id = pair.add()
    source = tmp_path / "interview.wav"
    with source.open("wb") as handle:
        for _ in range(SIZE // MIB):
            handle.write(os.urandom(MIB))
    info = attachments.add(interviewer, testimony_id, source)
    source.unlink()
    interviewer.close()
    coordinator.close()
    outbox = tmp_path / "usb"
    outbox.mkdir()

    export_peak = peak_rss(cli(tmp_path / "i", "export", "--out", str(outbox)))
    [bundle] = outbox.iterdir()
    assert bundle.stat().st_size > SIZE
    import_peak = peak_rss(cli(tmp_path / "c", "import", str(bundle)))

    print(f"peak RSS: export {export_peak / MIB:.0f} MiB, import {import_peak / MIB:.0f} MiB")
    assert export_peak < MAX_RSS, f"export peaked at {export_peak / MIB:.0f} MiB"
    assert import_peak < MAX_RSS, f"import peaked at {import_peak / MIB:.0f} MiB"
    with Vault.open(tmp_path / "c", PASSPHRASE) as opened, opened.reading() as session:
        [held] = attachments.list_for(session, testimony_id)
        assert (held.sha256, held.size) == (info.sha256, SIZE)
