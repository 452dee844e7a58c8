"""Save one testimony in a vault of N: `Workspace.save` (what the editor's Save runs: one
transaction that loads the vocabulary and runs `testimonies.update_if_changed`) of a random existing
testimony whose narrative changed, timed to its commit (the document is read and edited before
the clock starts, as in the editor).

The vault is opened as the faces open it (app/services/vault.py: the upkeep after unlock, which
also sets the search index's merge settings, and upkeep at idle): a save pays for neither an
FTS5 merge nor a WAL checkpoint. What they cost instead, at idle after the saves, is reported
as context (`idle upkeep`).

The budget is absolute (p95 <= 20 ms, performance.md). For context, the reference is the least
a save must write: a raw keyed single-row UPDATE of `testimony` plus an INSERT of the new
version's bytes into `testimony_version`, on the vault's own pooled connection, interleaved
with ours on other testimonies. A context row times saves that change no searchable word;
another compares ours with the same raw save that also rewrites the testimony's FTS5 entry
(DELETE and INSERT of the columns ours writes, folded before the clock): the part of a save
of new words that SQLite itself charges, tokenising at the INSERT and the segment at commit.
"""

from __future__ import annotations

import hashlib
import random
import time
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from app.domain.canonical import canonical_bytes
from app.services.upkeep import IdleUpkeep
from app.services.workspace import Workspace
from app.storage import maintenance, search, testimonies
from app.storage.clock import utc_now
from app.storage.models import SearchEntry, Testimony, TestimonyFacet
from app.storage.persons_models import PersonsLinked
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import PASSPHRASE, Context, index_columns
from bench.data import TestimonyGenerator
from bench.fill import filled_vault
from bench.report import Figure, percentile, progress

SAVES = 200
# Saves whose edit changes no searchable word (the interview's length in minutes): the index
# entry is then left as it is (app.storage.search.index), which a changed narrative never allows.
QUIET_SAVES = 50
# Raw saves that also rewrite the FTS5 entry (the least SQLite charges a save of new words).
FLOOR_SAVES = 100
# Saves of a testimony saved before in the run, with another narrative.
AGAIN = 50
BUDGET_MS = 20.0
_UPDATE = "UPDATE testimony SET current_version = current_version + 1, updated_at = ? WHERE id = ?"
_INSERT = (
    "INSERT INTO testimony_version (testimony_id, version, document, sha256, saved_at, "
    "author_key, vocabulary_version) SELECT id, current_version, ?, ?, ?, author_key, ? "
    "FROM testimony WHERE id = ?"
)


_FTS_DELETE = "DELETE FROM testimony_search WHERE rowid = ?"
_FTS_INSERT = "INSERT INTO testimony_search (rowid, body, keys) VALUES (?, ?, ?)"


def _raw_save(
    vault: Vault,
    testimony_id: str,
    body: bytes,
    vocabulary: str,
    entry: tuple[int, str, str] | None = None,
) -> float:
    """The least a save must write. With `entry`, also the testimony's FTS5 entry rewritten with
    the same columns ours writes (folded before the clock): what any save that changes a word
    must pay in SQLite, the tokenising at the INSERT and the new segment at the commit."""
    digest = hashlib.sha256(body).hexdigest()
    raw = vault.engine.raw_connection()
    try:
        cursor = raw.cursor()
        start = time.perf_counter()
        cursor.execute("BEGIN IMMEDIATE")
        now = utc_now()
        cursor.execute(_UPDATE, (now, testimony_id))
        cursor.execute(_INSERT, (body, digest, now, vocabulary, testimony_id))
        if entry is not None:
            rowid, words, keys = entry
            cursor.execute(_FTS_DELETE, (rowid,))
            cursor.execute(_FTS_INSERT, (rowid, words, keys))
        cursor.execute("COMMIT")
        elapsed = time.perf_counter() - start
        cursor.close()
        return elapsed
    finally:
        raw.close()


def _entry(
    session: Session, testimony_id: str, doc: dict[str, Any], vocab: Any
) -> tuple[int, str, str]:
    """(rowid, body, keys) of the index entry `search.index` writes for `doc` (no attachments
    in the generated vault: no descriptions)."""
    rowid = session.scalar(
        select(SearchEntry.rowid).where(SearchEntry.testimony_id == testimony_id)
    )
    body, keys = index_columns(doc, vocab)
    assert rowid is not None
    return int(rowid), body, keys


