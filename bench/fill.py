"""The large vault for the save and search benchmarks: N realistic testimonies.

Filled through `testimonies.add`, 5,000 per transaction, as an import would. One shortcut: the
JSON Schema validation runs on one document in VALIDATE_EVERY (the generator only makes valid
documents, and the bulk benchmark times validation anyway); everything else is the app's own
path, so the index, facets, versions and audit trail are what a real vault holds.

Filling 100,000 takes a long while, so the closed vault is kept in `bench/.cache/` under a key
made of N, the seed and a hash of app/storage, app/domain, resources and the generator; a run
copies it to its temp folder (the benchmarks change what they use). `--no-cache` skips it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import FAST_KDF, PASSPHRASE, Context
from bench.data import SEED, TestimonyGenerator
from bench.report import progress

BATCH = 5_000
VALIDATE_EVERY = 50
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


def fill(folder: Path, n: int) -> None:
    generator = TestimonyGenerator(SEED)
    start = time.perf_counter()
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault, _sampled_validation():
        with vault.reading() as session:
            vocab = vault_vocabulary(session)
        done = 0
        while done < n:
            size = min(BATCH, n - done)
            with vault.transaction() as session:
                for doc in generator.take(size):
                    testimonies.add(session, doc, vocab, vault.key_id)
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
    if pinned:
        # For iterating on storage code without refilling (the cache key changes with every
        # edit): a vault filled earlier, migrated on open. Not for the figures of record.
        progress(f"fill: reusing {pinned} (SVIEDKA_BENCH_FILLED; filled by other code)")
        shutil.copytree(pinned, target, ignore=shutil.ignore_patterns("vault.lock"))
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
    ctx.filled = target
    return target
