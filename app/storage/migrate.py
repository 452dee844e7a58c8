"""Schema migrations, applied at unlock after an encrypted backup copy of the database."""

from __future__ import annotations

import shutil
import time
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from app.storage import search
from app.storage.engine import checkpoint, writer
from app.storage.errors import VaultError
from app.storage.files import PRIVATE_FILE, make_private_dir

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None  # noqa: S101 - the package always ships its revisions
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _known(revision: str) -> bool:
    scripts = ScriptDirectory.from_config(alembic_config())
    return any(script.revision == revision for script in scripts.walk_revisions())


def upgrade(engine: Engine, revision: str = "head") -> None:
    with writer(engine).begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with writer(engine).begin() as conn:
        command.downgrade(alembic_config(conn), revision)


BACKUP_KEEP_SECONDS = 14 * 24 * 3600


def prune_backups(backups: Path, keep_seconds: float = BACKUP_KEEP_SECONDS) -> int:
    """Remove pre-migration backups older than `keep_seconds` (all of them with 0).

    A backup is a full copy: it still holds testimonies deleted after it was made, so it must
    not outlive its purpose (recovering from a failed migration).
    """
    if not backups.is_dir():
        return 0
    removed = 0
    cutoff = time.time() - keep_seconds
    for backup in backups.glob("vault-*.db"):
        if keep_seconds <= 0 or backup.stat().st_mtime < cutoff:
            backup.unlink()
            removed += 1
    return removed


def migrate_at_unlock(engine: Engine, database: Path, backups: Path) -> Path | None:
    """Bring an existing vault to the current schema; returns the backup made, if any.

    The backup is a copy of the encrypted file (same key), taken after a WAL checkpoint so
    it is complete on its own. No plaintext is involved.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    if current is not None and not _known(current):
        raise VaultError(
            "this vault was written by a newer version of Sviedka; update Sviedka to open it"
        )
    backup: Path | None = None
    if current is not None:
        # The copy must not bring back words of testimonies deleted before deleting
        # scrubbed the search index.
        with writer(engine).begin() as conn:
            search.scrub_deleted_once(conn)
        checkpoint(engine)
        make_private_dir(backups)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backups / f"vault-{current}-{stamp}.db"
        shutil.copyfile(database, backup)
        backup.chmod(PRIVATE_FILE)
    upgrade(engine)
    return backup
