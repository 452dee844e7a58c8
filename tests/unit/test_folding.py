"""Search folding (app.domain.folding): words, fold, cross-script keys, index and query forms."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import snippets
from app.domain.folding import (
    fold,
    index_columns,
    phonetic_keys,
    query_keys,
    search_text,
    tokens,
)

KEY = re.compile(r"[a-z0-9]+")

# Every spelling in a group must share at least one key with every other spelling of the group.
SAME_NAME = {
    "Babaryka": ["Babaryka", "Бабарыка", "Бабарико", "Babariko", "Babaryko"],
    "Kalesnikava": [
        "Kalesnikava",
        "Калеснікава",
        "Колесникова",
        "Kolesnikova",
        "Kaliesnikava",
        "Kaleśnikava",
        "Kaleśnikawa",
    ],
    "Tsikhanouskaya": [
        "Tsikhanouskaya",
        "Ціханоўская",
        "Cichanoŭskaja",
        "Cichanouska",
        "Tsikhanouskaia",
        "Cichanowska",
        "Tikhanovskaya",
        "Тихановская",
    ],
    "Bialiatski": ["Bialiatski", "Бяляцкі", "Byalyatsky", "Bialiacki", "Беляцкий"],
    "Statkevich": ["Statkevich", "Статкевіч", "Statkievič", "Статкевич", "Statkievic"],
    "Hrodna": ["Hrodna", "Grodno", "Гродна", "Гродно"],
    "Akrestsina": ["Akrestsina", "Окрестина", "Акрэсціна", "Okrestina"],
    "Losik": ["Losik", "Лосік", "Łosik", "ЛОСІК"],
    "Ihar": ["Ihar", "Ігар", "Igor", "Игорь"],
    "Maryia": ["Maryia", "Марыя", "Maria", "Мария", "Marija"],
    "Alena": ["Alena", "Алена"],
    "Iosif": ["Ёсіф", "Josif", "Iosif", "Иосиф"],
    "Chrapkou": ["Chrapkoŭ", "Храпкоў", "Khrapkov", "Храпков"],
    "Lukashenka": ["Lukashenka", "Лукашэнка", "Лукашенко", "Łukašenka", "Lukashenko"],
    "Siarhei": ["Siarhei", "Сяргей", "Сергей", "Sergey", "Siarhiej"],
    "Aliaksandr": ["Aliaksandr", "Аляксандр", "Александр", "Alexander", "Aleksandr"],
    "Uladzimir": ["Uladzimir", "Уладзімір", "Владимир", "Vladimir"],
    "Dzmitry": ["Dzmitry", "Дзмітрый", "Дмитрий", "Dmitry"],
    "Tatsiana": ["Tatsiana", "Тацяна", "Татьяна", "Tatyana", "Tacciana"],
    "Kapian": ["Кап'ян", "Кап’ян", "Kapyan", "Капьян"],
}

# Polish orthography (and Łacinka, which shares it) for Belarusian names, as the Polish press
# writes them: cz sz rz ł w ó ś ć ż ń, ch = х, and a plain l that is soft.
SAME_NAME |= {
    "Bialiatski (Polish)": ["Бяляцкі", "Bialacki", "Bialiatski", "Беляцкий"],
    "Aliaksandr (Łacinka)": ["Аляксандр", "Alaksandr", "Aliaksandr"],
    "Labkovich": ["Лабковіч", "Łabkowicz", "Labkovich", "Лабкович"],
    "Shchyrakova": ["Шчыракова", "Szczyrakowa", "Shchyrakova", "Ščyrakova"],
    "Zolatava": ["Залатава", "Zołatawa", "Zolatava", "Золотова"],
    "Tsikhanouskaya (Polish)": ["Ціханоўская", "Cichanouska", "Cichanowska", "Cichanoŭskaja"],
    "Seviarynets": ["Севярынец", "Sewiaryniec", "Seviarynets", "Sieviaryniec"],
    "Palchys": ["Пальчыс", "Palczys", "Palchys", "Paĺčys"],
    "Iliash": ["Ільяш", "Iljasz", "Ilyash", "Iĺjaš"],
    "Kalesnikava (Polish)": ["Калеснікава", "Kaleśnikawa", "Kolesnikowa"],
    "Zhetski": ["Жэцкі", "Żecki", "Žecki", "Zhetski"],
    "Pochobut": ["Пачобут", "Poczobut", "Pachobut", "Počobut"],
    "Hul": ["Гуль", "Hul", "Gul"],
    "Lyuba": ["Любоў", "Lubou", "Lyubou", "Liubou"],
    "Lola": ["Лёля", "Lola"],
}

SAME_PAIRS = [
    pytest.param(a, b, id=f"{name}:{a}~{b}")
    for name, spellings in SAME_NAME.items()
    for a, b in itertools.combinations(spellings, 2)
]

DIFFERENT_PAIRS = [
    ("Babaryka", "Kalesnikava"),
    ("Бабарыка", "Калеснікава"),
    ("Losik", "Lukashenka"),
    ("Лосік", "Лукашэнка"),
    ("Ihar", "Ivan"),
    ("Ігар", "Іван"),
    ("Statkevich", "Tsikhanouskaya"),
    ("Maryia", "Alena"),
    ("Схема", "Шема"),  # с + х is not the digraph "sh"
    ("Марзалюк", "Мазалюк"),  # English "rz" is р + з; only a Polish-marked word reads ж
    ("Marzaliuk", "Mazaliuk"),
    ("Cichanoŭskaja", "Čičanoŭskaja"),  # Łacinka (and Polish) ch is х, never ч
    ("Łosik", "Лёсік"),  # ł is the hard l
    ("342", "361"),
    ("1999", "19"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PAIRS)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert phonetic_keys(a) & phonetic_keys(b), (sorted(phonetic_keys(a)), sorted(phonetic_keys(b)))


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PAIRS)
def test_different_names_share_no_key(a: str, b: str) -> None:
    assert not phonetic_keys(a) & phonetic_keys(b)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ё", "е"),
        ("Ёлка", "елка"),
        ("й", "и"),
        ("Йосіп", "иосіп"),
        ("ї", "і"),
        ("ў", "у"),
        ("Ўладзь", "уладзь"),
        ("Ł", "l"),
        ("Łosik", "losik"),
        ("Café", "cafe"),
        ("Straße", "strasse"),
        ("Æsir", "aesir"),
        ("Søren", "soren"),
        ("Đorđe", "dorde"),
        ("Кап'ян", "капян"),
        ("Кап’ян", "капян"),
        ("Капʼян", "капян"),
        ("Cichanoŭskaja", "cichanouskaja"),
        ("Statkievič", "statkievic"),
        ("Бабары\u0301ка", "бабарыка"),  # a stress mark NFC cannot compose
        ("е\u0308", "е"),  # decomposed ё
        ("БАБАРЫКА", "бабарыка"),
        ("342", "342"),
    ],
)
def test_fold(word: str, expected: str) -> None:
    assert fold(word) == expected


def test_fold_keeps_cyrillic_base_letters() -> None:
    folded = fold("йёўїЙЁЎЇ")
    assert folded == "иеуіиеуі"
    assert all(unicodedata.name(ch).startswith("CYRILLIC") for ch in folded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бабарыка, Калеснікава; Ціханоўская.", ["Бабарыка", "Калеснікава", "Ціханоўская"]),
        ("Pâté-Łódź", ["Pâté", "Łódź"]),
        ("Кап'ян і Кап’ян", ["Кап'ян", "і", "Кап’ян"]),
        ("'Бабарыка' “Babaryka”", ["Бабарыка", "Babaryka"]),
        ("арт. 342, 361-1 КК", ["арт", "342", "361", "1", "КК"]),
        ("Babaryka👍Бабарыка 🇧🇾", ["Babaryka", "Бабарыка"]),
        ("mixedБабарыка snake_case a_'b", ["mixedБабарыка", "snake", "case", "a", "b"]),
        ("ʼБабарыкаʼ Капʼян", ["Бабарыка", "Капʼян"]),
        ("Бабары\u0301ка", ["Бабары\u0301ка"]),
        ("Пе\u0308тр", ["Пётр"]),  # NFC first
        ("  \n\t—…", []),
        ("", []),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(
    ("word", "keys"),
    [
        ("Babaryka", {"babarika"}),
        ("Kalesnikava", {"kalesnikava"}),
        ("Statkevich", {"statkevic", "statkevih"}),  # English ч or Łacinka х
        ("342", {"342"}),
        ("1999", {"1999"}),  # digits never collapse
        ("٣٤٢", {"342"}),  # any decimal digits
        ("ь", set()),  # nothing to search for
    ],
)
def test_exact_keys(word: str, keys: set[str]) -> None:
    assert phonetic_keys(word) == keys


def test_english_clitics_also_key_the_stem() -> None:
    assert phonetic_keys("Babaryka") <= phonetic_keys("Babaryka's")
    assert phonetic_keys("Brien") <= phonetic_keys("O'Brien")
    # A Belarusian apostrophe word is one word, not a stem and a clitic.
    assert phonetic_keys("Кап'ян") == phonetic_keys("Капян")


def test_other_scripts_stay_searchable() -> None:
    athens, sparta = phonetic_keys("Αθήνα"), phonetic_keys("Σπάρτη")
    assert athens
    assert sparta
    assert not athens & sparta
    assert phonetic_keys("ΑΘΗΝΑ") == athens


@given(st.text())
def test_keys_of_any_token_are_lowercase_ascii_words(text: str) -> None:
    for word in tokens(text):
        for key in phonetic_keys(word):
            assert KEY.fullmatch(key), (word, key)


LATIN_OR_CYRILLIC = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzłąćęńóśźżčšžŭабвгдеёжзийклмнопрстуфхцчшщыэюяіўґ",
    min_size=1,
    max_size=20,
)


@given(LATIN_OR_CYRILLIC)
def test_every_latin_or_cyrillic_word_has_a_key(word: str) -> None:
    keys = phonetic_keys(word)
    assert 1 <= len(keys) <= 4
    assert phonetic_keys(word.upper()) == keys


@given(st.text())
def test_tokens_are_nfc_words_without_separators(text: str) -> None:
    for word in tokens(text):
        assert word == unicodedata.normalize("NFC", word)
        assert word[0].isalnum()
        assert not any(ch.isspace() or ch in "-_" for ch in word)


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize("text", ["ᴬᴮ", "ϒ", "ℌ", "İ", "ǅ", "ﬁ", "①"])
def test_fold_is_idempotent_on_compatibility_letters(text: str) -> None:
    folded = fold(text)
    assert folded == fold(folded)
    assert folded == folded.casefold()


@given(st.text())
def test_search_text_is_keys_only(text: str) -> None:
    stored = search_text(text)
    words = stored.split(" ") if stored else []
    assert all(KEY.fullmatch(word) for word in words)
    assert len(words) == len(set(words))


@given(
    st.text()
    | st.lists(
        st.sampled_from(
            ["Бабарыка", "Babaryka", "Ёсіф", "Chrapkoŭ", "ь", "Кап'ян", " ", "\n", "_", "й"]
        )
    ).map("".join)
)
def test_index_columns_are_the_folded_text_and_the_search_text(text: str) -> None:
    # One pass over the words, each distinct word folded and keyed once: the same columns.
    assert index_columns(text) == (snippets.folded_text(text), search_text(text))


def test_search_text_deduplicates_in_order_of_first_appearance() -> None:
    text = "Калеснікава, Kolesnikova і Бабарыка; Колесникова — Babariko."
    assert search_text(text) == "kalesnikava i babarika"


def test_search_text_lists_a_words_keys_in_sorted_order() -> None:
    # Łacinka (marked by ŭ) reads ch as х; English "Statkevich" keeps both readings.
    assert search_text("Chrapkoŭ, Statkevich") == "hrapkau statkevic statkevih"


def test_query_keys_per_word() -> None:
    assert query_keys("Maria Kolesnikova, Statkevich ь") == [
        frozenset({"mare"}),
        frozenset({"kalesnikava"}),
        frozenset({"statkevic", "statkevih"}),
    ]
    assert query_keys("") == []


def matches(query: str, text: str) -> bool:
    """What the searcher does: every query word has one of its keys among the text's keys."""
    stored = set(search_text(text).split())
    return all(keys & stored for keys in query_keys(query))


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("Babaryka", "Віктар Бабарыка асуджаны на 14 гадоў.", True),
        ("Maria Kalesnikava", "Мария Колесникова была задержана в Минске.", True),
        ("Tsikhanouskaya", "Святлана Ціханоўская выехала ў Вільню.", True),
        ("Akrestsina", "Его доставили в ИВС на Окрестина.", True),
        ("Statkevich 342", "Mikoła Statkievič, art. 342 KK.", True),
        ("Lukashenka", "Ігар Лосік, журналіст.", False),
        ("Babaryka Kalesnikava", "Віктар Бабарыка асуджаны на 14 гадоў.", False),
    ],
)
def test_search_scenarios(query: str, text: str, found: bool) -> None:
    assert matches(query, text) is found


def test_a_snippet_marks_a_word_found_whole_through_another_as_it_is_written() -> None:
    text = "Пра справу.\nЛіст ад Бабарыкі і Уладзіміра прыйшоў у сакавіку"
    also = {"Babaryka": phonetic_keys("Бабарыкі")}
    snippet, marked = snippets.snippet(text, "Babaryka", also)
    assert snippet == "Ліст ад [Бабарыкі] і Уладзіміра прыйшоў у сакавіку"
    assert marked == ["Бабарыкі"]
    assert snippets.snippet(text, "Babaryka") == ("", [])  # a prefix alone does not reach it
