"""Reading testimonies that a user hands to the CLI: one JSON document, an array, or JSON lines."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from app.domain.canonical import MalformedJSON, parse_strict

MAX_INPUT_BYTES = 256 * 1024 * 1024


class RecordInputError(Exception):
    pass


def read_source(source: str) -> bytes:
    if source == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "standard input"
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_INPUT_BYTES:
                raise RecordInputError(f"{source}: larger than {MAX_INPUT_BYTES} bytes")
            data = path.read_bytes()
        except FileNotFoundError:
            raise RecordInputError(f"{source}: no such file") from None
        except IsADirectoryError:
            raise RecordInputError(f"{source}: is a folder, not a file") from None
        except PermissionError:
            raise RecordInputError(f"{source}: permission denied") from None
        name = source
    if len(data) > MAX_INPUT_BYTES:
        raise RecordInputError(f"{name}: larger than {MAX_INPUT_BYTES} bytes")
    return data


def parse_records(data: bytes, name: str) -> list[tuple[str, Any]]:
    """(where, document) pairs: `where` says how to find a record in the input for messages."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RecordInputError(f"{name}: not UTF-8 text") from None
    if not text.strip():
        raise RecordInputError(f"{name}: is empty")
    try:
        whole = parse_strict(text)
    except MalformedJSON as whole_error:
        return _json_lines(text, name, whole_error)
    if isinstance(whole, list):
        return [(f"{name} record {index + 1}", doc) for index, doc in enumerate(whole)]
    return [(name, whole)]


def _json_lines(text: str, name: str, whole_error: MalformedJSON) -> list[tuple[str, Any]]:
    """The input read as one document per line. If its first line is no document either, the
    input was one document: its own error says where it breaks (an array cut short would
    otherwise be refused for its opening `[` on line 1)."""
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if len(lines) < 2:
        raise RecordInputError(f"{name}: {whole_error}")
    records = []
    for number, line in lines:
        try:
            records.append((f"{name} line {number}", parse_strict(line)))
        except MalformedJSON as exc:
            if not records:
                raise RecordInputError(f"{name}: {whole_error}") from None
            raise RecordInputError(f"{name} line {number}: {exc}") from None
    return records
