"""Bundles: export and import of 1 GiB of attachments vs the `age` CLI on the same bytes, peak
RSS at 1 GiB vs at 10 MiB, and testimonies per second through a bundle.

Set-up (not timed): a coordinator vault with an organisation identity, and three interviewer
vaults that trust its card and that it knows as senders: *big* (one generated testimony,
consent including `share_organisation`, with PARTS random attachments adding up to the
attachment size, added with `attachments.add`), *small* (the same with PARTS attachments adding
up to 10 MiB) and *records* (RECORDS generated testimonies, no attachments). The age reference
encrypts one file holding the same attachment bytes, concatenated, to the organisation's
recipient, and decrypts our bundle with the organisation's identity
(`identities.organisation_secret_text`, what `org export-secret` writes).

Every operation is a child process of its own (bench.bundle_child for ours): ours is timed in
the child around `exporter.export_bundle(vault, out, everything=True)` or
`importer.import_files(vault, [bundle])`, the vault already open; age from spawn to exit. Each
import goes into a fresh copy of the coordinator vault, always of the first export's bundle
(sequence 1: a later one would be held back as a sequence gap). Runs are interleaved, export /
age -r / import / age -d, REPETITIONS times with `os.sync()` before each; medians. Ours fsyncs
what it writes (the bundle; each received blob, behind the stream, and the blobs folder once
before the import commits), age does not; a bundle's plaintext is padded
(Padmé) and carries the manifest, signature, audit trail and record besides the attachments.
Our children run with bytecode cached in the temp folder (filled by one untimed start), as an
installed application has it.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.canonical import canonical_bytes
from app.storage import attachments, maintenance, testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from app.sync import identities
from bench.common import FAST_KDF, MIB, PASSPHRASE, Context, new_key, random_file, raw_connection
from bench.data import SEED, TestimonyGenerator
from bench.fill import fill
from bench.report import Figure, median, progress, rss_figure, timed
from bench.tools import ensure_age, run_child

PROJECT = Path(__file__).resolve().parent.parent
REPETITIONS = 3
PARTS = 8
SMALL = 10 * MIB
EXPORT_BUDGET, IMPORT_BUDGET = 2.5, 2.0
RECORDS_BUDGET = 1 / 1.5  # performance.md: bulk import, JSON lines or bundle records
REFERENCE_REPETITIONS = 3


@dataclass
class Setup:
    coordinator: Path  # a closed vault, copied for each import
    big: Path
    small: Path
    records: Path
    same_bytes: Path  # the big vault's attachment bytes, concatenated: age's input
    recipient: str
    key_file: Path


def _attachments(folder: Path, work: Path, total: int, same_bytes: Path | None) -> None:
    """One generated testimony with PARTS random attachments adding up to `total` bytes."""
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault:
        with vault.transaction() as session:
            doc = TestimonyGenerator(seed=21).make()
            testimony_id = testimonies.add(session, doc, vault_vocabulary(session), vault.key_id)
        sink = same_bytes.open("wb") if same_bytes is not None else None
        try:
            for part in range(PARTS):
                size = total // PARTS + (total % PARTS if part == PARTS - 1 else 0)
                source = random_file(work / f"recording-{part}.wav", size)
                attachments.add(vault, testimony_id, source, description=f"запіс {part}")
                if sink is not None:
                    with source.open("rb") as reader:
                        shutil.copyfileobj(reader, sink, MIB)
                source.unlink()
        finally:
            if sink is not None:
                sink.close()


def _introduce(coordinator: Vault, interviewers: list[Path]) -> None:
    """The organisation's card trusted by each interviewer, each one a known sender."""
    with coordinator.transaction() as session:
        identities.create_organisation(session, "Bench organisation", coordinator.key_id)
        card = identities.organisation_card(identities.organisation(session))
    for folder in interviewers:
        with Vault.open(folder, PASSPHRASE) as interviewer:
            with interviewer.transaction() as session:
                identities.trust(session, card, interviewer.key_id)
            with interviewer.reading() as session:
                mine = identities.interviewer_card(session, interviewer.key_id)
        with coordinator.transaction() as session:
            identities.add_sender(session, mine, coordinator.key_id)


