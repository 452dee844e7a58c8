"""One line about an exception nobody expected, for both faces.

An exception's message often quotes the value that failed: a name, a place, a sentence of a
testimony. A terminal's scrollback, a journal that captures stderr or a bug report pasted by the
user would then hold it. So Sviedka reports only the exception's type and where in the code it
was raised: never its message, its arguments, the chained exceptions or any local variable.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from types import CodeType, TracebackType

_APP_ROOT = Path(__file__).resolve().parent  # the `app` package


def summary(kind: type[BaseException], tb: TracebackType | None) -> str:
    """'unexpected ValueError at app/ui/x.py:12 (save)': nothing of the exception's content."""
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    return f"unexpected {name}{where(tb)}"


def where(tb: TracebackType | None) -> str:
    """The innermost frame of our own code, and the innermost of all when that is elsewhere
    (a library raising on our behalf). File names only relative to the app: no home folder."""
    frames = [(frame.f_code, line) for frame, line in traceback.walk_tb(tb)]
    if not frames:
        return ""
    ours = [(code, line) for code, line in frames if _is_ours(code.co_filename)]
    places = [_place(*frames[-1])]
    if ours and ours[-1] != frames[-1]:
        places.insert(0, _place(*ours[-1]))
    return " at " + " via ".join(places)


def _is_ours(filename: str) -> bool:
    return Path(filename).resolve().is_relative_to(_APP_ROOT)


def _place(code: CodeType, line: int) -> str:
    path = Path(code.co_filename)
    try:
        shown = path.resolve().relative_to(_APP_ROOT.parent).as_posix()
    except ValueError:
        shown = path.name
    return f"{shown}:{line} ({code.co_name})"
