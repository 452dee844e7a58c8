"""The words of `sviedka persons show` in each language of ``--lang``: what a fact is about
(the figure, the field of the record) and the few words around it. A figure is named by its
report title (app.services.report_words); the rest is worded as the desktop's "Facts and
sources" dialog words it (resources/i18n, contexts "Figures", "PersonFileDialog" and
"Persons": tests/functional/test_person_file_labels.py holds the two together), so a
coordinator reads one fact under one name whichever tool printed it. `--json` keeps the codes
and English keys: scripts read it, not people."""

from __future__ import annotations

from app.domain.figures import FIGURES
from app.services import report_words

__all__ = ["BIRTH_DATES_DISAGREE", "about", "figure", "status", "word"]

BIRTH_DATES_DISAGREE = (
    "The testimonies give birth dates that cannot all be true: compare them below before "
    "counting this as one person."
)

# A fact's dimension (the field of the record it was counted by) -> its name.
_ABOUT = {
    "en": {
        "criterion": "humanitarian criterion",
        "article": "article of the Criminal Code",
        "facility": "place of detention",
        "isans_category": "iSANS category",
        "instrument": "instrument of repression",
    },
    "be": {
        "criterion": "гуманітарны крытэрый",
        "article": "артыкул Крымінальнага кодэкса",
        "facility": "месца ўтрымання",
        "isans_category": "катэгорыя iSANS",
        "instrument": "інструмент рэпрэсій",
    },
    "ru": {
        "criterion": "гуманитарный критерий",
        "article": "статья Уголовного кодекса",
        "facility": "место содержания",
        "isans_category": "категория iSANS",
        "instrument": "инструмент репрессий",
    },
}
# What the testimonies last say of the person: held, released, deported, died, unknown.
_STATUS = {
    "en": {"held": "held", "released": "released", "deported": "deported", "died": "died"},
    "be": {
        "held": "пад вартай",
        "released": "вызвалены(-ая)",
        "deported": "дэпартаваны(-ая)",
        "died": "памёр(-рла)",
        "unknown": "невядома",
    },
    "ru": {
        "held": "под стражей",
        "released": "освобождён(а)",
        "deported": "депортирован(а)",
        "died": "умер(ла)",
        "unknown": "неизвестно",
    },
}
# The words around the facts, keyed by the desktop's English; in a line, not a column heading.
_WORDS = {
    "en": {"Status": "status", "Born": "born", "Testimony": "testimony", "undated": "undated"},
    "be": {
        "Status": "Становішча",
        "Born": "Дата нараджэння",
        "Testimony": "сведчанне",
        "undated": "без даты",
        BIRTH_DATES_DISAGREE: (
            "Сведчанні называюць даты нараджэння, якія не могуць быць праўдзівымі адначасова: "
            "параўнайце іх ніжэй, перш чым улічваць гэта як адну асобу."
        ),
    },
    "ru": {
        "Status": "Положение",
        "Born": "Дата рождения",
        "Testimony": "свидетельство",
        "undated": "без даты",
        BIRTH_DATES_DISAGREE: (
            "Свидетельства называют даты рождения, которые не могут быть верны одновременно: "
            "сравните их ниже, прежде чем учитывать это как одного человека."
        ),
    },
}


def figure(name: str, lang: str) -> str:
    """A fact's figure by its report title ("Prosecutions"); "status" as the word Status."""
    if name == "status":
        return word("Status", lang)
    known = FIGURES.get(name)
    return report_words.title(name, known.title, lang) if known else name


def about(dimension: str, lang: str) -> str:
    """The field a fact was counted by ("article of the Criminal Code"); the code when it
    has no name (a dimension added later is still shown, never dropped)."""
    return _ABOUT.get(lang, _ABOUT["en"]).get(dimension, dimension.replace("_", " "))


def status(value: str, lang: str) -> str:
    return _STATUS.get(lang, {}).get(value, value)


def word(english: str, lang: str) -> str:
    return _WORDS.get(lang, _WORDS["en"]).get(english, english)
