"""Receipts and the interviewer's view of what was sent: `receipt issue`, `receipt read`,
`exports`. The coordinator also gets receipts from `import --receipts DIR` (sync_commands)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.cli import render
from app.cli.commands import opened, out
from app.storage import attachments
from app.storage.migrate import prune_backups
from app.storage.sync_models import EXPORT_ORDER, ExportBundle
from app.storage.vault import Vault
from app.sync import importer, notices, purge, receipts
from app.sync.errors import BundleRejected


def write_receipts(vault: Vault, outcomes: Any, folder: str | None) -> dict[str, str]:
    """One receipt per bundle imported or already held, into `folder` (if one was given);
    returns {bundle id: receipt path}."""
    if folder is None:
        return {}
    answered = dict.fromkeys(
        o.bundle_id for o in outcomes if o.status in (importer.IMPORTED, importer.DUPLICATE)
    )  # once each, in order: a bundle given twice is imported, then a duplicate
    return {
        bundle_id: str(receipts.issue(vault, bundle_id, Path(folder).expanduser()))
        for bundle_id in answered
    }


def print_receipts(written: dict[str, str]) -> None:
    for bundle_id, path in written.items():
        out(f"receipt for bundle {bundle_id}: {path}")


def cmd_receipt_issue(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        path = receipts.issue(vault, args.bundle_id.strip().lower(), Path(args.out).expanduser())
    out(f"{path}")
    out("Send it back to the interviewer; only their vault can open it.")
    return 0


def cmd_receipt_read(args: argparse.Namespace) -> int:
    reports, failed = [], 0
    with opened(args) as vault:
        for name in args.files:
            try:
                reports.append(receipts.accept(vault, Path(name).expanduser()))
            except BundleRejected as exc:
                failed += 1
                out(f"{name}: rejected: {exc.reason}")
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
    return 1 if failed or conflicts else 0


def cmd_exports(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        written = session.scalars(select(ExportBundle).order_by(*EXPORT_ORDER))
        rows = [(b.sequence, b.bundle_id, b.created_at, b.confirmed_at) for b in written]
    if args.json:
        keys = ("sequence", "bundle_id", "created_at", "confirmed_at")
        out(render.dumps([dict(zip(keys, row, strict=True)) for row in rows]))
        return 0
    for sequence, bundle_id, created_at, confirmed_at in rows:
        state = f"confirmed {confirmed_at}" if confirmed_at else "no receipt yet"
        out(f"{sequence:>5}  {bundle_id}  written {created_at}  {state}")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        with vault.reading() as session:
            ids = purge.delivered(session)
        if not ids:
            out("Nothing to delete: no testimony is confirmed by a receipt in its current version.")
            return 0
        out(f"{len(ids)} testimonies are confirmed held by the organisation, attachments and all:")
        for testimony_id in ids:
            out(f"  {testimony_id}")
        if not args.yes:
            out("Nothing deleted; add --yes to delete them from this vault for good.")
            return 1
        with vault.transaction() as session:
            ids = [i for i in purge.delivered(session) if i in ids]  # nothing changed since?
            purge.purge(session, ids, vault.key_id)
        attachments.collect_garbage(vault)
        removed = prune_backups(vault.paths.backups, keep_seconds=0)
    out(f"Deleted {len(ids)} testimonies from this vault; the organisation keeps its copies.")
    if removed:
        out(f"Also removed {removed} pre-migration backup(s) that still held them.")
    return 0


def cmd_notices(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        found = notices.notices(session)
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
