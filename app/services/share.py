"""Handing testimonies over under consent: `sviedka share` and the desktop's Share dialog. The
consent rules are the domain's (app.domain.consent, app.domain.handover); here the testimonies
are read in one unit of work, shaped, written to one file atomically (mode 0600) and the
hand-over is recorded in the audit trail.

A format the core cannot write itself (a PDF is rendered by Qt, in a face) comes as a `Writer`
from the face: `share(..., writer=...)` gives it the `Handover` (what may leave) and writes,
records and counts its bytes like any other format's.

The file is outside the vault's protection: whoever holds it can read it. Both faces say so.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.consent import CASE_CODE, EXCLUDED, NAMED, RULES, rule_for
from app.domain.handover import NO_CONSENT, Handed, Keys, PersonShown, hand_over
from app.domain.vocabulary import VocabularySet
from app.services.collector import collector_paused
from app.services.share_acts import ActSource, per_act
from app.services.share_reading import current_records, surely_withheld
from app.services.share_tables import PersonRow, Table, csv_bytes, per_person, uwazi_csv
from app.services.share_xlsx import xlsx_bytes
from app.storage import persons, persons_registry, search, share_log
from app.storage.files import write_atomic
from app.storage.search_filters import Filters
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary

__all__ = [
    "BY",
    "BY_ACTS",
    "BY_ACTS_FORMATS",
    "FORMATS",
    "SCOPES",
    "BadShare",
    "Handover",
    "Leaving",
    "NotWritten",
    "Preview",
    "ShareLogEntry",
    "Shared",
    "Writer",
    "check",
    "preview",
    "share",
    "shares",
]

FORMATS = ("csv", "xlsx", "json", "uwazi")  # written here; a face may bring more (Writer)
BY_PERSONS, BY_ACTS = "persons", "acts"
BY = (BY_PERSONS, BY_ACTS)  # one row per person (the default) or per act
BY_ACTS_FORMATS = ("csv", "xlsx")  # the tables that can hold a row per act
_TABLES = ("csv", "xlsx", "uwazi")  # with --person, only the rows of those persons
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
class Leaving:
    """One testimony as it may leave, with where it came from."""

    testimony_id: str
    version: int
    sha256: str  # of the stored version it came from
    handed: Handed
    registry: dict[str, str]  # person ref -> archive person id, for those who leave named
    only: frozenset[str]  # with --person, the refs of the persons asked for


@dataclass(frozen=True)
class Handover:
    """Everything a writer gets: what consent lets leave, already shaped, in the list's order."""

    scope: str
    lang: str
    by: str
    testimonies: tuple[Leaving, ...]
    vocab: VocabularySet


Writer = Callable[[Handover], bytes]


def check(fmt: str, by: str = BY_PERSONS, brought: bool = False) -> None:
    """A usage error (BadShare) for a hand-over that cannot be asked for, before any work;
    ``brought``: the face brings the writer of ``fmt``."""
    if not brought and fmt not in FORMATS:
        raise BadShare(f"unknown format {fmt!r}; the formats are: {', '.join(FORMATS)}")
    if by not in BY:
        raise BadShare(f"a hand-over is by {' or '.join(BY)}, not {by!r}")
    if by == BY_ACTS and fmt not in BY_ACTS_FORMATS:
        raise BadShare(f"one row per act is only for {' and '.join(BY_ACTS_FORMATS)}, not {fmt}")


