"""What a stage of the import decides for a bundle, returned rather than raised: the importer
reads as a sequence of stages, each handing its decision to the next, and only an import is
committed. (A bundle that fails verification raises BundleRejected wherever it fails: the
rule of security.md is that any failure rolls back and is reported as a rejection.)"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.sync.holding import HoldReason
from app.sync.import_apply import Applied
from app.sync.reasons import Reason, Why


class Verdict(StrEnum):
    IMPORT = "import"
    DUPLICATE = "duplicate"  # this very bundle was imported before
    HOLD = "hold"  # keep it, still encrypted, for a coordinator's decision
    REJECT = "reject"


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: str = ""  # REJECT: why, a Why (app.sync.reasons); HOLD: a HoldReason
    detail: str = ""  # HOLD: what the coordinator reads
    applied: Applied | None = None  # HOLD after reading: the conflicts it found

    @classmethod
    def hold(cls, reason: HoldReason, detail: str, applied: Applied | None = None) -> Decision:
        return cls(Verdict.HOLD, reason, detail, applied)

    @classmethod
    def reject(cls, reason: Reason, **params: Any) -> Decision:
        return cls(Verdict.REJECT, Why(reason, **params))


IMPORT = Decision(Verdict.IMPORT)
DUPLICATE_BUNDLE = Decision(Verdict.DUPLICATE, Why(Reason.ALREADY_IMPORTED))
