"""The words of a case dossier in English, Belarusian and Russian.

They follow the `--lang` of the hand-over, not the desktop's language: a coordinator working in
Belarusian may write a dossier in English for a UN mechanism. Only the words the form has no
label for are here: the document's, its sections' and entries' headings, and the lines the
dossier derives (the verdict's date, the kind of an arrest). A line that is a field of the
record takes the editor's label of that field, and a value of the schema's fixed lists the
editor's label of it, both read from the catalogue in the dossier's language
(app.render.dossier_labels), so the form and the hand-over say the same; vocabulary codes come
labelled.
"""

from __future__ import annotations

__all__ = ["LANGS", "word"]

LANGS = ("en", "be", "ru")

# key: (English, Belarusian, Russian)
# fmt: off
_WORDS: dict[str, tuple[str, str, str]] = {
    # the document
    "dossier": ("Case dossier", "Справа", "Досье"),
    "dossiers": ("Case dossiers", "Справы", "Досье"),
    "scope": ("Use consented to", "Згода на выкарыстанне", "Согласие на использование"),
    "made": ("Made", "Складзена", "Составлено"),
    "shown_as_case_code": (
        "Identity withheld under consent: shown by case code only.",
        "Асоба не раскрываецца паводле згоды: толькі код справы.",
        "Личность не раскрывается согласно согласию: только код дела.",
    ),
    "nobody": (
        "Nobody consented to this use: no dossier.",
        "Ніхто не даў згоды на такое выкарыстанне: справаў няма.",
        "Никто не дал согласия на такое использование: досье нет.",
    ),
    "archive_id": ("Archive id", "Ідэнтыфікатар у архіве", "Идентификатор в архиве"),
    "yes": ("yes", "так", "да"),
    "no": ("no", "не", "нет"),
    # sections
    "identity": ("Identity", "Асоба", "Личность"),
    "timeline": ("Detention timeline", "Храналогія затрымання", "Хронология задержания"),
    "acts": ("Acts and alleged perpetrators", "Дзеянні і меркаваныя вінаватыя",
             "Действия и предполагаемые виновные"),
    "health": ("Health and care denied", "Здароўе і ў медычнай дапамозе адмоўлена",
               "Здоровье и отказ в медицинской помощи"),
    "prosecutions": ("Prosecution", "Крымінальны пераслед", "Уголовное преследование"),
    "incommunicado_section": ("Incommunicado", "Без сувязі (інкамунікада)",
                              "Без связи (инкоммуникадо)"),
    "sources": ("Sources and their reliability", "Крыніцы і іх надзейнасць",
                "Источники и их надёжность"),
    "consent_section": ("Consent statement", "Заява пра згоду", "Заявление о согласии"),
    "custody_annex": ("Annex: chain of custody", "Дадатак: ланцуг захоўвання",
                      "Приложение: цепочка хранения"),
    "testimony": ("Testimony", "Сведчанне", "Свидетельство"),
    "version": ("Version", "Версія", "Версия"),
    "content_hash": ("SHA-256 of the stored version", "SHA-256 захаванай версіі",
                     "SHA-256 сохранённой версии"),
    "no_attachments": ("No attachment leaves with this testimony.",
                       "З гэтым сведчаннем не перадаецца ніводнага далучанага файла.",
                       "С этим свидетельством не передаётся ни одного приложенного файла."),
    # entries
    "arrest": ("Arrest", "Затрыманне", "Задержание"),
    "place": ("Place", "Месца", "Место"),
    "transfer": ("Transfer", "Этап", "Этап"),
    "punishment_cell": ("Punishment cell", "Штрафны ізалятар", "Штрафной изолятор"),
    "release": ("Release", "Вызваленне", "Освобождение"),
    "police_supervision": ("Police supervision", "Прэвентыўны нагляд", "Превентивный надзор"),
    "exit_ban": ("Exit ban", "Забарона на выезд", "Запрет на выезд"),
    "death": ("Death", "Смерць", "Смерть"),
    "act": ("Act", "Дзеянне", "Действие"),
    "condition": ("Health condition", "Стан здароўя", "Состояние здоровья"),
    "medical_care": ("Medical care", "Медычная дапамога", "Медицинская помощь"),
    "prosecution": ("Criminal case", "Крымінальная справа", "Уголовное дело"),
    "incommunicado": ("Held incommunicado", "Утрымліваецца без сувязі",
                      "Содержится без связи"),
    "interview": ("Interview", "Інтэрв'ю", "Интервью"),
    "source": ("Source", "Крыніца", "Источник"),
    "consent": ("Consent of the informant", "Згода інфарманта", "Согласие информанта"),
    "own_consent": ("Own consent", "Уласная згода", "Собственное согласие"),
    "attachment": ("Attachment", "Далучаны файл", "Приложенный файл"),
    "detention_condition": ("Conditions of detention", "Умовы ўтрымання", "Условия содержания"),
    "administrative_case": ("Administrative case", "Адміністрацыйная справа",
                            "Административное дело"),
    "list_entry": ("Included in a list", "Унесены ў спіс", "Внесён в список"),
    # lines the dossier derives, and "to" (a transfer's destination, not the editor's addressee)
    "arrest_kind": ("Kind of arrest", "Від затрымання", "Вид задержания"),
    "article": ("Article", "Артыкул", "Статья"),
    "attachment_kind": ("Kind of file", "Від файла", "Вид файла"),
    "cell_kind": ("Kind", "Від", "Вид"),
    "condition_kind": ("Condition", "Умова", "Условие"),
    "last_contact_type": ("Kind of last contact", "Від апошняга кантакту",
                          "Вид последнего контакта"),
    "last_contact_with": ("Last contact through", "Апошні кантакт праз",
                          "Последний контакт через"),
    "name_original": ("Name", "Імя", "Имя"),
    "name_transliteration": ("Transliteration", "Транслітарацыя", "Транслитерация"),
    "name_pseudonym": ("Pseudonym", "Псеўданім", "Псевдоним"),
    "perpetrator": ("Alleged perpetrator", "Меркаваны вінаваты", "Предполагаемый виновный"),
    "release_condition": ("Condition of release", "Умова вызвалення", "Условие освобождения"),
    "release_reason": ("Reason for release", "Падстава вызвалення", "Основание освобождения"),
    "role": ("Role", "Роля", "Роль"),
    "to": ("To", "У", "В"),
    "verdict_date": ("Date of verdict", "Дата прысуду", "Дата приговора"),
}
# fmt: on


def word(key: str, lang: str) -> str:
    """The dossier's word for ``key`` in ``lang``; English when ``lang`` is not one of ours."""
    found = _WORDS.get(key)
    if found is None:
        return key.replace("_", " ")
    return found[LANGS.index(lang) if lang in LANGS else 0]