def _stale_digests(session: Session) -> tuple[int, int]:
    """(index entries, registry links) without the digest today's save compares with: a vault
    filled by older code (SVIEDKA_BENCH_FILLED) makes every first save rewrite them, and its
    figures are then no save of the steady state."""
    digests = select(TestimonyFacet.testimony_id).where(TestimonyFacet.facet == search.ENTRY_DIGEST)
    entries = session.scalar(
        select(func.count())
        .select_from(SearchEntry)
        .where(SearchEntry.testimony_id.not_in(digests))
    )
    links = session.scalar(
        select(func.count()).select_from(PersonsLinked).where(PersonsLinked.digest == "")
    )
    return int(entries or 0), int(links or 0)


# When each commit began (a Session event): the part of a save that is its commit.
_COMMITTING: list[float] = []


def _commit_began(_session: Session) -> None:
    _COMMITTING.append(time.perf_counter())


def _our_save(workspace: Workspace, testimony_id: str, doc: dict[str, Any]) -> tuple[float, float]:
    """(the whole save, its commit) as the editor's Save runs it (`Workspace.save`: the vault's
    vocabulary, the version before, the update): the commit is where FTS5 writes its new segment
    and any merge of segments it decides on, and where the WAL is synced."""
    _COMMITTING.clear()
    start = time.perf_counter()
    workspace.save(doc, testimony_id)
    end = time.perf_counter()
    return end - start, end - _COMMITTING[-1]


def _idle_upkeep(vault: Vault) -> tuple[float, int]:
    """(seconds, merge steps) to merge what the saves left and fold the WAL in, as the idle
    upkeep does it (each step its own short transaction)."""
    start = time.perf_counter()
    steps = 0
    while maintenance.merge_step(vault):
        steps += 1
    maintenance.checkpoint_wal(vault)
    return time.perf_counter() - start, steps


