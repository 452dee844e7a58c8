"""Qt tests run offscreen with one session-wide QApplication (pytest-qt's `qapp`)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _join_threads() -> Iterator[None]:
    """No worker thread may outlive its test (dangerzone's shared-process segfaults)."""
    yield
    from app.ui.workers import Task

    Task.join_all()
