"""Partial dates shown as people say them: "14 November 2022", "November 2022", "about 2021"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
    "be": ("студзень", "люты", "сакавік", "красавік", "травень", "чэрвень", "ліпень",
           "жнівень", "верасень", "кастрычнік", "лістапад", "снежань"),
}  # fmt: skip
ABOUT = {"en": "about", "ru": "около", "be": "каля"}
UNKNOWN = {"en": "date unknown", "ru": "дата неизвестна", "be": "дата невядомая"}


def _plain(value: str, lang: str) -> str:
    parts = value.split("-")
    months = MONTHS.get(lang, MONTHS["en"])
    if len(parts) == 1:
        return parts[0]
    month = months[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    # Day precision: ISO is unambiguous in every language and sorts visibly.
    return value


def format_partial(date: Mapping[str, Any] | None, lang: str = "en") -> str:
    if not date or date.get("precision") == "unknown" or not date.get("value"):
        return UNKNOWN.get(lang, UNKNOWN["en"])
    text = _plain(str(date["value"]), lang)
    if date.get("precision") == "approximate":
        return f"{ABOUT.get(lang, ABOUT['en'])} {text}"
    return text
