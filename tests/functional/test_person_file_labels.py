"""`sviedka persons show` names what a person was convicted under as a coordinator reads it:
the article's number and title, the iSANS category's name, in the asked language; never a
code word such as other_political. JSON keeps the codes for scripts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.category_archive import convicted
from tests.cli import sviedka


@pytest.fixture
def person_id(closed_vault: Path) -> str:
    line = json.dumps(convicted("Алесь Пушкін", "339"), ensure_ascii=False)
    assert sviedka("add", "-", vault=closed_vault, stdin=line).code == 0
    people = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    (convict,) = [p for p in people if "Алесь Пушкін" in p["names"]]
    return str(convict["id"])


@pytest.mark.parametrize(
    ("lang", "article", "category"),
    [
        ("en", "339 Hooliganism", "Other articles used in political cases"),
        ("ru", "339 Хулиганство", "Другие статьи, применяемые в политических делах"),
        ("be", "339 Хуліганства", "Іншыя артыкулы, якія ўжываюцца ў палітычных справах"),
    ],
)
def test_a_conviction_is_shown_by_its_articles_and_categorys_names(
    closed_vault: Path, person_id: str, lang: str, article: str, category: str
) -> None:
    shown = sviedka("persons", "show", person_id, "--lang", lang, vault=closed_vault)
    assert shown.code == 0, shown.err
    assert f"prosecutions article: {article}" in shown.out
    assert f"prosecutions isans_category: {category}" in shown.out
    assert "other_political" not in shown.out


def test_the_json_file_keeps_the_codes(closed_vault: Path, person_id: str) -> None:
    shown = sviedka("persons", "show", person_id, "--json", vault=closed_vault)
    facts = json.loads(shown.out)["facts"]
    coded = {(fact["dimension"], fact["value"]) for fact in facts}
    assert {("article", "339"), ("isans_category", "other_political")} <= coded
