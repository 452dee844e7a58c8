"""Attach / extract a large file: `attachments.add` and `attachments.extract` vs the `age` CLI
encrypting and decrypting the same bytes, and peak RSS at the large size vs at 10 MiB.

Every operation runs in a child process of its own (bench.attach_child for ours): its peak RSS
is its VmHWM (read by ours at its end, polled for age; not ru_maxrss, which after fork+exec
starts at the parent's size). Ours is timed inside the child around the call, the
vault already open; age is timed from spawn to exit. Sources are random bytes written just
before (so in the page cache for both); `os.sync()` before each run keeps one run's write-back
out of the next. Runs are interleaved, 3 of each, ours first and age first in turn; medians
are reported. Ours fsyncs what it
writes (the blob, the extracted file) and age does not. For context, pyrage alone (file to
file, in this process, no hashing tap, no fsync) is timed too.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pyrage

from app.storage import testimonies
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import FAST_KDF, MIB, PASSPHRASE, Context, random_file
from bench.data import TestimonyGenerator
from bench.report import Figure, median, progress, rss_figure
from bench.tools import ensure_age, run_child

PROJECT = Path(__file__).resolve().parent.parent
REPETITIONS = 3
SMALL = 10 * MIB
ATTACH_BUDGET, EXTRACT_BUDGET = 2.5, 2.0


def _vault(folder: Path, count: int) -> list[str]:
    with Vault.create(folder, PASSPHRASE, FAST_KDF) as vault, vault.transaction() as session:
        vocab = vault_vocabulary(session)
        docs = TestimonyGenerator(seed=5).take(count)
        return [testimonies.add(session, doc, vocab, vault.key_id) for doc in docs]


def _ours(*args: str) -> tuple[int, dict[str, float | str]]:
    """(peak RSS in KiB, the child's JSON) of one operation of ours."""
    child = run_child([sys.executable, "-m", "bench.attach_child", *args], cwd=PROJECT)
    result = json.loads(child.stdout.strip().splitlines()[-1])
    return max(child.peak_rss_kib, int(result["peak_kib"])), result


def _bare(operation: Callable[[BinaryIO, BinaryIO], object], source: Path, out: Path) -> float:
    """Seconds pyrage alone takes, file to file: no hashing tap, no fsync (context)."""
    os.sync()
    with source.open("rb") as reader, out.open("wb") as writer:
        start = time.perf_counter()
        operation(reader, writer)
        seconds = time.perf_counter() - start
    out.unlink()
    return seconds


def _copy_and_fsync(reader: BinaryIO, writer: BinaryIO) -> None:
    while chunk := reader.read(MIB):
        writer.write(chunk)
    writer.flush()
    os.fsync(writer.fileno())


def run(ctx: Context) -> None:
    age = ensure_age()
    if age is None:
        return
    size = ctx.attachment_bytes
    work = ctx.folder("attach")
    progress(f"attach: writing {size // MIB} MiB and {SMALL // MIB} MiB of random bytes")
    big, small = random_file(work / "big.bin", size), random_file(work / "small.bin", SMALL)
    folder = work / "vault"
    ids = _vault(folder, REPETITIONS + 1)
    identity = pyrage.x25519.Identity.generate()
    key_file = work / "age-key.txt"
    key_file.write_text(f"{identity}\n")
    recipient = str(identity.to_public())
    runs: dict[str, list[float]] = {name: [] for name in ("add", "enc", "ext", "dec")}
    rss: dict[str, list[int]] = {name: [] for name in runs}
    bare: dict[str, list[float]] = {"enc": [], "dec": [], "fsync": []}
    encrypted, out, decrypted = work / "big.age", work / "extracted.bin", work / "decrypted.bin"
    for rep in range(REPETITIONS):
        added: dict[str, float | str] = {}

        def ours_add(rep: int = rep, added: dict[str, float | str] = added) -> None:
            peak, result = _ours("add", str(folder), ids[rep], str(big))
            added.update(result)
            runs["add"].append(float(result["seconds"]))
            rss["add"].append(peak)

        def age_encrypt() -> None:
            encrypted.unlink(missing_ok=True)
            child = run_child([str(age), "-r", recipient, "-o", str(encrypted), str(big)])
            runs["enc"].append(child.seconds)
            rss["enc"].append(child.peak_rss_kib)

        def ours_extract(rep: int = rep, added: dict[str, float | str] = added) -> None:
            peak, extracted = _ours(
                "extract", str(folder), ids[rep], str(added["sha256"]), str(out)
            )
            runs["ext"].append(float(extracted["seconds"]))
            rss["ext"].append(peak)
            out.unlink()

        def age_decrypt() -> None:
            child = run_child(
                [str(age), "-d", "-i", str(key_file), "-o", str(decrypted), str(encrypted)]
            )
            runs["dec"].append(child.seconds)
            rss["dec"].append(child.peak_rss_kib)
            decrypted.unlink()

        # Who goes first alternates. On this virtual machine the first of two writers of 1 GiB
        # was the slower one, ours or age's (2026-12-04: age -d 2.66 s first, 1.29-1.40 s
        # second; an extract 3.3-3.7 s first, 2.3-2.8 s right after another), and age always
        # came second.
        steps = (ours_add, age_encrypt, ours_extract, age_decrypt)
        if rep % 2:
            steps = (age_encrypt, ours_add, age_decrypt, ours_extract)
        for step in steps:
            os.sync()  # each run starts without the previous one's dirty pages to write back
            step()
        bare["enc"].append(
            _bare(lambda a, b: pyrage.encrypt_io(a, b, [identity.to_public()]), big, out)
        )
        bare["dec"].append(_bare(lambda a, b: pyrage.decrypt_io(a, b, [identity]), encrypted, out))
        bare["fsync"].append(_bare(_copy_and_fsync, big, out))
        progress(f"attach: repetition {rep + 1}/{REPETITIONS}")
    small_add, small_result = _ours("add", str(folder), ids[-1], str(small))
    out = work / "small-extracted.bin"
    small_ext, _ = _ours("extract", str(folder), ids[-1], str(small_result["sha256"]), str(out))
    _figures(ctx, size, runs, rss, small_add, small_ext)
    for key, tool in (("enc", "age -r"), ("dec", "age -d")):
        seconds = median(bare[key])
        ctx.add(
            Figure(
                "attach",
                f"  context: pyrage {key}rypt_io alone, file to file",
                size / seconds / 1e6,
                size / median(runs[key]) / 1e6,
                "MB/s",
                ratio=seconds / median(runs[key]),
                note=f"{seconds:.2f} s; no hashing tap, no fsync; ratio = time vs {tool}",
                extra={"seconds": bare[key]},
            )
        )
    seconds = median(bare["fsync"])
    ctx.add(
        Figure(
            "attach",
            "  context: plain copy + fsync of the same bytes",
            size / seconds / 1e6,
            None,
            "MB/s",
            note=f"{seconds:.2f} s: the disk's share of what ours does and age does not",
            extra={"seconds": bare["fsync"]},
        )
    )


def _figures(
    ctx: Context,
    size: int,
    runs: dict[str, list[float]],
    rss: dict[str, list[int]],
    small_add_kib: int,
    small_ext_kib: int,
) -> None:
    label = f"{size // MIB} MiB" if size < 1024 * MIB else f"{size / (1024 * MIB):g} GiB"
    fsync = "ours fsyncs what it writes, age does not"
    for ours_key, ref_key, name, tool, limit in (
        ("add", "enc", "attach", "age -r", ATTACH_BUDGET),
        ("ext", "dec", "extract", "age -d", EXTRACT_BUDGET),
    ):
        ours, reference = median(runs[ours_key]), median(runs[ref_key])
        ctx.add(
            Figure(
                "attach",
                f"{name} {label} (median of {REPETITIONS})",
                size / ours / 1e6,
                size / reference / 1e6,
                "MB/s",
                ratio=ours / reference,
                op="<=",
                limit=limit,
                budget=f"<= {limit}x {tool} time",
                note=f"ours {ours:.2f} s, {tool} {reference:.2f} s; {fsync}",
                extra={"ours_s": runs[ours_key], "reference_s": runs[ref_key]},
            )
        )
    for ours_key, ref_key, name, small_kib in (
        ("add", "enc", "attach", small_add_kib),
        ("ext", "dec", "extract", small_ext_kib),
    ):
        ctx.add(rss_figure("attach", name, label, rss[ours_key], small_kib, rss[ref_key]))