def share(
    vault: Vault,
    scope: str,
    fmt: str,
    out: Path,
    filters: Sequence[str] = (),
    person_ids: Sequence[str] = (),
    lang: str = "en",
    progress: Callable[[int, int], None] | None = None,
    by: str = BY_PERSONS,
    writer: Writer | None = None,
) -> Shared:
    """Write what ``scope``'s consent allows of the chosen testimonies to ``out``; ``writer``
    writes a format the core does not (the face's PDF)."""
    check(fmt, by, writer is not None)
    left: list[Leaving] = []  # every shaped testimony: the writers need them all at once
    # All of them stay alive until written: the collector's passes over them made a hand-over
    # of 100,000 testimonies grow faster than the archive (app/services/collector.py).
    with collector_paused():
        withheld, vocab = _plan(vault, scope, filters, person_ids, progress, left.append)
        handover = Handover(scope, lang, by, tuple(left), vocab)
        data = writer(handover) if writer is not None else _WRITERS[fmt](handover)
    try:
        write_atomic(out, data)
    except OSError as exc:  # a full disk, a folder that went away: the helper left no file
        reason = exc.strerror or "the system refused"
        raise NotWritten(f"could not write {out} ({reason}); nothing was written") from exc
    # A table with --person holds only their rows: the counts say what the file holds.
    counts = _counts(left, chosen_only=writer is None and fmt in _TABLES)
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
    withheld: dict[str, int]  # reason -> testimonies withheld whole
    # (treatment, reason) -> people of the testimonies that leave shown only as a case code
    # or left out, and why ("marked sensitive", "alleged perpetrator" ...)
    why: dict[tuple[str, str], int] = field(default_factory=dict)


def preview(
    vault: Vault,
    scope: str,
    filters: Sequence[str] = (),
    person_ids: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> Preview:
    """What a hand-over under ``scope`` would give; with ``person_ids``, the people counted are
    those persons (a table holds only their rows), so that a person left out shows as such."""
    tally = _Tally()
    withheld, _ = _plan(vault, scope, filters, person_ids, progress, tally.add, for_writer=False)
    counts = tally.counts
    return Preview(
        tally.testimonies, counts[NAMED], counts[CASE_CODE], counts[EXCLUDED], withheld, tally.why
    )


@dataclass
class _Tally:
    """What a preview counts of each testimony as it is shaped. The shaped testimony is let go
    at once: holding every one of them until the end took 1 GB at 10,000 testimonies, and the
    garbage collector's passes over that heap made a preview of 100,000 grow faster than the
    archive (290 s against 79 s of reading the records, 2026-12-04)."""

    testimonies: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {NAMED: 0, CASE_CODE: 0, EXCLUDED: 0})
    why: dict[tuple[str, str], int] = field(default_factory=dict)  # see Preview.why

    def add(self, item: Leaving) -> None:
        self.testimonies += 1
        for shown in _shown(item, chosen_only=True):
            self.counts[shown.treatment] += 1
            if shown.treatment != NAMED:
                key = (shown.treatment, shown.reason)
                self.why[key] = self.why.get(key, 0) + 1


