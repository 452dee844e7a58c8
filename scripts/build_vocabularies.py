"""Build the shipped controlled vocabularies from the repository's copy of the draft YAML.

Usage (from the repository root, with the project's virtual environment)::

    .venv/bin/python scripts/build_vocabularies.py [path/to/vocabularies.yaml]

Reads ``vocabularies/vocabularies.yaml`` (the repository's own copy of the shared domain draft,
see ``vocabularies/README.md``) unless a path is given, and writes
``resources/vocabularies/<VERSION>.json``: a deterministic file (sorted keys, one-space indent,
UTF-8 text, trailing newline) that the application loads at run time through
``app.domain.vocabulary``. PyYAML is a development dependency only: the app never parses YAML.

The generated file is committed. Once a version has been released its file must never be edited:
records store the vocabulary version they were written with, so a label correction goes into a
new version (bump ``VERSION`` and keep the old file). ``tests/unit/test_vocabulary.py`` fails when
the committed file no longer matches what this script produces from the YAML.

The build fails loudly on anything it cannot carry over faithfully: an unknown top-level section,
duplicate codes within a vocabulary, an unknown term attribute, a missing English label, an invalid
code, a dangling ``place_type`` / ``related_article`` reference, an unexpected enum in the
incommunicado fields, or a code of an earlier shipped version that the new version would drop
(records written with it must stay valid).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

VERSION = "2026.2"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT / "vocabularies" / "vocabularies.yaml"
OUTPUT_DIR = REPO_ROOT / "resources" / "vocabularies"
# Where the content comes from (the repository's file is a copy of it), recorded in every file.
SOURCE_LABEL = "shared/domain/vocabularies.yaml"
VERSION_RE = re.compile(r"^(\d+)\.(\d+)$")

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")
MONTH_OR_DAY_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
CONFIDENCES = frozenset({"high", "medium", "low"})

# Attributes every shipped term carries (empty string / empty list when absent in the YAML).
TEXT_KEYS = ("en", "ru", "be", "ru_suggested", "be_suggested", "description", "confidence")
# Optional attributes copied as they are when present.
OPTIONAL_TEXT_KEYS = (
    "parent",
    "place_type",
    "valid_from",
    "valid_until",
    "isans_category",
    "scope",
    "notes",
)
OPTIONAL_LIST_KEYS = ("huridocs", "related_article")
KNOWN_KEYS = frozenset(("code", "source", *TEXT_KEYS, *OPTIONAL_TEXT_KEYS, *OPTIONAL_LIST_KEYS))

# Top-level sections that are not term lists. ``incommunicado`` yields the enum vocabularies
# below; the others document record fields and HURIDOCS for readers, and nothing in the app reads
# them. Any other section that is not a list of terms stops the build: it needs a decision.
NON_VOCABULARY_SECTIONS = frozenset(
    {"meta", "incommunicado", "ngo_record_fields", "huridocs_reference"}
)

# Enum fields of ``incommunicado.record_fields`` shipped as vocabularies of their own.
INCOMMUNICADO_ENUMS = {
    "last_confirmed_contact_type": "incommunicado_contact_type",
    "official_response": "incommunicado_official_response",
    "suspected_disciplinary_cause": "incommunicado_suspected_cause",
}

# Labels for the incommunicado enum values, which the YAML gives as bare codes. English is made
# from the code; Russian and Belarusian are unverified proposals (shipped as *_suggested with
# confidence "low" and "suggested": true) awaiting native-speaker review.
INCOMMUNICADO_LABELS: dict[str, tuple[str, str, str]] = {
    # last_confirmed_contact_type
    "letter_from_prisoner": (
        "Letter from the prisoner",
        "Письмо от заключённого",
        "Ліст ад зняволенага",
    ),
    "family_visit": ("Family visit", "Свидание с семьёй", "Спатканне з сям'ёй"),
    "phone_call": ("Phone call", "Телефонный звонок", "Тэлефонны званок"),
    "lawyer_meeting": ("Meeting with a lawyer", "Встреча с адвокатом", "Сустрэча з адвакатам"),
    "court_hearing": ("Court hearing", "Судебное заседание", "Судовае пасяджэнне"),
    "seen_by_released_inmate": (
        "Seen by a released inmate",
        "Видел освобождённый заключённый",
        "Бачыў вызвалены зняволены",
    ),
    "hospital_sighting": ("Seen in hospital", "Замечен в больнице", "Заўважаны ў бальніцы"),
    "official_reply": ("Official reply", "Официальный ответ", "Афіцыйны адказ"),
    "state_media_appearance": (
        "Appearance in state media",
        "Появление в государственных СМИ",
        "З'яўленне ў дзяржаўных СМІ",
    ),
    "other": ("Other", "Другое", "Іншае"),
    # official_response
    "custody_acknowledged": (
        "Custody acknowledged",
        "Содержание под стражей признаётся",
        "Утрыманне пад вартай прызнаецца",
    ),
    "custody_denied": (
        "Custody denied",
        "Содержание под стражей отрицается",
        "Утрыманне пад вартай адмаўляецца",
    ),
    "location_not_disclosed": (
        "Location not disclosed",
        "Местонахождение не сообщается",
        "Месцазнаходжанне не паведамляецца",
    ),
    "told_serving_sentence_health_satisfactory": (
        "Told only 'serving the sentence, health satisfactory'",
        "Сообщают только «отбывает наказание, здоровье удовлетворительное»",
        "Паведамляюць толькі «адбывае пакаранне, здароўе здавальняючае»",
    ),
    "no_response": ("No response", "Ответа нет", "Адказу няма"),
    # suspected_disciplinary_cause (shizo / pkt / solitary_cell reuse detention_conditions)
    "unknown": ("Unknown", "Неизвестно", "Невядома"),
}

# The official_response field lists three HURIDOCS Whereabouts (MT30) terms for the field as a
# whole; each belongs to exactly one value (see huridocs_reference.selected_terms).
INCOMMUNICADO_HURIDOCS = {
    "custody_acknowledged": ["MT30:010000000000"],
    "custody_denied": ["MT30:020000000000"],
    "location_not_disclosed": ["MT30:010200000000"],
}

# Enum values that are codes of an existing, sourced vocabulary: their labels are taken from it.
INCOMMUNICADO_SAME_AS = {"incommunicado_suspected_cause": "detention_conditions"}


class VocabularyBuildError(ValueError):
    """The YAML cannot be turned into a shipped vocabulary file without losing or inventing data."""


# Terms Sviedka itself needs that the shared draft lacks. `share_organisation` is the scope
# that lets an interviewer's testimony travel to the central organisation in a bundle.
PROJECT_TERMS: dict[str, list[dict[str, Any]]] = {
    "consent_scopes": [
        {
            "code": "share_organisation",
            "en": "Share with the central organisation that collects testimonies",
            "ru": "Передача центральной организации, собирающей свидетельства",
            "be": "",
            "be_suggested": "Перадача цэнтральнай арганізацыі, якая збірае сведчанні",
            "confidence": "medium",
            "source": ["Sviedka design: consent governs export of bundles (issue 5)"],
        }
    ]
}


def _text(value: object, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise VocabularyBuildError(f"{where}: expected text, got {type(value).__name__}")
    return str(value)


def _text_list(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str | int):
        return [_text(value, where)]
    if not isinstance(value, list):
        raise VocabularyBuildError(f"{where}: expected a list, got {type(value).__name__}")
    return [_text(item, f"{where}[{i}]") for i, item in enumerate(value)]


def _term(vocabulary: str, raw: Mapping[str, Any], index: int) -> dict[str, Any]:
    where = f"{vocabulary}[{index}]"
    unknown = sorted(set(raw) - KNOWN_KEYS)
    if unknown:
        raise VocabularyBuildError(f"{where}: unknown attribute(s) {unknown}; extend the script")
    code = _text(raw.get("code"), f"{where}.code")
    where = f"{vocabulary}:{code}"
    if not CODE_RE.fullmatch(code):
        raise VocabularyBuildError(f"{where}: invalid code {code!r}")
    term: dict[str, Any] = {"code": code}
    for key in TEXT_KEYS:
        term[key] = _text(raw.get(key), f"{where}.{key}")
    term["source"] = _text_list(raw.get("source"), f"{where}.source")
    for key in OPTIONAL_TEXT_KEYS:
        if key in raw:
            term[key] = _text(raw[key], f"{where}.{key}")
    for key in OPTIONAL_LIST_KEYS:
        if key in raw:
            term[key] = _text_list(raw[key], f"{where}.{key}")
    if not term["en"].strip():
        raise VocabularyBuildError(f"{where}: the English label is empty")
    if term["confidence"] not in CONFIDENCES:
        confidence = term["confidence"]
        raise VocabularyBuildError(f"{where}: confidence {confidence!r} is not high/medium/low")
    for key in ("valid_from", "valid_until"):
        if key in term and not MONTH_OR_DAY_RE.fullmatch(term[key]):
            raise VocabularyBuildError(f"{where}.{key}: expected YYYY-MM or YYYY-MM-DD")
    return term


def _check_unique(vocabulary: str, terms: Sequence[Mapping[str, Any]]) -> None:
    counts = Counter(term["code"] for term in terms)
    duplicates = sorted(code for code, count in counts.items() if count > 1)
    if duplicates:
        raise VocabularyBuildError(f"{vocabulary}: duplicate code(s) {duplicates}")


def _is_term_list(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and "code" in item for item in value)
    )


def _vocabulary_sections(document: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Every top-level term list, each term carried over; unknown other sections are refused."""
    vocabularies: dict[str, list[dict[str, Any]]] = {}
    for name, value in document.items():
        if name in NON_VOCABULARY_SECTIONS:
            continue
        if not _is_term_list(value):
            raise VocabularyBuildError(
                f"section {name!r} is neither a list of terms nor a known non-vocabulary section;"
                " extend the script"
            )
        if not CODE_RE.fullmatch(str(name)):
            raise VocabularyBuildError(f"invalid vocabulary name {name!r}")
        vocabularies[name] = [_term(name, raw, i) for i, raw in enumerate(value)]
    return vocabularies


