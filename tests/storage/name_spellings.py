"""A test set of real spellings: people named in the iSANS working paper (June 2024), each
recorded in a testimony in Belarusian Cyrillic, and the ways the press, UN documents and
Polish- or Russian-language media write their names.

Spellings were written down from the usage of those sources (Viasna and RFE/RL romanisation,
Russian-based press romanisation, UN and NGO documents, Polish press transcription and Polish
equivalents of given names); some combinations are the rule-generated forms the given-name
table's conventions name, not each seen in print. DISTRACTORS are other people who share only a
given name (or a given name and someone else's surname in one testimony) with a person of the
set: a search for a person must not return them.
"""

from __future__ import annotations

# key -> (the name as recorded, in Belarusian Cyrillic; query spellings)
PEOPLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "babaryka": (
        "Віктар Бабарыка",
        (
            "Viktar Babaryka",
            "Viktor Babaryka",
            "Viktor Babariko",
            "Виктор Бабарико",
            "Wiktar Babaryka",
            "Wiktor Babaryka",
            "Babaryka Viktar",
        ),
    ),
    "kalesnikava": (
        "Марыя Калеснікава",
        (
            "Maryja Kalesnikava",
            "Maria Kalesnikava",
            "Maryia Kalesnikava",
            "Maria Kolesnikova",
            "Мария Колесникова",
            "Maria Kolesnikowa",
            "Maryja Kalesnikawa",
            "Marija Kalesnikava",
            "Kalesnikava Maryia",
        ),
    ),
    "statkevich": (
        "Мікалай Статкевіч",
        (
            "Mikalai Statkevich",
            "Mikalay Statkevich",
            "Nikolai Statkevich",
            "Nikolay Statkevich",
            "Николай Статкевич",
            "Mikołaj Statkiewicz",
            "Mikoła Statkiewicz",
            "Mikałaj Statkievič",
            "Mikola Statkevich",
        ),
    ),
    "losik": (
        "Ігар Лосік",
        ("Ihar Losik", "Igor Losik", "Игорь Лосик", "Ihar Łosik", "Igor Łosik", "Losik Ihar"),
    ),
    "znak": (
        "Максім Знак",
        ("Maxim Znak", "Maksim Znak", "Максим Знак", "Maksym Znak"),
    ),
    "tsikhanouski": (
        "Сяргей Ціханоўскі",
        (
            "Siarhei Tsikhanouski",
            "Syarhey Tsikhanouski",
            "Sergei Tikhanovsky",
            "Sergey Tikhanovskiy",
            "Сергей Тихановский",
            "Siarhiej Cichanouski",
            "Siergiej Cichanowski",
            "Sergiusz Cichanouski",
        ),
    ),
    "sharenda": (
        "Паліна Шарэнда-Панасюк",
        (
            "Palina Sharenda-Panasyuk",
            "Palina Sharenda-Panasiuk",
            "Polina Sharenda-Panasiuk",
            "Полина Шаренда-Панасюк",
            "Palina Szarenda-Panasiuk",
            "Polina Szarenda-Panasiuk",
        ),
    ),
    "pushkin": (
        "Алесь Пушкін",
        ("Ales Pushkin", "Aleś Puszkin", "Алесь Пушкин", "Ales Puszkin", "Aleś Pushkin"),
    ),
    "ashurak": (
        "Вітольд Ашурак",
        (
            "Witold Ashurak",
            "Vitold Ashurak",
            "Witold Aszurak",
            "Витольд Ашурок",
            "Vitold Ashurok",
        ),
    ),
    "hundar": (
        "Уладзімір Гундар",
        (
            "Uladzimir Hundar",
            "Vladimir Gundar",
            "Владимир Гундарь",
            "Włodzimierz Hundar",
            "Uładzimir Hundar",
            "Władimir Gundar",
            "Wladimir Gundar",
        ),
    ),
    "klimovich": (
        "Мікалай Клімовіч",
        (
            "Mikalai Klimovich",
            "Mikalai Klimavich",
            "Nikolai Klimovich",
            "Николай Климович",
            "Mikołaj Klimowicz",
            "Mikałaj Klimovič",
        ),
    ),
    "khrasko": (
        "Вадзім Храсько",
        ("Vadzim Khrasko", "Vadim Khrasko", "Вадим Храсько", "Wadzim Chraśko", "Wadim Chrasko"),
    ),
    "afnagel": (
        "Яўген Афнагель",
        (
            "Yauhen Afnagel",
            "Yevgeny Afnagel",
            "Evgeny Afnagel",
            "Евгений Афнагель",
            "Jauhien Afnahiel",
            "Eugeniusz Afnagel",
            "Jewgienij Afnagel",
        ),
    ),
    "lednik": (
        "Ігар Леднік",
        ("Ihar Lednik", "Igor Lednik", "Игорь Ледник", "Ihar Liednik"),
    ),
    "kulinich": (
        "Аляксандр Кулініч",
        (
            "Aliaksandr Kulinich",
            "Alexander Kulinich",
            "Aleksandr Kulinich",
            "Александр Кулинич",
            "Aleksander Kulinicz",
            "Alaksandr Kulinič",
        ),
    ),
    "gnet": (
        "Андрэй Гнёт",
        ("Andrei Gnet", "Andrey Gnyot", "Андрей Гнёт", "Andrzej Gniot", "Andrej Hniot"),
    ),
    "bialiatski": (
        "Алесь Бяляцкі",
        (
            "Ales Bialiatski",
            "Aleś Bialacki",
            "Алесь Беляцкий",
            "Ales Byalyatsky",
            "Ales Bialiatsky",
        ),
    ),
    "andreyeva": (
        "Кацярына Андрэева",
        (
            "Katsiaryna Andreyeva",
            "Yekaterina Andreyeva",
            "Ekaterina Andreeva",
            "Екатерина Андреева",
            "Katarzyna Andriejewa",
            "Kaciaryna Andrejewa",
        ),
    ),
    "poczobut": (
        "Анджэй Пачобут",
        ("Andrzej Poczobut", "Andrei Poczobut", "Анджей Почобут", "Andrzej Pachobut"),
    ),
    "rabkova": (
        "Марфа Рабкова",
        ("Marfa Rabkova", "Марфа Рабкова", "Marfa Rabkowa"),
    ),
}

