"""Given names that cross languages: Уладзімір is Vladimir, Włodzimierz and Владимир.

Transliteration (app.domain.folding) links spellings of one name across scripts; it cannot
link a name said in another language. The shipped table can:
``resources/vocabularies/given_names/<version>.json``, built from
``vocabularies/given-names.yaml`` and kept inside the vocabularies folder so that every build
that ships the vocabularies ships it too. Each entry lists every spelling of one given name in
Belarusian, Russian, Polish, Ukrainian and English. Names are compared through their
cross-script keys (:func:`app.domain.folding.phonetic_keys`), so an entry's spellings also cover
their transliterations.

How two names relate (:func:`relation`), strongest first:

``same``        the same spelling up to script and transliteration (Siarhei / Сяргей);
``equivalent``  forms of one entry (Уладзімір / Vladimir / Włodzimierz): may link records,
                still subject to surname, birth date and the other checks;
``partial``     an entry in its own right often used for the other (Алесь / Аляксандр,
                Юрась / Юрый): a suggestion for a human reviewer, never a link alone;
``diminutive``  Саша / Аляксандр: a suggestion only; a diminutive can belong to names of both
                genders (Саша: Аляксандр and Аляксандра), so the caller checks gender.

Names an entry lists under ``see_also`` (Юрый / Георгій) are distinct and never related, unless
one spelling is shared (Polish Jerzy is written for both). The table covers given names only:
callers never look surnames up in it.

An organisation extends the table with local terms of the vocabulary ``given_names``
(:meth:`GivenNameTable.with_local_terms`): a term whose code is an entry's id, or starts with
``<id>.``, adds its labels' spellings (comma-separated) to that entry; any other code is a new
entry. Pure Python, no Qt, no SQL.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from app.domain import folding
from app.resources import resource_path

__all__ = [
    "KINDS",
    "VOCABULARY",
    "GivenName",
    "GivenNameRelation",
    "GivenNameTable",
    "Kind",
    "equivalents",
    "for_vocabulary",
    "load_shipped",
    "relation",
]

Kind = Literal["same", "equivalent", "partial", "diminutive"]
KINDS: tuple[Kind, ...] = ("same", "equivalent", "partial", "diminutive")
"""Strongest first."""
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}

VOCABULARY = "given_names"
"""The vocabulary name an organisation's own given-name terms are stored under."""

_DIRECTORY = ("vocabularies", "given_names")
_VERSION_RE = re.compile(r"(\d+)\.(\d+)")


@dataclass(frozen=True)
class GivenNameRelation:
    """How two given names relate, with a short reason to show a reviewer."""

    kind: Kind
    reason: str


@dataclass(frozen=True)
class GivenName:
    """One entry of the table: every spelling of one given name."""

    id: str
    gender: str
    forms: tuple[str, ...]
    diminutives: tuple[str, ...] = ()
    partial_to: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()
    local: bool = False


def name_keys(name: str) -> frozenset[str]:
    """The cross-script keys of one given name as written (a hyphenated or spaced name is read as
    one word: Анна-Марыя)."""
    words = folding.tokens(name)
    if not words:
        return frozenset()
    return folding.phonetic_keys("".join(words))


