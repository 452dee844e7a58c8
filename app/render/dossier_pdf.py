"""Drawing the case dossiers of a `pdf` hand-over with Qt (QTextDocument + QPdfWriter), for the
command line and the desktop alike.

The PDF is drawn into memory and handed back as bytes: app.services.share writes it atomically
with mode 0600 like every other format, so no page of it ever sits in a temporary file. The
text is set in DejaVu Sans shipped in resources/fonts/ and embedded (subset) in the file, so a
Belarusian or Russian name reads the same on a machine without Cyrillic fonts.
"""

from __future__ import annotations

import errno
import html
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from app.render.dossier_labels import FormLabels
from app.render.dossier_words import word
from app.resources import resource_path
from app.services.dossier import Dossier, Dossiers, Entry, Line
from app.services.dossier_build import dossiers
from app.services.share import Handover, NotWritten

__all__ = ["FONT_FILES", "draw", "font_family", "pdf_writer"]

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_families: list[str] = []


class FontMissing(NotWritten):
    """The shipped font could not be loaded (a build that left resources/fonts/ out): no PDF
    without it, since a PDF in a fallback font may show Cyrillic as empty boxes."""


def font_family() -> str:
    """Register the shipped fonts once (a QGuiApplication must exist) and name their family."""
    if not _families:
        for name in FONT_FILES:
            loaded = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
            if loaded < 0:
                missing = FileNotFoundError(errno.ENOENT, f"the font {name} is missing")
                raise FontMissing(
                    f"the font {name} that a PDF hand-over embeds is missing from this "
                    "installation; nothing was written"
                ) from missing  # the dialog says the cause's words
            _families.extend(QFontDatabase.applicationFontFamilies(loaded))
    return _families[0]


def pdf_writer(handover: Handover) -> bytes:
    """The share service's writer for `pdf`: what may leave, as one dossier per person."""
    return draw(dossiers(handover.testimonies, handover.scope, handover.vocab, handover.lang))


