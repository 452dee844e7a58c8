"""`sviedka share` and `sviedka shares`: handing testimonies over under consent, and the list of
hand-overs made. Argument parsing and printing over app.services.share."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.commands import opened, out
from app.cli.share_pdf import PDF, pdf_writer
from app.services.share import (
    BY,
    FORMATS,
    SCOPES,
    BadShare,
    NotWritten,
    Preview,
    Shared,
    check,
    preview,
    share,
    shares,
)

OUTSIDE = (
    "The file is outside the vault's protection: it is not encrypted, and anyone who gets it "
    "can read it. Hand it over the way the partner agreed, then delete your copy."
)


def _ahead(found: Preview, scope: str) -> str:
    withheld = sum(found.withheld.values())
    return (
        f"Under {scope}: {found.testimonies} testimonies, {found.named} people named, "
        f"{found.pseudonymised} only as a case code, {found.excluded} left out; "
        f"{withheld} testimonies withheld."
    )


def _summary(done: Shared) -> list[str]:
    if done.empty:
        lines = [f"Nobody consented to {done.scope}: nothing to hand over (an empty file)."]
    else:
        lines = [
            f"Wrote {done.path}: {done.testimonies} testimonies under {done.scope}; "
            f"{done.named} people named, {done.pseudonymised} only as a case code, "
            f"{done.excluded} left out."
        ]
    for reason, count in sorted(done.withheld.items()):
        lines.append(f"  withheld, {reason}: {count} testimonies")
    return lines


def cmd_share(args: argparse.Namespace) -> int:
    path = Path(args.out)
    if not args.yes and not sys.stdin.isatty():
        sys.stderr.write("sviedka: no terminal to confirm on: add --yes to write the file\n")
        out("Nothing written.")
        return 1
    filters, person_ids = args.filter or [], args.person or []
    try:
        check(args.format, args.by, brought=args.format == PDF)
        writer = pdf_writer() if args.format == PDF else None  # Qt only for a PDF
        with opened(args) as vault:
            if not args.yes:
                out(_ahead(preview(vault, args.scope, filters, person_ids), args.scope))
                out(OUTSIDE)
                if input(f"Write {path}? [y/N] ").strip().lower() not in ("y", "yes"):
                    out("Nothing written.")
                    return 1
            done = share(
                vault,
                args.scope,
                args.format,
                path,
                filters,
                person_ids,
                args.lang,
                by=args.by,
                writer=writer,
            )
    except BadShare as exc:
        sys.stderr.write(f"sviedka: {exc}\n")
        return 2
    except NotWritten as exc:
        sys.stderr.write(f"sviedka: {exc}\n")
        return 1
    for line in _summary(done):
        out(line)
    out(OUTSIDE)
    return 0


def cmd_shares(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = shares(vault)
    if not found:
        out("No hand-overs yet.")
        return 0
    for item in found:
        out(
            f"{item.at}  {item.scope:28}  {item.format:4}  {item.testimonies:>5} testimonies  "
            f"{item.persons:>5} people  sha256 {item.sha256[:16]}"
        )
    return 0


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "share",
        help="hand testimonies over under consent (a CSV, xlsx, JSON or PDF file)",
        description="Write what each testimony's consent allows for one use to a file. "
        "Contacts, interviewer notes, field notes and sensitive marks never leave.",
    )
    p.add_argument(
        "--scope", required=True, choices=SCOPES, metavar="SCOPE", help=", ".join(SCOPES)
    )
    p.add_argument(
        "--format",
        required=True,
        choices=(*FORMATS, PDF),
        metavar="FORMAT",
        help=", ".join((*FORMATS, PDF)),
    )
    p.add_argument("--out", required=True, metavar="PATH", help="the file to write")
    p.add_argument(
        "--filter",
        action="append",
        metavar="KEY=VALUE",
        help="as in `sviedka search`; repeat to combine",
    )
    p.add_argument(
        "--person", action="append", metavar="ID", help="only this person (archive id); repeat"
    )
    p.add_argument(
        "--lang", choices=("en", "be", "ru"), default="en", help="language of the labels"
    )
    p.add_argument(
        "--by", choices=BY, default=BY[0], help="a row per person (default) or per act (csv, xlsx)"
    )
    p.add_argument("--yes", action="store_true", help="do not ask before writing the file")
    p.set_defaults(func=cmd_share)
    p = sub.add_parser(
        "shares", help="list the hand-overs made", description="List the hand-overs made."
    )
    p.set_defaults(func=cmd_shares)
