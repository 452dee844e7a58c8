"""What the tests that compare a batch with one save after another start from: a vault that
already holds a testimony (the audit chain, rowids, fact ids and facets continue from its
rows), and a clock that stands still (the same second everywhere, so that even the audit
hashes can be compared)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import full_testimony

NOW = "2026-12-03T12:00:00Z"
EARLIER = "22222222-0000-4000-8000-000000000000"


def freeze_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("testimonies", "testimony_batches", "audit", "persons_registry"):
        monkeypatch.setattr(f"app.storage.{module}.utc_now", lambda: NOW)


def vault_with_one_testimony(folder: Path) -> Iterator[Vault]:
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault:
        with vault.transaction() as session:
            earlier = {**full_testimony(), "id": EARLIER}
            testimonies.add(session, earlier, vault_vocabulary(session), "k")
        yield vault
