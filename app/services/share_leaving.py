"""What a hand-over hands to the format that writes it: each testimony as it may leave
(`Leaving`), and, for a format that needs them all at once (the face's PDF), the whole
`Handover`. Kept apart from app.services.share so that the formats (share_files) and a face's
writer can name them without importing the service."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.handover import Handed
from app.domain.vocabulary import VocabularySet

__all__ = ["BY_ACTS", "BY_PERSONS", "Handover", "Leaving", "NotWritten", "Writer"]

BY_PERSONS, BY_ACTS = "persons", "acts"  # a table's row: one per person (the default), per act


class NotWritten(Exception):
    """The file could not be written whole; nothing of it is left."""


@dataclass(frozen=True)
class Leaving:
    """One testimony as it may leave, with where it came from."""

    testimony_id: str
    version: int
    sha256: str  # of the stored version it came from
    handed: Handed
    registry: dict[str, str]  # person ref -> archive person id, for those who leave named
    only: frozenset[str]  # with --person, the refs of the persons asked for


@dataclass(frozen=True)
class Handover:
    """Everything a writer gets: what consent lets leave, already shaped, in the list's order."""

    scope: str
    lang: str
    by: str
    testimonies: tuple[Leaving, ...]
    vocab: VocabularySet


Writer = Callable[[Handover], bytes]
