"""What an import reports, one bundle at a time: the one result type the importer, the
quarantine decisions, the services and both faces share.

Results carry testimony ids (what scripts and the JSON read) and, once a service looked them
up, `names`: the name and interview date the list shows, so a face can say which testimonies
came in rather than how many. The names never reach `as_json`: the JSON stays what it was, and
an informant's name is printed only where a person asked to see testimonies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.storage import testimony_names
from app.storage.unit_of_work import UnitOfWork


class BundleStatus(StrEnum):
    """What became of one bundle file. A StrEnum: it compares equal to, prints and serialises
    as the plain words scripts read in the JSON."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"  # imported before: nothing changed (after full verification)
    QUARANTINED = "quarantined"  # held back for a coordinator's decision
    REJECTED = "rejected"  # failed verification; `reason` says why
    CANCELLED = "cancelled"  # not imported: the import was stopped before or while reading it


IMPORTED, DUPLICATE = BundleStatus.IMPORTED, BundleStatus.DUPLICATE
QUARANTINED, REJECTED = BundleStatus.QUARANTINED, BundleStatus.REJECTED
CANCELLED = BundleStatus.CANCELLED
QUARANTINE_LABEL = "quarantine/"  # a held bundle retried is named by its file's hash, not a path


@dataclass(frozen=True)
class TestimonyRef:
    id: str
    title: str  # the name the list shows; empty when the testimony names nobody (or is gone)
    interview_date: str


def testimony_refs(session: UnitOfWork, ids: Sequence[str]) -> tuple[TestimonyRef, ...]:
    """The list's name and date of each testimony, in the order given (blank if gone)."""
    found = testimony_names.names(session, ids)
    return tuple(TestimonyRef(i, *found.get(i, ("", ""))) for i in ids)


def pick(names: Iterable[TestimonyRef], ids: Iterable[str]) -> tuple[TestimonyRef, ...]:
    """The refs of `ids`, in their order; an id nobody looked up gets a blank name."""
    known = {ref.id: ref for ref in names}
    return tuple(known.get(i, TestimonyRef(i, "", "")) for i in ids)


def version_ids(versions: Iterable[str]) -> list[str]:
    """The testimonies of "id@version" strings, each once, in order."""
    return list(dict.fromkeys(v.rsplit("@", 1)[0] for v in versions))


@dataclass(frozen=True)
class BundleOutcome:
    file: str  # the path given, or `quarantine/<sha256 prefix>` for a held bundle retried
    status: BundleStatus
    reason: str = ""
    bundle_id: str = ""
    sender: str = ""
    sequence: int = 0
    accepted: tuple[str, ...] = ()  # testimonies new to this archive
    new_versions: tuple[str, ...] = ()  # "id@version", new testimonies' versions included
    duplicates: int = 0  # versions the archive held already
    attachments: int = 0
    notices: tuple[str, ...] = ()  # testimonies whose sharing with the organisation ended
    names: tuple[TestimonyRef, ...] = field(default=(), compare=False)

    @property
    def from_quarantine(self) -> bool:
        return self.file.startswith(QUARANTINE_LABEL)

    @property
    def mentioned(self) -> list[str]:
        """Every testimony this outcome names, each once: what `names` should cover."""
        return list(dict.fromkeys([*version_ids(self.new_versions), *self.notices]))

    @property
    def new_testimonies(self) -> tuple[TestimonyRef, ...]:
        """The testimonies new to the archive, named."""
        return pick(self.names, self.accepted)

    @property
    def testimonies(self) -> tuple[TestimonyRef, ...]:
        """The testimonies with new versions (new ones included), named."""
        return pick(self.names, version_ids(self.new_versions))

    @property
    def ended(self) -> tuple[TestimonyRef, ...]:
        """The testimonies whose sharing ended, named."""
        return pick(self.names, self.notices)

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": str(self.status), "reason": self.reason,
                "bundle_id": self.bundle_id, "sender": self.sender, "sequence": self.sequence,
                "accepted": list(self.accepted), "new_versions": list(self.new_versions),
                "duplicates": self.duplicates, "attachments": self.attachments,
                "notices": list(self.notices)}  # fmt: skip


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[BundleOutcome, ...]
    cancelled: bool = False  # stopped by the person: the files not read are CANCELLED

    def count(self, status: str) -> int:
        return sum(o.status == status for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return all(o.status in (IMPORTED, DUPLICATE) for o in self.outcomes)

    @property
    def answered(self) -> list[str]:
        """The bundles a receipt answers: imported or already held, each once, in order (a
        bundle given twice is imported, then a duplicate)."""
        return list(
            dict.fromkeys(o.bundle_id for o in self.outcomes if o.status in (IMPORTED, DUPLICATE))
        )

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "bundles": [o.as_json() for o in self.outcomes]}
