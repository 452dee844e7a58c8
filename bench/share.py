"""The hand-over under consent (issue 13): how long a coordinator waits for the preview and for
a CSV hand-over of the whole filled vault, against the reference: reading and parsing every
current testimony version (a raw keyed select, `parse_strict` and `upgrade`, as the vault reads
a record), the least a hand-over must do since consent is decided inside the record.

Two scopes. `share_un_sr_belarus`: every generated record consents to it through the umbrella
`share_un_mechanisms`, each names people who did not consent for themselves (case codes, so
the last guard against a withheld name runs on every testimony): the heaviest case.
`share_iapb`: nobody consented, so nothing leaves; the index's consent facets say so without
reading a record (app.services.share_reading), which is why it is measured.

Each figure is one timed call (a 100k vault takes minutes a call), judged against the mean of
the reference reads just before and after it in the same process. The budgets and why they are
not yet 2x: bench/README.md, `share`.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.domain.canonical import parse_strict
from app.domain.upgrade import upgrade
from app.services.share import preview, share
from app.storage import persons_registry
from app.storage.vault import Vault
from app.storage.vocabularies import vault_vocabulary
from bench.common import PASSPHRASE, Context, database_file, raw_connection, vault_key
from bench.fill import filled_vault
from bench.report import Figure, progress

T = TypeVar("T")
EVERYONE = "share_un_sr_belarus"  # the umbrella share_un_mechanisms covers it
NOBODY = "share_iapb"  # no generated record consents to it
CURRENT_VERSIONS = (
    "SELECT v.document FROM testimony AS t JOIN testimony_version AS v "
    "ON v.testimony_id = t.id AND v.version = t.current_version WHERE t.deleted_at IS NULL"
)


def read_every_record(folder: Path) -> int:
    """The reference: every current version read and parsed as the vault reads a record."""
    connection = raw_connection(database_file(folder), vault_key(folder))
    try:
        count = 0
        for (body,) in connection.execute(CURRENT_VERSIONS):
            upgrade(parse_strict(body))
            count += 1
        return count
    finally:
        connection.close()


def _timed(work: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def measure(folder: Path) -> dict[str, float]:
    """Seconds of each side, on the vault in ``folder`` (also used on a small vault by hand).
    The reference is read before, between and after the hand-overs: each is judged against
    the mean of the two reads beside it, since the load of a shared machine drifts."""
    found: dict[str, float] = {}
    found["reference"], records = _timed(lambda: read_every_record(folder))
    progress(f"share: the reference read {records:,} records in {found['reference']:.1f} s")
    with Vault.open(folder, PASSPHRASE) as vault:
        # Untimed: the persons registry brought up to date, as every save keeps it (a vault
        # filled before a change of the registry's rules relinks every record first).
        with vault.transaction() as session:
            persons_registry.catch_up(session, vault_vocabulary(session).isans_categories)
        found["preview"], _ = _timed(lambda: preview(vault, EVERYONE))
        progress(f"share: preview {EVERYONE} {found['preview']:.1f} s")
        found["reference_between"], _ = _timed(lambda: read_every_record(folder))
        with tempfile.TemporaryDirectory(prefix="sviedka-bench-share-") as out:
            target = Path(out) / "hand-over.csv"
            found["csv"], _ = _timed(lambda: share(vault, EVERYONE, "csv", target))
        progress(f"share: csv {EVERYONE} {found['csv']:.1f} s")
        found["reference_after"], _ = _timed(lambda: read_every_record(folder))
        found["preview_nobody"], _ = _timed(lambda: preview(vault, NOBODY))
    found["records"] = float(records)
    return found


def figures(found: dict[str, float]) -> list[Figure]:
    before = (found["reference"] + found["reference_between"]) / 2
    after = (found["reference_between"] + found["reference_after"]) / 2
    last = found["reference_after"]
    n = int(found["records"])
    return [
        Figure(
            "share", f"preview {EVERYONE}, {n:,} testimonies vs reading them",
            found["preview"], before, "s", ratio=found["preview"] / before, op="<=", limit=3.5,
            budget="<= 3.5x reading and parsing every record (goal 2x)",
        ),
        Figure(
            "share", f"csv hand-over {EVERYONE}, {n:,} testimonies vs reading them",
            found["csv"], after, "s", ratio=found["csv"] / after, op="<=", limit=4.0,
            budget="<= 4x reading and parsing every record (the table written too)",
        ),
        Figure(
            "share", f"preview {NOBODY} (nobody consented) vs reading them",
            found["preview_nobody"], last, "s", ratio=found["preview_nobody"] / last,
            op="<=", limit=0.5, budget="<= 0.5x: the consent facets spare reading the records",
        ),
    ]  # fmt: skip


def run(ctx: Context) -> None:
    folder = filled_vault(ctx)
    progress(f"share: preview and csv hand-over of {ctx.testimonies:,} testimonies")
    ctx.figures.extend(figures(measure(folder)))
