"""The attachment commands: `attach`, `attachments`, `extract`.

Registered on the main parser by `add_parsers`; each command returns an exit status and lets
expected failures (VaultError) reach main(), which prints them as one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli import render
from app.cli.commands import out, unlocked


def _progress(verb: str) -> Callable[[int, int], None] | None:
    """A percentage on stderr, only for a person watching a terminal (never in a pipe or log:
    scripts read stdout and stderr carries one-line errors)."""
    if not sys.stderr.isatty():
        return None
    shown = -1

    def report(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 if total == 0 else done * 100 // total
        if percent != shown:
            shown = percent
            end = "\n" if done >= total else ""
            sys.stderr.write(f"\r{verb}: {percent:3d}%{end}")
            sys.stderr.flush()

    return report


def cmd_attach(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        info = workspace.attach(
            args.id,
            Path(args.file).expanduser(),
            args.description or "",
            progress=_progress("encrypting"),
            media_type=args.media_type,
        )
    out(f"{info.sha256}  {info.size}  {info.media_type}")
    return 0


def cmd_attachments(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        found = workspace.attachments(args.id)
    if args.json:
        out(render.dumps([info.as_json() for info in found]))
        return 0
    for info in found:
        note = f"  {info.description}" if info.description else ""
        out(f"{info.sha256}  {info.size}  {info.media_type}  {info.filename}{note}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    target = Path(args.out).expanduser()
    with unlocked(args) as workspace:
        workspace.extract(args.id, args.sha256, target, progress=_progress("decrypting"))
    out(str(target))
    return 0


def add_parsers(sub: Any) -> None:
    """Register the commands on the subparsers object of `sviedka`'s main parser."""

    def command(name: str, func: Callable[[argparse.Namespace], int], text: str) -> Any:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    p = command("attach", cmd_attach, "encrypt a file into the vault and attach it")
    p.add_argument("id", help="the testimony")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--description", metavar="TEXT", help="what the file is (searchable)")
    p.add_argument("--media-type", metavar="TYPE", help="default: guessed from the file name")
    p = command("attachments", cmd_attachments, "list the attachments of a testimony")
    p.add_argument("id", help="the testimony")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p = command("extract", cmd_extract, "decrypt an attachment into a new file")
    p.add_argument("id", help="the testimony")
    p.add_argument("sha256", metavar="SHA256", help="its SHA-256, or 8 or more of its first digits")
    p.add_argument("--out", metavar="PATH", required=True, help="a file that does not exist yet")
