"""One testimony as it may leave under a scope: only what consent allows (docs/hand-over.md).

The document that leaves is built by taking away, from one copy (a plain JSON copy: the record
holds only dicts, lists and scalars, and `copy.deepcopy`'s bookkeeping cost a third of a
hand-over), everything the scope's consent does not cover; what is never covered (contacts,
interviewer and field notes, the sensitive marks and what they mark) is taken away first,
whatever the scope. When in doubt, less leaves: a sensitive mark that names no field withholds
the whole testimony, and free text leaves only when every person of the testimony is named with
consent, since text can name anyone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from app.domain.consent import CASE_CODE, EXCLUDED, NAMED, ScopeRule, informant_scopes, own_scopes
from app.domain.folding import fold, phonetic_keys, tokens
from app.domain.record import select
from app.domain.record_fields import PERSON_REF_FIELDS

__all__ = ["NO_CONSENT", "WITHHELD_TEXT", "Handed", "Keys", "PersonShown", "Withheld", "hand_over"]

WITHHELD_TEXT = "[withheld]"
NO_CONSENT = "the informant did not consent to this use"
# A word's folded and phonetic keys, kept by the caller for one hand-over: the same words
# recur in every testimony, and their phonetic keys were most of the last guard's time.
Keys = MutableMapping[str, frozenset[str]]

# Keys of free text: they can name anyone, so they leave only when everyone is named.
FREE_TEXT = frozenset(
    {
        "text", "note", "description", "consequences", "circumstances", "official_explanation",
        "stated_reason", "official_response_text", "summary", "conditions", "grounds", "how",
        "occupation", "facility_text", "actor", "addressee", "legal_basis", "reference",
        "case_number", "court", "judge", "authority", "by",
    }
)  # fmt: skip
# Sections whose items are about one person: the item goes when its person is excluded.
_PRIMARY = re.compile(r"^([a-z_]+)\[\]\.(person|victim|about|informant)$")
_AUDIO_VIDEO = frozenset({"interview_audio", "interview_video"})
_MEDICAL = frozenset({"medical_record", "injury_photo"})
_FIELD_PATH = re.compile(r"([a-z_0-9]+)|\[([0-9]+)\]")


@dataclass(frozen=True)
class PersonShown:
    ref: str
    treatment: str  # consent.NAMED, CASE_CODE or EXCLUDED
    reason: str  # why, in the user's words


@dataclass(frozen=True)
class Handed:
    document: dict[str, Any]
    persons: tuple[PersonShown, ...]


@dataclass(frozen=True)
class Withheld:
    reason: str


def hand_over(
    doc: Mapping[str, Any], rule: ScopeRule, case_prefix: str, keys: Keys | None = None
) -> Handed | Withheld:
    """The testimony as it may leave under ``rule``, or why none of it may; ``keys``: the word
    keys already computed in this hand-over (held only as long as the caller holds it)."""
    scopes = informant_scopes(doc)
    consent = doc.get("consent")
    if isinstance(consent, Mapping) and "withdrawal" in consent:
        return Withheld("the informant withdrew consent")
    if not rule.accepts & scopes:
        return Withheld(NO_CONSENT)
    out = _copy(doc)
    if not _apply_marks(out):
        return Withheld("a sensitive mark names no field of the testimony")
    treatments = _treatments(doc, rule, scopes)
    _drop_never_shared(out)
    excluded = {ref for ref, shown in treatments.items() if shown.treatment == EXCLUDED}
    _drop_excluded(out, excluded)
    _shape_persons(out, treatments, case_prefix)
    _shape_attachments(out, rule, scopes, treatments)
    known = {} if keys is None else keys
    words = _withheld_words(doc, treatments, known)
    left: set[str] | None = set() if words else None
    # Free text goes, and what is left is gathered for the last guard, in one walk.
    _finish(out, any(shown.treatment != NAMED for shown in treatments.values()), left)
    if left is not None and _names_left(words, left, known):
        return Withheld("a name that may not leave is still in the testimony")
    return Handed(out, tuple(treatments.values()))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _copy(node: Any) -> Any:
    # Scalars are immutable and shared; only containers are new (checked by exact type first:
    # most values of a record are scalars, and a call for each was most of the copy's time).
    if isinstance(node, list):
        return [item if type(item) in _SCALARS else _copy(item) for item in node]
    if isinstance(node, dict | Mapping):
        return {k: v if type(v) in _SCALARS else _copy(v) for k, v in node.items()}
    return node


def _withheld_words(
    doc: Mapping[str, Any], treatments: Mapping[str, PersonShown], keys: Keys
) -> set[str]:
    """The keys of the words of names that may not leave."""
    hidden = {ref for ref, shown in treatments.items() if shown.treatment != NAMED}
    if not hidden:
        return set()
    # A relative who is named shares the surname: that word leaves with them, by consent.
    return _name_keys(doc, hidden, keys) - _name_keys(doc, set(treatments) - hidden, keys)


def _names_left(words: set[str], left: set[str], keys: Keys) -> bool:
    """The last guard: no word of a withheld person's name, in any script, is in what leaves
    (``left``: every distinct string that leaves)."""
    # Each distinct word once: a narrative repeats its words many times.
    found = set(tokens(" ".join(left)))
    return any(not words.isdisjoint(_keys(word, keys)) for word in found)


def _keys(word: str, known: Keys) -> frozenset[str]:
    # Folded and phonetic keys: a name written in the other script is the same name.
    found = known.get(word)
    if found is None:
        found = phonetic_keys(word) | {fold(word)} if len(word) >= 3 else frozenset()
        known[word] = found
    return found


def _name_keys(doc: Mapping[str, Any], refs: set[str], keys: Keys) -> set[str]:
    return {
        key
        for person in doc.get("persons", [])
        if person.get("ref") in refs
        for name in person.get("names", [])
        for key in _whole_name_keys(str(name.get("value", "")), keys)
    }


def _whole_name_keys(name: str, keys: Keys) -> frozenset[str]:
    # A whole name is kept beside the words under a key no word can be (a word never holds a
    # NUL): the same names recur across an archive, and splitting each cost a third of the guard.
    memo = "\0" + name
    found = keys.get(memo)
    if found is None:
        found = frozenset(key for word in tokens(name) for key in _keys(word, keys))
        keys[memo] = found
    return found


def _treatments(
    doc: Mapping[str, Any], rule: ScopeRule, scopes: frozenset[str]
) -> dict[str, PersonShown]:
    own = own_scopes(doc)
    found: dict[str, PersonShown] = {}
    for person in doc.get("persons", []):
        ref = person["ref"]
        roles = set(person.get("roles", []))
        if rule.accepts & own.get(ref, frozenset()):
            treatment, reason = rule.consented, "consented"
        elif ref in own and "withdrawal" in _own_entry(doc, ref):
            treatment, reason = EXCLUDED, "withdrew their own consent"
        elif roles == {"alleged_perpetrator"}:
            treatment, reason = rule.perpetrators, "alleged perpetrator"
        elif "third_party_info" not in scopes:
            treatment, reason = EXCLUDED, "the informant did not consent to share about others"
        else:
            treatment, reason = rule.others, "did not consent for themselves"
        if treatment == NAMED and person.get("sensitive") is True:
            treatment, reason = CASE_CODE, "marked sensitive"
        found[ref] = PersonShown(ref, treatment, reason)
    return found


def _own_entry(doc: Mapping[str, Any], ref: str) -> Mapping[str, Any]:
    for entry in doc.get("consent", {}).get("own", []):
        if entry.get("person") == ref:
            return dict(entry)
    return {}


def _steps(path: str) -> list[str | int]:
    return [int(m[2]) if m[2] else m[1] for m in _FIELD_PATH.finditer(path)]


def _apply_marks(out: dict[str, Any]) -> bool:
    """Blank every marked field and span; False when a mark names nothing."""
    marks = out.get("consent", {}).get("sensitive_marks", [])
    # Spans from the end of a text first, so the earlier ones keep their places.
    ordered = sorted(marks, key=lambda mark: -int(mark.get("start", -1)))
    items_marked = False
    for mark in ordered:
        steps = _steps(mark["path"])
        parent: Any = out
        try:
            for step in steps[:-1]:
                parent = parent[step]
            value = parent[steps[-1]]
        except (KeyError, IndexError, TypeError):
            return False
        start, end = mark.get("start"), mark.get("end")
        if isinstance(value, str) and isinstance(start, int) and isinstance(end, int):
            parent[steps[-1]] = value[:start] + WITHHELD_TEXT + value[end:]
        elif isinstance(value, str):
            parent[steps[-1]] = WITHHELD_TEXT
        elif isinstance(parent, dict):
            del parent[steps[-1]]
        else:
            parent[steps[-1]] = None  # a marked list item: removed below, indices kept till then
            items_marked = True
    if items_marked:  # a valid record holds no null in a list: only a marked item is one
        _remove_nones(out)
    return True


def _remove_nones(node: Any) -> None:
    if isinstance(node, dict):
        for value in node.values():
            _remove_nones(value)
    elif isinstance(node, list):
        node[:] = [item for item in node if item is not None]
        for item in node:
            _remove_nones(item)


def _drop_never_shared(out: dict[str, Any]) -> None:
    interview = out.get("interview", {})
    for key in ("interviewer_notes", "interviewer", "interpreter"):
        interview.pop(key, None)
    out.pop("field_notes", None)
    out.get("consent", {}).pop("sensitive_marks", None)
    for person in out.get("persons", []):
        person.pop("contact", None)


def _drop_excluded(out: dict[str, Any], excluded: set[str]) -> None:
    if not excluded:
        return
    out["persons"] = [p for p in out.get("persons", []) if p.get("ref") not in excluded]
    doomed_items: set[tuple[str, int]] = set()
    doomed_fields: list[tuple[Any, ...]] = []
    for pattern in PERSON_REF_FIELDS:
        if pattern.startswith("consent."):
            continue  # the consent's own entries are taken out whole, below
        primary = _PRIMARY.match(pattern)
        for parts, value in select(out, pattern):
            if value not in excluded:
                continue
            if primary and len(parts) == 3:
                doomed_items.add((str(parts[0]), int(parts[1])))
            elif pattern == "persons[].relations[].to":
                doomed_fields.append(parts[:-1])  # a relation to nobody says nothing
            else:
                doomed_fields.append(parts)
    consent = out.get("consent", {})
    if "own" in consent:
        consent["own"] = [e for e in consent["own"] if e.get("person") not in excluded]
    for parts in sorted(doomed_fields, key=_reverse_key):
        _delete(out, parts)
    for section, index in sorted(doomed_items, reverse=True):
        del out[section][index]
    for section in [key for key, value in out.items() if value == [] and key != "persons"]:
        del out[section]
    for person in out.get("persons", []):
        if person.get("relations") == []:
            del person["relations"]
    for entry in out.get("attachments_described", [])[:]:
        entry["about"] = [ref for ref in entry.get("about", []) if ref not in excluded]


def _reverse_key(parts: tuple[Any, ...]) -> tuple[tuple[int, int, str], ...]:
    # Later list items first, so deleting one leaves the indices of the others right.
    return tuple((0, -p, "") if isinstance(p, int) else (1, 0, str(p)) for p in parts)


def _delete(out: Any, parts: tuple[Any, ...]) -> None:
    parent = out
    for step in parts[:-1]:
        parent = parent[step]
    del parent[parts[-1]]


def _shape_persons(out: dict[str, Any], treatments: Mapping[str, PersonShown], prefix: str) -> None:
    shaped = []
    for person in out.get("persons", []):
        if treatments[person["ref"]].treatment == CASE_CODE:
            code = person.get("case_code") or f"{prefix}-{person['ref']}"
            person = {"ref": person["ref"], "case_code": code, "roles": person["roles"]}
        else:
            person.pop("sensitive", None)
        shaped.append(person)
    out["persons"] = shaped


def _shape_attachments(
    out: dict[str, Any],
    rule: ScopeRule,
    scopes: frozenset[str],
    treatments: Mapping[str, PersonShown],
) -> None:
    kept = []
    for entry in out.get("attachments_described", []) if rule.attachments else []:
        kind = entry.get("kind")
        if kind in _AUDIO_VIDEO and "audio_video_retention" not in scopes:
            continue
        if kind in _MEDICAL and "medical_documents" not in scopes:
            continue
        named = all(
            treatments[ref].treatment == NAMED
            for ref in entry.get("about", [])
            if ref in treatments
        )
        if kind == "consent_form" and not named:
            continue  # a signed form carries the signer's name
        kept.append(entry)
    out.pop("attachments_described", None)
    if kept:
        out["attachments_described"] = kept


def _finish(node: Any, drop_free_text: bool, left: set[str] | None) -> None:
    """Take free text away (when not everyone is named) and gather into ``left`` every string
    that leaves."""
    if isinstance(node, dict):
        if drop_free_text:
            for key in [k for k, v in node.items() if k in FREE_TEXT and isinstance(v, str)]:
                del node[key]
            if isinstance(node.get("narrative"), dict):
                del node["narrative"]
        children: Any = node.values()
    elif isinstance(node, list):
        children = node
    else:
        return
    for value in children:
        if isinstance(value, str):
            if left is not None:
                left.add(value)
        elif isinstance(value, dict | list):
            _finish(value, drop_free_text, left)
