"""The busy cursor while the editor builds widgets on the GUI thread.

Opening a testimony or a section's page for the first time blocks the window for a moment;
without a sign the interviewer clicks again, or thinks the program hung in front of the person
they are interviewing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

__all__ = ["busy"]


@contextmanager
def busy() -> Iterator[None]:
    """Show the wait cursor for the block; nested blocks restore it once, at the outermost."""
    if QGuiApplication.instance() is None:  # built without an application: nothing to show
        yield
        return
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