class GivenNameTable:
    """An immutable given-name table of one version, plus an organisation's local entries."""

    def __init__(self, version: str, names: Iterable[GivenName]) -> None:
        self.version = version
        self._names: dict[str, GivenName] = {}
        for name in names:
            if name.id in self._names:
                raise ValueError(f"given name {name.id!r} is listed twice")
            self._names[name.id] = name
        self._form_keys: dict[str, frozenset[str]] = {}
        self._diminutive_keys: dict[str, frozenset[str]] = {}
        self._by_form: dict[str, set[str]] = {}
        self._by_diminutive: dict[str, set[str]] = {}
        # partial links count both ways: Аляксандр is partial to Алесь as Алесь is to it.
        self._partial: dict[str, set[str]] = {key: set() for key in self._names}
        for name in self._names.values():
            self._form_keys[name.id] = _keys(name.forms)
            self._diminutive_keys[name.id] = _keys(name.diminutives)
            for key in self._form_keys[name.id]:
                self._by_form.setdefault(key, set()).add(name.id)
            for key in self._diminutive_keys[name.id]:
                self._by_diminutive.setdefault(key, set()).add(name.id)
            for other in name.partial_to:
                if other in self._names:
                    self._partial[name.id].add(other)
                    self._partial[other].add(name.id)

    def __len__(self) -> int:
        return len(self._names)

    def names(self) -> list[GivenName]:
        return list(self._names.values())

    def get(self, name_id: str) -> GivenName | None:
        return self._names.get(name_id)

    def entries_of(self, name: str) -> set[str]:
        """Ids of the entries that list ``name`` (in any spelling) as one of their forms."""
        return _lookup(self._by_form, name_keys(name))

    def is_given_name(self, name: str) -> bool:
        """Whether ``name`` is a form or a diminutive of some entry."""
        keys = name_keys(name)
        return bool(_lookup(self._by_form, keys) or _lookup(self._by_diminutive, keys))

    def equivalents(self, name: str) -> list[tuple[str, Kind]]:
        """The keys of every given name related to ``name``, each with its strongest kind
        (``same`` for the name's own keys), strongest first. Empty for a name not in the table."""
        own = name_keys(name)
        entries = _lookup(self._by_form, own)
        as_diminutive = _lookup(self._by_diminutive, own)
        if not entries and not as_diminutive:
            return []
        found: dict[str, Kind] = {}

        def add(keys: Iterable[str], kind: Kind) -> None:
            for key in keys:
                if key not in found or _RANK[kind] < _RANK[found[key]]:
                    found[key] = kind

        add(own, "same")
        for entry in entries:
            add(self._form_keys[entry], "equivalent")
            for other in self._partial[entry]:
                add(self._form_keys[other], "partial")
            add(self._diminutive_keys[entry], "diminutive")
        for entry in as_diminutive:
            add(self._form_keys[entry], "diminutive")
            add(self._diminutive_keys[entry], "diminutive")
        return sorted(found.items(), key=lambda item: (_RANK[item[1]], item[0]))

    def relation(self, a: str, b: str) -> GivenNameRelation | None:
        """How given name ``a`` relates to given name ``b``; None when unrelated (or either is
        not a name). Symmetric in kind."""
        keys_a, keys_b = name_keys(a), name_keys(b)
        if not keys_a or not keys_b:
            return None
        shown_a, shown_b = " ".join(a.split()), " ".join(b.split())
        if keys_a & keys_b:
            return GivenNameRelation("same", f"{shown_a} = {shown_b}")
        related_a, related_b = dict(self.equivalents(a)), dict(self.equivalents(b))
        ranks = [_RANK[kind] for key, kind in related_a.items() if key in keys_b]
        ranks += [_RANK[kind] for key, kind in related_b.items() if key in keys_a]
        if not ranks:
            return None
        return GivenNameRelation(KINDS[min(ranks)], f"{shown_a} ~ {shown_b}")

    def with_local_terms(self, terms: Iterable[Any]) -> GivenNameTable:
        """A new table with an organisation's terms of the ``given_names`` vocabulary added.

        ``terms``: objects with ``vocabulary``, ``code`` and ``labels`` (``Term`` of
        app.domain.vocabulary); other vocabularies are ignored. Each label may list several
        spellings separated by commas.
        """
        names = dict(self._names)
        added = False
        for term in terms:
            if getattr(term, "vocabulary", None) != VOCABULARY:
                continue
            spellings = tuple(
                spelling.strip()
                for label in term.labels.values()
                for spelling in str(label).split(",")
                if spelling.strip()
            )
            base = term.code.split(".", 1)[0]
            current = names.get(base) or names.get(term.code)
            if current is not None:
                names[current.id] = GivenName(
                    id=current.id,
                    gender=current.gender,
                    forms=current.forms + spellings,
                    diminutives=current.diminutives,
                    partial_to=current.partial_to,
                    see_also=current.see_also,
                    local=True,
                )
            else:
                names[term.code] = GivenName(id=term.code, gender="", forms=spellings, local=True)
            added = True
        if not added:
            return self
        return GivenNameTable(self.version, names.values())


def _keys(spellings: Iterable[str]) -> frozenset[str]:
    return frozenset(key for spelling in spellings for key in name_keys(spelling))


def _lookup(index: Mapping[str, set[str]], keys: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for key in keys:
        found |= index.get(key, set())
    return found


def _entry(raw: Mapping[str, Any]) -> GivenName:
    forms = tuple(spelling for spellings in raw["forms"].values() for spelling in spellings)
    diminutives = tuple(
        spelling for spellings in raw.get("diminutives", {}).values() for spelling in spellings
    )
    return GivenName(
        id=raw["id"],
        gender=raw["gender"],
        forms=forms,
        diminutives=diminutives,
        partial_to=tuple(raw.get("partial_to", ())),
        see_also=tuple(raw.get("see_also", ())),
    )


def shipped_versions() -> list[str]:
    """Versions of the table under ``resources/vocabularies/given_names``, oldest first."""
    folder = resource_path(*_DIRECTORY)
    stems = [path.stem for path in folder.glob("*.json") if _VERSION_RE.fullmatch(path.stem)]
    return sorted(stems, key=lambda stem: tuple(int(part) for part in stem.split(".")))


@functools.lru_cache(maxsize=4)
def load_shipped(version: str | None = None) -> GivenNameTable:
    """The shipped table of ``version`` (the newest when None), loaded once."""
    available = shipped_versions()
    if version is None:
        if not available:
            raise FileNotFoundError("no given-name table is shipped")
        version = available[-1]
    if version not in available:
        raise ValueError(f"given-name table version {version!r} is not shipped")
    path = resource_path(*_DIRECTORY, f"{version}.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("version") != version:
        raise ValueError(f"given-name table {version}.json does not declare its version")
    return GivenNameTable(version, [_entry(raw) for raw in document["names"]])


def relation(a: str, b: str, table: GivenNameTable | None = None) -> GivenNameRelation | None:
    """How given names ``a`` and ``b`` relate, in any script and spelling; None if unrelated."""
    return (table or load_shipped()).relation(a, b)


def equivalents(name: str, table: GivenNameTable | None = None) -> list[tuple[str, Kind]]:
    """Folded keys of the given names related to ``name``, each with its kind, strongest first
    (see :meth:`GivenNameTable.equivalents`)."""
    return (table or load_shipped()).equivalents(name)


_FOR_VOCABULARY: dict[str, GivenNameTable] = {}


def for_vocabulary(vocab: Any) -> GivenNameTable:
    """The shipped table with the organisation's ``given_names`` local terms of ``vocab`` (a
    VocabularySet), built once per vocabulary version (which names the local terms)."""
    version = str(vocab.version)
    table = _FOR_VOCABULARY.get(version)
    if table is None:
        local = vocab.terms(VOCABULARY) if VOCABULARY in vocab.names() else []
        table = load_shipped().with_local_terms(local)
        if len(_FOR_VOCABULARY) > 16:  # an organisation adds terms one at a time
            _FOR_VOCABULARY.clear()
        _FOR_VOCABULARY[version] = table
    return table