def _add_project_terms(vocabularies: dict[str, list[dict[str, Any]]]) -> None:
    for name, raw_terms in PROJECT_TERMS.items():
        # Checked and completed like the YAML's own terms, so every term has the same attributes.
        extra = [_term(name, raw, i) for i, raw in enumerate(raw_terms)]
        defined = {t["code"] for t in vocabularies[name]} & {t["code"] for t in extra}
        if defined:
            # The shared draft now has its own term: drop ours from PROJECT_TERMS, keeping the code.
            raise VocabularyBuildError(
                f"{name}: {sorted(defined)} now defined by the YAML; remove from PROJECT_TERMS"
            )
        vocabularies[name] = [*vocabularies[name], *extra]


def _incommunicado(
    document: Mapping[str, Any], vocabularies: Mapping[str, list[dict[str, Any]]]
) -> dict[str, list[dict[str, Any]]]:
    section = document.get("incommunicado")
    if not isinstance(section, dict) or not isinstance(section.get("record_fields"), list):
        raise VocabularyBuildError("incommunicado.record_fields is missing")
    fields = {f.get("field"): f for f in section["record_fields"] if isinstance(f, dict)}
    unexpected = sorted(
        str(name) for name, f in fields.items() if "values" in f and name not in INCOMMUNICADO_ENUMS
    )
    if unexpected:
        raise VocabularyBuildError(f"incommunicado enum field(s) {unexpected} are not shipped")
    result: dict[str, list[dict[str, Any]]] = {}
    for field_name, vocabulary in INCOMMUNICADO_ENUMS.items():
        field = fields.get(field_name)
        if field is None or not field.get("values"):
            raise VocabularyBuildError(f"incommunicado.{field_name} has no values")
        sources = _text_list(field.get("source"), f"incommunicado.{field_name}.source")
        same_as = INCOMMUNICADO_SAME_AS.get(vocabulary, "")
        sibling = {t["code"]: t for t in vocabularies.get(same_as, [])}
        terms = []
        for value in field["values"]:
            code = _text(value, f"incommunicado.{field_name}.values")
            if not CODE_RE.fullmatch(code):
                raise VocabularyBuildError(f"incommunicado.{field_name}: invalid code {code!r}")
            if code in sibling:
                same = sibling[code]
                term: dict[str, Any] = {key: same[key] for key in TEXT_KEYS}
                term.update(
                    code=code,
                    source=sources,
                    same_as=f"{same_as}:{code}",
                )
            else:
                en, ru, be = INCOMMUNICADO_LABELS.get(
                    code, (code.replace("_", " ").capitalize(), "", "")
                )
                term = dict.fromkeys(TEXT_KEYS, "")
                term.update(
                    code=code,
                    en=en,
                    ru_suggested=ru,
                    be_suggested=be,
                    confidence="low",
                    source=sources,
                    suggested=True,
                )
                if field_name == "official_response" and code in INCOMMUNICADO_HURIDOCS:
                    term["huridocs"] = list(INCOMMUNICADO_HURIDOCS[code])
            terms.append(term)
        result[vocabulary] = terms
    return result


