"""`sviedka persons show` names what a person was convicted under as a coordinator reads it:
the article's number and title, the iSANS category's name, and what each fact is about, in
the asked language, worded as the desktop words it; never a code word such as other_political
or an English field name in Russian. JSON keeps the codes and English keys for scripts."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from app.services import person_file_words as words
from app.services.reports import DIMENSION_VOCABULARIES
from tests import known_archive as known
from tests.category_archive import convicted
from tests.cli import sviedka

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _added(vault: Path, doc: dict[str, Any], name: str) -> str:
    """Adds ``doc`` and gives the archive id of the person named ``name`` in it."""
    line = json.dumps(doc, ensure_ascii=False)
    assert sviedka("add", "-", vault=vault, stdin=line).code == 0
    people = json.loads(sviedka("persons", "list", "--json", vault=vault).out)
    (found,) = [p for p in people if name in p["names"]]
    return str(found["id"])


@pytest.fixture
def person_id(closed_vault: Path) -> str:
    return _added(closed_vault, convicted("Алесь Пушкін", "339"), "Алесь Пушкін")


@pytest.mark.parametrize(
    ("lang", "article", "category"),
    [
        (
            "en",
            "Prosecutions — article of the Criminal Code: 339 Hooliganism",
            "Prosecutions — iSANS category: Other articles used in political cases",
        ),
        (
            "ru",
            "Уголовные дела — статья Уголовного кодекса: 339 Хулиганство",
            "Уголовные дела — категория iSANS: Другие статьи, применяемые в политических делах",
        ),
        (
            "be",
            "Крымінальныя справы — артыкул Крымінальнага кодэкса: 339 Хуліганства",
            "Крымінальныя справы — катэгорыя iSANS: "
            "Іншыя артыкулы, якія ўжываюцца ў палітычных справах",
        ),
    ],
)
def test_a_conviction_is_shown_by_its_articles_and_categorys_names(
    closed_vault: Path, person_id: str, lang: str, article: str, category: str
) -> None:
    shown = sviedka("persons", "show", person_id, "--lang", lang, vault=closed_vault)
    assert shown.code == 0, shown.err
    assert article in shown.out
    assert category in shown.out
    assert "other_political" not in shown.out


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_no_english_word_is_left_in_the_file_of_a_person(
    closed_vault: Path, person_id: str, lang: str
) -> None:
    # A conviction (article, category), and a birth date, an arrest and a place of detention.
    held = _added(
        closed_vault, known.bialiatski([known.name("Алесь Бяляцкі")], "Наталля"), "Алесь Бяляцкі"
    )
    for person in (person_id, held):
        shown = sviedka("persons", "show", person, "--lang", lang, vault=closed_vault)
        assert shown.code == 0, shown.err
        file = json.loads(sviedka("persons", "show", person, "--json", vault=closed_vault).out)
        # What stays as written: the ids (letters and digits) and the name iSANS.
        text = shown.out.replace(person, "").replace("iSANS", "")
        for fact in file["facts"]:
            text = text.replace(fact["testimony_id"], "")
        assert not LATIN_WORD.search(text), shown.out
    assert words.word("Born", lang) in shown.out
    assert f"{words.word('Status', lang)}: {words.status('held', lang)} " in shown.out
    assert words.about("facility", lang) in shown.out


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_birth_dates_that_cannot_all_be_true_are_named_in_the_language(
    closed_vault: Path, lang: str
) -> None:
    born = ("1962-09-25", "1970-01-01")
    lines = [
        json.dumps(
            known.testimony(
                known.person("p1", [known.name("Наталля")], ["informant", "relative"]),
                known.person("p2", [known.name("Алесь Бяляцкі")], ["victim"], day),
            ),
            ensure_ascii=False,
        )
        for day in born
    ]
    assert sviedka("add", "-", vault=closed_vault, stdin="\n".join(lines)).code == 0
    people = json.loads(sviedka("persons", "list", "--json", vault=closed_vault).out)
    ids = [str(p["id"]) for p in people if "Алесь Бяляцкі" in p["names"]]
    if len(ids) == 2:  # not linked on their own: the coordinator merges them
        assert sviedka("persons", "merge", *ids, "--yes", vault=closed_vault).code == 0
    shown = sviedka("persons", "show", ids[0], "--lang", lang, vault=closed_vault)
    assert shown.code == 0, shown.err
    lines = shown.out.splitlines()
    assert lines[2] == words.word(words.BIRTH_DATES_DISAGREE, lang)  # then the dates below it
    assert {re.findall(r"\d{4}-\d\d-\d\d", line)[0] for line in lines[3:5]} == set(born)
    assert all(line.startswith(words.word("Born", lang)) for line in lines[3:5])
    if lang == "en":
        assert any(line.startswith("conflict: birth date") for line in lines)
    else:
        testimony_ids = re.compile(r"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}")
        text = testimony_ids.sub("", shown.out.replace(ids[0], ""))
        assert not LATIN_WORD.search(text), shown.out


def _desktop(lang: str) -> dict[tuple[str, str], str]:
    """(context, English) -> the desktop's translation, from its committed catalogue."""
    root = ET.parse(I18N / f"sviedka_{lang}.ts").getroot()  # noqa: S314 - our own file
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): (
            message.findtext("translation") or ""
        )
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_the_words_are_the_desktops(lang: str) -> None:
    """The CLI carries its own words (no Qt in the core): each must be the one the desktop's
    catalogue gives the same English, or the two tools would name one fact two ways."""
    desktop = _desktop(lang)
    for dimension in DIMENSION_VOCABULARIES:
        english = words.about(dimension, "en")
        assert words.about(dimension, lang) == desktop[("Figures", english)], dimension
    for status in ("held", "released", "deported", "died", "unknown"):
        assert words.status(status, lang) == desktop[("Persons", status)], status
    for english in ("Status", "Born", "Testimony", "undated", words.BIRTH_DATES_DISAGREE):
        assert words.word(english, lang).lower() == desktop[("PersonFileDialog", english)].lower()


def test_the_json_file_keeps_the_codes(closed_vault: Path, person_id: str) -> None:
    shown = sviedka("persons", "show", person_id, "--json", vault=closed_vault)
    facts = json.loads(shown.out)["facts"]
    coded = {(fact["dimension"], fact["value"]) for fact in facts}
    assert {("article", "339"), ("isans_category", "other_political")} <= coded
