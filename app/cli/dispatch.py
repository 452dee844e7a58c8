"""The commands of `sviedka` (app.cli.main decides between them and the desktop app, which
app.cli.desktop starts).
Their names are a contract.

Exit status: 0 ok; 1 an expected failure, explained in one line on stderr; 2 a usage error.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from app import logs
from app.cli import (
    attachment_commands,
    commands,
    persons_commands,
    quarantine_commands,
    receipt_commands,
    report_commands,
    share_commands,
    sync_commands,
)
from app.cli.passphrase import PassphraseUnavailable
from app.cli.records_input import RecordInputError
from app.domain.canonical import MalformedJSON
from app.domain.record import InvalidTestimony
from app.storage.errors import VaultError, database_failure
from app.storage.search import BadFilter
from app.storage.testimonies import DuplicateTestimony
from app.unexpected import summary

log = logging.getLogger(__name__)

EXPECTED_FAILURES = (
    VaultError,
    PassphraseUnavailable,
    RecordInputError,
    commands.RecordRejected,
    InvalidTestimony,
    DuplicateTestimony,
    MalformedJSON,
    BadFilter,
)


def _version() -> str:
    try:
        return version("sviedka")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sviedka",
        description="Record testimonies in an encrypted vault.",
        epilog="The passphrase is asked at a prompt; scripts may set SVIEDKA_PASSPHRASE.",
    )
    parser.add_argument("--version", action="version", version=f"sviedka {_version()}")
    parser.add_argument(
        "--vault", metavar="PATH", help="vault folder (default: $SVIEDKA_VAULT or user data)"
    )
    parser.add_argument(
        "--debug", action="store_true", help="show debug events (ids and counts only) on stderr"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], text: str) -> Any:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    command("init", commands.cmd_init, "create a new vault")
    command("passwd", commands.cmd_passwd, "change the vault passphrase")
    command("schema", commands.cmd_schema, "print the JSON Schema of a testimony")
    command("template", commands.cmd_template, "print a complete example testimony")
    p = command("add", commands.cmd_add, "add testimonies from a JSON or JSON-lines file")
    p.add_argument("file", metavar="FILE|-")
    p = command("list", commands.cmd_list, "list the testimonies in the vault")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = command("show", commands.cmd_show, "show one testimony with its provenance")
    p.add_argument("id")
    p.add_argument("--version", type=int, dest="version", help="an earlier version")
    p.add_argument("--json", action="store_true", help="print JSON only")
    p = command("edit", commands.cmd_edit, "save a changed testimony as a new version")
    p.add_argument("id")
    p.add_argument("file", metavar="FILE|-")
    p = command("delete", commands.cmd_delete, "delete a testimony and all its versions")
    p.add_argument("id")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = command("history", commands.cmd_history, "list the saved versions of a testimony")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("search", commands.cmd_search, "find testimonies by words in any script")
    p.add_argument("query", nargs="?", default="", help="words, in Cyrillic or Latin script")
    p.add_argument(
        "--filter",
        action="append",
        metavar="KEY=VALUE",
        help="incommunicado=yes, humanitarian=yes, criterion=CODE, article=CODE, art411=yes, "
        "in_absentia=yes, facility=CODE, transnational=CODE, consent=SCOPE, "
        "from=DATE, to=DATE (interview date); repeat to combine",
    )
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = command("audit", lambda _a: 2, "check the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="verify the hash chain").set_defaults(
        func=commands.cmd_audit_verify
    )
    p = command("vocab", lambda _a: 2, "controlled vocabularies and local terms")
    vocab_sub = p.add_subparsers(dest="vocab_command", metavar="ACTION", required=True)
    v = vocab_sub.add_parser("list", help="list vocabularies or the terms of one")
    v.add_argument("vocabulary", nargs="?")
    v.add_argument("--lang", choices=("be", "ru", "en"), default="en")
    v.set_defaults(func=commands.cmd_vocab_list)
    v = vocab_sub.add_parser("add-term", help="add an organisation-local term")
    v.add_argument("vocabulary")
    v.add_argument("code")
    v.add_argument("--en", required=True)
    v.add_argument("--ru")
    v.add_argument("--be")
    v.add_argument("--description")
    v.set_defaults(func=commands.cmd_vocab_add)
    attachment_commands.add_parsers(sub)
    sync_commands.add_parsers(sub)
    receipt_commands.add_parsers(sub)
    quarantine_commands.add_parsers(sub)
    persons_commands.add_parsers(sub)
    report_commands.add_parsers(sub)
    share_commands.add_parsers(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    """A command: parse it, run it, turn expected failures into one line on stderr."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(debug=args.debug)
    if args.command is None:  # only options that need no command, e.g. --vault alone
        from app.cli.desktop import desktop

        return desktop(commands.vault_folder(args))
    log.debug("command.start command=%s", args.command)
    try:
        return int(args.func(args))
    except EXPECTED_FAILURES as exc:
        sys.stderr.write(f"sviedka: {exc}\n")
        return 1
    except OSError as exc:
        sys.stderr.write(f"sviedka: {exc.strerror or exc}; nothing was changed\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("sviedka: interrupted; nothing was changed\n")
        return 130
    except Exception as exc:
        if (database := database_failure(exc)) is not None:  # a full disk, a locked file...
            sys.stderr.write(f"sviedka: {database}\n")
            return 1
        # A defect: one line without the message, which may quote testimony.
        sys.stderr.write(
            f"sviedka: {summary(type(exc), exc.__traceback__)}; what the command had not "
            "finished was not saved. Please report this line.\n"
        )
        return 1
