"""`sviedka persons list|show|suggest|merge|separate|recognise`: argument parsing and printing over
app.services.persons (the desktop's Persons view will call the same service)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from app.cli.commands import opened, out
from app.domain.person_reasons import english
from app.domain.vocabulary import VocabularySet
from app.services import person_file_words as words
from app.services.persons import BadRecognition, CannotMerge, Persons, Seen
from app.services.reports import DIMENSION_VOCABULARIES
from app.services.workspace import Workspace


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _refused(message: str) -> int:
    sys.stderr.write(f"sviedka: {message}\n")
    return 1


def cmd_list(args: argparse.Namespace) -> int:
    """Printed one person at a time (a large archive's JSON is never built whole)."""
    with opened(args) as vault:
        people = Persons(vault).people()
        if args.json:
            sys.stdout.write("[")
            for number, person in enumerate(people):
                sys.stdout.write(",\n" if number else "\n")
                sys.stdout.write(textwrap.indent(_dumps(person.as_json()), "  "))
            out("\n]")
            return 0
        header = f"{'ID':16}  {'STATUS':9}  {'BORN':10}  {'TESTIMONIES':>11}  NAMES / ROLES"
        listed = 0
        for person in people:
            if not listed:
                out(header)
            listed += 1
            names = " / ".join(person.names) or "—"
            out(
                f"{person.id:16}  {person.status.status:9}  {person.birth_date or '-':10}  "
                f"{len(person.testimonies):>11}  {names}  ({', '.join(person.roles)})"
            )
    if not listed:
        out("The archive holds no persons yet.")
    return 0


def _fact_words(fact: Seen, vocab: VocabularySet, lang: str) -> str:
    """ "Prosecutions — article of the Criminal Code: 339 Hooliganism": the figure and the
    field by their names, a code by its label in ``lang``; an article keeps its number too,
    the way courts and coordinators cite it."""
    if not fact.dimension:
        shown = words.status(fact.value, lang) if fact.figure == "status" else fact.value
        return f"{words.figure(fact.figure, lang)}: {shown}"
    vocabulary, value = DIMENSION_VOCABULARIES.get(fact.dimension), fact.value
    if vocabulary and vocab.has(vocabulary, value):
        label = vocab.label(vocabulary, value, lang)
        value = f"{value} {label}" if fact.dimension == "article" else label
    return f"{words.figure(fact.figure, lang)} — {words.about(fact.dimension, lang)}: {value}"


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = Persons(vault).file(args.id)
        vocab = Workspace(vault).vocabulary()
    if args.json:
        out(_dumps(found.as_json()))
        return 0
    lang = args.lang
    person = found.person

    def source(testimony: str) -> str:
        return f"({words.word('Testimony', lang)} {testimony})"

    out(f"{person.id}  {' / '.join(person.names) or '—'}")
    status = person.status
    shown = " ".join(filter(None, (words.status(status.status, lang), status.since)))
    line = f"{words.word('Status', lang)}: {shown}"
    out(f"{line}  {source(status.source)}" if status.source else line)
    if found.conflicts:  # said before the birth dates, as the desktop says it
        out(words.word(words.BIRTH_DATES_DISAGREE, lang))
    for written, testimony in found.birth_dates:
        out(f"{words.word('Born', lang)} {written}  {source(testimony)}")
    for fact in found.facts:
        when = fact.date or words.word("undated", lang)
        out(f"{when:10}  {_fact_words(fact, vocab, lang)}  {source(fact.testimony_id)}")
    # Which two dates disagree, as the service words it: English sentences, so in another
    # language the Born lines above (each date with its testimony) say it instead.
    for conflict in found.conflicts if lang == "en" else ():
        out(f"conflict: {conflict}")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = Persons(vault).suggestions()
    if args.json:
        out(_dumps([suggestion.as_json() for suggestion in found]))
        return 0
    if not found:
        out("No two persons look like the same person.")
        return 0
    for suggestion in found:
        reasons = "; ".join(english(reason) for reason in suggestion.reasons)
        out(f"{suggestion.a}  {suggestion.b}  {suggestion.score:.2f}  {reasons}")
    out("Nothing was merged: review each pair, then `sviedka persons merge A B`.")
    return 0


def _confirmed(question: str, yes: bool) -> bool:
    if yes or not sys.stdin.isatty():
        return True
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def cmd_merge(args: argparse.Namespace) -> int:
    if not _confirmed(f"Record that {args.b} is the same person as {args.a}?", args.yes):
        out("Nothing merged.")
        return 1
    try:
        with opened(args) as vault:
            survivor = Persons(vault).merge(args.a, args.b)
    except CannotMerge as exc:
        return _refused(f"{exc}; nothing was changed")
    out(survivor)
    return 0


def cmd_separate(args: argparse.Namespace) -> int:
    if not _confirmed(f"Undo the latest merge of {args.id}?", args.yes):
        out("Nothing separated.")
        return 1
    try:
        with opened(args) as vault:
            survivor, separated = Persons(vault).separate(args.id)
    except CannotMerge as exc:
        return _refused(f"{exc}; nothing was changed")
    out(f"{separated} is again a person of its own, apart from {survivor}")
    return 0


def cmd_recognise(args: argparse.Namespace) -> int:
    if args.withdraw:
        if args.by is not None or args.date is not None:
            return _refused("--withdraw takes no --by or --date; nothing was changed")
        if not _confirmed(f"Withdraw the recognition of {args.id}?", args.yes):
            out("Nothing withdrawn.")
            return 1
        with opened(args) as vault:
            Persons(vault).withdraw_recognition(args.id)
        out(f"{args.id} is no longer shown as recognised as a political prisoner")
        return 0
    if args.by is None or args.date is None:
        return _refused("say who recognised the person (--by) and when (--date), or --withdraw")
    question = f"Record that {args.by} recognised {args.id} as a political prisoner on {args.date}?"
    if not _confirmed(question, args.yes):
        out("Nothing recorded.")
        return 1
    try:
        with opened(args) as vault:
            found = Persons(vault).recognise(args.id, args.by, args.date)
    except BadRecognition as exc:
        return _refused(f"{exc}; nothing was changed")
    out(f"{args.id} is recognised as a political prisoner by {found.by} since {found.date}")
    return 0


def add_parsers(sub: Any) -> None:
    persons = sub.add_parser("persons", help="the archive's persons, counted once")
    actions = persons.add_subparsers(dest="persons_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="every person with status and testimonies")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_list)
    p = actions.add_parser("show", help="one person: each testimony's facts side by side")
    p.add_argument("id", metavar="ID")
    p.add_argument(
        "--lang", choices=("en", "be", "ru"), default="en", help="language of the facts' names"
    )
    p.add_argument("--json", action="store_true", help="print JSON (codes, for scripts)")
    p.set_defaults(func=cmd_show)
    p = actions.add_parser("suggest", help="pairs that may be one person (nothing is merged)")
    p.add_argument("--json", action="store_true", help="print a JSON array")
    p.set_defaults(func=cmd_suggest)
    p = actions.add_parser("merge", help="record that B is the same person as A (audited)")
    p.add_argument("a", metavar="A")
    p.add_argument("b", metavar="B")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_merge)
    p = actions.add_parser("separate", help="undo the latest merge of a person (audited)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_separate)
    p = actions.add_parser(
        "recognise", help="record who recognised a person as a political prisoner (audited)"
    )
    p.add_argument("id", metavar="ID")
    p.add_argument("--by", metavar="ORG", help="the organisation that recognised the person")
    p.add_argument("--date", metavar="DATE", help="when: YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--withdraw", action="store_true", help="undo a recorded recognition")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_recognise)
