"""Content-free logging, to stderr only: what happened and to which id, never what was said.

`configure()` is called once per process by `app.cli.main`: by default only warnings reach
stderr; `sviedka --debug` also shows the DEBUG events of the `app` loggers. There is never a log
file, and there must not be one: a file outside the vault is what a border search reads
(docs/threat-model.md, "Logs and error messages").

The rule for a log call, in any module (`log = logging.getLogger(__name__)`):

- the message is an event name and `key=%s` pairs: `log.debug("testimony.saved id=%s
  version=%d", testimony_id, version)`, never an f-string;
- its arguments are ids, counts and codes only: int, bool, None, or a string that is hex, a
  uuid, a short lower-case code (a status, a command) or the one line of `app.unexpected`;
- an exception is logged as `summary(type(exc), exc.__traceback__)` (its type and where in
  our code it was raised; `failed()` does it), never its message, which may quote a name or a
  sentence, and never with `exc_info` or `log.exception`.

The handler's filter enforces the rule: a record whose message or arguments do not fit, or
that carries a traceback, is dropped whole, whichever logger it came from (SQLAlchemy's would
otherwise print bound values, that is testimony).
"""

from __future__ import annotations

import logging
import re
import sys

from app.storage.errors import Cancelled, VaultError
from app.unexpected import summary

_EVENT = re.compile(r"[a-z][a-z0-9_.]*( [a-z_]+=%[sd])*")
_PLACE = r"[\w./<>-]+:\d+ \([\w<>]+\)"
_SAFE = re.compile(
    r"[0-9A-Fa-f]{4,128}"  # hashes, key ids, bundle ids
    r"|[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"  # testimony ids
    r"|[a-z][a-z0-9_.-]{0,39}"  # statuses, commands, event names
    rf"|unexpected [A-Za-z_][\w.]*( at {_PLACE}( via {_PLACE})?)?"  # app.unexpected.summary
)
_FORMAT = "sviedka: %(levelname)s %(name)s %(message)s"
_handler: logging.Handler | None = None


def safe_argument(value: object) -> bool:
    if value is None or isinstance(value, bool | int):
        return True
    return isinstance(value, str) and _SAFE.fullmatch(value) is not None


class ContentFree(logging.Filter):
    """Let through only records that follow the rule of this module."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info or record.exc_text or record.stack_info:
            return False
        if not isinstance(record.msg, str) or not _EVENT.fullmatch(record.msg):
            return False
        args = record.args or ()
        return isinstance(args, tuple) and all(safe_argument(arg) for arg in args)


class _Stderr(logging.StreamHandler):
    """Whatever sys.stderr is when a record is written (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = sys.stderr  # not setStream: it flushes the old one, maybe closed
        super().emit(record)


def configure(debug: bool = False) -> None:
    """Stderr, filtered; DEBUG for the app's loggers with `debug`. Once per process: a later
    call only changes the level."""
    global _handler
    if _handler is None:
        _handler = _Stderr()
        _handler.addFilter(ContentFree())
        _handler.setFormatter(logging.Formatter(_FORMAT))
        root = logging.getLogger()
        root.addHandler(_handler)
        root.setLevel(logging.WARNING)  # other libraries: warnings at most, and filtered
    logging.getLogger("app").setLevel(logging.DEBUG if debug else logging.WARNING)


def failed(module: str, event: str, error: BaseException) -> None:
    """An exception caught and explained to the person: where it came from, at WARNING when
    nobody expected it (the person read "Something went wrong (TypeError)"), else at DEBUG.
    `module` is the caller's `__name__`."""
    expected = isinstance(error, VaultError | OSError | Cancelled)
    logging.getLogger(module).log(
        logging.DEBUG if expected else logging.WARNING,
        "failed event=%s error=%s",
        event,
        summary(type(error), error.__traceback__),
    )
