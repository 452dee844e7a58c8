"""The known-truth archive (tests/known_archive.py) saved into a new vault: the registry and
figures tests read what its truth says."""

from __future__ import annotations

import pytest

from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.known_archive import documents


@pytest.fixture
def archive(vault: Vault) -> list[str]:
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        return [testimonies.add(session, doc, vocab, vault.key_id) for doc in documents()]
