"""The vault: create, open, close, change passphrase. Everything else goes through a session.

Opening order: take the lock, unwrap the database key from the keyslot (a wrong passphrase
stops here and nothing on disk is touched), key an engine, migrate after a backup (the models
need the current schema; at the current schema this is one read). Nothing else: the upkeep a
vault may need after unlock is app/storage/maintenance.py, which the services run, so that
opening costs the same on every vault and a tool that only reads changes nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.domain import case_endings, folding
from app.storage import audit, keyslot, migrate, persons_registry, search, search_match
from app.storage.clock import utc_now
from app.storage.engine import checkpoint, make_engine, writer
from app.storage.errors import VaultCorrupt, VaultExists, VaultKeyMissing, VaultNotFound
from app.storage.files import PRIVATE_FILE, make_private_dir
from app.storage.keyslot import KdfParams
from app.storage.lock import VaultLock
from app.storage.models import SigningKey, VaultMeta
from app.storage.paths import VaultPaths, holds_vault

log = logging.getLogger(__name__)


class Vault:
    def __init__(self, paths: VaultPaths, engine: Engine, lock: VaultLock) -> None:
        self.paths = paths
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writing_sessions = sessionmaker(writer(engine), expire_on_commit=False)
        self._commit_listeners: list[Callable[[], None]] = []
        self._close_listeners: list[Callable[[], None]] = []
        event.listen(self._writing_sessions, "after_commit", self._after_commit)
        # Search remembers per connection which declined forms the index holds: not past a
        # write that was rolled back (its answers may describe an index never committed).
        search_match.forget_rolled_back_forms(engine)
        self.key_id = self._load_key_id()

    # --- life cycle -------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, kdf: KdfParams | None = None) -> Vault:
        paths = VaultPaths(folder)
        if paths.keyslots.exists():
            raise VaultExists(f"a vault already exists in {folder}")
        make_private_dir(folder)
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            if paths.keyslots.exists():  # another `init` finished while we waited
                raise VaultExists(f"a vault already exists in {folder}")
            _refuse_database_without_key(paths)
            database_key = keyslot.new_database_key()
            engine = make_engine(paths.database, database_key)
            try:
                migrate.upgrade(engine)
                _create_identity(engine)
                _restrict_files(paths)
                slot = keyslot.Keyslot.wrap(database_key, passphrase, kdf or KdfParams.calibrate())
                # Written last: only a complete vault has a keyslot.
                keyslot.write_keyslots(paths.keyslots, [slot])
            except BaseException:
                engine.dispose()
                # Ours alone (none was there before) and its key is lost: a later `init` would
                # have to refuse it.
                if not paths.keyslots.exists():
                    for created in paths.database_companions():
                        created.unlink(missing_ok=True)
                raise
            return cls(paths, engine, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> Vault:
        paths = VaultPaths(folder)
        if not paths.keyslots.exists():
            _refuse_database_without_key(paths)
            raise VaultNotFound(f"no vault in {folder}: create one with `sviedka init`")
        if not paths.database.exists():
            raise VaultCorrupt(f"the vault in {folder} has lost its database file")
        lock = VaultLock(paths.lock)
        lock.acquire()
        try:
            database_key = keyslot.unlock(paths.keyslots, passphrase)
            engine = make_engine(paths.database, database_key)
            try:
                migrate.migrate_at_unlock(engine, paths.database, paths.backups)
                _restrict_files(paths)
                vault = cls(paths, engine, lock)
                log.debug("vault.opened key=%s", vault.key_id)
                return vault
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        """Checkpoint the WAL into the database and drop every connection and the lock."""
        # First whatever works in the background (upkeep at idle): nothing may touch the
        # database once the lock is released.
        for listener in self._close_listeners:
            listener()
        self._close_listeners.clear()
        # A failed checkpoint loses nothing (the WAL is replayed at the next open).
        with contextlib.suppress(SQLAlchemyError, sqlcipher3.Error):
            checkpoint(self.engine)
        self.engine.dispose()
        # Indexing remembers the words it folded, search the declined forms of the words it
        # was asked (testimony words, names searched for): not beyond the unlock.
        folding.forget()
        case_endings.inflected_keys.cache_clear()
        self._lock.release()
        log.debug("vault.locked key=%s", self.key_id)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- units of work --------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits at the end, rolls back everything on any exception."""
        with self._writing_sessions.begin() as session:
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    # --- passphrase -----------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Rewrite the slot that `old` opens (atomically); other slots and the database stay.

        The audit entry and the keyslot write share one transaction: if the keyslot cannot be
        written, nothing is recorded; the entry is committed right after the file is in place.
        """
        slots = keyslot.read_keyslots(self.paths.keyslots)
        index, database_key = keyslot.unlock_slot(slots, old)
        slots[index] = keyslot.Keyslot.wrap(database_key, new, kdf or KdfParams.calibrate())
        with self.transaction() as session:
            audit.append(session, self.key_id, "passwd", "vault", {"slot": index})
            keyslot.write_keyslots(self.paths.keyslots, slots)

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call `listener` after each committed `transaction()` (e.g. to schedule upkeep at
        idle). It runs on the committing thread, so it must only take note, never work."""
        self._commit_listeners.append(listener)

    def on_close(self, listener: Callable[[], None]) -> None:
        """Call `listener` first thing in `close()`, before the last checkpoint: background
        work on this vault stops there and waits for its current step."""
        self._close_listeners.append(listener)

    def _after_commit(self, session: Session) -> None:
        self._checkpoint_if_asked(session)
        for listener in self._commit_listeners:
            listener()

    def _checkpoint_if_asked(self, session: Session) -> None:
        """After a commit that scrubbed deleted words (search.scrub_deleted): the WAL still
        holds the pages they were on; fold it into the database, where secure_delete zeroed
        them, and truncate it. A checkpoint kept waiting by a reader loses nothing: the
        words go at the next one (at the latest when the vault closes)."""
        if session.info.pop(search.CHECKPOINT_AFTER_COMMIT, False):
            with contextlib.suppress(SQLAlchemyError, sqlcipher3.Error):
                checkpoint(self.engine)

    def _load_key_id(self) -> str:
        with self.reading() as session:
            key_id = session.get(VaultMeta, "signing_key_id")
            if key_id is None:
                raise VaultCorrupt("the vault has no signing key")
            return key_id.value


