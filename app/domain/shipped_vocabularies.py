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


def _parse(version: str, document: Any) -> VocabularySet:
    if not isinstance(document, Mapping) or document.get("version") != version:
        raise ValueError(f"vocabulary file {version}.json does not declare version {version}")
    vocabularies = document.get("vocabularies")
    if not isinstance(vocabularies, Mapping) or not all(
        isinstance(terms, list) for terms in vocabularies.values()
    ):
        raise ValueError(f"vocabulary file {version}.json has no vocabularies")
    categories = document.get("isans_categories") or {}
    return VocabularySet(
        version,
        {
            name: [_term_from_entry(name, entry) for entry in terms]
            for name, terms in vocabularies.items()
        },
        isans_categories=categories,
    )


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
