"""Identities, trust, export and import: `keys`, `org`, `trust`, `export`, `import`, `senders`.

Argument parsing, confirmation and printing over app/services (the desktop's Bundles menu calls
the same services). Registered on the main parser by `add_parsers`. Expected failures are
VaultErrors (app.sync.errors) that main() prints as one line. `import` prints its report on
stdout and exits 1 when anything was rejected or quarantined.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.cli import receipt_commands, render
from app.cli.attachment_commands import _progress
from app.cli.commands import opened, out
from app.services.exchange import DUPLICATE, IMPORTED, QUARANTINED, REJECTED, Exchange
from app.services.reasons import notes_of
from app.services.senders import Senders
from app.sync import cards
from app.sync.errors import NothingToExport, SyncError
from app.sync.outcomes import BundleOutcome


def confirm(question: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if not sys.stdin.isatty():
        raise SyncError("no terminal to confirm on: check the fingerprint, then add --yes")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


# --- keys and the organisation --------------------------------------------------------
def cmd_keys(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        exchange = Exchange(vault)
        state = exchange.state()
        if args.card:
            exchange.save_own_card(Path(args.card).expanduser())
    out(f"key id: {state.own_key_id}")
    out(f"public key (minisign -P): {state.own_public_key}")
    out(f"fingerprint: {state.own_fingerprint}")
    if args.card:
        out(f"card written to {args.card}")
    return 0


def cmd_org_init(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        organisation = Exchange(vault).create_organisation(args.name)
    out(f"Organisation {organisation.name} created in this vault.")
    out(f"age recipient: {organisation.recipients[0]}")
    out(f"signing key id: {organisation.key_id}")
    out(f"fingerprint: {organisation.fingerprint}")
    out("Give interviewers its card (`sviedka org card --out FILE`) and keep a recovery copy of "
        "its secret (`sviedka org export-secret`) offline.")  # fmt: skip
    return 0


def cmd_org_card(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        card = Exchange(vault).save_organisation_card(Path(args.out).expanduser())
    out(cards.card_text(card.document()).rstrip())
    out(f"fingerprint: {card.fingerprint}")
    return 0


def cmd_org_export_secret(args: argparse.Namespace) -> int:
    target = Path(args.out).expanduser()
    if target.exists():
        raise SyncError(f"{target} already exists; nothing was overwritten")
    sys.stderr.write(
        "WARNING: this file decrypts every bundle ever sent to the organisation. Write it only "
        "to offline storage (an encrypted USB stick in a safe), never to this laptop's disk "
        "or a cloud folder, and delete any other copy.\n"
    )
    if not confirm("Write the organisation's secret key?", args.yes):
        out("Nothing written.")
        return 1
    with opened(args) as vault:
        Exchange(vault).export_organisation_secret(target)
    out(f"The organisation's age identity is in {target} (`age -d -i {target} BUNDLE`).")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    card = Exchange.read_organisation_card(Path(args.card).expanduser())
    out(f"Organisation: {card.name}")
    out(f"age recipient(s): {', '.join(card.recipients)}")
    out(f"signing key id: {card.signing_key.key_id}")
    out(f"fingerprint: {card.fingerprint}")
    out("Read the fingerprint to your coordinator on a phone call; trust it only if it matches.")
    if not confirm("Does it match?", args.yes):
        out("Not trusted; nothing changed.")
        return 1
    with opened(args) as vault:
        replaced = Exchange(vault).trust(card)
    if replaced is not None:
        out(f"Replaced the card trusted before ({replaced.name}, {replaced.fingerprint}).")
    out(f"Trusted. Bundles will be encrypted to {card.name}.")
    return 0


# --- export and import ----------------------------------------------------------------
def cmd_export(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        report = Exchange(vault).export(
            Path(args.out).expanduser(), everything=args.all, progress=_progress("exporting")
        )
    if not report.bundles:  # the desktop shows this as a report; here it is a failure
        raise NothingToExport(report.withheld)
    if args.json:
        out(render.dumps(report.as_json()))
        return 0
    for bundle in report.bundles:
        out(f"{bundle.path}")
        out(f"bundle {bundle.bundle_id}, sequence {bundle.sequence}, {bundle.size} bytes: "
            f"{bundle.versions} versions, {bundle.attachments} attachments")  # fmt: skip
    out(f"{len(report.testimonies)} testimonies, {report.versions} versions, "
        f"{report.attachments} attachments, {report.audit_entries} audit entries")  # fmt: skip
    for testimony_id in report.notices:
        out(f"the organisation is told it may no longer use: {testimony_id}")
    for testimony_id in report.withheld:
        out(f"not exported (no consent to share_organisation): {testimony_id}")
    files = "this file" if len(report.bundles) == 1 else f"these {len(report.bundles)} files"
    out(f"Only the organisation can open {files}; you cannot. Send them all.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        exchange = Exchange(vault)
        files = [Path(f).expanduser() for f in args.files]
        report = exchange.import_files(files, _progress("importing"))
        written = receipt_commands.write_receipts(exchange, report.answered, args.receipts)
    document = {
        **report.as_json(),
        "bundles": [outcome_json(o) for o in report.outcomes],
        "receipts": receipt_commands.receipts_json(written),
    }
    print_outcomes(report.outcomes, args.json, document)
    receipt_commands.print_receipts(written, paths=not args.json)
    return 0 if report.ok and receipt_commands.all_written(written) else 1


def outcome_json(outcome: BundleOutcome) -> dict[str, Any]:
    """A bundle's outcome with its reason's code beside the English sentence: a script reads
    why a bundle was refused or held by the code, which stays when the sentence is reworded.
    `reason_codes` lists each note an imported bundle's line joins (the first is
    `reason_code`); both are empty for a reason without a code."""
    codes = [note.code.value for note in notes_of(outcome.reason)]
    document: dict[str, Any] = {}
    for key, value in outcome.as_json().items():
        document[key] = value
        if key == "reason":
            document["reason_code"] = codes[0] if codes else None
            document["reason_codes"] = codes
    return document


def print_outcomes(outcomes: Sequence[BundleOutcome], as_json: bool, document: Any) -> None:
    if as_json:
        out(render.dumps(document))
        return
    for o in outcomes:
        if o.status in (IMPORTED, DUPLICATE):
            out(f"{o.file}: {o.status} (bundle {o.bundle_id}, sender {o.sender}, sequence "
                f"{o.sequence}): {len(o.accepted)} new testimonies, {len(o.new_versions)} new "
                f"versions, {o.duplicates} duplicates, {o.attachments} attachments")  # fmt: skip
        else:
            out(f"{o.file}: {o.status}: {o.reason}")
        for testimony_id in o.notices:
            out(f"  sharing ended by the informant's consent: {testimony_id}")
    if any(o.status == QUARANTINED for o in outcomes):
        out("Held back: see `sviedka senders list` (then `senders approve KEYID`) and "
            "`sviedka quarantine list`.")  # fmt: skip


# --- senders --------------------------------------------------------------------------
def cmd_senders_list(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        found = Senders(vault).known()
    if args.json:
        out(render.dumps([s.as_json() for s in found]))
        return 0
    for s in found:
        out(f"{s.key_id}  {s.status:8}  sequence {s.last_sequence}  quarantined "
            f"{s.quarantined}  fingerprint {s.fingerprint}")  # fmt: skip
    return 0


def cmd_senders_add(args: argparse.Namespace) -> int:
    card = Senders.read_card(Path(args.card).expanduser())
    out(f"key id: {card.signing_key.key_id}\nfingerprint: {card.fingerprint}")
    if not confirm("Does the interviewer read you the same fingerprint?", args.yes):
        out("Not added; nothing changed.")
        return 1
    with opened(args) as vault:
        exchange = Exchange(vault)
        report = exchange.senders.add(card)
        written = receipt_commands.write_receipts(exchange, report.answered, args.receipts)
    out(f"Sender {card.signing_key.key_id} added.")
    print_outcomes(report.outcomes, False, None)
    receipt_commands.print_receipts(written)
    rejected = report.count(REJECTED)
    return 0 if not rejected and receipt_commands.all_written(written) else 1


def cmd_senders_approve(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        exchange = Exchange(vault)
        sender = exchange.senders.get(args.key_id)
        out(f"key id: {sender.key_id} ({sender.status})\nfingerprint: {sender.fingerprint}")
        if not confirm("Does the interviewer read you the same fingerprint?", args.yes):
            out("Not approved; nothing changed.")
            return 1
        report = exchange.senders.approve(
            sender.key_id, sender.fingerprint, args.accept_gaps, _progress("importing")
        )
        written = receipt_commands.write_receipts(exchange, report.answered, args.receipts)
    out(f"Sender {sender.key_id} approved.")
    print_outcomes(report.outcomes, False, None)
    receipt_commands.print_receipts(written)
    return 0 if report.ok and receipt_commands.all_written(written) else 1


def cmd_senders_revoke(args: argparse.Namespace) -> int:
    with opened(args) as vault:
        sender = Senders(vault).revoke(args.key_id)
    out(f"Sender {sender.key_id} revoked: its bundles will be quarantined, not imported.")
    return 0


def add_parsers(sub: Any) -> None:
    """Register the commands on the subparsers object of `sviedka`'s main parser."""

    def command(
        parent: Any, name: str, func: Callable[[argparse.Namespace], int], text: str
    ) -> Any:
        p = parent.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    def group(name: str, text: str) -> Any:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=lambda _a: 2)
        return p.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)

    p = command(sub, "keys", cmd_keys, "show this vault's signing key (minisign format)")
    p.add_argument("--card", metavar="FILE", help="also write the interviewer's public card")
    org = group("org", "the organisation identity of a coordinator's vault")
    p = command(org, "init", cmd_org_init, "create the organisation's age identity and key")
    p.add_argument("--name", required=True)
    p = command(org, "card", cmd_org_card, "write the public organisation card")
    p.add_argument("--out", metavar="FILE", required=True)
    p = command(org, "export-secret", cmd_org_export_secret, "write the age identity (recovery)")
    p.add_argument("--out", metavar="FILE", required=True)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = command(sub, "trust", cmd_trust, "trust an organisation card (after a phone check)")
    p.add_argument("card", metavar="CARD")
    p.add_argument("--yes", action="store_true", help="do not ask (scripts)")
    p = command(sub, "export", cmd_export, "write a bundle of what is new for the organisation")
    p.add_argument("--out", metavar="DIR", required=True, help="folder to write the bundle to")
    p.add_argument("--all", action="store_true", help="everything, not only what is new")
    p.add_argument("--json", action="store_true")
    p = command(sub, "import", cmd_import, "import bundles from interviewers")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--receipts", metavar="DIR", help="write the signed receipts for the senders into DIR"
    )
    senders = group("senders", "interviewer keys known to this organisation")
    p = command(senders, "list", cmd_senders_list, "one sender a line, key id first")
    p.add_argument("--json", action="store_true")
    p = command(senders, "add", cmd_senders_add, "pin an interviewer's card")
    p.add_argument("card", metavar="CARD")
    p.add_argument("--yes", action="store_true")
    p.add_argument(
        "--receipts", metavar="DIR", help="write the signed receipts for the senders into DIR"
    )
    p = command(senders, "approve", cmd_senders_approve, "approve a sender, import its bundles")
    p.add_argument("key_id", metavar="KEYID")
    p.add_argument("--yes", action="store_true")
    p.add_argument(
        "--accept-gaps",
        action="store_true",
        help="import even when earlier bundles of the sender never arrived",
    )
    p.add_argument(
        "--receipts", metavar="DIR", help="write the signed receipts for the senders into DIR"
    )
    p = command(senders, "revoke", cmd_senders_revoke, "stop importing a sender's bundles")
    p.add_argument("key_id", metavar="KEYID")