def _refuse_database_without_key(paths: VaultPaths) -> None:
    """A database without its key file is a vault whose keyslot was lost (or an `init` killed
    half-way): never replace or delete it, the key file may still be restored."""
    if any(path.exists() for path in paths.database_companions()):
        raise VaultKeyMissing(
            f"the key file is missing: restore it from a backup ({paths.keyslots}); "
            f"{paths.database.name} was left as it is"
        )


def _create_identity(engine: Engine) -> None:
    """The vault's Ed25519 key: created inside the vault, never leaves it in plaintext.

    The key id is 8 random bytes, as minisign uses, shown as 16 hex digits.
    """
    private = Ed25519PrivateKey.generate()
    key_id = secrets.token_bytes(8).hex().upper()
    now = utc_now()
    with Session(engine) as session, session.begin():
        session.add(
            SigningKey(
                key_id=key_id,
                secret=private.private_bytes_raw(),
                public=private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
                created_at=now,
            )
        )
        session.add(VaultMeta(name="signing_key_id", value=key_id))
        session.add(VaultMeta(name="vault_id", value=secrets.token_hex(16)))
        session.add(VaultMeta(name="created_at", value=now))
        # A new vault's index is built by the current rules and holds no deleted words: the
        # upkeep after unlock must not take it for an old vault and rebuild or scrub it.
        session.add(VaultMeta(name=search.INDEX_VERSION_KEY, value=search.INDEX_VERSION))
        session.add(VaultMeta(name=search.SCRUBBED_KEY, value="1"))
        # Its persons registry is written by the current rules too: without the mark, the first
        # catch-up (opening Figures or Persons) would relink every testimony added until then.
        session.add(
            VaultMeta(
                name=persons_registry.REGISTRY_VERSION_KEY, value=persons_registry.REGISTRY_VERSION
            )
        )


def _restrict_files(paths: VaultPaths) -> None:
    for path in [*paths.database_companions(), paths.lock]:
        if path.exists():
            os.chmod(path, PRIVATE_FILE)


def is_vault(folder: Path) -> bool:
    return holds_vault(folder)
