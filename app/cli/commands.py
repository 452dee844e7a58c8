"""The CLI commands. Each takes the parsed arguments and returns an exit status.

Expected failures raise exceptions that main() turns into one line on stderr and status 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.cli import passphrase, render
from app.cli.records_input import parse_records, read_source
from app.domain.record import InvalidTestimony
from app.domain.template import example_testimony
from app.domain.vocabulary import LocalTerm
from app.resources import resource_path
from app.storage import attachments, audit, search, testimonies
from app.storage.keyslot import KdfParams
from app.storage.migrate import prune_backups
from app.storage.paths import default_vault_folder
from app.storage.vault import Vault
from app.storage.vocabularies import add_local_term, vault_vocabulary
from app.sync import notices


class RecordRejected(Exception):
    """A record in the user's input cannot be stored; the message names where and why."""


def vault_folder(args: argparse.Namespace) -> Path:
    return Path(args.vault).expanduser() if args.vault else default_vault_folder()


@contextmanager
def opened(args: argparse.Namespace, secret: str | None = None) -> Iterator[Vault]:
    if secret is None:
        secret = passphrase.current_passphrase()
    vault = Vault.open(vault_folder(args), secret)
    try:
        yield vault
    finally:
        vault.close()


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


# --- vault ---------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    folder = vault_folder(args)
    chosen = passphrase.new_passphrase(env=passphrase.ENV_PASSPHRASE)
    params = KdfParams.calibrate()
    with Vault.create(folder, chosen, params) as vault:
        key_id = vault.key_id
    started = time.perf_counter()
    Vault.open(folder, chosen).close()
    unlock = time.perf_counter() - started
    out(f"Created a vault in {folder}")
    out(f"Its signing key id: {key_id}")
    out(
        f"Unlocking takes {unlock:.2f} s here (Argon2id, {params.memory_kib // 1024} MiB, "
        f"{params.iterations} passes, {params.lanes} lanes)."
    )
    out(
        "Keep the passphrase safe: without it nobody, including us, can open this vault. "
        "Sviedka protects testimonies in the vault; also use full-disk encryption on this laptop."
    )
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    old = passphrase.current_passphrase()
    with opened(args, old) as vault:
        vault.change_passphrase(old, passphrase.new_passphrase())
    out("Passphrase changed. The old passphrase no longer opens this vault.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        report = audit.verify(session)
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
    with opened(args) as vault:
        ids = []
        with vault.transaction() as session:
            vocab = vault_vocabulary(session)
            for where, doc in records:
                try:
                    ids.append(testimonies.add(session, doc, vocab, vault.key_id))
                except (InvalidTestimony, testimonies.DuplicateTestimony) as exc:
                    raise RecordRejected(f"{where}: {exc}; nothing was added") from None
    for testimony_id in ids:
        out(testimony_id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        rows = testimonies.summaries(session)
    if args.json:
        out(render.dumps([row.as_json() for row in rows]))
    else:
        out(render.summary_table(rows))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        stored = testimonies.get(session, args.id, args.version)
        ended = notices.notices(session, stored.provenance.id)
    out(render.dumps(stored.with_provenance()) if args.json else render.testimony_outline(stored))
    for notice in ended:  # on stderr: stdout stays the testimony (scripts parse it)
        sys.stderr.write(f"NOTE: {notice.sentence()}\n")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    records = parse_records(read_source(args.file), args.file)
    if len(records) != 1:
        raise RecordRejected(f"{args.file}: edit takes exactly one testimony")
    where, doc = records[0]
    with opened(args) as vault, vault.transaction() as session:
        before = testimonies.get(session, args.id).provenance.version
        try:
            version = testimonies.update(
                session, args.id, doc, vault_vocabulary(session), vault.key_id
            )
        except (InvalidTestimony, ValueError) as exc:
            raise RecordRejected(f"{where}: {exc}; nothing was changed") from None
    if version == before:
        out(f"{args.id} unchanged (version {version})")
    else:
        out(f"{args.id} version {version}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    if not args.yes and sys.stdin.isatty():
        answer = input(f"Delete testimony {args.id} and all its versions for good? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            out("Nothing deleted.")
            return 1
    with opened(args) as vault:
        with vault.transaction() as session:
            testimonies.delete(session, args.id, vault.key_id)
        attachments.collect_garbage(vault)
        # Pre-migration backups are full copies that would still hold it.
        removed = prune_backups(vault.paths.backups, keep_seconds=0)
    out(f"Deleted {args.id}")
    if removed:
        out(f"Also removed {removed} pre-migration backup(s) that still held it.")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        versions = testimonies.history(session, args.id)
    if args.json:
        out(render.dumps([v.__dict__ for v in versions]))
    else:
        out(render.history_table(versions))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    filters = search.Filters.parse(args.filter or [])
    if (
        not args.query.strip()
        and not filters.facets
        and not filters.date_from
        and not (filters.date_to)
    ):
        raise search.BadFilter("give words to search for, or at least one --filter")
    with opened(args) as vault, vault.reading() as session:
        hits = search.search(
            session, vault_vocabulary(session), args.query, filters, limit=args.limit
        )
    if args.json:
        out(render.dumps([hit.as_json() for hit in hits]))
    else:
        out(render.hits_table(hits))
    return 0


# --- vocabularies --------------------------------------------------------------------
def cmd_vocab_list(args: argparse.Namespace) -> int:
    with opened(args) as vault, vault.reading() as session:
        vocab = vault_vocabulary(session)
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
    with opened(args) as vault, vault.transaction() as session:
        updated = add_local_term(session, term, vault.key_id)
    out(f"Added {args.vocabulary}/{args.code}; vocabulary version is now {updated.version}")
    return 0
