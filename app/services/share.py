"""Handing testimonies over under consent: `sviedka share` and, later, the desktop's Share
dialog. The consent rules are the domain's (app.domain.consent, app.domain.handover); here the
testimonies are read in one unit of work, shaped, written to one file atomically (mode 0600)
and the hand-over is recorded in the audit trail.

The file is outside the vault's protection: whoever holds it can read it. Both faces say so.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.consent import CASE_CODE, EXCLUDED, NAMED, RULES, rule_for
from app.domain.handover import Handed, hand_over
from app.domain.vocabulary import VocabularySet
from app.services.share_tables import PersonRow, per_person_csv, uwazi_csv
from app.storage import persons, persons_registry, search, share_log, testimonies
from app.storage.files import write_atomic
from app.storage.search_filters import Filters
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

__all__ = [
    "FORMATS",
    "SCOPES",
    "BadShare",
    "NotWritten",
    "Preview",
    "ShareLogEntry",
    "Shared",
    "preview",
    "share",
    "shares",
]

FORMATS = ("csv", "json", "uwazi")
SCOPES = tuple(RULES)
_EVERYTHING = 1_000_000  # one hand-over may cover the whole archive


class BadShare(ValueError):
    """A hand-over that cannot be asked for (unknown scope or format): a usage error."""


class NotWritten(Exception):
    """The file could not be written whole; nothing of it is left."""


@dataclass(frozen=True)
class Shared:
    scope: str
    format: str
    path: str
    testimonies: int  # testimonies that left (in part)
    named: int
    pseudonymised: int  # shown only as a case code
    excluded: int  # people of those testimonies left out
    withheld: dict[str, int] = field(default_factory=dict)  # reason -> testimonies withheld

    @property
    def empty(self) -> bool:
        return self.testimonies == 0


@dataclass(frozen=True)
class ShareLogEntry:
    at: str
    scope: str
    format: str
    testimonies: int
    persons: int
    sha256: str


@dataclass(frozen=True)
class _Left:
    testimony_id: str
    version: int
    sha256: str
    handed: Handed
    registry: dict[str, str]  # person ref -> archive person id
    only: frozenset[str]  # with --person, the refs of the persons asked for


def share(
    vault: Vault,
    scope: str,
    fmt: str,
    out: Path,
    filters: Sequence[str] = (),
    person_ids: Sequence[str] = (),
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
) -> Shared:
    """Write what ``scope``'s consent allows of the chosen testimonies to ``out``."""
    if fmt not in FORMATS:
        raise BadShare(f"unknown format {fmt!r}; the formats are: {', '.join(FORMATS)}")
    left, withheld, vocab = _plan(vault, scope, filters, person_ids, progress)
    if fmt == "json":
        data = _json(left, scope)
    else:
        rows = [
            PersonRow(i.testimony_id, i.handed.document, person, i.registry.get(person["ref"], ""))
            for i in left
            for person in i.handed.document.get("persons", [])
            if not i.only or person["ref"] in i.only
        ]
        data = per_person_csv(rows, vocab, lang) if fmt == "csv" else uwazi_csv(rows, vocab, lang)
    try:
        write_atomic(out, data)
    except OSError as exc:  # a full disk, a folder that went away: the helper left no file
        reason = exc.strerror or "the system refused"
        raise NotWritten(f"could not write {out} ({reason}); nothing was written") from exc
    counts = _counts(left)
    with vault.transaction() as session:
        share_log.record(
            session,
            vault.key_id,
            scope,
            {
                "format": fmt,
                "testimonies": [
                    {"id": i.testimony_id, "version": i.version, "sha256": i.sha256} for i in left
                ],
                "persons": counts[NAMED] + counts[CASE_CODE],
                "named": counts[NAMED],
                "pseudonymised": counts[CASE_CODE],
                "withheld": sum(withheld.values()),
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        )
    return Shared(
        scope,
        fmt,
        str(out),
        len(left),
        counts[NAMED],
        counts[CASE_CODE],
        counts[EXCLUDED],
        withheld,
    )


@dataclass(frozen=True)
class Preview:
    """What a hand-over would give, before anything is written: for a face to show first."""

    testimonies: int
    named: int
    pseudonymised: int
    excluded: int
    withheld: dict[str, int]


def preview(
    vault: Vault, scope: str, filters: Sequence[str] = (), person_ids: Sequence[str] = ()
) -> Preview:
    left, withheld, _ = _plan(vault, scope, filters, person_ids, None)
    counts = _counts(left)
    return Preview(len(left), counts[NAMED], counts[CASE_CODE], counts[EXCLUDED], withheld)


def _plan(
    vault: Vault,
    scope: str,
    filters: Sequence[str],
    person_ids: Sequence[str],
    progress: Callable[[int, int], None] | None,
) -> tuple[list[_Left], dict[str, int], VocabularySet]:
    rule = rule_for(scope)
    if rule is None:
        raise BadShare(f"unknown scope {scope!r}; the scopes are: {', '.join(SCOPES)}")
    parsed = Filters.parse(filters)
    chosen = set(person_ids)
    left: list[_Left] = []
    withheld: dict[str, int] = {}
    with vault.transaction() as session:  # the registry is brought up to date first
        vocab = vault_vocabulary(session)
        persons_registry.catch_up(session, vocab.isans_categories)
        entries = persons.entries(session)
        registry: dict[str, dict[str, str]] = {}
        for entry in entries:
            registry.setdefault(entry.testimony_id, {})[entry.ref] = entry.person
        found = search.search(session, vocab, "", parsed, limit=_EVERYTHING, snippets=False)
        ids = [hit.id for hit in found]
        if chosen:
            wanted = {e.testimony_id for e in entries if e.person in chosen}
            ids = [tid for tid in ids if tid in wanted]
        for done, testimony_id in enumerate(ids, 1):
            stored = testimonies.get(session, testimony_id)
            outcome = hand_over(stored.document, rule, testimony_id[:8])
            if isinstance(outcome, Handed):
                refs = registry.get(testimony_id, {})
                # With --person, the rows of a table are only theirs; the JSON keeps it whole.
                only = frozenset(ref for ref, pid in refs.items() if pid in chosen)
                provenance = stored.provenance
                left.append(
                    _Left(testimony_id, provenance.version, provenance.sha256, outcome, refs, only)
                )
            else:
                withheld[outcome.reason] = withheld.get(outcome.reason, 0) + 1
            if progress is not None:
                progress(done, len(ids))
    return left, withheld, vocab


def shares(vault: Vault) -> list[ShareLogEntry]:
    """Every hand-over made from this vault, oldest first."""
    with vault.reading() as session:
        found = share_log.logged(session)
    return [
        ShareLogEntry(
            at=item.at,
            scope=item.scope,
            format=str(item.detail.get("format", "")),
            testimonies=len(item.detail.get("testimonies", [])),
            persons=int(item.detail.get("persons", 0)),
            sha256=str(item.detail.get("sha256", "")),
        )
        for item in found
    ]


def _counts(left: list[_Left]) -> dict[str, int]:
    counts = {NAMED: 0, CASE_CODE: 0, EXCLUDED: 0}
    for item in left:
        for shown in item.handed.persons:
            counts[shown.treatment] += 1
    return counts


def _json(left: list[_Left], scope: str) -> bytes:
    documents = []
    for item in left:
        doc = dict(item.handed.document)
        doc["provenance"] = {
            "id": item.testimony_id,
            "version": item.version,
            "sha256": item.sha256,
        }
        documents.append(doc)
    body = {"scope": scope, "testimonies": documents}
    return (json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
