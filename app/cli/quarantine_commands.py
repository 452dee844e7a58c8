"""`sviedka quarantine list | keep-held ID | hand-over ID | discard ID`: the coordinator's
decisions on bundles held back (an unknown sender's bundles are released by `senders approve`
instead). Argument parsing, confirmation and printing over app/services/quarantine.py, which
the desktop's Held bundles dialog calls too."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import render
from app.cli.commands import opened, out
from app.cli.sync_commands import confirm, print_outcomes
from app.services.exchange import DUPLICATE, IMPORTED
from app.services.quarantine import Quarantine


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        bundles = Quarantine(vault).held()
    if args.json:
        out(render.dumps([b.as_json() for b in bundles]))
        return 0
    for b in bundles:
        out(f"{b.id[:16]}  sender {b.sender}  sequence {b.sequence}  {b.reason}: {b.detail}  "
            f"received {b.received_at}")  # fmt: skip
        for conflict in b.conflicts:
            out(f"  conflicting version: {conflict}")
        for other in b.others:
            out(f"  another sender's testimony: {other}")
    return 0


def cmd_keep_held(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        held = Quarantine(vault)
        bundle = held.find(args.id)
        out(f"bundle {bundle.id[:16]} from {bundle.sender}: {len(bundle.conflicts)} versions "
            f"differ from the archive's and {len(bundle.others)} testimonies are other "
            "senders'; the archive keeps its own, the rest is imported.")  # fmt: skip
        if not confirm("Import it this way?", args.yes):
            out("Nothing changed.")
            return 1
        outcome = held.keep_held(args.id)
    print_outcomes([outcome], False, None)
    return 0 if outcome.status in (IMPORTED, DUPLICATE) else 1


def cmd_hand_over(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        held = Quarantine(vault)
        bundle = held.find(args.id)
        for other in bundle.others:
            out(f"testimony {other} would pass to {bundle.sender}")
        out("Only after both interviewers confirmed it: from then on, only "
            f"{bundle.sender} may send new versions of these testimonies.")  # fmt: skip
        if not confirm("Hand them over and import the bundle?", args.yes):
            out("Nothing changed.")
            return 1
        outcome = held.hand_over(args.id)
    print_outcomes([outcome], False, None)
    return 0 if outcome.status in (IMPORTED, DUPLICATE) else 1


def cmd_discard(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        held = Quarantine(vault)
        bundle = held.find(args.id)
        out(f"bundle {bundle.id[:16]} from {bundle.sender}, sequence {bundle.sequence}, held for "
            f"{bundle.reason}, will be deleted unread.")  # fmt: skip
        if not confirm("Delete it?", args.yes):
            out("Nothing changed.")
            return 1
        held.discard(args.id)
    out(f"Discarded. Later bundles from {bundle.sender} will be held for a sequence gap "
        "(`senders approve --accept-gaps` releases them).")  # fmt: skip
    return 0


def add_parsers(sub: Any) -> None:
    text = "bundles held back: list them, decide on conflicts, hand testimonies over, discard"
    group = sub.add_parser("quarantine", help=text, description=text)
    group.set_defaults(func=lambda _a: 2)
    actions = group.add_subparsers(dest="quarantine_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="one held bundle a line, its id first")
    p.set_defaults(func=cmd_list)
    p.add_argument("--json", action="store_true")
    text = (
        "import a bundle held for conflicts, keeping the archive's content of conflicting "
        "versions and leaving out other senders' testimonies"
    )
    p = actions.add_parser("keep-held", help=text, description=text)
    p.set_defaults(func=cmd_keep_held)
    p.add_argument("id", metavar="ID", help="8 or more hex digits of the id `list` shows")
    p.add_argument("--yes", action="store_true")
    text = "let the bundle's sender continue other senders' testimonies it brings, and import it"
    p = actions.add_parser("hand-over", help=text, description=text)
    p.set_defaults(func=cmd_hand_over)
    p.add_argument("id", metavar="ID", help="8 or more hex digits of the id `list` shows")
    p.add_argument("--yes", action="store_true")
    p = actions.add_parser("discard", help="delete a held bundle unread")
    p.set_defaults(func=cmd_discard)
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true")
