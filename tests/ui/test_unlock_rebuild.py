"""Unlocking a vault whose search index a new release must rebuild: the unlock screen says why
it takes long, with a bar that moves, instead of seeming to hang; then the list opens."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain import indexing
from app.storage import search, testimonies
from app.storage.models import VaultMeta
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.ui.lock.unlock_screen import UnlockScreen
from app.ui.window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import minimal_testimony

COUNT = 120
HELD_AT = 60  # the testimony the rebuild is held at, past the first report of progress


@pytest.fixture
def stale_vault(vault_folder: Path) -> Path:
    """A vault of COUNT testimonies indexed under an older release's rules."""
    with Vault.create(vault_folder, PASSPHRASE, FAST_KDF) as vault:
        with vault.transaction() as session:
            vocab = vault_vocabulary(session)
            for _ in range(COUNT):
                testimonies.add(session, minimal_testimony(), vocab, vault.key_id)
        with vault.transaction() as session:
            marker = session.get(VaultMeta, search.INDEX_VERSION_KEY)
            assert marker is not None
            marker.value = "3"
    return vault_folder


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Holds the unlock's worker half-way through the rebuild until the event is set, so that
    the test looks at the screen while the work goes on (as a person would, for minutes)."""
    release = threading.Event()
    real = indexing.searchable_text
    calls = [0]

    def searchable_text(*args: Any, **kwargs: Any) -> str:
        calls[0] += 1
        if calls[0] == HELD_AT:
            release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(indexing, "searchable_text", searchable_text)
    yield release
    release.set()  # never leave the worker waiting, whatever the test did


def test_unlock_says_the_index_is_being_updated_while_it_is(
    qtbot: QtBot, stale_vault: Path, held: threading.Event
) -> None:
    window = MainWindow(stale_vault, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    screen = window.centralWidget().currentWidget()  # type: ignore[union-attr]
    assert isinstance(screen, UnlockScreen)
    assert not screen.progress.isVisible()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: screen.progress.value() >= 50, timeout=20_000)
    assert screen.message.text() == (
        f"Updating the search index for this version of Sviedka ({COUNT} testimonies)…"
    )
    assert screen.progress.isVisible()
    assert screen.progress.maximum() == COUNT
    assert not screen.unlock_button.isEnabled()  # no second unlock while the first works
    assert window.list_screen is None

    held.set()
    qtbot.waitUntil(lambda: window.list_screen is not None, timeout=30_000)
