"""Handing testimonies over under consent: `sviedka share` and the desktop's Share dialog. The
consent rules are the domain's (app.domain.consent, app.domain.handover); here the testimonies
are read in one unit of work, shaped and written one at a time (app.services.share_files) to one
file that appears whole or not at all (mode 0600), and the hand-over is recorded in the audit
trail.

A format the core cannot write itself (a PDF is rendered by Qt, in a face) comes as a `Writer`
from the face: `share(..., writer=...)` gives it the `Handover` (what may leave) and writes,
records and counts its bytes like any other format's.

The file is outside the vault's protection: whoever holds it can read it. Both faces say so.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.consent import CASE_CODE, EXCLUDED, NAMED, RULES, rule_for
from app.domain.handover import NO_CONSENT, Handed, Keys, PersonShown, hand_over
from app.domain.vocabulary import VocabularySet
from app.services.collector import collector_paused
from app.services.share_files import Format, Out, holds, open_format
from app.services.share_leaving import BY_ACTS, BY_PERSONS, Handover, Leaving, NotWritten, Writer
from app.services.share_reading import current_records, surely_withheld
from app.storage import persons, persons_registry, search, share_log
from app.storage.files import WriteBehind, atomic_file, remove_leftovers
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
BY = (BY_PERSONS, BY_ACTS)  # one row per person (the default) or per act
BY_ACTS_FORMATS = ("csv", "xlsx")  # the tables that can hold a row per act
_TABLES = ("csv", "xlsx", "uwazi")  # with --person, only the rows of those persons
SCOPES = tuple(RULES)
_EVERYTHING = 1_000_000  # one hand-over may cover the whole archive


class BadShare(ValueError):
    """A hand-over that cannot be asked for (unknown scope or format): a usage error."""


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
    remove_leftovers(out)  # of a hand-over to the same file whose process was killed half-way
    # A table with --person holds only their rows: the counts say what the file holds.
    tally = _Tally(chosen_only=writer is None and fmt in _TABLES)
    try:
        with atomic_file(out) as handle:
            target = Out(WriteBehind(handle))  # 2 GB of JSON at 100,000 testimonies
            sending = _Sending(
                lambda vocab: open_format(fmt, by, target, scope, lang, vocab, writer), tally
            )
            # A format that keeps everything until the end: the collector's passes over it made
            # a hand-over of 100,000 testimonies grow faster than the archive (collector.py).
            with collector_paused() if holds(fmt, writer) else contextlib.nullcontext():
                withheld = _plan(vault, scope, filters, person_ids, progress, sending.start)
                sending.end()
    except OSError as exc:  # a full disk, a folder that went away: atomic_file left no file
        reason = exc.strerror or "the system refused"
        raise NotWritten(f"could not write {out} ({reason}); nothing was written") from exc
    counts = tally.counts
    with vault.transaction() as session:
        share_log.record(
            session,
            vault.key_id,
            scope,
            {
                "format": fmt,
                "testimonies": sending.sent,
                "persons": counts[NAMED] + counts[CASE_CODE],
                "named": counts[NAMED],
                "pseudonymised": counts[CASE_CODE],
                "withheld": sum(withheld.values()),
                "sha256": target.hexdigest(),
            },
        )
    return Shared(
        scope,
        fmt,
        str(out),
        tally.testimonies,
        counts[NAMED],
        counts[CASE_CODE],
        counts[EXCLUDED],
        withheld,
    )


class _Sending:
    """What a hand-over to a file does with each testimony that may leave: writes it in the
    format (opened once the vault's vocabularies are read), counts its people, and notes the
    version that left for the audit trail."""

    def __init__(self, open_format: Callable[[VocabularySet], Format], tally: _Tally) -> None:
        self._open = open_format
        self._format: Format | None = None
        self.tally = tally
        self.sent: list[dict[str, Any]] = []

    def start(self, vocab: VocabularySet) -> Callable[[Leaving], None]:
        self._format = self._open(vocab)
        return self.keep

    def keep(self, item: Leaving) -> None:
        assert self._format is not None  # noqa: S101 - start() comes first
        self._format.add(item)
        self.tally.add(item)
        self.sent.append({"id": item.testimony_id, "version": item.version, "sha256": item.sha256})

    def end(self) -> None:
        assert self._format is not None  # noqa: S101 - start() comes first
        self._format.end()


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
    start = lambda _vocab: tally.add  # noqa: E731 - nothing is written, no vocabulary needed
    withheld = _plan(vault, scope, filters, person_ids, progress, start, for_writer=False)
    counts = tally.counts
    return Preview(
        tally.testimonies, counts[NAMED], counts[CASE_CODE], counts[EXCLUDED], withheld, tally.why
    )


@dataclass
class _Tally:
    """What a preview or a hand-over counts of each testimony as it is shaped; the shaped
    testimony is let go at once (holding every one of them until the end took 1 GB at 10,000
    testimonies, and the garbage collector's passes over that heap made a preview of 100,000
    grow faster than the archive: 290 s against 79 s of reading the records, 2026-12-04).
    ``chosen_only``: with --person, count only those persons (a table holds only their rows)."""

    chosen_only: bool = True
    testimonies: int = 0
    counts: dict[str, int] = field(default_factory=lambda: {NAMED: 0, CASE_CODE: 0, EXCLUDED: 0})
    why: dict[tuple[str, str], int] = field(default_factory=dict)  # see Preview.why

    def add(self, item: Leaving) -> None:
        self.testimonies += 1
        for shown in _shown(item, self.chosen_only):
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
    start: Callable[[VocabularySet], Callable[[Leaving], None]],
    for_writer: bool = True,
) -> dict[str, int]:
    """Shape every chosen testimony, handing each that may leave to the ``keep`` that
    ``start`` gives once the vocabularies are read, in the list's order; returns the
    testimonies withheld whole, by reason. ``for_writer=False`` (the
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
        keep = start(vocab)
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
    return withheld


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
