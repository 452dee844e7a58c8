"""What every benchmark shares: the run's context (sizes, temp folder, figures) and helpers to
make vaults and raw keyed SQLCipher connections the way the app makes them."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3

from app.domain import indexing, name_query
from app.domain.vocabulary import VocabularySet
from app.storage import keyslot, search
from app.storage.engine import CONNECT_ARGS, configure_connection
from app.storage.keyslot import KdfParams
from app.storage.paths import VaultPaths
from bench.report import Figure

PASSPHRASE = "бенчмарк: correct horse battery staple"
# Vaults that are not about unlocking use the cheapest parameters a keyslot accepts (as the
# tests do); the unlock benchmark calibrates, as the product does.
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
MIB = 1024 * 1024


@dataclass
class Context:
    root: Path  # the run's temp folder, removed at the end
    quick: bool = False
    use_cache: bool = True
    figures: list[Figure] = field(default_factory=list)
    filled: Path | None = None  # the vault with `testimonies` testimonies, once made

    @property
    def testimonies(self) -> int:
        return 10_000 if self.quick else 100_000

    @property
    def bulk_count(self) -> int:
        return 1_000 if self.quick else 5_000

    @property
    def attachment_bytes(self) -> int:
        return 64 * MIB if self.quick else 1024 * MIB

    def folder(self, name: str) -> Path:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)


def raw_connection(database: Path, key: bytes) -> Any:
    """A bare sqlcipher3 connection keyed and configured exactly as the app's engine does it;
    transactions are explicit (BEGIN/COMMIT), as under SQLAlchemy."""
    connection = sqlcipher3.connect(str(database), **CONNECT_ARGS)
    connection.isolation_level = None
    configure_connection(connection, key)
    return connection


def vault_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    return keyslot.unlock(VaultPaths(folder).keyslots, passphrase)


def database_file(folder: Path) -> Path:
    return VaultPaths(folder).database


def new_key() -> bytes:
    return os.urandom(keyslot.KEY_BYTES)


def random_file(path: Path, size: int) -> Path:
    """`size` random bytes (incompressible, like recordings), written 1 MiB at a time."""
    with path.open("wb") as out:
        left = size
        while left:
            step = min(MIB, left)
            out.write(os.urandom(step))
            left -= step
    return path


def index_columns(doc: dict[str, Any], vocab: VocabularySet) -> tuple[str, str]:
    """The `body` and `keys` the app's indexing writes for `doc` (folded words, phonetic keys;
    no attachment descriptions: the generated testimonies have none). The references that
    write an FTS5 row compute them before their clock starts."""
    searchable, _facets = indexing.searchable_and_facets(doc, vocab, date.today())
    return search.entry_columns(searchable, name_query.person_names(doc))
