"""Bar charts of a figure, drawn with pyqtgraph on screen and written from the same items to
PNG and SVG (one library for both, so the file is what was seen).

pyqtgraph rather than QtCharts: it is pure Python over numpy and PySide6-Essentials, which we
already ship; QtCharts needs the PySide6-Addons wheel (hundreds of MB more for every
installer). Bars run sideways so that long labels (a humanitarian criterion, a colony's full
name, a Criminal Code article's title) are read whole on the left axis, never cut: a label
longer than LABEL_WIDTH is wrapped onto more lines, so that the bars keep their room."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

BAR = "#3b6ea5"
SECOND = "#c8843a"
INK = "#222222"
LABEL_WIDTH = 300  # pixels of the widest label line on the left axis


def wrapped(text: str, metrics: QFontMetrics, width: int = LABEL_WIDTH) -> str:
    """``text`` broken between words into lines no wider than ``width`` (a single word wider
    than that stays whole on its own line)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return "\n".join(lines) or text


def _plain(widget: pg.PlotWidget) -> None:
    widget.setBackground("w")
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    widget.setMouseEnabled(x=False, y=False)
    for side in ("left", "bottom"):
        axis = item.getAxis(side)
        axis.setPen(pg.mkPen(INK))
        axis.setTextPen(pg.mkPen(INK))


class BarChart(pg.PlotWidget):
    """One series, or two side by side (arrests and releases), one bar row per label."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("chart")
        _plain(self)
        self.setMinimumHeight(220)
        self.labels: list[str] = []
        self.series: list[list[int]] = []

    def show_bars(
        self,
        title: str,
        labels: Sequence[str],
        series: Sequence[Sequence[int]],
        names: Sequence[str] = (),
    ) -> None:
        item = self.getPlotItem()
        item.clear()
        if item.legend is not None:
            item.legend.scene().removeItem(item.legend)
            item.legend = None
        self.labels, self.series = list(labels), [list(s) for s in series]
        item.setTitle(title, color=INK)
        rows = len(labels)
        height = 0.7 / max(1, len(series))
        if names:
            item.addLegend(offset=(-10, 10), labelTextColor=INK)
        for number, counts in enumerate(series):
            colour = (BAR, SECOND)[number % 2]
            offset = (number - (len(series) - 1) / 2) * height
            bars = pg.BarGraphItem(
                x0=[0] * rows,
                y=[rows - 1 - i + offset for i in range(rows)],
                height=height,
                width=list(counts),
                brush=colour,
                pen=pg.mkPen(None),  # a bar of 0 is no bar, not a line
                name=names[number] if number < len(names) else None,
            )
            item.addItem(bars)
        left = item.getAxis("left")
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        shown = [wrapped(text, metrics) for text in labels]
        left.setTicks([[(rows - 1 - i, text) for i, text in enumerate(shown)]])
        # The axis must be as wide as the longest line, or pyqtgraph drops the labels.
        lines = [line for text in shown for line in text.split("\n")]
        left.setWidth(max((metrics.horizontalAdvance(t) for t in lines), default=20) + 16)
        widest = max((max(s, default=0) for s in series), default=0)
        step = max(1, math.ceil(widest / 8))
        item.getAxis("bottom").setTickSpacing(step, step)  # people are counted whole
        item.setXRange(0, max(1, widest) * 1.05, padding=0)
        item.setYRange(-0.6, max(0, rows - 1) + 0.6, padding=0)
        # Lay the axes out now: a file written before the next paint must hold the labels
        # (an axis not yet as wide as they are drops them).
        item.layout.activate()

    def png(self) -> bytes:
        # Twice the size on screen, so that the file stays sharp in a report.
        image = QImage(self.width() * 2, self.height() * 2, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.scene().render(painter, QRectF(image.rect()), self.sceneRect())
        finally:
            painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def svg(self) -> bytes:
        # The scene drawn through Qt's SVG painter (vector shapes and text). pyqtgraph's own
        # SVGExporter reparses Qt's path syntax and fails on Qt 6.11's.
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        width, height = self.width(), self.height()
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(self.size())
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(self.getPlotItem().titleLabel.text)
        painter = QPainter(generator)
        try:
            self.scene().render(painter, QRectF(0, 0, width, height), self.sceneRect())
        finally:
            painter.end()
        buffer.close()
        return bytes(data.data())
