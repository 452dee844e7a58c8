"""The figures grouped by iSANS category name each category in the coordinator's language, as
the source paper words it (English) or by its Criminal Code article's title (Russian,
Belarusian); a code word ("conspiracy to seize power") never reaches the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain.shipped_vocabularies import load_shipped
from app.services.reports import report
from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from tests import known_archive as known
from tests.category_archive import CONVICTED, WORDS, convicted
from tests.cli import sviedka


@pytest.fixture
def by_category(vault: Vault) -> Vault:
    with vault.transaction() as session:
        vocab = vault_vocabulary(session)
        for who, article in CONVICTED.items():
            testimonies.add(session, convicted(who, article), vocab, vault.key_id)
    return vault


def code_words(key: str) -> set[str]:
    return {key, key.replace("_", " ")}


@pytest.mark.parametrize("lang", ["en", "ru", "be"])
def test_every_category_is_named_in_the_reports_language(by_category: Vault, lang: str) -> None:
    found = report(by_category, "prosecutions", by="isans_category", as_of=known.AS_OF, lang=lang)
    assert found.total == len(CONVICTED)
    shown = {group.key: group.label for group in found.groups}
    assert set(shown) == set(load_shipped().isans_categories)  # each article's category, once
    for key, label in shown.items():
        assert label not in code_words(key)
        assert "_" not in label
        if lang != "en":
            assert any("а" <= ch <= "я" for ch in label.lower()), (key, label)
    for key, words in WORDS[lang].items():
        assert shown[key] == words


def test_the_command_line_names_the_categories_in_its_lang(closed_vault: Path) -> None:
    lines = "\n".join(
        json.dumps(convicted(who, article), ensure_ascii=False)
        for who, article in CONVICTED.items()
    )
    assert sviedka("add", "-", vault=closed_vault, stdin=lines).code == 0
    for lang in ("en", "ru", "be"):
        table = sviedka(
            "report", "prosecutions", "--by", "isans", "--lang", lang, vault=closed_vault
        )
        assert table.code == 0, table.err
        for words in WORDS[lang].values():
            assert words in table.out
        for key in load_shipped().isans_categories:
            assert key.replace("_", " ") not in table.out
            assert key not in table.out
    as_json = sviedka(
        "report", "prosecutions", "--by", "isans", "--lang", "be", "--json", vault=closed_vault
    )
    groups = {g["key"]: g["label"] for g in json.loads(as_json.out)["groups"]}
    assert groups["high_treason"] == "Здрада дзяржаве"  # the key stays for scripts


def test_records_written_with_the_first_vocabulary_are_named_too(vault: Vault) -> None:
    # A vault whose testimonies were saved with vocabulary 2026.1 (before the categories had
    # labels) still opens and reports them with today's names.
    first = load_shipped("2026.1")
    with vault.transaction() as session:
        testimonies.add(session, convicted("Мікалай Статкевіч", "357"), first, vault.key_id)
    found = report(vault, "prosecutions", by="isans_category", as_of=known.AS_OF, lang="ru")
    assert [(g.key, g.label, g.count) for g in found.groups] == [
        (
            "conspiracy_to_seize_power",
            "Заговор или иные действия, совершенные с целью захвата государственной власти",
            1,
        )
    ]
