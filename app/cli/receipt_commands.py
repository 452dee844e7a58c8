"""Receipts and the interviewer's view of what was sent: `receipt issue`, `receipt read`,
`exports`, `purge`, and the coordinator's `notices`. Argument parsing and printing over
app/services (the desktop's Receipts window calls the same services). The coordinator also gets
receipts from `import --receipts DIR` (sync_commands)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.cli import render
from app.cli.commands import opened, out
from app.services.exchange import Exchange
from app.services.notices import Notices
from app.services.receipts import READ, Receipts, ReceiptWritten


def write_receipts(
    exchange: Exchange, bundle_ids: Sequence[str], folder: str | None
) -> tuple[ReceiptWritten, ...]:
    """One receipt per bundle, into `folder` (if one was given)."""
    if folder is None:
        return ()
    return exchange.receipts.write_receipts(bundle_ids, Path(folder).expanduser())


def receipts_json(written: Sequence[ReceiptWritten]) -> dict[str, str]:
    """{bundle id: receipt path} of the receipts written."""
    return {w.bundle_id: w.path for w in written if w.path}


def all_written(written: Sequence[ReceiptWritten]) -> bool:
    return all(w.path for w in written)


def print_receipts(written: Sequence[ReceiptWritten], paths: bool = True) -> None:
    """Where each receipt went (unless `paths` is off: the JSON says it); a receipt that could
    not be written on stderr, always: the import it answers stays done."""
    for w in written:
        if not w.path:
            sys.stderr.write(f"sviedka: no receipt for bundle {w.bundle_id}: {w.error}\n")
        elif paths:
            out(f"receipt for bundle {w.bundle_id}: {w.path}")


def cmd_receipt_issue(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        path = Receipts(vault).issue(args.bundle_id, Path(args.out).expanduser())
    out(f"{path}")
    out("Send it back to the interviewer; only their vault can open it.")
    return 0


def cmd_receipt_read(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = Receipts(vault).read_receipts([Path(name).expanduser() for name in args.files])
    reports = [r for r in found if r.status == READ]
    for refused in (r for r in found if r.status != READ):
        out(f"{refused.file}: rejected: {refused.reason}")
    if args.json:
        out(render.dumps([r.as_json() for r in reports]))
    for r in [] if args.json else reports:
        out(f"{r.file}: {r.organisation} received bundle {r.sequence} ({r.bundle_id}); "
            f"on {r.received_at} it held {r.confirmed} of your versions as written")  # fmt: skip
        for version in r.conflicts:
            out(f"  DIFFERENT CONTENT at the organisation: {version} (tell your coordinator)")
    if reports and not args.json:
        last = reports[-1]
        if last.unconfirmed:
            out(f"{len(last.unconfirmed)} exported testimonies are not confirmed yet:")
            for testimony_id in last.unconfirmed:
                out(f"  {testimony_id}")
        else:
            out("Everything you exported is confirmed received.")
    conflicts = any(r.conflicts for r in reports)
    return 1 if len(reports) < len(found) or conflicts else 0


def cmd_exports(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        rows = Receipts(vault).exports()
    if args.json:
        out(render.dumps([row.as_json() for row in rows]))
        return 0
    for row in rows:
        state = f"confirmed {row.confirmed_at}" if row.confirmed_at else "no receipt yet"
        out(f"{row.sequence:>5}  {row.bundle_id}  written {row.created_at}  {state}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        receipts = Receipts(vault)
        ids = [ref.id for ref in receipts.delivered()]
        if not ids:
            out("Nothing to delete: no testimony is confirmed by a receipt in its current version.")
            return 0
        out(f"{len(ids)} testimonies are confirmed held by the organisation, attachments and all:")
        for testimony_id in ids:
            out(f"  {testimony_id}")
        if not args.yes:
            out("Nothing deleted; add --yes to delete them from this vault for good.")
            return 1
        result = receipts.purge(ids)
    out(f"Deleted {len(result.deleted)} testimonies from this vault; the organisation keeps its "
        "copies.")  # fmt: skip
    if result.backups_removed:
        out(f"Also removed {result.backups_removed} pre-migration backup(s) that still held them.")
    return 0


def cmd_notices(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = Notices(vault).received()
    if args.json:
        out(render.dumps([n.as_json() for n in found]))
    for notice in [] if args.json else found:
        out(notice.sentence())
    return 0


def add_parsers(sub: Any) -> None:
    group = sub.add_parser("receipt", help="the organisation's signed receipts for bundles")
    group.set_defaults(func=lambda _a: 2)
    actions = group.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    text = "write again the receipt for an imported bundle (coordinator)"
    p = actions.add_parser("issue", help=text, description=text)
    p.set_defaults(func=cmd_receipt_issue)
    p.add_argument("bundle_id", metavar="BUNDLE_ID")
    p.add_argument("--out", metavar="DIR", required=True)
    text = "check receipts from the organisation and note what it holds (interviewer)"
    p = actions.add_parser("read", help=text, description=text)
    p.set_defaults(func=cmd_receipt_read)
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--json", action="store_true")
    text = "delete the testimonies a receipt confirmed the organisation holds (before a border)"
    p = sub.add_parser("purge", help=text, description=text)
    p.set_defaults(func=cmd_purge)
    p.add_argument("--yes", action="store_true", help="delete (without it: only list them)")
    text = "testimonies whose informants' consent to share with the organisation ended"
    p = sub.add_parser("notices", help=text, description=text)
    p.set_defaults(func=cmd_notices)
    p.add_argument("--json", action="store_true")
    text = "the bundles this vault wrote, and which the organisation confirmed"
    p = sub.add_parser("exports", help=text, description=text)
    p.set_defaults(func=cmd_exports)
    p.add_argument("--json", action="store_true")
