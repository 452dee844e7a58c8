"""What the desktop app does with an exception nobody caught.

Python's default hook prints the whole traceback with the exception's message, which may quote
testimony; the hooks here write the one line of `app.unexpected` instead.

The person sees a calm message and the app stays as it was: the vault's writes are
transactions (an exception inside one rolls it back), so what was saved is intact, and
locking instead would throw away whatever is typed and unsaved in an open editor, which is the
one thing an exception has not already harmed.
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from app.unexpected import summary

_box: list[QMessageBox] = []  # the message on screen, at most one


def install() -> None:
    """Replace Python's hooks for the life of the process (main thread, threads, __del__)."""
    sys.excepthook = on_exception
    threading.excepthook = _on_thread_exception
    sys.unraisablehook = _on_unraisable


def on_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    sys.stderr.write(f"sviedka: {summary(kind, tb)}\n")
    if isinstance(error, Exception) and _on_gui_thread():
        _show_message()


def _on_thread_exception(args: threading.ExceptHookArgs) -> None:
    # Not the GUI thread: no message box from here; the task's own failure path tells the user.
    sys.stderr.write(f"sviedka: {summary(args.exc_type, args.exc_traceback)} in a thread\n")


def _on_unraisable(args: sys.UnraisableHookArgs) -> None:
    # The default prints repr() of the object being finalised: it could be a testimony.
    sys.stderr.write(f"sviedka: {summary(args.exc_type, args.exc_traceback)} while cleaning up\n")


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def _show_message() -> None:
    if _box:  # one at a time: a failing paint would otherwise stack them up
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("unexpected_error")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("UnexpectedError", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "UnexpectedError",
            "Something went wrong. Your vault is safe: everything you saved is still in it, "
            "encrypted.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "UnexpectedError",
            "The last action may not have finished: check it and try again. If this happens "
            "again, lock the vault and start Sviedka again. The error's details were not "
            "written anywhere, so nothing from your testimonies left the vault.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.finished.connect(lambda _result: _box.clear())
    box.finished.connect(box.deleteLater)
    _box.append(box)
    box.open()
