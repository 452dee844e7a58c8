"""Fixtures for identities, bundles and imports: an interviewer's vault and a coordinator's,
introduced to each other, and Debian's `age` and `minisign` for the interoperability tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.storage import attachments, testimonies, testimony_batches
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import identities
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import minimal_testimony

TOOLS = ("age", "minisign")


@pytest.fixture(scope="session")
def debian_tools() -> dict[str, str]:
    """`age` and `minisign` from Debian: installed here when missing and we are root."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    apt = shutil.which("apt-get")
    if missing and hasattr(os, "geteuid") and os.geteuid() == 0 and apt:
        install = [apt, "install", "-y", "-q", *TOOLS]
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(install, capture_output=True, env=env, check=False).returncode != 0:
            subprocess.run([apt, "update", "-q"], capture_output=True, env=env, check=False)
            subprocess.run(install, capture_output=True, env=env, check=False)
        missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"Debian's {' and '.join(missing)} not installed and cannot be (need root)")
    return {tool: str(shutil.which(tool)) for tool in TOOLS}


def shared_testimony(**overrides: object) -> dict[str, object]:
    doc = minimal_testimony(**overrides)
    doc["consent"]["scopes"] = ["internal_documentation", "share_organisation"]  # type: ignore[index]
    return doc


@dataclass
class Pair:
    interviewer: Vault
    coordinator: Vault
    outbox: Path
    tmp: Path

    @property
    def org_identity(self) -> str:
        with self.coordinator.reading() as session:
            return identities.organisation(session).age_identity

    @property
    def org_recipient(self) -> str:
        with self.coordinator.reading() as session:
            return identities.organisation(session).recipient

    def add(self, doc: dict[str, object] | None = None) -> str:
        with self.interviewer.transaction() as session:
            return testimonies.add(
                session,
                doc or shared_testimony(),
                vault_vocabulary(session),
                self.interviewer.key_id,
            )

    def edit(self, testimony_id: str, doc: dict[str, object]) -> int:
        with self.interviewer.transaction() as session:
            return testimonies.update(
                session, testimony_id, doc, vault_vocabulary(session), self.interviewer.key_id
            )

    def attach(self, testimony_id: str, data: bytes, name: str = "rec.wav") -> str:
        source = self.tmp / name
        source.write_bytes(data)
        info = attachments.add(self.interviewer, testimony_id, source, description="запіс")
        source.unlink()
        return info.sha256


def make_vault(folder: Path) -> Vault:
    return Vault.create(folder, PASSPHRASE, FAST_KDF)


def introduce(interviewer: Vault, coordinator: Vault, approve: bool = True) -> None:
    with coordinator.transaction() as session:
        if not identities.is_organisation(session):
            identities.create_organisation(session, "Test organisation", coordinator.key_id)
        card = identities.organisation_card(identities.organisation(session))
        if approve:
            with interviewer.reading() as theirs:
                mine = identities.interviewer_card(theirs, interviewer.key_id)
            identities.add_sender(session, mine, coordinator.key_id)
    with interviewer.transaction() as session:
        identities.trust(session, card, interviewer.key_id)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    interviewer = make_vault(tmp_path / "interviewer")
    coordinator = make_vault(tmp_path / "coordinator")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    try:
        introduce(interviewer, coordinator)
        yield Pair(interviewer, coordinator, outbox, tmp_path)
    finally:
        interviewer.close()
        coordinator.close()


@pytest.fixture(params=[None, 1, 2], ids=["at-the-end", "batches-of-1", "batches-of-2"])
def import_batches(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """An import links and indexes the testimonies new to the archive a batch at a time as
    their records arrive (testimony_batches.BATCH, 200): with 1 or 2 that happens mid-bundle,
    between the versions of the bundle's testimonies."""
    if request.param is not None:
        monkeypatch.setattr(testimony_batches, "BATCH", request.param)