# Other people: each shares only a given name with someone above (or, in one testimony, a given
# name with one person and a surname with another).
DISTRACTORS: tuple[str, ...] = (
    "Уладзімір Някляеў",
    "Мікалай Дзядок",
    "Сяргей Бульба",
    "Ігар Карней",
    "Аляксандр Францкевіч",
    "Марыя Рабкова",
    "Яўген Мерклі",
    "Вадзім Заяц",
    "Максім Сабалеўскі",
    "Андрэй Александровіч",
    "Кацярына Новікава",
    "Віктар Пратасевіч",
    "Паліна Панасюк",
    "Эдуард Бабарыка",
    "Уладзімір Лабковіч\nІгар Гундар",
    "Алесь Нікалаеў\nМарына Пушкіна",
)

# Names declined in a narrative (the testimony of someone else, so only the declined forms are
# there): person -> (the narratives' sentences, queries in the nominative). Each query must find
# every sentence of its person.
DECLINED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "babaryka": (
        (
            "Ліст ад Бабарыкі прыйшоў у сакавіку.",
            "Віктару Бабарыку прысудзілі 14 гадоў.",
            "Пра суд над Бабарыкам казалі ўсе.",
        ),
        ("Бабарыка", "Babaryka", "Бабарико", "Babariko"),
    ),
    "kalesnikava": (
        ("Перадачу для Марыі Калеснікавай не прынялі.", "Передачу Колесниковой вернули."),
        ("Калеснікава", "Kalesnikava", "Колесникова", "Kolesnikowa", "Kolesnikova"),
    ),
    "statkevich": (
        ("Пра Статкевіча нічога не вядома.",),
        ("Statkevich", "Статкевіч", "Statkiewicz"),
    ),
    "tsikhanouski": (
        ("Ліст Ціханоўскага перадалі адвакату.", "Письмо Тихановскому не передали."),
        ("Tsikhanouski", "Ціханоўскі", "Тихановский", "Tikhanovsky", "Cichanouski"),
    ),
    "tsikhanouskaya": (
        ("Сустрэча з Ціханоўскай была ў Вільні.",),
        ("Tsikhanouskaya", "Тихановская", "Cichanouska"),
    ),
    "mikalaeu": (("Справа Мікалаева ляжыць у судзе.",), ("Mikalaeu", "Мікалаеў")),
    "hundar": (
        ("Письмо от Гундаря не дошло.", "Гундару не далі спаткання."),
        ("Гундарь", "Gundar"),
    ),
    "andreyeva": (("Для Андрэевай сабралі грошы.",), ("Andreyeva", "Андреева", "Andriejewa")),
    "rabkova": (("Рабковай адмовілі ў спатканні.",), ("Rabkova", "Рабкова", "Rabkowa")),
    "sharenda": (
        ("Дачка Шарэнды-Панасюк жыве ў бабулі.",),
        ("Sharenda-Panasyuk", "Шарэнда-Панасюк"),
    ),
}

# Narratives that hold words beginning like those names without being them, or a declined form
# another name shares (Андрэеву is the dative of the man Андрэеў): a DECLINED query should not
# find them.
DECLINED_DISTRACTORS: tuple[str, ...] = (
    "Суседка Бабарыкіна прынесла ліст.",
    "Калеснікаў з Гомеля сядзіць з 2021 года.",
    "Ціханоўка - вёска пад Гроднам.",
    "Следчы пагражаў Андрэеву.",
    "Рабкоўскі сельсавет выдаў даведку.",
    "Мікалаевіч застаўся ў Менску.",
)
