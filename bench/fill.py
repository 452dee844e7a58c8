"""The large vault for the save and search benchmarks: N realistic testimonies.

Filled through `add_many` (app.storage.testimony_batches: the same rows as `testimonies.add`
one after another, written a batch at a time), 500 a transaction, when the checkout has it;
else through `testimonies.add`, 5,000 a transaction, as an import would. One shortcut: the
JSON Schema validation runs on one document in VALIDATE_EVERY (the generator only makes valid
documents, and the bulk benchmark times validation anyway); everything else is the app's own
path, so the index, facets, versions and audit trail are what a real vault holds.

Two settings that change how fast the fill is, not what it writes: a larger page cache for the
fill's own transactions (one touches far more index pages than the default 2 MiB hold: each
is decrypted again when read back) and a checkpoint after each of them (the vault turns off
automatic checkpoints, and the app checkpoints at idle: without that, the WAL grows to the
whole vault, about 6 GB at 100k, and every page read looks through all of it). The smaller
transactions of `add_many` leave the FTS5 index in more, smaller segments before its
automerge: the same rows, not the same pages.

Filling 100,000 takes a long while, so the closed vault is kept in `bench/.cache/` under a key
made of N, the seed and a hash of app/storage, app/domain, resources and the generator; a run
copies it to its temp folder (the benchmarks change what they use). `--no-cache` skips it.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from sqlalchemy.orm import Session

from app.domain.vocabulary import VocabularySet
from app.storage import testimonies
from app.storage.engine import checkpoint
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import FAST_KDF, PASSPHRASE, Context
from bench.data import SEED, TestimonyGenerator
from bench.report import progress

BATCH = 5_000  # testimonies a transaction, added one by one
# Through add_many: measured at load 4-8 on 2 vCPUs, 2,000 testimonies took 64 s in
# transactions of 500 but 216 s in one of 2,000 (one by one, 98 s in one transaction).
MANY_BATCH = 500
VALIDATE_EVERY = 50
FILL_CACHE_KIB = 256 * 1024  # the fill's page cache (PRAGMA cache_size; the app keeps 2 MiB)
HERE = Path(__file__).resolve().parent
PROJECT = HERE.parent
CACHE = HERE / ".cache"
# What decides the filled vault's bytes: storage, domain rules, shipped resources, the data.
_HASHED = [
    (PROJECT / "app" / "storage", "*.py"),
    (PROJECT / "app" / "domain", "*.py"),
    # What a filled vault's bytes depend on; not the interface catalogues in resources/i18n.
    (PROJECT / "resources" / "schema", "*"),
    (PROJECT / "resources" / "vocabularies", "*"),
    (HERE / "data.py", ""),
]


def code_hash() -> str:
    digest = hashlib.sha256()
    for folder, pattern in _HASHED:
        files = [folder] if folder.is_file() else sorted(folder.rglob(pattern))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(PROJECT)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@contextlib.contextmanager
def _sampled_validation() -> Iterator[None]:
    validate: Callable[..., Any] | None = getattr(testimonies, "validate_testimony", None)
    if validate is None:  # renamed: fill with full validation, only slower
        yield
        return
    real: Callable[..., Any] = validate
    seen = [0]

    def sampled(*args: Any, **kwargs: Any) -> Any:
        seen[0] += 1
        return real(*args, **kwargs) if seen[0] % VALIDATE_EVERY == 1 else None

    with mock.patch.object(testimonies, "validate_testimony", sampled):
        yield


AddMany = Callable[[Session, list[Any], VocabularySet, str], object]


def _add_many() -> tuple[AddMany, int]:
    """`add_many` where this checkout has it, else `testimonies.add` one after another; with
    the number of testimonies a transaction that is fastest for it."""
    with contextlib.suppress(ImportError):
        batches = importlib.import_module("app.storage.testimony_batches")
        found: AddMany | None = getattr(batches, "add_many", None)
        if found is not None:
            return found, MANY_BATCH
    found = getattr(testimonies, "add_many", None)
    if found is not None:
        return found, MANY_BATCH

    def one_by_one(session: Session, docs: list[Any], vocab: VocabularySet, author: str) -> None:
        for doc in docs:
            testimonies.add(session, doc, vocab, author)

    return one_by_one, BATCH


def fill(folder: Path, n: int) -> None:
    generator = TestimonyGenerator(SEED)
    add_many, batch = _add_many()
    start = time.perf_counter()
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault, _sampled_validation():
        with vault.reading() as session:
            vocab = vault_vocabulary(session)
        done = 0
        while done < n:
            size = min(batch, n - done)
            with vault.transaction() as session:
                # On the connection this transaction holds; it goes back to the pool with it.
                session.connection().exec_driver_sql(f"PRAGMA cache_size = -{FILL_CACHE_KIB}")
                add_many(session, list(generator.take(size)), vocab, vault.key_id)
            checkpoint(vault.engine)
            done += size
            elapsed = time.perf_counter() - start
            left = elapsed / done * (n - done)
            progress(f"fill: {done:,}/{n:,} ({elapsed:.0f} s, about {left:.0f} s to go)")


def filled_vault(ctx: Context) -> Path:
    """A private copy of the filled vault for this run (made or taken from the cache)."""
    if ctx.filled is not None:
        return ctx.filled
    n = ctx.testimonies
    target = ctx.root / "filled"
    pinned = os.environ.get("SVIEDKA_BENCH_FILLED")
    if pinned and _copy_pinned(Path(pinned), target, n):
        pass
    elif not ctx.use_cache:
        progress(f"fill: {n:,} testimonies (no cache)")
        fill(target, n)
    else:
        cached = CACHE / f"fill-{n}-{SEED}-{code_hash()}"
        if not (cached / "keyslots.json").exists():
            for stale in CACHE.glob(f"fill-{n}-*"):
                shutil.rmtree(stale, ignore_errors=True)
            # Each run fills its own folder: two benches started at once must not empty each
            # other's half-filled vault; the first to finish provides the cache.
            building = CACHE / f".building-{cached.name}-{os.getpid()}"
            shutil.rmtree(building, ignore_errors=True)
            progress(f"fill: {n:,} testimonies into the cache {cached.name}")
            fill(building, n)
            try:
                building.rename(cached)
            except OSError:  # another run finished the same vault first
                shutil.rmtree(building, ignore_errors=True)
        else:
            progress(f"fill: using the cached vault {cached.name}")
        shutil.copytree(cached, target, ignore=shutil.ignore_patterns("vault.lock"))
    # The copy (6 GB at full size) is written back by the kernel some seconds later: without
    # waiting for it, the first benchmark to use the vault shared the disk with that writeback
    # (every save's fsync, every page read) and timed the copy as much as the app.
    os.sync()
    ctx.filled = target
    return target


def _copy_pinned(pinned: Path, target: Path, n: int) -> bool:
    """Copy the vault SVIEDKA_BENCH_FILLED names, if it holds n testimonies.

    For iterating on storage code without refilling (the cache key changes with every edit):
    a vault filled earlier, migrated on open. Not for the figures of record. A full run also
    asks for the 10k vault (list's memory comparison): the one named serves only its own size.
    """
    shutil.copytree(pinned, target, ignore=shutil.ignore_patterns("vault.lock"))
    with Vault.open(target, PASSPHRASE) as vault, vault.reading() as session:
        held = testimonies.count(session)
    if held != n:
        shutil.rmtree(target)
        progress(f"fill: {pinned} holds {held:,} testimonies, not {n:,}: not used for this size")
        return False
    progress(f"fill: reusing {pinned} (SVIEDKA_BENCH_FILLED; filled by other code)")
    return True
