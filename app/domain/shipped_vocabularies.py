"""The vocabularies shipped with Sviedka: `resources/vocabularies/<version>.json`, every version
ever released (records name the version they were written with), loaded once each."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from app.domain.vocabulary import LANGUAGES, Term, VocabularySet
from app.resources import resource_path

_VERSION_RE = re.compile(r"(\d+)\.(\d+)")
_VOCABULARY_DIR = "vocabularies"
# Term attributes with a dedicated field; everything else goes to Term.extra.
_CORE_KEYS = frozenset(
    {"code", "en", "ru", "be", "ru_suggested", "be_suggested", "description", "confidence"}
)
# The vocabulary whose terms carry their iSANS category (``isans_category``).
_ARTICLES = "criminal_code_articles"


def _version_key(version: str) -> tuple[int, int]:
    match = _VERSION_RE.fullmatch(version)
    if match is None:
        raise ValueError(f"invalid vocabulary version {version!r}")
    return int(match.group(1)), int(match.group(2))


def shipped_versions() -> list[str]:
    """Versions available under ``resources/vocabularies``, oldest first."""
    folder = resource_path(_VOCABULARY_DIR)
    if not folder.is_dir():
        return []
    versions = [p.stem for p in folder.glob("*.json") if _VERSION_RE.fullmatch(p.stem)]
    return sorted(versions, key=_version_key)


def _term_from_entry(vocabulary: str, entry: Any) -> Term:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("code"), str):
        raise ValueError(f"malformed term in vocabulary {vocabulary!r}: {entry!r}")
    for key in _CORE_KEYS:
        if not isinstance(entry.get(key, ""), str):
            raise ValueError(f"{vocabulary}:{entry['code']}.{key} is not a string")
    return Term(
        vocabulary=vocabulary,
        code=entry["code"],
        labels={lang: entry.get(lang, "") for lang in LANGUAGES},
        suggested={
            "ru": entry.get("ru_suggested", ""),
            "be": entry.get("be_suggested", ""),
        },
        description=entry.get("description", ""),
        confidence=entry.get("confidence", ""),
        extra={key: value for key, value in entry.items() if key not in _CORE_KEYS},
    )


def _categories(version: str, articles: list[Term], paper_map: Any) -> dict[str, list[str]]:
    """iSANS category -> article codes, from each article term's own ``isans_category``.

    The file's ``isans_categories`` map names only the paper's main articles; taken alone it
    left every article tagged ``other_political`` (293, 339, 363 ...) out of the figures by
    category. The terms decide; the map is only checked to agree with them, so a file in
    which the two disagree is refused rather than counted one way or the other."""
    found: dict[str, list[str]] = {}
    tag_of: dict[str, str] = {}
    for term in articles:
        tag = term.extra.get("isans_category")
        if isinstance(tag, str) and tag:
            found.setdefault(tag, []).append(term.code)
            tag_of[term.code] = tag
    if not isinstance(paper_map, Mapping):
        raise ValueError(f"vocabulary file {version}.json has a malformed isans_categories map")
    for category, codes in paper_map.items():
        for code in codes if isinstance(codes, list) else [codes]:
            if tag_of.get(code) != category:
                raise ValueError(
                    f"vocabulary file {version}.json puts article {code} in iSANS category"
                    f" {category} but its term says {tag_of.get(code) or 'none'}"
                )
    return found


def _parse(version: str, document: Any) -> VocabularySet:
    if not isinstance(document, Mapping) or document.get("version") != version:
        raise ValueError(f"vocabulary file {version}.json does not declare version {version}")
    vocabularies = document.get("vocabularies")
    if not isinstance(vocabularies, Mapping) or not all(
        isinstance(terms, list) for terms in vocabularies.values()
    ):
        raise ValueError(f"vocabulary file {version}.json has no vocabularies")
    parsed = {
        name: [_term_from_entry(name, entry) for entry in terms]
        for name, terms in vocabularies.items()
    }
    categories = _categories(
        version, parsed.get(_ARTICLES, []), document.get("isans_categories") or {}
    )
    return VocabularySet(version, parsed, isans_categories=categories)


@functools.lru_cache(maxsize=16)
def _load(version: str) -> VocabularySet:
    path = resource_path(_VOCABULARY_DIR, f"{version}.json")
    return _parse(version, json.loads(path.read_text(encoding="utf-8")))


def load_shipped(version: str | None = None) -> VocabularySet:
    """The shipped vocabulary set of ``version`` (latest when None), loaded once and cached.

    Every shipped version stays loadable, so a testimony saved with an older version is shown
    with its own labels. Pass the base version (``VocabularySet.base_version``), then re-apply
    the organisation's local terms with :meth:`VocabularySet.with_local_terms`.
    """
    available = shipped_versions()
    if version is None:
        if not available:
            raise FileNotFoundError(f"no vocabulary file under {resource_path(_VOCABULARY_DIR)}")
        version = available[-1]
    if version not in available:
        hint = " (load the base version, then add the local terms)" if "+" in version else ""
        raise ValueError(
            f"vocabulary version {version!r} is not shipped{hint};"
            f" available: {', '.join(available) or 'none'}"
        )
    return _load(version)
