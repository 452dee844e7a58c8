"""Recognition of a person as a political prisoner: who recognised them and since when.

A field of the archive person (not of any testimony): human-rights organisations such as
Viasna publish their recognitions, and a coordinator records the one they rely on. The date
may be as precise as the announcement is (a day, a month or a year) but never in the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["MAX_BY", "BadRecognition", "Recognition", "recognition"]

MAX_BY = 200
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class BadRecognition(ValueError):
    """The recognition as given cannot be recorded: one sentence saying why."""


@dataclass(frozen=True)
class Recognition:
    by: str  # the organisation that recognised the person
    date: str  # YYYY, YYYY-MM or YYYY-MM-DD

    def as_json(self) -> dict[str, str]:
        return {"by": self.by, "date": self.date}


def _earliest_day(written: str) -> date | None:
    match = _PARTIAL_DATE.fullmatch(written)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def recognition(by: str, written: str, today: date) -> Recognition:
    """The recognition to record, or BadRecognition when ``by`` or the date will not do."""
    organisation = " ".join(by.split())
    if not organisation:
        raise BadRecognition("say which organisation recognised the person")
    if len(organisation) > MAX_BY:
        raise BadRecognition(f"the organisation's name is longer than {MAX_BY} characters")
    day = _earliest_day(written.strip())
    if day is None:
        raise BadRecognition("the date of recognition must be written YYYY-MM-DD, YYYY-MM or YYYY")
    if day > today:
        raise BadRecognition("the date of recognition is in the future")
    return Recognition(organisation, written.strip())