def _plan(
    vault: Vault,
    scope: str,
    filters: Sequence[str],
    person_ids: Sequence[str],
    progress: Callable[[int, int], None] | None,
    keep: Callable[[Leaving], None],
    for_writer: bool = True,
) -> tuple[dict[str, int], VocabularySet]:
    """Shape every chosen testimony, handing each that may leave to ``keep`` in the list's
    order; returns the testimonies withheld whole, by reason. ``for_writer=False`` (the
    preview): the registry's ids of named persons, which only a file carries, are not looked
    up; with no --person the registry is not read at all."""
    rule = rule_for(scope)
    if rule is None:
        raise BadShare(f"unknown scope {scope!r}; the scopes are: {', '.join(SCOPES)}")
    parsed = Filters.parse(filters)
    chosen = set(person_ids)
    withheld: dict[str, int] = {}
    with vault.transaction() as session:  # the registry is brought up to date first
        vocab = vault_vocabulary(session)
        registered = for_writer or bool(chosen)
        if registered:
            persons_registry.catch_up(session, vocab.isans_categories)
        entries = persons.entries(session) if registered else []
        registry: dict[str, dict[str, str]] = {}
        for entry in entries:
            registry.setdefault(entry.testimony_id, {})[entry.ref] = entry.person
        found = search.search(session, vocab, "", parsed, limit=_EVERYTHING, snippets=False)
        ids = [hit.id for hit in found]
        if chosen:
            wanted = {e.testimony_id for e in entries if e.person in chosen}
            ids = [tid for tid in ids if tid in wanted]
        # Those the consent facets rule out are counted, never decrypted (share_reading).
        skipped = surely_withheld(session, rule.accepts)
        to_read = [tid for tid in ids if tid not in skipped]
        if len(to_read) < len(ids):
            withheld[NO_CONSENT] = len(ids) - len(to_read)
        done = len(ids) - len(to_read)
        keys: Keys = {}  # word keys for this hand-over only
        for record in current_records(session, to_read):
            testimony_id = record.testimony_id
            outcome = hand_over(record.document, rule, testimony_id[:8], keys)
            if isinstance(outcome, Handed):
                refs = registry.get(testimony_id, {})
                # With --person, the rows of a table are only theirs; the JSON keeps it whole.
                only = frozenset(ref for ref, pid in refs.items() if pid in chosen)
                keep(
                    Leaving(
                        testimony_id,
                        record.version,
                        record.sha256,
                        outcome,
                        _named_ids(outcome, refs) if for_writer else {},
                        only,
                    )
                )
            else:
                withheld[outcome.reason] = withheld.get(outcome.reason, 0) + 1
            done += 1
            if progress is not None:
                progress(done, len(ids))
        if progress is not None and not to_read:
            progress(len(ids), len(ids))
    return withheld, vocab


def _named_ids(handed: Handed, refs: dict[str, str]) -> dict[str, str]:
    """The archive ids of the persons who leave named. A case code never carries one: the same
    id on a named row (another testimony, another file) would say who the case code is."""
    named = {p["ref"] for p in handed.document.get("persons", []) if "names" in p}
    return {ref: pid for ref, pid in refs.items() if ref in named}


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


def _shown(item: Leaving, chosen_only: bool) -> list[PersonShown]:
    people = item.handed.persons
    return [p for p in people if p.ref in item.only] if chosen_only and item.only else list(people)


def _counts(left: list[Leaving], chosen_only: bool = False) -> dict[str, int]:
    counts = {NAMED: 0, CASE_CODE: 0, EXCLUDED: 0}
    for item in left:
        for shown in _shown(item, chosen_only):
            counts[shown.treatment] += 1
    return counts


def _json(handover: Handover) -> bytes:
    documents = []
    for item in handover.testimonies:
        doc = dict(item.handed.document)
        doc["provenance"] = {
            "id": item.testimony_id,
            "version": item.version,
            "sha256": item.sha256,
        }
        documents.append(doc)
    body = {"scope": handover.scope, "testimonies": documents}
    return (json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def _rows(handover: Handover) -> list[PersonRow]:
    # With --person, the rows of a table are only theirs; the JSON keeps the testimony whole.
    return [
        PersonRow(i.testimony_id, i.handed.document, person, i.registry.get(person["ref"], ""))
        for i in handover.testimonies
        for person in i.handed.document.get("persons", [])
        if not i.only or person["ref"] in i.only
    ]


def _table(handover: Handover) -> Table:
    if handover.by == BY_ACTS:
        sources = [
            ActSource(i.testimony_id, i.handed.document, i.registry, i.only)
            for i in handover.testimonies
        ]
        return per_act(sources, handover.vocab, handover.lang)
    return per_person(_rows(handover), handover.vocab, handover.lang)


_WRITERS: dict[str, Writer] = {
    "csv": lambda handover: csv_bytes(_table(handover)),
    "xlsx": lambda handover: xlsx_bytes(_table(handover), handover.scope[:31]),
    "json": _json,
    "uwazi": lambda handover: uwazi_csv(_rows(handover), handover.vocab, handover.lang),
}