def draw(found: Dossiers) -> bytes:
    """The dossiers as a PDF: the cover, then each dossier from a new page, numbered."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("drawing a PDF needs a QGuiApplication (the faces create one)")
    data = QByteArray()
    device = QBuffer(data)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(device)
    writer.setTitle(word("dossiers", found.lang))  # never a name: metadata is read first
    writer.setCreator("Sviedka")
    writer.setResolution(_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = _Pages(writer)
    try:
        labels = FormLabels(found.lang)
        pages.add(_cover(found))
        for one in found.dossiers:
            pages.add(_dossier(one, found.lang, labels))
    finally:
        pages.end()
    del writer  # the PDF is finished when its writer goes
    device.close()
    return bytes(data.data())


_DPI = 300
_FOOTER_MM = 8


def _font() -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(9.5)
    # No ligatures nor kerning: a SHA-256 or an id must come out of the PDF as it went in ("ff"
    # is one glyph with ligatures; a kerned pair reads as two words to an extractor).
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # the font's own widths
    return font


class _Pages:
    """Each dossier is laid out as a document of its own and painted page by page: one
    document for the whole file costs more than linear time in its length (laid out twice
    by QTextDocument.print_, and longer to lay out the longer it is)."""

    def __init__(self, writer: QPdfWriter) -> None:
        self._writer = writer
        self._painter = QPainter(writer)
        self._font = _font()
        area = writer.pageLayout().paintRectPixels(_DPI)
        footer = _FOOTER_MM / 25.4 * _DPI
        self._body = QSizeF(area.width(), area.height() - footer)
        self._footer = QRectF(0, area.height() - footer * 0.6, area.width(), footer * 0.6)
        self._number = 0

    def add(self, html_text: str) -> None:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(self._writer)
        document.setDefaultFont(self._font)
        document.setDefaultStyleSheet(_STYLE)
        document.setHtml(html_text)
        document.setPageSize(self._body)
        height = self._body.height()
        for page in range(document.pageCount()):
            if self._number:
                self._writer.newPage()
            self._number += 1
            self._painter.save()
            self._painter.translate(0, -page * height)
            document.drawContents(
                self._painter, QRectF(0, page * height, self._body.width(), height)
            )
            self._painter.restore()
            self._painter.setFont(self._font)
            self._painter.drawText(self._footer, Qt.AlignmentFlag.AlignCenter, str(self._number))

    def end(self) -> None:
        self._painter.end()


_STYLE = """
h1 { font-size: 16pt; font-weight: bold; margin-bottom: 4px; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
h3 { font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
td.label { color: #444444; padding-right: 12px; }
p.note { font-style: italic; }
span.hash { font-size: 7.5pt; white-space: nowrap; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _cover(found: Dossiers) -> str:
    lang = found.lang
    made = datetime.now(UTC).date().isoformat()
    parts = [
        f"<h1>{_e(word('dossiers', lang))}</h1>",
        f"<p>{_e(word('scope', lang))}: {_e(found.scope)}<br/>{_e(word('made', lang))}: {made}</p>",
    ]
    if not found.dossiers:
        parts.append(f"<p class='note'>{_e(word('nobody', lang))}</p>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _dossier(one: Dossier, lang: str, labels: FormLabels) -> str:
    parts = [
        "<html><body>",
        f"<h1>{_e(word('dossier', lang))}: {_e(one.title)}</h1>",
    ]
    identity = one.identity
    if one.person_id:  # in a cell of its own: mixed with Cyrillic, an extractor splits it
        identity = (*identity, Line("archive_id", one.person_id))
    else:
        parts.append(f"<p class='note'>{_e(word('shown_as_case_code', lang))}</p>")
    parts.append(_section("identity", [_table(identity, lang, labels)], lang))
    sections = (
        ("timeline", one.timeline),
        ("acts", one.acts),
        ("health", one.health),
        ("prosecutions", one.prosecutions),
        ("incommunicado_section", one.incommunicado),
        ("sources", one.sources),
        ("consent_section", one.consent),
    )
    for key, entries in sections:
        if entries:
            parts.append(_section(key, [_entry(e, lang, labels) for e in entries], lang))
    parts.append(_annex(one, lang, labels))
    parts.append("</body></html>")
    return "".join(parts)


def _section(key: str, blocks: Sequence[str], lang: str) -> str:
    return f"<h2>{_e(word(key, lang))}</h2>" + "".join(blocks)


def _entry(entry: Entry, lang: str, labels: FormLabels) -> str:
    when = f" — {_e(entry.when)}" if entry.when not in ("", "?") else ""
    return f"<h3>{_e(word(entry.label, lang))}{when}</h3>" + _table(entry.lines, lang, labels)


def _table(lines: Sequence[Line], lang: str, labels: FormLabels) -> str:
    rows = "".join(_row(line, lang, labels) for line in lines)
    return f"<table width='100%' cellspacing='0' cellpadding='1'>{rows}</table>"


def _row(line: Line, lang: str, labels: FormLabels) -> str:
    label = _e(labels.field(line.label))
    if line.label in _HASHES:  # the page's width, so that it stays on one line, copied whole
        return (
            f"<tr><td colspan='2' class='label'>{label}</td></tr>"
            f"<tr><td colspan='2'><span class='hash'>{_e(line.value)}</span></td></tr>"
        )
    cells = f"<td class='label' width='34%'>{label}</td><td>{_value(line, labels)}</td>"
    return f"<tr>{cells}</tr>"


def _value(line: Line, labels: FormLabels) -> str:
    if line.kind == "enum":
        return _e(labels(line.value))
    return _e(line.value)


_HASHES = frozenset({"sha256", "content_hash"})


def _annex(one: Dossier, lang: str, labels: FormLabels) -> str:
    blocks = []
    for number, held in enumerate(one.custody, 1):
        lines = (
            Line("testimony", held.testimony_id),
            Line("version", str(held.version)),
            Line("content_hash", held.sha256),
        )
        heading = f"<h3>{_e(word('testimony', lang))} {number}</h3>"
        blocks.append(heading + _table(lines, lang, labels))
        blocks += [_entry(attachment, lang, labels) for attachment in held.attachments]
        if not held.attachments:
            blocks.append(f"<p class='note'>{_e(word('no_attachments', lang))}</p>")
    return _section("custody_annex", blocks, lang)
