"""The shipped controlled vocabularies and their loader (app.domain.vocabulary)."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from app.domain.record import collect_issues
from app.domain.shipped_vocabularies import load_shipped, shipped_versions
from app.domain.template import example_testimony
from app.domain.vocabulary import (
    FALLBACK,
    LANGUAGES,
    Label,
    LocalTerm,
    Term,
    UnknownTerm,
    UnknownVocabulary,
    VocabularySet,
)
from app.resources import resource_path

REPO_ROOT = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO_ROOT / "scripts" / "build_vocabularies.py"
# The repository's own copy of the shared draft (vocabularies/README.md): never skipped.
SOURCE_YAML = REPO_ROOT / "vocabularies" / "vocabularies.yaml"
NEWEST = "2026.2"

# Released files, byte for byte: records name the version they were written with. Add each
# version here when it is released; never change a line.
RELEASED_SHA256 = {
    "2026.1": "78d327d8c6229a73be870a35f84ca44a44dcfc82931c114c0a641b4f75f57640",
}

EXPECTED_VOCABULARIES = {
    "administrative_code_articles",
    "colony_regimes",
    "consent_scopes",
    "contact_denied_to",
    "criminal_code_articles",
    "detention_conditions",
    "detention_facilities",
    "detention_place_types",
    "health_condition_categories",
    "humanitarian_criteria",
    "ill_treatment",
    "incommunicado_contact_type",
    "incommunicado_official_response",
    "incommunicado_suspected_cause",
    "isans_categories",
    "medical_attention_received",
    "repression_instruments",
    "status_learned_via",
    "transnational_incident_types",
}


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_vocabularies", BUILD_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _shipped_file(version: str) -> Path:
    return resource_path("vocabularies", f"{version}.json")


def _raw(version: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_shipped_file(version).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def vocab() -> VocabularySet:
    return load_shipped()


def test_shipped_file_loads(vocab: VocabularySet) -> None:
    assert shipped_versions() == ["2026.1", NEWEST]
    assert vocab.version == NEWEST
    assert vocab.base_version == vocab.version
    assert set(vocab.names()) == EXPECTED_VOCABULARIES
    assert vocab.names() == sorted(vocab.names())
    for name in vocab.names():
        assert vocab.terms(name), name
    assert load_shipped("2026.1") is load_shipped("2026.1")  # cached
    assert _raw("2026.1")["source"] == "shared/domain/vocabularies.yaml 0.1-draft"
    assert _raw(NEWEST)["source"] == "shared/domain/vocabularies.yaml 0.2-draft"


def test_released_files_are_never_edited() -> None:
    for version, digest in RELEASED_SHA256.items():
        assert hashlib.sha256(_shipped_file(version).read_bytes()).hexdigest() == digest, (
            f"resources/vocabularies/{version}.json was released: put changes in a new version"
        )


def test_every_code_of_every_version_is_in_the_newest(vocab: VocabularySet) -> None:
    # Records are validated against the newest vocabulary: a code once shipped stays for ever.
    for version in shipped_versions():
        for name, terms in _raw(version)["vocabularies"].items():
            for term in terms:
                assert vocab.has(name, term["code"]), f"{version} {name}:{term['code']} dropped"


def test_the_template_testimony_is_valid_with_every_version() -> None:
    # Older versions lack vocabularies that schema 2 uses (the Administrative Code came with
    # 2026.2); a code of a vocabulary they do have must still be known to them.
    assert collect_issues(example_testimony(), load_shipped(NEWEST)) == []
    for version in shipped_versions():
        messages = {
            issue.message for issue in collect_issues(example_testimony(), load_shipped(version))
        }
        assert all("is missing from version" in message for message in messages), version


def test_every_term_has_a_non_empty_label_in_every_ui_language(vocab: VocabularySet) -> None:
    assert set(LANGUAGES) == set(FALLBACK)
    for name in vocab.names():
        for term in vocab.terms(name):
            assert term.labels.get("en"), f"{name}:{term.code} has no English label"
            for lang in LANGUAGES:
                label = vocab.label(name, term.code, lang)
                assert label.strip(), f"{name}:{term.code} empty in {lang}"
                assert label != term.code, f"{name}:{term.code} falls back to its code in {lang}"


def test_be_shows_the_belarusian_suggestion_before_russian(vocab: VocabularySet) -> None:
    # Art. 342: official ru, no official be, an unverified be_suggested: Belarusian shows it.
    art342 = vocab.term("criminal_code_articles", "342")
    assert "be" not in art342.labels
    assert art342.labels["ru"]
    assert art342.shown_label("be") == Label(art342.suggested["be"], "be", suggested=True)
    assert art342.shown_label("ru") == Label(art342.labels["ru"], "ru", suggested=False)
    assert art342.label("en") == art342.labels["en"]
    # Art. 357: only English is official; each interface shows its own suggestion, not English.
    art357 = vocab.term("criminal_code_articles", "357")
    assert set(art357.labels) == {"en"}
    assert art357.shown_label("be") == Label(art357.suggested["be"], "be", suggested=True)
    assert art357.shown_label("ru") == Label(art357.suggested["ru"], "ru", suggested=True)
    assert art357.label("en") == art357.labels["en"]


def test_be_falls_back_to_russian_then_english() -> None:
    official_ru = Term("v", "a", labels={"en": "A", "ru": "А-ru"}, suggested={"ru": "А-s"})
    assert official_ru.shown_label("be") == Label("А-ru", "ru", suggested=False)
    suggested_ru = Term("v", "b", labels={"en": "B"}, suggested={"ru": "Б-s"})
    assert suggested_ru.shown_label("be") == Label("Б-s", "ru", suggested=True)
    english = Term("v", "c", labels={"en": "C"}, suggested={})
    assert [english.shown_label(lang).language for lang in LANGUAGES] == ["en", "en", "en"]


def test_ru_never_falls_back_to_be(vocab: VocabularySet) -> None:
    # Art. 361: official be, ru only suggested: Russian shows the suggestion.
    art361 = vocab.term("criminal_code_articles", "361")
    assert "ru" not in art361.labels
    assert art361.labels["be"]
    assert art361.shown_label("ru") == Label(art361.suggested["ru"], "ru", suggested=True)
    # Art. 361-3: official be, and since 2026.2 a Russian proposal rather than English.
    art3613 = vocab.term("criminal_code_articles", "361-3")
    assert art3613.labels["be"]
    assert art3613.shown_label("ru") == Label(art3613.suggested["ru"], "ru", suggested=True)
    # A term with Belarusian and no Russian at all shows English, never Belarusian.
    only_be = Term("v", "d", labels={"en": "D", "be": "Д-be"}, suggested={})
    assert only_be.shown_label("ru") == Label("D", "en", suggested=False)


def test_no_label_is_english_outside_the_english_interface(vocab: VocabularySet) -> None:
    english = {
        lang: {
            (name, term.code)
            for name in vocab.names()
            for term in vocab.terms(name)
            if term.shown_label(lang).language == "en"
        }
        for lang in ("be", "ru")
    }
    assert english == {"be": set(), "ru": set()}


@pytest.mark.parametrize("code", ["361-3", "191", "193-1", "373"])
def test_the_articles_once_english_in_russian_have_a_cyrillic_title(
    vocab: VocabularySet, code: str
) -> None:
    label = vocab.term("criminal_code_articles", code).shown_label("ru")
    assert label.language == "ru"
    assert not any("a" <= letter.lower() <= "z" for letter in label.text)


def test_a_picker_marks_a_suggestion_as_awaiting_review_in_the_interface_language(
    vocab: VocabularySet,
) -> None:
    beating = vocab.term("ill_treatment", "beating")  # be_suggested only
    assert beating.picker_label("be") == beating.suggested["be"] + " (чакае праверкі)"
    assert beating.picker_label("ru") == beating.labels["ru"]  # a verified Russian title
    assert beating.picker_label("en") == "Beating"
    general = vocab.term("colony_regimes", "general")  # official be
    assert general.picker_label("be") == general.labels["be"]
    art361 = vocab.term("criminal_code_articles", "361")  # ru only suggested
    assert art361.picker_label("ru").endswith(" (ожидает проверки)")


def test_only_suggestions_are_flagged(vocab: VocabularySet) -> None:
    for name in vocab.names():
        for term in vocab.terms(name):
            for lang in LANGUAGES:
                shown = term.shown_label(lang)
                official = term.labels.get(shown.language) == shown.text
                assert shown.suggested != official, f"{name}:{term.code} in {lang}"


def test_official_be_label_is_shown(vocab: VocabularySet) -> None:
    term = vocab.term("criminal_code_articles", "361-1")
    assert term.labels["be"]
    assert vocab.label("criminal_code_articles", "361-1", "be") == term.labels["be"]
    assert vocab.label("criminal_code_articles", "361-1", "ru") == term.labels["ru"]
    assert vocab.label("criminal_code_articles", "361-1", "en") == term.labels["en"]
    be_terms = [t for n in vocab.names() for t in vocab.terms(n) if "be" in t.labels]
    # Belarusian seen in a source for 38 terms of the YAML, plus two incommunicado causes that
    # reuse detention_conditions' labels and four iSANS categories named by one article's title.
    assert len(be_terms) == 44


def test_suggestions_only_when_no_official_label_then_code() -> None:
    term = Term("v", "only_suggested", labels={"en": ""}, suggested={"ru": "ru-s", "be": "be-s"})
    assert term.labels == {}
    assert term.label("be") == "be-s"
    assert term.label("ru") == "ru-s"
    assert term.label("en") == "only_suggested"
    bare = Term("v", "bare", labels={}, suggested={})
    assert [bare.label(lang) for lang in LANGUAGES] == ["bare", "bare", "bare"]
    with pytest.raises(ValueError, match="unsupported UI language"):
        term.label("de")


def test_unknown_vocabulary_and_term(vocab: VocabularySet) -> None:
    with pytest.raises(UnknownVocabulary, match="no_such_vocabulary"):
        vocab.terms("no_such_vocabulary")
    with pytest.raises(UnknownTerm) as info:
        vocab.term("criminal_code_articles", "423")
    assert isinstance(info.value, KeyError)
    assert (
        str(info.value)
        == f"no term '423' in vocabulary 'criminal_code_articles' (vocabulary version {NEWEST})"
    )
    assert not vocab.has("criminal_code_articles", "423")
    assert vocab.has("criminal_code_articles", "411")
    with pytest.raises(UnknownVocabulary):
        vocab.has("nope", "411")
    with pytest.raises(ValueError, match="not shipped"):
        load_shipped("1999.1")
    with pytest.raises(ValueError, match="base version"):
        load_shipped("2026.1+local.00000000")


def test_local_terms_are_added_and_version_is_deterministic(vocab: VocabularySet) -> None:
    a = LocalTerm("detention_facilities", "lida_cip", en="Lida TsIP", ru="ЦИП Лида")
    b = LocalTerm("consent_scopes", "share_with_diaspora_archive", en="Share with an archive")
    extended = vocab.with_local_terms([a, b])

    assert re.fullmatch(r"2026\.2\+local\.[0-9a-f]{8}", extended.version)
    assert extended.base_version == NEWEST
    assert extended.version == vocab.with_local_terms([b, a]).version
    assert extended.version == vocab.with_local_terms([a]).with_local_terms([b]).version
    assert extended.version != vocab.with_local_terms([a]).version
    renamed = LocalTerm("detention_facilities", "lida_cip", en="Lida TsIP (Lida)", ru="ЦИП Лида")
    assert vocab.with_local_terms([renamed, b]).version != extended.version

    term = extended.term("detention_facilities", "lida_cip")
    assert term.local
    assert extended.terms("detention_facilities")[-1] == term
    assert extended.terms("detention_facilities")[:-1] == vocab.terms("detention_facilities")
    assert extended.label("detention_facilities", "lida_cip", "be") == "ЦИП Лида"
    assert extended.label("consent_scopes", "share_with_diaspora_archive", "be") == (
        "Share with an archive"
    )
    # The original set is untouched.
    assert vocab.version == NEWEST
    assert not vocab.has("detention_facilities", "lida_cip")
    assert vocab.with_local_terms([]).version == NEWEST


def test_local_term_clashes_and_validation(vocab: VocabularySet) -> None:
    with pytest.raises(ValueError, match="clashes with a shipped term"):
        vocab.with_local_terms([LocalTerm("criminal_code_articles", "342", en="Mine")])
    local = LocalTerm("criminal_code_articles", "423", en="Art. 423 (unverified)")
    with pytest.raises(ValueError, match="given twice"):
        vocab.with_local_terms([local]).with_local_terms([local])
    with pytest.raises(UnknownVocabulary):
        vocab.with_local_terms([LocalTerm("no_such_vocabulary", "x", en="X")])
    for bad_code in ("", "Upper", "_lead", "has space", "x" * 65, "ok\n"):
        with pytest.raises(ValueError, match="invalid local term code"):
            LocalTerm("consent_scopes", bad_code, en="X")
    with pytest.raises(ValueError, match="English label"):
        LocalTerm("consent_scopes", "fine", en="  ")
    with pytest.raises(ValueError, match="vocabulary name"):
        LocalTerm("", "fine", en="Fine")


def test_codes_are_unique_per_vocabulary() -> None:
    for version in shipped_versions():
        for name, terms in _raw(version)["vocabularies"].items():
            duplicates = [c for c, n in Counter(t["code"] for t in terms).items() if n > 1]
            assert not duplicates, f"{version} {name}: {duplicates}"


def test_article_codes_are_strings(vocab: VocabularySet) -> None:
    for version in shipped_versions():
        for name, terms in _raw(version)["vocabularies"].items():
            for term in terms:
                assert isinstance(term["code"], str), f"{version} {name}: {term['code']!r}"
    codes = [t.code for t in vocab.terms("criminal_code_articles")]
    assert {"361-1", "342", "127", "133"} <= set(codes)
    assert all(re.fullmatch(r"\d{3}(-\d)?", code) for code in codes), codes
    # Administrative Code numbers are quoted in the YAML: unquoted, 19.10 would read as 19.1.
    administrative = {t.code for t in vocab.terms("administrative_code_articles")}
    assert administrative == {"19.10", "19.11", "24.3", "24.23"}
    categories = vocab.isans_categories
    assert categories["extremist_activity_participation"] == ("361-1", "361-4")
    for articles in categories.values():
        assert all(vocab.has("criminal_code_articles", code) for code in articles)


def test_sizo1_entries_carry_validity_dates(vocab: VocabularySet) -> None:
    old = vocab.term("detention_facilities", "minsk_sizo1_valadarskaha")
    new = vocab.term("detention_facilities", "minsk_sizo1_kaliadzichy")
    assert old.extra["valid_until"] == "2024-04"
    assert "valid_from" not in old.extra
    assert new.extra["valid_from"] == "2024-04"
    assert "valid_until" not in new.extra
    assert old.extra["place_type"] == new.extra["place_type"] == "sizo"
    assert vocab.has("detention_place_types", "sizo")
    assert old.extra["source"]  # provenance is kept


def test_incommunicado_enums(vocab: VocabularySet) -> None:
    contact = vocab.terms("incommunicado_contact_type")
    assert [t.code for t in contact][:2] == ["letter_from_prisoner", "family_visit"]
    for term in contact:
        assert term.confidence == "low"
        assert term.extra["suggested"] is True
        assert set(term.labels) == {"en"}
    shizo = vocab.term("incommunicado_suspected_cause", "shizo")
    assert shizo.labels == vocab.term("detention_conditions", "shizo").labels
    assert shizo.extra["same_as"] == "detention_conditions:shizo"
    denied = vocab.term("incommunicado_official_response", "custody_denied")
    assert denied.extra["huridocs"] == ("MT30:020000000000",)


def test_shipped_json_matches_the_source_yaml() -> None:
    build = _build_module()
    assert build.VERSION == NEWEST
    assert build.DEFAULT_SOURCE == SOURCE_YAML
    expected = build.build_file(SOURCE_YAML)
    shipped = _shipped_file(build.VERSION).read_text(encoding="utf-8")
    assert shipped == expected, (
        "resources/vocabularies is stale: run .venv/bin/python scripts/build_vocabularies.py"
        " (and bump VERSION if this version has been released)"
    )


def _source() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SOURCE_YAML.read_text(encoding="utf-8"))
    return document


def test_build_rejects_duplicate_codes() -> None:
    build = _build_module()
    document = _source()
    document["colony_regimes"].append(dict(document["colony_regimes"][0]))
    with pytest.raises(build.VocabularyBuildError, match=r"colony_regimes: duplicate code"):
        build.build(document)


def test_build_refuses_to_drop_a_released_code() -> None:
    build = _build_module()
    document = _source()
    document["ill_treatment"] = [t for t in document["ill_treatment"] if t["code"] != "beating"]
    with pytest.raises(build.VocabularyBuildError, match=r"ill_treatment: code\(s\) \['beating'\]"):
        build.build(document)


def test_build_refuses_unknown_sections_and_attributes() -> None:
    build = _build_module()
    document = _source()
    document["prison_staff_ranks"] = {"note": "a section the script does not know"}
    with pytest.raises(build.VocabularyBuildError, match=r"section 'prison_staff_ranks'"):
        build.build(document)
    document = _source()
    document["administrative_code_articles"][0]["penalty"] = "fine"
    with pytest.raises(build.VocabularyBuildError, match=r"unknown attribute\(s\) \['penalty'\]"):
        build.build(document)
    document = _source()
    document["consent_scopes"].append(
        {**document["consent_scopes"][0], "code": "share_organisation"}
    )
    with pytest.raises(build.VocabularyBuildError, match=r"remove from PROJECT_TERMS"):
        build.build(document)
