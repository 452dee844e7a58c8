"""An archive of one prisoner per iSANS category, and the names each category must be shown
under in each language (the paper's English, the Criminal Code's Russian and Belarusian)."""

from __future__ import annotations

from typing import Any

from tests import known_archive as known
from tests.factories import day

# One prisoner per category (the article each was convicted under), so every group counts 1.
CONVICTED = {
    "Ігар Лосік": "342",
    "Марыя Калеснікава": "361-1",
    "Максім Знак": "361-2",
    "Павел Севярынец": "130",
    "Андрэй Пачобут": "368",
    "Эдуард Бабарыка": "367",
    "Мікалай Аўтуховіч": "357",
    "Віктар Бабарыка": "356",
    "Мікола Статкевіч": "411",
    "Алесь Пушкін": "370",  # an article the paper does not name: "other political"
}
WORDS = {
    "en": {
        "group_actions_violating_public_order": "Group actions that grossly violate public order",
        "conspiracy_to_seize_power": "Conspiracy to seize state power by unconstitutional means",
        "high_treason": "High treason",
    },
    "ru": {
        "high_treason": "Измена государству",
        "extremist_financing": "Финансирование экстремистской деятельности",
        "slandering_president": "Клевета в отношении Президента Республики Беларусь",
    },
    "be": {
        "high_treason": "Здрада дзяржаве",
        "conspiracy_to_seize_power": (
            "Змова або іншыя дзеянні, учыненыя з мэтай захопу дзяржаўнай улады"
        ),
        "inciting_social_discord": (
            "Распальванне расавай, нацыянальнай, рэлігійнай альбо іншай сацыяльнай варожасці"
            " або розні"
        ),
    },
}


def convicted(who: str, *articles: str) -> dict[str, Any]:
    """A relative's testimony that ``who`` was convicted, on 10 May 2023, under ``articles``."""
    return known.testimony(
        known.person("p1", [known.name("Сваяк")], ["informant", "relative"]),
        known.person("p2", [known.name(who)], ["victim"]),
        prosecutions=[
            {
                "ref": "c1",
                "person": "p2",
                "articles": [{"code": code} for code in articles],
                "dates": {"verdict": day("2023-05-10")},
            }
        ],
    )
