"""Indexing remembers the words it folded (app.domain.folding), so a bulk add folds each distinct
word once, and search the declined forms of the names it was asked (app.domain.case_endings).
Those are testimony words and names searched for: locking the vault must leave none in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain import case_endings, folding
from app.services.workspace import Workspace
from app.storage import search, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.factories import minimal_testimony

WORD = "Ułasienka"


def _named(word: str) -> dict[str, object]:
    name = {"value": f"Zmicier {word}", "script": "Latn", "language": "be", "kind": "original"}
    return minimal_testimony(persons=[{"ref": "p1", "roles": ["informant"], "names": [name]}])


def remembered() -> int:
    return (
        len(folding._WORD_MEMO)
        + folding.phonetic_keys.cache_info().currsize
        + case_endings.inflected_keys.cache_info().currsize
    )


def _add(vault: Vault, word: str) -> None:
    with vault.transaction() as session:
        testimonies.add(session, _named(word), vault_vocabulary(session), vault.key_id)


def test_closing_the_vault_empties_the_memo_of_words(vault_folder: Path) -> None:
    folding.forget()
    with Vault.create(vault_folder, PASSPHRASE, FAST_KDF) as vault:
        _add(vault, WORD)
        with vault.reading() as session:
            assert search.search(session, vault_vocabulary(session), WORD)
        assert case_endings.inflected_keys.cache_info().currsize > 0
        assert remembered() > 0
        assert folding.fold(WORD) in {folded for folded, _ in folding._WORD_MEMO.values()}
    assert remembered() == 0
    assert folding._WORD_MEMO == {}


def test_locking_the_workspace_empties_the_memo_of_words(vault_folder: Path) -> None:
    Vault.create(vault_folder, PASSPHRASE, FAST_KDF).close()
    workspace = Workspace(Vault.open(vault_folder, PASSPHRASE))
    workspace.add_all([_named(WORD), _named("Statkievič")])
    assert remembered() > 0
    workspace.close()  # what the window's lock and the CLI's end do
    assert remembered() == 0


def test_the_memo_keeps_what_folding_gives() -> None:
    folding.forget()
    text = f"{WORD} Бабарыка {WORD} minsk_akrestsina_cip Бабарыка"
    first = folding.index_columns(text)
    again = folding.index_columns(text)  # from the memo now
    assert first == again
    assert first[0].split() == [folding.fold(word) for word in folding.tokens(text)]
    keys = first[1].split()
    words = folding.tokens(text)
    assert set(keys) == {key for word in words for key in folding.phonetic_keys(word)}
    assert len(keys) == len(set(keys))


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    folding.forget()
    monkeypatch.setattr(folding, "_WORD_MEMO_LIMIT", 10)
    words = [f"слова{number}" for number in range(50)]
    body, _ = folding.index_columns(" ".join(words))
    assert body.split() == [folding.fold(word) for word in words]
    assert 0 < len(folding._WORD_MEMO) <= 10
