"""What someone who obtained the passphrase reads in a vault: every page decrypted.

Two views, because each sees what the other may miss:
- `page_images`: every page of `vault.db`, every frame of `vault.db-wal` and every page of the
  pre-migration backups, decrypted by hand (SQLCipher 4 defaults: AES-256-CBC, 4096-byte pages,
  80 reserved bytes per page holding the IV and the HMAC). Free pages and old WAL frames
  included: this build of SQLCipher has no `sqlite_dbpage` table to read them through SQL.
- `table_bytes`: `sqlcipher_export` into a plaintext database, then every value of every table,
  concatenated (a value that spans two pages is contiguous here, not in a page image).

The sentinel is looked for as written, folded (the index's `body`) and as each of its phonetic
keys (the index's `keys`). FTS5 stores a term with the prefix it shares with the term before it
cut off ("svedX" after "sved..." is stored as "X"): each form is looked for without its first
four characters, which still holds the ten random characters of the sentinel.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.domain import folding
from app.storage import keyslot
from app.storage.engine import configure_connection
from tests.conftest import PASSPHRASE
from tests.security.canary import Sentinel

PAGE_SIZE = 4096
RESERVED = 80  # 16-byte IV, then a 64-byte HMAC-SHA512
SALT = 16  # the first 16 bytes of page 1 are the file's salt, not encrypted
WAL_HEADER = 32
FRAME_HEADER = 24
SHARED_PREFIX = 4


def database_key(folder: Path, passphrase: str = PASSPHRASE) -> bytes:
    return keyslot.unlock(folder / "keyslots.json", passphrase)


def _decrypt_page(key: bytes, page: bytes, number: int) -> bytes:
    start = SALT if number == 1 else 0
    iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize()


def _database_pages(key: bytes, path: Path) -> Iterator[bytes]:
    data = path.read_bytes()
    for offset in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE):
        yield _decrypt_page(key, data[offset : offset + PAGE_SIZE], offset // PAGE_SIZE + 1)


def _wal_frames(key: bytes, path: Path) -> Iterator[bytes]:
    data = path.read_bytes() if path.exists() else b""
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE_SIZE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE_SIZE]
        yield _decrypt_page(key, page, number)
        offset += FRAME_HEADER + PAGE_SIZE


def page_images(folder: Path, key: bytes) -> dict[str, list[bytes]]:
    """File name -> its decrypted pages: the database, its WAL, each backup."""
    database = folder / "vault.db"
    images = {
        "vault.db": list(_database_pages(key, database)),
        "vault.db-wal": list(_wal_frames(key, folder / "vault.db-wal")),
    }
    for backup in sorted((folder / "backups").glob("*.db")):
        images[f"backups/{backup.name}"] = list(_database_pages(key, backup))
    return images


def table_bytes(database: Path, key: bytes, plaintext: Path) -> bytes:
    """`sqlcipher_export` into `plaintext`, then the file and every value of every table."""
    connection = sqlcipher3.connect(str(database), isolation_level=None)
    try:
        configure_connection(connection, key)
        connection.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(plaintext),))
        connection.execute("SELECT sqlcipher_export('plaintext')").fetchall()
        connection.execute("DETACH DATABASE plaintext")
    finally:
        connection.close()
    values = [plaintext.read_bytes()]
    plain = sqlcipher3.connect(str(plaintext))
    try:
        tables = plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        for (table,) in tables:
            for row in plain.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - own schema
                values += [v if isinstance(v, bytes) else str(v).encode() for v in row]
    finally:
        plain.close()
    return b"\n".join(values)


def sentinel_forms(sentinel: Sentinel) -> dict[str, bytes]:
    """Name -> the bytes to look for: each word as written, folded, and its phonetic keys."""
    forms: dict[str, str] = {}
    for word in sentinel.words():
        forms[f"{word} as written"] = word
        forms[f"{word} folded"] = folding.fold(word)
        for phonetic in sorted(folding.phonetic_keys(word)):
            forms[f"{word} key {phonetic}"] = phonetic
    return {name: form[SHARED_PREFIX:].encode("utf-8") for name, form in forms.items()}


def found_in(chunks: list[bytes], forms: dict[str, bytes]) -> set[str]:
    return {name for name, needle in forms.items() if any(needle in chunk for chunk in chunks)}


def leaks(folder: Path, sentinel: Sentinel, scratch: Path) -> dict[str, set[str]]:
    """Where each form of the sentinel is still readable with the key: place -> forms."""
    key = database_key(folder)
    forms = sentinel_forms(sentinel)
    found = {name: found_in(pages, forms) for name, pages in page_images(folder, key).items()}
    scratch.mkdir(parents=True, exist_ok=True)
    plaintext = scratch / f"export-{len(list(scratch.iterdir()))}.db"
    found["tables"] = found_in([table_bytes(folder / "vault.db", key, plaintext)], forms)
    plaintext.unlink()
    return {place: names for place, names in found.items() if names}
