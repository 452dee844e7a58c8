"""A person's status as of a date, from the latest dated evidence, with its source.

Evidence is what the testimonies say happened and when: an arrest or a testimony telling that
the person is still held (held), a release (released), a release with deportation (deported),
a death in detention (died). Only evidence certainly dated on or before the day counts (its
latest possible day is not after it); the latest wins, and on the same day the later stage
of a detention wins (a death over a release over an arrest). Without any: unknown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["STATUSES", "Evidence", "Status", "status_as_of"]

STATUSES = ("held", "released", "deported", "died", "unknown")
_STAGE = {"held": 0, "released": 1, "deported": 2, "died": 3}


@dataclass(frozen=True)
class Evidence:
    status: str
    lo: str
    hi: str
    testimony_id: str


@dataclass(frozen=True)
class Status:
    status: str
    since: str | None  # the evidence's date, as precise as known ("2024-07" ...)
    source: str | None  # the testimony it comes from

    def as_json(self) -> dict[str, str | None]:
        return {"status": self.status, "since": self.since, "source": self.source}


def _written(lo: str, hi: str) -> str:
    if lo == hi or not lo:
        return hi
    if lo[:7] == hi[:7]:
        return lo[:7]
    return lo[:4] if lo[:4] == hi[:4] else f"{lo}..{hi}"


def status_as_of(evidence: Iterable[Evidence], as_of: str) -> Status:
    """``as_of`` is an ISO day; evidence without a placeable date is not used."""
    dated = [e for e in evidence if e.hi and e.hi <= as_of and e.status in _STAGE]
    if not dated:
        return Status("unknown", None, None)
    latest = max(dated, key=lambda e: (e.hi, _STAGE[e.status], e.testimony_id))
    return Status(latest.status, _written(latest.lo, latest.hi), latest.testimony_id)
