"""The no-plaintext canary of security.md: a per-run sentinel and a scanner for its encodings."""

from __future__ import annotations

import base64
import json
import os
import secrets
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.record import InvalidTestimony, validate_testimony
from app.domain.shipped_vocabularies import load_shipped

CYRILLIC = "абвгдежзклмнопрс"
MAX_SCAN_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Sentinel:
    latin: str
    cyrillic: str

    @classmethod
    def new(cls) -> Sentinel:
        token = secrets.token_hex(5)
        return cls(
            latin=f"Zq{token}Canary",
            cyrillic="Свед" + "".join(CYRILLIC[int(c, 16)] for c in token) + "Ўзор",
        )

    def words(self) -> tuple[str, str]:
        return self.latin, self.cyrillic


def encodings(word: str) -> dict[str, bytes]:
    """Every form in which a leaked sentinel might sit on disk."""
    forms = {
        "utf-8": word.encode("utf-8"),
        "utf-16le": word.encode("utf-16-le"),
        "utf-16be": word.encode("utf-16-be"),
        "json-escaped": json.dumps(word).strip('"').encode("ascii"),
        "url-encoded": urllib.parse.quote(word).encode("ascii"),
    }
    # base64 depends on alignment: take the stable middle of the encoding at each offset.
    raw = word.encode("utf-8")
    for offset in range(3):
        encoded = base64.b64encode(b"\x00" * offset + raw)
        forms[f"base64+{offset}"] = encoded[4:-4]
    return forms


def scan_bytes(data: bytes, sentinel: Sentinel) -> list[str]:
    hits = []
    for word in sentinel.words():
        for name, needle in encodings(word).items():
            if needle and needle in data:
                hits.append(f"{word[:6]}…/{name}")
    return hits


def scan_tree(roots: Iterable[Path], sentinel: Sentinel) -> dict[str, list[str]]:
    """Every readable regular file under `roots`: file -> encodings found."""
    found: dict[str, list[str]] = {}
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, files in os.walk(root, onerror=lambda _e: None):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if not path.is_file() or path.stat().st_size > MAX_SCAN_BYTES:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                hits = scan_bytes(data, sentinel)
                if hits:
                    found[str(path)] = hits
    return found


def plant(doc: Any, sentinel: Sentinel) -> Any:
    """Put the sentinel into every free-text field the schema accepts it in."""
    vocab = load_shipped()
    planted = json.loads(json.dumps(doc))
    counter = 0

    def walk(node: Any) -> None:
        nonlocal counter
        items = node.items() if isinstance(node, dict) else enumerate(node)
        for key, value in list(items):
            if isinstance(value, dict | list):
                walk(value)
            elif isinstance(value, str) and key not in ("id",):
                word = sentinel.words()[counter % 2]
                node[key] = f"{value} {word}"
                try:
                    validate_testimony(planted, vocab)
                    counter += 1
                except InvalidTestimony:
                    node[key] = value  # a code, a date or a ref: not free text

    walk(planted)
    assert counter > 20, "the sentinel must reach many fields to mean anything"
    return planted
