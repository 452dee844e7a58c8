"""Countries and languages are named in the interface language everywhere, from one shipped table
of the Unicode CLDR's names: no English name is left in the Belarusian or Russian interface
("Lithuania" among Belarusian words was issue 11), and the lists sort in that language's
alphabet after the common entries."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from app.domain.template import example_testimony
from app.ui import i18n
from app.ui.editor import schema
from app.ui.editor.choices import SearchNode
from app.ui.editor.countries import country_options, language_options
from app.ui.place_names import COMMON_COUNTRIES, COMMON_LANGUAGES, interface_language
from app.ui.quick import places
from app.ui.testimony.version_words import VersionWords
from tests.ui.test_editor_support import make_editor, vocabulary

ROOT = Path(__file__).resolve().parents[2]
TABLE = ROOT / "resources" / "i18n" / "places.json"
LATIN = re.compile(r"[A-Za-z]")
ALPHABETS = {
    "be": "АБВГДЕЁЖЗІЙКЛМНОПРСТУЎФХЦЧШЫЬЭЮЯ",
    "ru": "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_place_names", ROOT / "scripts" / "build_place_names.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=["be", "ru"])
def interface(request: pytest.FixtureRequest, qapp: object) -> Iterator[str]:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "build"], check=True)
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_shipped_table_is_what_the_script_writes_from_the_cldr() -> None:
    pytest.importorskip("babel")  # the test extra installs it
    script = _script()
    assert TABLE.read_text("utf-8") == script.render(script.build())


def test_the_cldr_licence_is_shipped_beside_the_table() -> None:
    licence = (TABLE.parent / "LICENSE-Unicode.txt").read_text("utf-8")
    assert "UNICODE LICENSE V3" in licence
    assert "Unicode, Inc." in licence


def test_every_picker_entry_is_in_the_interface_language(interface: str) -> None:
    assert interface_language() == interface
    for options in (country_options(), language_options(), places.countries(), places.languages()):
        english = [name for _code, name in options if LATIN.search(name)]
        assert english == []
    countries, languages = dict(country_options()), dict(language_options())
    expected = {
        "be": ("Літва", "Германія", "Польская", "Беларусь"),
        "ru": ("Литва", "Германия", "Польский", "Беларусь"),
    }[interface]
    assert (countries["LT"], countries["DE"], languages["pl"], countries["BY"]) == expected


def test_every_country_and_language_can_still_be_picked(interface: str) -> None:
    countries = [code for code, _name in country_options()]
    assert len(countries) == len(set(countries)) == 250  # ISO 3166-1 and Kosovo's XK
    assert {"EU", "UN", "ZZ", "150"}.isdisjoint(countries)  # groupings, no country
    languages = [code for code, _name in language_options()]
    assert len(languages) == len(set(languages)) > 400
    assert {"szl", "yi"} <= set(languages)  # Silesian has a three-letter tag


def test_the_common_entries_come_first_and_the_rest_in_the_interface_alphabet(
    interface: str,
) -> None:
    countries = country_options()
    assert [code for code, _name in countries[: len(COMMON_COUNTRIES)]] == list(COMMON_COUNTRIES)
    languages = language_options()
    assert [code for code, _name in languages[: len(COMMON_LANGUAGES)]] == list(COMMON_LANGUAGES)
    rest = [name for _code, name in countries[len(COMMON_COUNTRIES) :]]
    letters = [ALPHABETS[interface].index(name[0].upper()) for name in rest]  # "о-в Мэн"
    assert letters == sorted(letters)
    if interface == "be":  # by code point, І and Ў (U+0406, U+040E) would come before А
        assert rest.index("Іарданія") > rest.index("Зімбабвэ")


def test_english_sorts_a_letter_with_a_ring_among_the_a() -> None:
    rest = [name for _code, name in country_options()[len(COMMON_COUNTRIES) :]]
    assert rest.index("Åland Islands") < rest.index("Bahamas")


def test_the_quick_page_names_its_short_lists_from_the_same_table(interface: str) -> None:
    assert places.countries() == country_options()[:10]
    assert places.languages() == language_options()[:6]


@pytest.mark.usefixtures("interface")
def test_the_full_editor_shows_a_stored_country_by_its_name(qtbot: QtBot) -> None:
    doc = example_testimony()
    doc["interview"]["place"]["country"] = "MN"  # Mongolia: no common entry
    editor = make_editor(qtbot, doc, lang=interface_language())
    picker = editor.field("interview.place.country")
    assert isinstance(picker, SearchNode)
    shown = picker.combo.currentText()
    assert shown == {"be": "Манголія", "ru": "Монголия"}[interface_language()]
    assert editor.document() == doc


@pytest.mark.parametrize(
    ("lang", "country", "language"),
    [
        ("be", "Францыя", "Грузінская"),
        ("ru", "Франция", "Грузинский"),
        ("en", "France", "Georgian"),
    ],
)
def test_history_names_any_country_and_language_in_the_interface_language(
    lang: str, country: str, language: str
) -> None:
    # France and Georgian are on no quick list, which was all History used to name.
    interview = schema.testimony_spec().child("interview")
    words = VersionWords(vocabulary(), lang, [example_testimony()])
    assert words.value(interview.child("place").child("country"), "FR") == country
    assert words.value(interview.child("language"), "ka") == language
    assert words.value(interview.child("place").child("country"), "ZZ") == "ZZ"  # as stored
