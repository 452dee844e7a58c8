"""Unlock: `Vault.open` with calibrated Argon2id vs the bare derivation with the same parameters.

Both are timed 5 times, interleaved, on a small vault with a few realistic testimonies; the
figure is the ratio of the medians. What unlocking adds to the derivation (reading the keyslot,
unwrapping, keying the engine, the migrations check, the index-version check) is the difference.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import asdict

from app.storage import testimonies
from app.storage.keyslot import KdfParams, derive_wrapping_key
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import PASSPHRASE, Context
from bench.data import TestimonyGenerator
from bench.report import Figure, median, progress

REPETITIONS = 5
BUDGET = 1.2


def run(ctx: Context) -> None:
    progress("unlock: calibrating Argon2id as `init` does")
    params = KdfParams.calibrate()
    folder = ctx.folder("unlock") / "vault"
    with Vault.create(folder, PASSPHRASE, params) as vault, vault.transaction() as session:
        vocab = vault_vocabulary(session)
        for doc in TestimonyGenerator(seed=7).take(20):
            testimonies.add(session, doc, vocab, vault.key_id)
    opens: list[float] = []
    derivations: list[float] = []
    for _ in range(REPETITIONS):
        start = time.perf_counter()
        vault = Vault.open(folder, PASSPHRASE)
        opens.append(time.perf_counter() - start)
        vault.close()
        salt = secrets.token_bytes(16)
        start = time.perf_counter()
        derive_wrapping_key(PASSPHRASE, salt, params)
        derivations.append(time.perf_counter() - start)
    ours, reference = median(opens) * 1000, median(derivations) * 1000
    ctx.add(
        Figure(
            "unlock",
            f"Vault.open, median of {REPETITIONS}",
            ours,
            reference,
            "ms",
            ratio=ours / reference,
            op="<=",
            limit=BUDGET,
            budget=f"<= {BUDGET}x derive",
            note=(
                f"Argon2id {params.memory_kib // 1024} MiB, {params.iterations} iterations, "
                f"{params.lanes} lanes; open adds {ours - reference:.0f} ms"
            ),
            extra={"opens_s": opens, "derivations_s": derivations, "params": asdict(params)},
        )
    )
