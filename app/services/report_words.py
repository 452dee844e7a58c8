"""The words of `sviedka report`'s heading and of its two groups that are not codes, in each
language of ``--lang``. The group names of codes come from the vocabularies; these few words
have no vocabulary, so they are here, worded as the desktop's Figures view words them
(resources/i18n, context "Figures" and "FiguresView"), so a coordinator reads one number under
one name whichever tool printed it."""

from __future__ import annotations

from app.domain.figures import NOT_RECORDED, UNCERTAIN

__all__ = ["heading", "special_group", "title"]

_TITLES = {
    "be": {
        "humanitarian": "Гуманітарны спіс",
        "incommunicado": "Утрымліваюцца інкамунікада",
        "art411": "Паўторна асуджаныя паводле арт. 411",
        "deaths": "Памерлі пад вартай",
        "deaths_after_release": "Памерлі пасля вызвалення",
        "arrests_on_return": "Арышты пры вяртанні",
        "in_absentia": "Завочныя суды",
        "transnational": "Транснацыянальныя рэпрэсіі",
        "solidarity": "Пераслед за салідарнасць",
        "held": "Утрымліваюцца пад вартай",
        "prosecutions": "Крымінальныя справы",
        "lists": "Унесеныя ў спісы «экстрэмістаў» або «тэрарыстаў»",
        "held_beyond_term": "Утрымліваюцца пасля заканчэння тэрміну",
    },
    "ru": {
        "humanitarian": "Гуманитарный список",
        "incommunicado": "Содержатся инкоммуникадо",
        "art411": "Повторно осуждённые по ст. 411",
        "deaths": "Умерли под стражей",
        "deaths_after_release": "Умерли после освобождения",
        "arrests_on_return": "Аресты при возвращении",
        "in_absentia": "Заочные суды",
        "transnational": "Транснациональные репрессии",
        "solidarity": "Преследование за солидарность",
        "held": "Содержатся под стражей",
        "prosecutions": "Уголовные дела",
        "lists": "Внесены в списки «экстремистов» или «террористов»",
        "held_beyond_term": "Содержатся после окончания срока",
    },
}
# The unit as counted: "асоб — 3" reads as "persons: 3" (the desktop's wording), so the
# number never needs a plural form of its own.
_UNITS = {
    "be": {"persons": "асоб", "testimonies": "сведчанняў", "acts": "эпізодаў"},
    "ru": {"persons": "человек", "testimonies": "свидетельств", "acts": "эпизодов"},
}
_HEADINGS = {
    "en": "{title}: {total} {unit} (as of {as_of}{window})",
    "be": "{title}: {unit} — {total} (на {as_of}{window})",
    "ru": "{title}: {unit} — {total} (на {as_of}{window})",
}
_WINDOWS = {
    "en": ", events {start} to {end}",
    "be": ", падзеі з {start} па {end}",
    "ru": ", события с {start} по {end}",
}
_SPECIAL = {
    "be": {UNCERTAIN: "дата не вызначана", NOT_RECORDED: "не запісана"},
    "ru": {UNCERTAIN: "дата не определена", NOT_RECORDED: "не записано"},
}


def title(figure: str, english: str, lang: str) -> str:
    """The figure's title in ``lang``; English (the figure's own) for any other language."""
    return _TITLES.get(lang, {}).get(figure, english)


def special_group(key: str, lang: str) -> str | None:
    """The name of "date uncertain" or "not recorded" in ``lang``; None for any other key."""
    if key not in (UNCERTAIN, NOT_RECORDED):
        return None
    return _SPECIAL.get(lang, {}).get(key, key)


def heading(
    title: str,
    total: int,
    unit: str,
    as_of: str,
    window: tuple[str | None, str | None],
    lang: str,
) -> str:
    """The report's first line: the figure, its total in its unit, the day and the window."""
    lang = lang if lang in _HEADINGS else "en"
    start, end = window
    shown_window = ""
    if start or end:
        shown_window = _WINDOWS[lang].format(start=start or "…", end=end or "…")
    return _HEADINGS[lang].format(
        title=title,
        total=total,
        unit=_UNITS.get(lang, {}).get(unit, unit),
        as_of=as_of,
        window=shown_window,
    )