def run(ctx: Context) -> None:
    folder = filled_vault(ctx)
    rng = random.Random(11)
    editor = TestimonyGenerator(seed=12)
    with Vault.open(folder, PASSPHRASE) as vault:
        maintenance.after_unlock(vault)
        upkeep = IdleUpkeep.attach(vault)
        workspace = Workspace(vault)
        event.listen(Session, "before_commit", _commit_began)
        with vault.reading() as session:
            vocab = vault_vocabulary(session)
            ids = list(session.scalars(select(Testimony.id).order_by(Testimony.id)))
            stale = _stale_digests(session)
        chosen = rng.sample(ids, 2 * SAVES)
        ours: list[float] = []
        commits: list[float] = []
        reference: list[float] = []
        for number, (mine, theirs) in enumerate(zip(chosen[::2], chosen[1::2], strict=True)):
            with vault.reading() as session:
                doc = editor.changed_narrative(testimonies.get(session, mine).document)
                other = editor.changed_narrative(testimonies.get(session, theirs).document)
            whole, commit = _our_save(workspace, mine, doc)
            ours.append(whole)
            commits.append(commit)
            reference.append(_raw_save(vault, theirs, canonical_bytes(other), vocab.version))
            if (number + 1) % 50 == 0:
                progress(f"save: {number + 1}/{SAVES}")
        quiet: list[float] = []
        for testimony_id in rng.sample(ids, QUIET_SAVES):
            with vault.reading() as session:
                doc = testimonies.get(session, testimony_id).document
            doc["interview"]["duration_minutes"] = rng.randint(20, 240)
            quiet.append(_our_save(workspace, testimony_id, doc)[0])
        # The interviewer saves as they go: the same testimony again, its persons unchanged
        # (the registry then only notes the version: persons_registry.link's digest).
        again: list[float] = []
        for testimony_id in chosen[: 2 * AGAIN : 2]:
            with vault.reading() as session:
                doc = editor.changed_narrative(testimonies.get(session, testimony_id).document)
            again.append(_our_save(workspace, testimony_id, doc)[0])
        # The app's upkeep thread would wake 2 s after the last save and merge beside the
        # loop timed here: one of the two then waited out the busy timeout and gave up
        # (`vault.idle_upkeep_failed` in earlier runs). The loop below is what it would do.
        upkeep.stop()
        idle = _idle_upkeep(vault)
        event.remove(Session, "before_commit", _commit_began)
        # The floor: the raw save plus the FTS5 entry's rewrite, on other testimonies (chosen
        # by their own generator, so that ours are the same as in runs before this row), last:
        # the rows above and the idle upkeep are measured as before it existed.
        floor: list[float] = []
        floor_rng = random.Random(13)
        floor_editor = TestimonyGenerator(seed=14)
        for testimony_id in floor_rng.sample(sorted(set(ids) - set(chosen)), FLOOR_SAVES):
            with vault.reading() as session:
                doc = floor_editor.changed_narrative(
                    testimonies.get(session, testimony_id).document
                )
                entry = _entry(session, testimony_id, doc, vocab)
            body = canonical_bytes({**doc, "id": testimony_id})
            floor.append(_raw_save(vault, testimony_id, body, vocab.version, entry))
    ms = [s * 1000 for s in ours]
    raw_ms = [s * 1000 for s in reference]
    p95, raw_p95 = percentile(ms, 95), percentile(raw_ms, 95)
    n = ctx.testimonies
    ctx.add(
        Figure(
            "save",
            f"update p95 at {n:,} (ratio = ours/raw)",
            p95,
            raw_p95,
            "ms",
            ratio=p95 / raw_p95,
            op="abs<=",
            limit=BUDGET_MS,
            budget=f"p95 <= {BUDGET_MS:.0f} ms",
            note="reference: raw keyed UPDATE+INSERT, same connection; budget is absolute",
            extra={"ours_ms": ms, "reference_ms": raw_ms},
        )
    )
    floor_ms = [s * 1000 for s in floor]
    floor_p95 = percentile(floor_ms, 95)
    ctx.add(
        Figure(
            "save",
            f"  p95 vs raw save + FTS5 entry rewrite at {n:,}",
            p95,
            floor_p95,
            "ms",
            ratio=p95 / floor_p95,
            note=f"{FLOOR_SAVES} raw saves that also DELETE and INSERT the testimony's FTS5 entry "
            f"with the columns ours writes (p50 {percentile(floor_ms, 50):.1f} ms), after the "
            "idle upkeep: what SQLite alone charges a save that changes a word (tokenising, "
            "the segment at commit)",
            extra={"floor_ms": floor_ms},
        )
    )
    commit_ms = [s * 1000 for s in commits]
    ctx.add(
        Figure(
            "save",
            f"  commit p95 at {n:,} (part of ours)",
            percentile(commit_ms, 95),
            None,
            "ms",
            note=f"commit p50 {percentile(commit_ms, 50):.1f} ms: the FTS5 segment flush and "
            "any merge it decides on, the WAL sync",
            extra={"commit_ms": commit_ms},
        )
    )
    ctx.add(
        Figure(
            "save",
            f"update p50 at {n:,}",
            percentile(ms, 50),
            percentile(raw_ms, 50),
            "ms",
            ratio=percentile(ms, 50) / percentile(raw_ms, 50),
        )
    )
    quiet_ms = [s * 1000 for s in quiet]
    ctx.add(
        Figure(
            "save",
            f"  p95 of a save without new words at {n:,}",
            percentile(quiet_ms, 95),
            None,
            "ms",
            note=f"{QUIET_SAVES} saves of another length of interview (p50 "
            f"{percentile(quiet_ms, 50):.1f} ms): validation, version and the registry's "
            "check as always, the index entry left as it was"
            + (
                f"; but {stale[0]:,} index entries and {stale[1]:,} registry links of this vault "
                "carry no digest (written by older code): the first save of each rewrites them"
                if any(stale)
                else ""
            ),
            extra={"quiet_ms": quiet_ms},
        )
    )
    again_ms = [s * 1000 for s in again]
    ctx.add(
        Figure(
            "save",
            f"  p95 of a testimony's next save at {n:,}",
            percentile(again_ms, 95),
            None,
            "ms",
            note=f"{AGAIN} testimonies saved once more with another narrative (p50 "
            f"{percentile(again_ms, 50):.1f} ms): as the editor saves as one goes; the persons "
            "registry's rows left unread when its facts did not change",
            extra={"again_ms": again_ms},
        )
    )
    ctx.add(
        Figure(
            "save",
            f"  idle upkeep after {SAVES} saves",
            idle[0] * 1000,
            None,
            "ms",
            note=f"{idle[1]} merge steps of {maintenance.MERGE_PAGES} pages and a passive "
            "checkpoint, at idle: off the save path",
        )
    )
