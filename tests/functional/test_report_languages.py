"""`sviedka report --lang be|ru` is read whole in the coordinator's language: the heading
(figure, total, unit, day, window) as well as the group names, never an English word left
over from the code. JSON keeps its keys for scripts."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.domain.figures import FIGURES, NOT_RECORDED
from app.services import report_words
from tests.category_archive import convicted
from tests.cli import sviedka
from tests.factories import day, minimal_testimony
from tests.known_archive import AS_OF

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def archive(closed_vault: Path) -> Path:
    # Held, with no place of detention recorded: the "not recorded" group of held by facility.
    held_nowhere = {"ref": "e1", "person": "p1", "arrest": {"date": day("2024-01-10")}}
    lines = [
        json.dumps(convicted("Алесь Пушкін", "339"), ensure_ascii=False),
        json.dumps(minimal_testimony(detention_episodes=[held_nowhere]), ensure_ascii=False),
    ]
    assert sviedka("add", "-", vault=closed_vault, stdin="\n".join(lines)).code == 0
    return closed_vault


@pytest.mark.parametrize(
    ("lang", "first_line"),
    [
        ("en", f"Prosecutions: 1 persons (as of {AS_OF}, events 2023 to …)"),
        ("be", f"Крымінальныя справы: асоб — 1 (на {AS_OF}, падзеі з 2023 па …)"),
        ("ru", f"Уголовные дела: человек — 1 (на {AS_OF}, события с 2023 по …)"),
    ],
)
def test_the_heading_is_in_the_reports_language(archive: Path, lang: str, first_line: str) -> None:
    table = sviedka(
        "report", "prosecutions", "--by", "isans", "--lang", lang,
        "--as-of", AS_OF, "--from", "2023", vault=archive,
    )  # fmt: skip
    assert table.code == 0, table.err
    assert table.out.splitlines()[0] == first_line
    if lang != "en":
        assert not LATIN_WORD.search(table.out), table.out


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_a_group_nobody_recorded_is_named_in_the_language(archive: Path, lang: str) -> None:
    table = sviedka("report", "held", "--by", "facility", "--lang", lang, vault=archive)
    assert table.code == 0, table.err
    assert NOT_RECORDED not in table.out
    as_json = sviedka("report", "held", "--by", "facility", "--lang", lang, "--json", vault=archive)
    groups = json.loads(as_json.out)["groups"]
    assert [group["key"] for group in groups] == [NOT_RECORDED]  # the key stays for scripts


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_every_figure_has_a_title_in_each_language(lang: str) -> None:
    for name, figure in FIGURES.items():
        shown = report_words.title(name, figure.title, lang)
        assert not LATIN_WORD.search(shown.replace("Art.", "")), (name, shown)
