"""`sviedka share --format pdf`: the command line draws the case dossiers with Qt like the
desktop does (app.render.dossier_pdf), on the offscreen platform so that it needs no display.

Qt is imported only when a PDF is asked for: every other command starts without it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["PDF", "pdf_writer"]

PDF = "pdf"
_application: list[Any] = []  # the QGuiApplication must outlive the drawing


def pdf_writer() -> Callable[[Any], bytes]:
    """The writer the share service calls for a PDF, with a Qt application to draw in."""
    from PySide6.QtGui import QGuiApplication

    from app.render.dossier_pdf import pdf_writer as draw

    if QGuiApplication.instance() is None:
        _application.append(QGuiApplication(["sviedka", "-platform", "offscreen"]))
    return draw
