"""The formats of a hand-over, written as the testimonies are shaped, one at a time.

A hand-over of the whole archive is the coordinator's common case, and holding every shaped
testimony until the end took 1.09 GB at 10,000 testimonies (about 10 GB at 100,000, more than
a coordinator's laptop has). So each testimony that may leave is turned into its lines of the
file as soon as it is shaped and let go: a CSV or Uwazi table and the JSON grow on disk, row by
row. Two formats must see everything at once and keep what they need: the xlsx workbook keeps
its rows (strings, a small part of a shaped testimony; XlsxWriter's constant-memory mode
would put them in a temporary file) and a face's own writer (the PDF) keeps the testimonies.

Every byte goes through `Out`, which hashes it for the audit trail.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

from app.domain.vocabulary import VocabularySet
from app.services.share_acts import HEADER as ACT_HEADER
from app.services.share_acts import ActSource, act_lines
from app.services.share_leaving import BY_ACTS, Handover, Leaving, Writer
from app.services.share_tables import (
    PERSON_HEADER,
    UWAZI_HEADER,
    PersonRow,
    person_line,
    uwazi_line,
)
from app.services.share_xlsx import xlsx_bytes
from app.storage.files import Sink

__all__ = ["Format", "Out", "holds", "open_format"]

Lines = Callable[[Leaving], Iterable[list[str]]]


class Out:
    """The hand-over's file as it is written; the SHA-256 of what was written goes to the
    audit trail."""

    def __init__(self, handle: Sink) -> None:
        self._handle = handle
        self._hash = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self._handle.write(data)
        self._hash.update(data)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class Format(Protocol):
    """A format being written: `add` each testimony that may leave, in the list's order, then
    `end`."""

    def add(self, item: Leaving) -> None: ...

    def end(self) -> None: ...


class _Text:
    """What csv.writer writes to: text, encoded as UTF-8 on its way to the file."""

    def __init__(self, out: Out) -> None:
        self._out = out

    def write(self, text: str) -> int:
        self._out.write(text.encode())
        return len(text)


class _Csv:
    def __init__(self, out: Out, header: list[str], lines: Lines) -> None:
        self._writer = csv.writer(_Text(out), lineterminator="\n")
        self._writer.writerow(header)
        self._lines = lines

    def add(self, item: Leaving) -> None:
        self._writer.writerows(self._lines(item))

    def end(self) -> None:
        pass


class _Xlsx:
    def __init__(self, out: Out, header: list[str], lines: Lines, sheet: str) -> None:
        self._out, self._header, self._lines, self._sheet = out, header, lines, sheet
        self._rows: list[list[str]] = []

    def add(self, item: Leaving) -> None:
        self._rows.extend(self._lines(item))

    def end(self) -> None:
        self._out.write(xlsx_bytes((self._header, self._rows), self._sheet))


class _Json:
    """``{"scope": …, "testimonies": [ … ]}``, two spaces of indentation and sorted keys, each
    testimony with where it came from ("provenance"), written one testimony at a time."""

    def __init__(self, out: Out, scope: str) -> None:
        self._out = out
        self._head = '{\n  "scope": ' + json.dumps(scope, ensure_ascii=False) + ",\n"
        self._written = 0

    def add(self, item: Leaving) -> None:
        doc = dict(item.handed.document)
        doc["provenance"] = {"id": item.testimony_id, "version": item.version,
                             "sha256": item.sha256}  # fmt: skip
        text = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True)
        # Two levels deeper than on its own. A string in JSON never holds a raw line feed,
        # so every "\n" is between lines (splitlines would also cut at U+2028 in a string).
        text = "    " + text.replace("\n", "\n    ")
        lead = self._head + '  "testimonies": [\n' if self._written == 0 else ",\n"
        self._out.write((lead + text).encode())
        self._written += 1

    def end(self) -> None:
        if self._written == 0:
            self._out.write((self._head + '  "testimonies": []\n}\n').encode())
        else:
            self._out.write(b"\n  ]\n}\n")


class _Held:
    """A face's writer (the PDF), which is given the whole hand-over at the end."""

    def __init__(self, out: Out, writer: Writer, scope: str, lang: str, by: str,
                 vocab: VocabularySet) -> None:  # fmt: skip
        self._out, self._writer = out, writer
        self._scope, self._lang, self._by, self._vocab = scope, lang, by, vocab
        self._items: list[Leaving] = []

    def add(self, item: Leaving) -> None:
        self._items.append(item)

    def end(self) -> None:
        handover = Handover(self._scope, self._lang, self._by, tuple(self._items), self._vocab)
        self._items = []
        self._out.write(self._writer(handover))


def person_rows(item: Leaving) -> Iterator[PersonRow]:
    """One row per person of the testimony; with --person, only theirs."""
    document = item.handed.document
    for person in document.get("persons", []):
        if not item.only or person["ref"] in item.only:
            yield PersonRow(
                item.testimony_id, document, person, item.registry.get(person["ref"], "")
            )


def holds(fmt: str, writer: Writer | None = None) -> bool:
    """Whether the format keeps what it is given until the end: the workbook and a face's."""
    return writer is not None or fmt == "xlsx"


def open_format(fmt: str, by: str, out: Out, scope: str, lang: str, vocab: VocabularySet,
                writer: Writer | None = None) -> Format:  # fmt: skip
    """The format ``fmt`` (already checked), writing to ``out``; ``writer``: a face's own."""
    if writer is not None:
        return _Held(out, writer, scope, lang, by, vocab)
    if fmt == "json":
        return _Json(out, scope)
    header, lines = _table(fmt, by, vocab, lang)
    if fmt == "xlsx":
        return _Xlsx(out, header, lines, scope[:31])
    return _Csv(out, header, lines)


def _table(fmt: str, by: str, vocab: VocabularySet, lang: str) -> tuple[list[str], Lines]:
    def acts(item: Leaving) -> Iterable[list[str]]:
        source = ActSource(item.testimony_id, item.handed.document, item.registry, item.only)
        return act_lines(source, vocab, lang)

    def persons(item: Leaving) -> Iterable[list[str]]:
        return (person_line(row, vocab, lang) for row in person_rows(item))

    def uwazi(item: Leaving) -> Iterable[list[str]]:
        return (uwazi_line(row, vocab, lang) for row in person_rows(item))

    if fmt == "uwazi":
        return list(UWAZI_HEADER), uwazi
    if by == BY_ACTS:
        return list(ACT_HEADER), acts
    return list(PERSON_HEADER), persons
