"""`sviedka report FIGURE ...`: the source paper's figures, in persons counted once. Argument
parsing and printing over app.services.reports."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from app.cli.commands import opened, out
from app.domain.figures import BY_KEYS, FIGURES, UNITS
from app.services.reports import BadReport, Report, report


def _table(found: Report) -> str:
    lines = [found.heading()]
    width = max((len(group.label) for group in found.groups), default=0)
    lines += [f"  {group.label:{width}}  {group.count:>6}" for group in found.groups]
    return "\n".join(lines)


def cmd_report(args: argparse.Namespace) -> int:
    try:
        with opened(args) as vault:
            found = report(
                vault,
                args.figure,
                by=args.by,
                unit=args.unit,
                as_of=args.as_of,
                date_from=args.date_from,
                date_to=args.date_to,
                filters=args.filter or [],
                lang=args.lang,
            )
    except BadReport as exc:
        sys.stderr.write(f"sviedka: {exc}\n")
        return 1
    if args.json:
        out(json.dumps(found.as_json(), ensure_ascii=False, indent=2))
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["key", "label", "count"])
        writer.writerow(["", "total", found.total])
        for group in found.groups:
            writer.writerow([group.key, group.label, group.count])
    else:
        out(_table(found))
    return 0


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "report",
        help="a figure of the archive (persons counted once)",
        description="A figure of the archive. Dates are of the events (arrest, verdict, "
        "release, incident), not of the interviews; events that cannot be placed in the "
        "window are counted apart, as 'date uncertain'.",
    )
    p.add_argument("figure", metavar="FIGURE", help=", ".join(FIGURES))
    keys = [key for key in BY_KEYS if key not in ("isans", "category")]
    p.add_argument("--by", metavar="KEY", help=", ".join(keys))
    p.add_argument("--unit", choices=UNITS, default="persons")
    p.add_argument("--as-of", dest="as_of", metavar="DATE", help="states as of this day")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="events from this date")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="events up to this date")
    p.add_argument(
        "--filter",
        action="append",
        metavar="KEY=VALUE",
        help="criterion=CODE, article=CODE, facility=CODE, instrument=CODE, or a figure "
        "(incommunicado=yes ...); repeat to combine",
    )
    p.add_argument(
        "--lang",
        choices=("en", "be", "ru"),
        default="en",
        help="language of the heading and the group names",
    )
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print JSON")
    form.add_argument("--csv", action="store_true", help="print CSV")
    p.set_defaults(func=cmd_report)
