"""Realistic generated testimonies: the shipped example with its people, dates, articles,
facilities and narrative varied by a seeded random generator.

Every document keeps all sections of `app.domain.template.example_testimony()`. Names are
written as the example writes them: a Belarusian and a Russian Cyrillic original and a Latin
transliteration, so cross-script search has something to find. Ids are left out (the vault
assigns them). The same seed gives the same documents.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from app.domain.shipped_vocabularies import load_shipped
from app.domain.template import example_testimony

SEED = 20_241_003

# (Belarusian, Russian, Latin transliteration of the Belarusian form)
MALE_FIRST: tuple[tuple[str, str, str], ...] = (
    ("Алесь", "Алесь", "Aleś"),
    ("Аляксандр", "Александр", "Aliaksandr"),
    ("Сяргей", "Сергей", "Siarhiej"),
    ("Віктар", "Виктор", "Viktar"),
    ("Мікола", "Николай", "Mikola"),
    ("Дзмітрый", "Дмитрий", "Dzmitryj"),
    ("Андрэй", "Андрей", "Andrej"),
    ("Павел", "Павел", "Pavieł"),
    ("Ігар", "Игорь", "Ihar"),
    ("Уладзімір", "Владимир", "Uładzimir"),
    ("Юрый", "Юрий", "Juryj"),
    ("Максім", "Максим", "Maksim"),
    ("Раман", "Роман", "Raman"),
    ("Зміцер", "Дмитрий", "Zmicier"),
    ("Пятро", "Пётр", "Piatro"),
    ("Янка", "Иван", "Janka"),
)
FEMALE_FIRST: tuple[tuple[str, str, str], ...] = (
    ("Ганна", "Анна", "Hanna"),
    ("Марыя", "Мария", "Maryja"),
    ("Вольга", "Ольга", "Voĺha"),
    ("Святлана", "Светлана", "Sviatlana"),
    ("Алена", "Елена", "Alena"),
    ("Тамара", "Тамара", "Tamara"),
    ("Наталля", "Наталья", "Natallia"),
    ("Кацярына", "Екатерина", "Kaciaryna"),
    ("Таццяна", "Татьяна", "Tacciana"),
    ("Ірына", "Ирина", "Iryna"),
    ("Людміла", "Людмила", "Ludmila"),
    ("Юлія", "Юлия", "Julija"),
    ("Ксенія", "Ксения", "Ksienija"),
    ("Дар'я", "Дарья", "Darja"),
)
# (male be, male ru, male Latin, female be, female ru, female Latin)
SURNAMES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Баравік", "Боровик", "Baravik", "Баравік", "Боровик", "Baravik"),
    ("Бабарыка", "Бабарико", "Babaryka", "Бабарыка", "Бабарико", "Babaryka"),
    ("Калеснікаў", "Колесников", "Kalesnikaŭ", "Калеснікава", "Колесникова", "Kalesnikava"),
    ("Бяляцкі", "Беляцкий", "Bialiacki", "Бяляцкая", "Беляцкая", "Bialiackaja"),
    ("Ціханоўскі", "Тихановский", "Cichanoŭski", "Ціханоўская", "Тихановская", "Cichanoŭskaja"),
    ("Статкевіч", "Статкевич", "Statkievič", "Статкевіч", "Статкевич", "Statkievič"),
    ("Лосік", "Лосик", "Losik", "Лосік", "Лосик", "Losik"),
    ("Кавалёў", "Ковалёв", "Kavaloŭ", "Кавалёва", "Ковалёва", "Kavaloŭa"),
    ("Новік", "Новик", "Novik", "Новік", "Новик", "Novik"),
    ("Шаўчэнка", "Шевченко", "Šaŭčenka", "Шаўчэнка", "Шевченко", "Šaŭčenka"),
    ("Мельнік", "Мельник", "Mieĺnik", "Мельнік", "Мельник", "Mieĺnik"),
    ("Лук'янчык", "Лукьянчик", "Lukjančyk", "Лук'янчык", "Лукьянчик", "Lukjančyk"),
    ("Храпкоў", "Храпков", "Chrapkoŭ", "Храпкова", "Храпкова", "Chrapkova"),
    ("Жук", "Жук", "Žuk", "Жук", "Жук", "Žuk"),
    ("Сакалоўскі", "Соколовский", "Sakałoŭski", "Сакалоўская", "Соколовская", "Sakałoŭskaja"),
    ("Грыб", "Гриб", "Hryb", "Грыб", "Гриб", "Hryb"),
    ("Ярашэвіч", "Ярошевич", "Jaraševič", "Ярашэвіч", "Ярошевич", "Jaraševič"),
    ("Макей", "Макей", "Makiej", "Макей", "Макей", "Makiej"),
    ("Карповіч", "Карпович", "Karpovič", "Карповіч", "Карпович", "Karpovič"),
    ("Дашкевіч", "Дашкевич", "Daškievič", "Дашкевіч", "Дашкевич", "Daškievič"),
    ("Ігнатовіч", "Игнатович", "Ihnatovič", "Ігнатовіч", "Игнатович", "Ihnatovič"),
    ("Кузьміч", "Кузьмич", "Kuźmič", "Кузьміч", "Кузьмич", "Kuźmič"),
    ("Русецкі", "Русецкий", "Rusiecki", "Русецкая", "Русецкая", "Rusieckaja"),
    ("Васілевіч", "Василевич", "Vasilevič", "Васілевіч", "Василевич", "Vasilevič"),
    ("Зянковіч", "Зенкович", "Ziankovič", "Зянковіч", "Зенкович", "Ziankovič"),
    ("Латушка", "Латушко", "Łatuška", "Латушка", "Латушко", "Łatuška"),
    ("Палуян", "Полуян", "Paluyan", "Палуян", "Полуян", "Paluyan"),
    ("Пратасевіч", "Протасевич", "Pratasievič", "Пратасевіч", "Протасевич", "Pratasievič"),
)
# A patronymic from the father's first name: (male be, male ru, Latin stem, ...) kept short.
PATRONYMICS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Пятровіч", "Петрович", "Piatrovič", "Пятроўна", "Петровна", "Piatroŭna"),
    ("Іванавіч", "Иванович", "Ivanavič", "Іванаўна", "Ивановна", "Ivanaŭna"),
    ("Міхайлавіч", "Михайлович", "Michajlavič", "Міхайлаўна", "Михайловна", "Michajlaŭna"),
    ("Сяргеевіч", "Сергеевич", "Siarhiejevič", "Сяргееўна", "Сергеевна", "Siarhiejeŭna"),
    ("Віктаравіч", "Викторович", "Viktaravič", "Віктараўна", "Викторовна", "Viktaraŭna"),
    ("Аляксандравіч", "Александрович", "Aliaksandravič", "Аляксандраўна", "Александровна",
     "Aliaksandraŭna"),
)  # fmt: skip
CITIES: tuple[tuple[str, str], ...] = (
    ("LT", "Vilnius, the organisation's office"),
    ("PL", "Warsaw, a partner's office"),
    ("PL", "Białystok, a café"),
    ("LV", "Riga, by video call from a safe room"),
    ("GE", "Tbilisi, the interviewee's flat"),
    ("DE", "Berlin, the organisation's office"),
)
_SENTENCES_BE = (
    "{victim} затрымалі {day} на мяжы, калі ён вяртаўся дадому.",
    "Памежнікі праверылі тэлефон і знайшлі фотаздымкі з маршу.",
    "Суд прызначыў {term} гады калоніі па артыкуле {article}.",
    "У калоніі {victim} шмат разоў трапляў у ШІЗА, там было вельмі холадна.",
    "Лекі, якія мы перадавалі, яму не аддавалі.",
    "Апошні ліст ад {victim_short} я атрымала {day}.",
    "З таго часу ні лістоў, ні спатканняў, адвакату таксама адмаўляюць.",
    "Да нас прыходзілі з ператрусам, забралі ноўтбук і тэлефоны.",
    "{relative} выклікалі ў міліцыю і пагражалі звальненнем.",
    "На судзе ён сказаў, што не прызнае віны.",
)
_SENTENCES_RU = (
    "{victim} задержали {day} на границе, когда он возвращался домой.",
    "Пограничники проверили телефон и нашли фотографии с марша.",
    "Суд назначил {term} года колонии по статье {article}.",
    "В колонии {victim} много раз попадал в ШИЗО, там было очень холодно.",
    "Лекарства, которые мы передавали, ему не отдавали.",
    "Последнее письмо от {victim_short} я получила {day}.",
    "С тех пор ни писем, ни свиданий, адвокату тоже отказывают.",
    "К нам приходили с обыском, забрали ноутбук и телефоны.",
    "{relative} вызывали в милицию и угрожали увольнением.",
)
# A word found in about one testimony in a thousand: the "rare word" of the search mix.
RARE_SENTENCE = "Пасля суда яму пагражалі экстрадыцыяй з Літвы."
RARE_RATE = 0.001


class TestimonyGenerator:
    """Seeded source of valid, realistic, all-section testimonies (no ids)."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        vocab = load_shipped()
        self.facilities = sorted(t.code for t in vocab.terms("detention_facilities"))
        self.articles = sorted(
            t.code for t in vocab.terms("criminal_code_articles") if t.code != "411"
        )

    def __iter__(self) -> Iterator[dict[str, Any]]:
        while True:
            yield self.make()

    def take(self, n: int) -> list[dict[str, Any]]:
        return [self.make() for _ in range(n)]

    def make(self) -> dict[str, Any]:
        rng = self.rng
        doc = example_testimony()
        shift = rng.randint(-3, 0)
        family = rng.choice(SURNAMES)
        persons = doc["persons"]
        genders = ["female", "male", "male", "male", "female"]
        for index, person in enumerate(persons[:5]):
            surname = family if index < 4 else rng.choice(SURNAMES)
            person["names"] = self._names(genders[index], surname)
            person["gender"] = genders[index]
        persons[0]["case_code"] = f"INF-{rng.randint(1, 9999):04d}"
        persons[1]["case_code"] = f"PP-{2022 + shift}-{rng.randint(1, 9999):04d}"
        officer = rng.choice(SURNAMES)
        persons[5]["names"][0]["value"], persons[5]["names"][1]["value"] = officer[0], officer[1]
        persons[6]["names"][0]["value"] = rng.choice(MALE_FIRST)[0]
        persons[7]["names"][0]["value"] = f"{rng.choice(MALE_FIRST)[0]} {rng.choice('АБВГДКЛМНС')}."
        country, place = rng.choice(CITIES)
        interview = doc["interview"]
        interview["place"] = {"country": country, "text": place}
        interview["interviewer"]["name"] = f"Staff code K-{rng.randint(1, 40):02d}"
        interview["duration_minutes"] = rng.randint(30, 180)
        self._vary_cases(doc)
        self._replace_facilities(doc)
        interview["narrative"] = self._narrative(doc, shift)
        _shift_years(doc, shift)
        return doc

    def _names(self, gender: str, surname: tuple[str, ...]) -> list[dict[str, str]]:
        rng = self.rng
        female = gender == "female"
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        patronymic = rng.choice(PATRONYMICS)
        at = 3 if female else 0
        be = f"{first[0]} {patronymic[at]} {surname[at]}"
        ru = f"{first[1]} {patronymic[at + 1]} {surname[at + 1]}"
        latin = f"{first[2]} {patronymic[at + 2]} {surname[at + 2]}"
        return [
            {"value": be, "script": "Cyrl", "language": "be", "kind": "original"},
            {"value": ru, "script": "Cyrl", "language": "ru", "kind": "original"},
            {"value": latin, "script": "Latn", "language": "be", "kind": "transliteration"},
        ]

    def _vary_cases(self, doc: dict[str, Any]) -> None:
        rng = self.rng
        first, second, third = doc["prosecutions"]
        first["articles"] = [{"code": rng.choice(self.articles), "part": rng.randint(1, 2)}]
        first["case_number"] = f"1-{rng.randint(1, 999)}/2023"
        first["sentence"]["term_months"] = rng.choice([12, 18, 24, 36, 48, 60])
        second["case_number"] = f"1-{rng.randint(1, 999)}/2024"
        codes = rng.sample(self.articles, 2)
        third["articles"] = [{"code": code, "part": rng.randint(1, 3)} for code in codes]
        third["in_absentia"] = rng.random() < 0.3
        third["sentence"]["term_months"] = rng.choice([36, 60, 96, 120])

    def _replace_facilities(self, doc: dict[str, Any]) -> None:
        colony, prison, cip = self.rng.sample(self.facilities, 3)
        mapping = {"navapolatsk_ik1": colony, "mahiliou_prison4": prison}
        mapping["minsk_akrestsina_cip"] = cip
        _replace_strings(doc, mapping)

    def _narrative(self, doc: dict[str, Any], shift: int) -> dict[str, str]:
        rng = self.rng
        language = rng.choice(["be", "be", "ru"])
        index = 0 if language == "be" else 1
        victim = doc["persons"][1]["names"][index]["value"].split()
        relative = doc["persons"][2]["names"][index]["value"].split()[0]
        values = {
            "victim": f"{victim[0]} {victim[-1]}",
            "victim_short": victim[0],
            "relative": relative,
            "day": f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.{2022 + shift}",
            "term": str(rng.randint(2, 9)),
            "article": doc["prosecutions"][0]["articles"][0]["code"],
        }
        pool = _SENTENCES_BE if language == "be" else _SENTENCES_RU
        sentences = [s.format(**values) for s in rng.sample(pool, rng.randint(5, len(pool)))]
        if rng.random() < RARE_RATE:
            sentences.insert(rng.randint(0, len(sentences)), RARE_SENTENCE)
        return {"text": " ".join(sentences), "language": language}

    def changed_narrative(self, doc: dict[str, Any]) -> dict[str, Any]:
        """The same testimony with one more sentence in its narrative (an edit to save)."""
        narrative = doc["interview"]["narrative"]
        pool = _SENTENCES_BE if narrative["language"] == "be" else _SENTENCES_RU
        names = {"victim": "ён", "victim_short": "сына", "relative": "Бацьку"}
        extra = self.rng.choice(pool).format(
            **names, day="учора", term="тры", article=self.rng.choice(self.articles)
        )
        narrative["text"] = f"{narrative['text']} {extra} ({self.rng.randint(1, 10**9)})"
        return doc


def _replace_strings(node: Any, mapping: dict[str, str]) -> None:
    items = node.items() if isinstance(node, dict) else enumerate(node)
    for key, value in list(items):
        if isinstance(value, str) and value in mapping:
            node[key] = mapping[value]
        elif isinstance(value, dict | list):
            _replace_strings(value, mapping)


def _shift_years(node: Any, shift: int) -> None:
    """Move every partial date by whole years: their order, so validity, is kept."""
    if not shift:
        return
    if isinstance(node, dict):
        if "precision" in node and isinstance(node.get("value"), str):
            value = node["value"]
            node["value"] = f"{int(value[:4]) + shift:04d}{value[4:]}"
            return
        for child in node.values():
            _shift_years(child, shift)
    elif isinstance(node, list):
        for child in node:
            _shift_years(child, shift)
