"""Testimony documents for tests: the smallest valid one and the complete example.

Both return fresh objects, so a test may mutate what it gets.
"""

from __future__ import annotations

import copy
from typing import Any

from app.domain.template import example_testimony


def day(value: str) -> dict[str, str]:
    return {"precision": "day", "value": value}


def minimal_testimony(**overrides: Any) -> dict[str, Any]:
    """The smallest valid testimony: one informant, consent to internal documentation only.

    Keyword arguments replace top-level sections (``persons=[...]``, ``status="complete"``).
    """
    doc: dict[str, Any] = {
        "schema": "sviedka.testimony/1",
        "confidentiality": "confidential",
        "status": "draft",
        "interview": {
            "interviewer": {"name": "K-01"},
            "date": day("2024-10-03"),
            "place": {"country": "LT"},
            "language": "be",
            "mode": "in_person",
            "informant": "p1",
        },
        "consent": {
            "given_by": "p1",
            "date": day("2024-10-03"),
            "method": "oral",
            "scopes": ["internal_documentation"],
        },
        "persons": [{"ref": "p1", "roles": ["informant"]}],
    }
    doc.update(copy.deepcopy(overrides))
    return doc


def full_testimony() -> dict[str, Any]:
    """The shipped example: every section and optional field filled."""
    return example_testimony()
