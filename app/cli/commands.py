"""The CLI commands. Each takes the parsed arguments and returns an exit status.

Expected failures raise exceptions that main() turns into one line on stderr and status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli import passphrase, render
from app.cli.records_input import parse_records, read_source
from app.cli.unlock_progress import IndexProgress
from app.domain.record import InvalidTestimony
from app.domain.template import example_testimony
from app.domain.vocabulary import LocalTerm
from app.resources import resource_path
from app.services import vault as vault_service
from app.services.notices import Notices
from app.services.vocabularies import add_term
from app.services.workspace import TestimonyRefused, Workspace
from app.storage.paths import default_vault_folder
from app.storage.search import BadFilter, Filters
from app.storage.vault import Vault


class RecordRejected(Exception):
    """A record in the user's input cannot be stored; the message names where and why."""


def vault_folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_folder()


@contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Workspace]:
    """The vault, open for one command and closed after it."""
    secret = passphrase.current_passphrase()
    with vault_service.unlock(vault_folder(args), secret, IndexProgress()) as workspace:
        yield workspace


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Vault]:
    """The same, for the services that take the vault itself (exchange, receipts, quarantine)."""
    with unlocked(args) as workspace:
        yield workspace.vault


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


# --- vault ---------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    chosen = passphrase.new_passphrase(env=passphrase.ENV_PASSPHRASE)
    created = vault_service.initialise(vault_folder(args), chosen)
    kdf = created.kdf
    out(f"Created a vault in {created.folder}")
    out(f"Its signing key id: {created.key_id}")
    out(
        f"Unlocking takes {created.unlock_seconds:.2f} s here (Argon2id, "
        f"{kdf.memory_kib // 1024} MiB, {kdf.iterations} passes, {kdf.lanes} lanes)."
    )
    out(
        "Keep the passphrase safe: without it nobody, including us, can open this vault. "
        "Sviedka protects testimonies in the vault; also use full-disk encryption on this laptop."
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = passphrase.current_passphrase()
    vault_service.change_passphrase(vault_folder(args), old, passphrase.new_passphrase())
    out("Passphrase changed. The old passphrase no longer opens this vault.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        report = vault_service.verify_audit(workspace)
    if report.ok:
        out(f"audit trail intact: {report.entries} entries")
        return 0
    for problem in report.problems:
        sys.stderr.write(f"audit: {problem}\n")
    sys.stderr.write(f"audit trail BROKEN: {len(report.problems)} problem(s)\n")
    return 1


# --- records -------------------------------------------------------------------------
def cmd_schema(_args: argparse.Namespace) -> int:
    out(resource_path("schema", "testimony.schema.json").read_text(encoding="utf-8").rstrip())
    return 0


def cmd_template(_args: argparse.Namespace) -> int:
    out(render.dumps(example_testimony()))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    name = "standard input" if args.file == "-" else args.file
    records = parse_records(read_source(args.file), name)
    with unlocked(args) as workspace:
        try:
            ids = workspace.add_all([doc for _where, doc in records])
        except TestimonyRefused as exc:
            where = records[exc.index][0]
            raise RecordRejected(f"{where}: {exc.reason}; nothing was added") from None
    for testimony_id in ids:
        out(testimony_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        rows = workspace.page()
    if args.json:
        out(render.dumps([row.as_json() for row in rows]))
    else:
        out(render.summary_table(rows))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        stored = workspace.load(args.id, args.version)
        ended = Notices(workspace.vault).received(stored.provenance.id)
    out(render.dumps(stored.with_provenance()) if args.json else render.testimony_outline(stored))
    for notice in ended:  # on stderr: stdout stays the testimony (scripts parse it)
        sys.stderr.write(f"NOTE: {notice.sentence()}\n")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    records = parse_records(read_source(args.file), args.file)
    if len(records) != 1:
        raise RecordRejected(f"{args.file}: edit takes exactly one testimony")
    where, doc = records[0]
    with unlocked(args) as workspace:
        try:
            saved = workspace.save(doc, args.id)
        except (InvalidTestimony, ValueError) as exc:
            raise RecordRejected(f"{where}: {exc}; nothing was changed") from None
    if saved.changed:
        out(f"{args.id} version {saved.version}")
    else:
        out(f"{args.id} unchanged (version {saved.version})")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    if not args.yes and sys.stdin.isatty():
        answer = input(f"Delete testimony {args.id} and all its versions for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            out("Nothing deleted.")
            return 1
    with unlocked(args) as workspace:
        removed = workspace.delete(args.id)
    out(f"Deleted {args.id}")
    if removed:
        out(f"Also removed {removed} pre-migration backup(s) that still held it.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        versions = workspace.history(args.id)
    if args.json:
        out(render.dumps([v.__dict__ for v in versions]))
    else:
        out(render.history_table(versions))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    filters = Filters.parse(args.filter or [])
    if (
        not args.query.strip()
        and not filters.facets
        and not filters.date_from
        and not (filters.date_to)
    ):
        raise BadFilter("give words to search for, or at least one --filter")
    with unlocked(args) as workspace:
        hits = workspace.search(args.query, filters, limit=args.limit, snippets=True)
    if args.json:
        out(render.dumps([hit.as_json() for hit in hits]))
    else:
        out(render.hits_table(hits))
    return 0


# --- vocabularies --------------------------------------------------------------------
def cmd_vocab_list(args: argparse.Namespace) -> int:
    with unlocked(args) as workspace:
        vocab = workspace.vocabulary()
    if args.vocabulary is None:
        out(f"vocabulary version {vocab.version}")
        for name in vocab.names():
            out(f"{name} ({len(vocab.terms(name))} terms)")
        return 0
    for term in vocab.terms(args.vocabulary):
        label = term.shown_label(args.lang)
        marker = " (local)" if term.local else ""
        if label.suggested:
            # An unverified proposal: say so, so that a reviewer knows what still needs checking.
            marker += " (suggested, awaiting review)"
        out(f"{term.code}\t{label.text}{marker}")
    return 0


def cmd_vocab_add(args: argparse.Namespace) -> int:
    term = LocalTerm(
        vocabulary=args.vocabulary,
        code=args.code,
        en=args.en,
        ru=args.ru or "",
        be=args.be or "",
        description=args.description or "",
    )
    with unlocked(args) as workspace:
        updated = add_term(workspace, term)
    out(f"Added {args.vocabulary}/{args.code}; vocabulary version is now {updated.version}")
    return 0