def _check_references(vocabularies: Mapping[str, list[dict[str, Any]]]) -> None:
    targets = {"place_type": "detention_place_types", "related_article": "criminal_code_articles"}
    for name, terms in vocabularies.items():
        for term in terms:
            for key, target in targets.items():
                wanted = term.get(key)
                if wanted is None:
                    continue
                codes = {t["code"] for t in vocabularies.get(target, [])}
                for code in wanted if isinstance(wanted, list) else [wanted]:
                    if code not in codes:
                        raise VocabularyBuildError(
                            f"{name}:{term['code']}.{key}: {code!r} is not a code of {target}"
                        )


def _version_key(version: str) -> tuple[int, int]:
    match = VERSION_RE.fullmatch(version)
    if match is None:
        raise VocabularyBuildError(f"invalid vocabulary version {version!r}")
    return int(match.group(1)), int(match.group(2))


def released_codes(folder: Path = OUTPUT_DIR) -> dict[str, dict[str, set[str]]]:
    """Version -> vocabulary -> codes of every shipped file older than ``VERSION``."""
    result: dict[str, dict[str, set[str]]] = {}
    for path in sorted(folder.glob("*.json")):
        if not VERSION_RE.fullmatch(path.stem) or path.stem == VERSION:
            continue
        if _version_key(path.stem) > _version_key(VERSION):
            raise VocabularyBuildError(f"{path.name} is newer than VERSION {VERSION}")
        data = json.loads(path.read_text(encoding="utf-8"))
        result[path.stem] = {
            name: {term["code"] for term in terms} for name, terms in data["vocabularies"].items()
        }
    return result


