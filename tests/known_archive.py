"""A small archive whose truth is known, for the persons registry and the figures.

Eight testimonies about six prisoners and their relatives:
- Ales Bialiatski (born 1962-09-25, held since 2021-07-14, incommunicado since 2023-02) is
  reported three times by three relatives, in Belarusian, Russian and Latin spellings;
- two namesakes Mikola Statkevich: the elder (born 1956-08-12, held since 2020-05-31,
  incommunicado since 2023-02, re-convicted under Art. 411 in 2024) and a younger one (born
  1990-01-01, arrested at the border on return in 2024-03 after a phone check, released in
  2024-04);
- Siarhei Baravik (born 1995, held since 2022-03) reported twice by his mother, who is over 60
  and was never detained (the criterion bug), and by his father, also over 60;
- Vitold Ashurak (born 1970), died in detention in Shklou colony on 2021-05-21.

The truth, as of 2026-12-03: humanitarian 3 persons (age over 60: Bialiatski and the elder
Statkevich; death in detention: Ashurak); incommunicado 2; Art. 411 1; deaths 1; arrests on
return 1; held 3 (4 as of 2024-04-15, when the younger Statkevich was still held).
"""

from __future__ import annotations

from typing import Any

from tests.factories import day, minimal_testimony

AS_OF = "2026-12-03"


def name(value: str, script: str = "Cyrl", language: str = "be") -> dict[str, str]:
    return {"value": value, "script": script, "language": language, "kind": "original"}


def person(
    ref: str, names: list[dict[str, str]], roles: list[str], born: Any = None
) -> dict[str, Any]:
    found: dict[str, Any] = {"ref": ref, "names": names, "roles": roles}
    if isinstance(born, str) and len(born) == 4:
        found["birth_date"] = {"precision": "year", "value": born}
    elif born is not None:
        found["birth_date"] = born if isinstance(born, dict) else day(born)
    return found


def held(
    person_ref: str, arrested: Any, facility: str = "navapolatsk_ik1", **arrest: Any
) -> dict[str, Any]:
    when = arrested if isinstance(arrested, dict) else day(arrested)
    return {
        "ref": f"e{person_ref}",
        "person": person_ref,
        "arrest": {"date": when, **arrest},
        "places": [{"place_type": "correctional_colony", "facility": facility}],
    }


def incommunicado(person_ref: str) -> dict[str, Any]:
    since = {"precision": "month", "value": "2023-02"}
    return {"person": person_ref, "since": since, "status": "continuing"}


def testimony(informant: dict[str, Any], about: dict[str, Any], **sections: Any) -> dict[str, Any]:
    return minimal_testimony(persons=[informant, about], **sections)


def bialiatski(spelling: list[dict[str, str]], relative: str) -> dict[str, Any]:
    return testimony(
        person("p1", [name(relative)], ["informant", "relative"]),
        person("p2", spelling, ["victim"], "1962-09-25"),
        detention_episodes=[held("p2", "2021-07-14")],
        incommunicado=[incommunicado("p2")],
    )


def documents() -> list[dict[str, Any]]:
    mother = person("p1", [name("Ганна Баравік")], ["informant", "relative"], "1950-02-01")
    father = person("p1", [name("Пятро Баравік")], ["informant", "relative"], "1955")
    son = person("p2", [name("Сяргей Баравік")], ["victim"], "1995-06-01")
    elder = person("p2", [name("Мікола Статкевіч")], ["victim"], "1956-08-12")
    younger = person("p2", [name("Мікола Статкевіч")], ["victim"], "1990-01-01")
    ashurak = person("p2", [name("Вітольд Ашурак")], ["victim"], "1970-05-22")
    return [
        bialiatski([name("Алесь Бяляцкі")], "Наталля Пінчук"),
        bialiatski([name("Алесь Беляцкий", language="ru")], "Валянцін Стэфановіч"),
        bialiatski([name("Ales Bialiatski", "Latn", "en")], "Uladzimir Labkovich"),
        testimony(
            person("p1", [name("Марына Адамовіч")], ["informant", "relative"]),
            elder,
            detention_episodes=[held("p2", "2020-05-31", "hlybokaye_ik13")],
            incommunicado=[incommunicado("p2")],
            prosecutions=[
                {
                    "ref": "c1",
                    "person": "p2",
                    "articles": [{"code": "411"}],
                    "art411_reconviction": True,
                    "dates": {"verdict": day("2024-03-20")},
                }
            ],
        ),
        testimony(
            person("p1", [name("Вольга Статкевіч")], ["informant", "relative"]),
            younger,
            detention_episodes=[
                {
                    **held(
                        "p2",
                        {"precision": "month", "value": "2024-03"},
                        at_border_on_return=True,
                        returned_from_abroad=True,
                        identified_via=["phone_check"],
                    ),
                    "release": {
                        "date": {"precision": "month", "value": "2024-04"},
                        "reason": "end_of_term",
                    },
                }
            ],
        ),
        testimony(mother, son, detention_episodes=[held("p2", "2022-03-02")]),
        testimony(father, son, detention_episodes=[held("p2", "2022-03-02")]),
        testimony(
            person("p1", [name("Іна Ашурак")], ["informant", "relative"]),
            ashurak,
            deaths_in_detention=[
                {"person": "p2", "date": day("2021-05-21"), "place": {"facility": "shklou_ik17"}}
            ],
        ),
    ]