def _setup(ctx: Context, work: Path, records: int) -> Setup:
    size = ctx.attachment_bytes
    progress(f"bundle: {PARTS} attachments of {size // PARTS // MIB} MiB into a vault, and 10 MiB")
    same_bytes = work / "same-bytes.bin"
    big, small, many = work / "big", work / "small", work / "records"
    _attachments(big, work, size, same_bytes)
    _attachments(small, work, SMALL, None)
    progress(f"bundle: {records:,} testimonies into a vault")
    fill(many, records)
    folder = work / "coordinator"
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as coordinator:
        maintenance.after_unlock(coordinator)  # as the faces open a vault: the index's settings
        _introduce(coordinator, [big, small, many])
        with coordinator.transaction() as session:
            recipient = identities.organisation(session).recipient
            secret = identities.organisation_secret_text(session, coordinator.key_id)
    key_file = work / "organisation-key.txt"
    key_file.write_text(secret)
    key_file.chmod(0o600)
    return Setup(folder, big, small, many, same_bytes, recipient, key_file)


def _bytecode_env(work: Path) -> dict[str, str]:
    """Bytecode cached in the temp folder, as an installed application has it. This environment
    sets PYTHONDONTWRITEBYTECODE: without a cache each import child compiled the generated
    schema validator (app/domain/schema_code.py) from source, 0.6 s inside the timed call at
    its first record, a cost of this checkout rather than of importing (see ui_start)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    warm = "import app.domain.schema_code, app.sync.exporter, app.sync.importer, bench.bundle_child"
    run_child([sys.executable, "-c", warm], cwd=PROJECT, env=env)  # fills the cache, untimed
    return env


_ENV: dict[str, str] = {}  # the children's environment, set once per run by run()


def _ours(*args: str) -> tuple[int, dict[str, Any]]:
    """(peak RSS in KiB, the child's JSON) of one export or import of ours."""
    child = run_child(
        [sys.executable, "-m", "bench.bundle_child", *args], cwd=PROJECT, env=_ENV or None
    )
    result = json.loads(child.stdout.strip().splitlines()[-1])
    return max(child.peak_rss_kib, int(result["peak_kib"])), result


def _export(folder: Path, out: Path) -> tuple[int, dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    return _ours("export", str(folder), str(out))


def _import(setup: Setup, bundles: list[str], work: Path) -> tuple[int, dict[str, Any]]:
    target = work / "coordinator-copy"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(setup.coordinator, target, ignore=shutil.ignore_patterns("vault.lock"))
    try:
        return _ours("import", str(target), *bundles)
    finally:
        shutil.rmtree(target, ignore_errors=True)


def _discard(paths: list[str]) -> None:
    for path in paths:
        Path(path).unlink(missing_ok=True)


def _raw_insert(ctx: Context, bodies: list[bytes], attempt: int) -> float:
    """Seconds a raw keyed executemany of `bodies` into a bare table takes (as bench.bulk)."""
    connection = raw_connection(ctx.folder("bundle") / f"raw-{attempt}.db", new_key())
    try:
        connection.execute("CREATE TABLE bare (id INTEGER PRIMARY KEY, document BLOB NOT NULL)")

        def insert() -> None:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT INTO bare (document) VALUES (?)", [(b,) for b in bodies])
            connection.execute("COMMIT")

        return timed(insert)
    finally:
        connection.close()


def run(ctx: Context) -> None:
    age = ensure_age()
    if age is None:
        return
    work = ctx.folder("bundle")
    records = 500 if ctx.quick else 2_000
    setup = _setup(ctx, work, records)
    _ENV.clear()
    _ENV.update(_bytecode_env(work))
    size = ctx.attachment_bytes
    runs: dict[str, list[float]] = {name: [] for name in ("export", "enc", "import", "dec")}
    rss: dict[str, list[int]] = {name: [] for name in runs}
    first: list[str] = []
    bundle_bytes = 0
    encrypted = work / "same-bytes.age"
    for rep in range(REPETITIONS):
        os.sync()  # each run starts without the previous one's dirty pages to write back
        peak, result = _export(setup.big, work / f"out-{rep}")
        runs["export"].append(float(result["seconds"]))
        rss["export"].append(peak)
        if not first:
            first, bundle_bytes = list(result["paths"]), int(result["size"])
        else:
            _discard(result["paths"])
        os.sync()
        child = run_child(
            [str(age), "-r", setup.recipient, "-o", str(encrypted), str(setup.same_bytes)]
        )
        runs["enc"].append(child.seconds)
        rss["enc"].append(child.peak_rss_kib)
        encrypted.unlink()
        os.sync()
        peak, result = _import(setup, first, work)
        runs["import"].append(float(result["seconds"]))
        rss["import"].append(peak)
        os.sync()
        decrypt = [str(age), "-d", "-i", str(setup.key_file), "-o", os.devnull, first[0]]
        child = run_child(decrypt)
        runs["dec"].append(child.seconds)
        rss["dec"].append(child.peak_rss_kib)
        progress(f"bundle: repetition {rep + 1}/{REPETITIONS}")
    small_export, small_result = _export(setup.small, work / "out-small")
    small_import, _ = _import(setup, small_result["paths"], work)
    _discard(small_result["paths"])
    _discard(first)
    _figures(ctx, size, bundle_bytes, len(first), runs, rss, small_export, small_import)
    _records(ctx, setup, records, work)


def _figures(
    ctx: Context,
    size: int,
    bundle_bytes: int,
    bundles: int,
    runs: dict[str, list[float]],
    rss: dict[str, list[int]],
    small_export_kib: int,
    small_import_kib: int,
) -> None:
    label = f"{size // MIB} MiB" if size < 1024 * MIB else f"{size / (1024 * MIB):g} GiB"
    shape = (
        f"{PARTS} attachments of {size // PARTS // MIB} MiB; bundle {bundle_bytes / MIB:,.0f} MiB"
        + (f" in {bundles} files" if bundles > 1 else "")
    )
    for ours_key, ref_key, name, tool, limit, extra in (
        ("export", "enc", "export", "age -r", EXPORT_BUDGET, "age encrypts the same bytes"),
        ("import", "dec", "import", "age -d", IMPORT_BUDGET, "age decrypts our bundle"),
    ):
        ours, reference = median(runs[ours_key]), median(runs[ref_key])
        ctx.add(
            Figure(
                "bundle",
                f"{name} {label} (median of {REPETITIONS})",
                size / ours / 1e6,
                size / reference / 1e6,
                "MB/s",
                ratio=ours / reference,
                op="<=",
                limit=limit,
                budget=f"<= {limit}x {tool} time",
                note=(
                    f"ours {ours:.2f} s, {tool} {reference:.2f} s ({extra}); {shape}; "
                    "ours fsyncs, age does not"
                ),
                extra={"ours_s": runs[ours_key], "reference_s": runs[ref_key]},
            )
        )
    for ours_key, ref_key, name, small_kib in (
        ("export", "enc", "export", small_export_kib),
        ("import", "dec", "import", small_import_kib),
    ):
        ctx.add(rss_figure("bundle", name, label, rss[ours_key], small_kib, rss[ref_key]))


def _records(ctx: Context, setup: Setup, n: int, work: Path) -> None:
    """Testimonies per second through a bundle: export of `n`, import of them, vs a raw keyed
    executemany of the same documents' canonical JSON (the bulk reference)."""
    progress(f"bundle: export and import of {n:,} testimonies")
    _, exported = _export(setup.records, work / "out-records")
    _, imported = _import(setup, exported["paths"], work)
    _discard(exported["paths"])
    if int(imported["versions"]) != n:
        raise RuntimeError(f"bundle: {imported['versions']} of {n} testimonies imported")
    bodies = [canonical_bytes(doc) for doc in TestimonyGenerator(SEED).take(n)]
    raw = median([_raw_insert(ctx, bodies, attempt) for attempt in range(REFERENCE_REPETITIONS)])
    export_s, import_s = float(exported["seconds"]), float(imported["seconds"])
    ctx.add(
        Figure(
            "bundle",
            f"  export of {n:,} testimonies, no attachments",
            n / export_s,
            None,
            "rec/s",
            note=f"{export_s:.1f} s, bundle {int(exported['size']) / MIB:.1f} MiB (context)",
            extra={"ours_s": export_s},
        )
    )
    ctx.add(
        Figure(
            "bundle",
            f"import of {n:,} testimonies (ratio = raw time / ours)",
            n / import_s,
            n / raw,
            "rec/s",
            ratio=raw / import_s,
            op=">=",
            limit=RECORDS_BUDGET,
            budget=">= 0.67 (ref time / ours)",
            note=(
                f"ours {import_s:.1f} s, raw keyed executemany of the same documents "
                f"{raw:.2f} s (median of {REFERENCE_REPETITIONS})"
            ),
            extra={"ours_s": import_s, "reference_s": raw},
        )
    )