def _check_nothing_dropped(
    vocabularies: Mapping[str, list[dict[str, Any]]],
    released: Mapping[str, Mapping[str, set[str]]],
) -> None:
    # A record stores codes and is validated against the newest vocabulary: a code that existed
    # once must exist for ever (keep the old term, marked, rather than drop or rename it).
    for version, old in released.items():
        for name, codes in old.items():
            missing = sorted(codes - {t["code"] for t in vocabularies.get(name, [])})
            if missing:
                raise VocabularyBuildError(
                    f"{name}: code(s) {missing} of released version {version} are missing;"
                    " keep them (codes are never removed)"
                )


def build(document: Mapping[str, Any]) -> dict[str, Any]:
    """Turn the parsed YAML document into the shipped JSON structure."""
    meta = document.get("meta")
    if not isinstance(meta, dict) or not meta.get("version"):
        raise VocabularyBuildError("meta.version is missing")
    vocabularies = _vocabulary_sections(document)
    for name, terms in _incommunicado(document, vocabularies).items():
        if name in vocabularies:
            raise VocabularyBuildError(f"vocabulary {name} is defined twice")
        vocabularies[name] = terms
    _add_project_terms(vocabularies)
    for name, terms in vocabularies.items():
        _check_unique(name, terms)
    _check_references(vocabularies)
    _check_nothing_dropped(vocabularies, released_codes())

    category_map = meta.get("isans_category_map") or {}
    if not isinstance(category_map, dict):
        raise VocabularyBuildError("meta.isans_category_map must be a mapping")
    isans = {
        _text(k, "isans_category_map"): _text_list(v, f"isans_category_map.{k}")
        for k, v in category_map.items()
    }
    articles = {t["code"]: t for t in vocabularies.get("criminal_code_articles", [])}
    for category, codes in isans.items():
        for code in codes:
            if code not in articles or articles[code].get("isans_category") != category:
                raise VocabularyBuildError(
                    f"isans_category_map.{category}: article {code!r} is missing or disagrees"
                )
    return {
        "version": VERSION,
        "source": f"{SOURCE_LABEL} {_text(meta['version'], 'meta.version')}",
        "isans_categories": isans,
        "vocabularies": vocabularies,
    }


def load_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        document = yaml.safe_load(handle)
    if not isinstance(document, dict):
        raise VocabularyBuildError(f"{path}: not a YAML mapping")
    return document


def render(data: Mapping[str, Any]) -> str:
    """Serialise deterministically: the same input always gives byte-identical output."""
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def build_file(source: Path) -> str:
    return render(build(load_yaml(source)))


def main(argv: Sequence[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    try:
        text = build_file(source)
    except (OSError, yaml.YAMLError, VocabularyBuildError) as exc:
        print(f"build_vocabularies: error: {exc}", file=sys.stderr)
        return 1
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    target = OUTPUT_DIR / f"{VERSION}.json"
    target.write_text(text, encoding="utf-8", newline="\n")
    data = json.loads(text)
    counts = ", ".join(f"{k}={len(v)}" for k, v in data["vocabularies"].items())
    print(f"wrote {target.relative_to(REPO_ROOT)} ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
