"""Charts on screen: a widget that paints one desktop.reports.chart_data.Chart with QPainter.

Why QPainter and not a charting library: benchmarks/bench_chart_widgets.py measured QtCharts
(PySide6-Addons, +160.7 MB) and pyqtgraph (+ numpy, +72.5 MB, 1.6–5.5 s to import) against this
widget on install size and paint time (figures in that file's docstring). The charts here are a few
dozen bars and a 12-point line, which paint as fast with QPainter; the widget adds nothing to the
installer.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.chart_data import Chart

COLORS = [QColor("#4472C4"), QColor("#ED7D31"), QColor("#A5A5A5"), QColor("#70AD47")]
REFERENCE = QColor("#C00000")
GRID = QColor("#D9D9D9")


def axis(chart: Chart) -> tuple[float, int]:
    """The axis end and tick count, as the PDF draws it (1/2/5 × 10^k steps, whole steps for counts)."""
    values = [float(v) for s in chart.series for v in s.values if v is not None]
    top = max(values + [float(chart.reference or 0), 1.0])
    magnitude = 10 ** math.floor(math.log10(top))
    for step in (magnitude / 5, magnitude / 2, magnitude, magnitude * 2, magnitude * 5, magnitude * 10):
        if chart.unit == "个" and step < 1:
            continue
        if top / step <= 5:
            n = math.ceil(top / step - 1e-9)
            return n * step, n
    return top, 5


def _fmt(v: float, unit: str) -> str:
    text = f"{v:.0f}" if abs(v - round(v)) < 1e-9 else f"{v:.1f}"
    return text + ("%" if unit == "%" else "")


class ChartWidget(QWidget):
    """One chart; horizontal bar charts grow with their number of rows."""

    def __init__(self, chart: Chart, parent=None):
        super().__init__(parent)
        self.chart = chart
        self.setObjectName(f"chart_{chart.key}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.sizeHint().height())
        self.setToolTip("\n".join(chart.notes))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = len(self.chart.labels)
        if self.chart.kind == "hbar":
            return QSize(640, 70 + rows * (6 + 12 * max(len(self.chart.series), 1)) + 16 * len(self.chart.notes))
        return QSize(640, 280 + 16 * len(self.chart.notes))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        paint_chart(painter, self.chart, QRectF(self.rect()).adjusted(8, 6, -8, -6), self.font())
        painter.end()


def paint_chart(painter: QPainter, chart: Chart, rect: QRectF, font) -> None:
    metrics = QFontMetricsF(font)
    line_h = metrics.height()
    title_font = type(font)(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    painter.setPen(Qt.GlobalColor.black)
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line_h + 2), chart.title)
    painter.setFont(font)
    y = rect.top() + line_h + 6
    x = rect.left()
    for i, s in enumerate(chart.series):
        painter.fillRect(QRectF(x, y + 3, 12, line_h - 6), COLORS[i % len(COLORS)])
        painter.drawText(QRectF(x + 16, y, 160, line_h), s.name)
        x += 24 + metrics.horizontalAdvance(s.name)
    notes_h = line_h * len(chart.notes)
    plot = QRectF(rect.left(), y + line_h + 6, rect.width(), rect.bottom() - (y + line_h + 6) - notes_h - line_h)
    if chart.empty:
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "\n".join(chart.notes) or "—")
        return
    top, ticks = axis(chart)
    if chart.kind == "hbar":
        _paint_hbar(painter, chart, plot, metrics, top, ticks)
    else:
        _paint_vertical(painter, chart, plot, metrics, top, ticks)
    for i, note in enumerate(chart.notes):
        painter.drawText(QRectF(rect.left(), rect.bottom() - line_h * (len(chart.notes) - i), rect.width(), line_h),
                         note)


def _paint_hbar(painter, chart, plot: QRectF, metrics, top: float, ticks: int) -> None:
    label_w = min(plot.width() * 0.35, max(metrics.horizontalAdvance(label) for label in chart.labels) + 8)
    left, width = plot.left() + label_w, plot.width() - label_w - 48
    bottom = plot.bottom()
    n = len(chart.series)
    group = (bottom - plot.top()) / len(chart.labels)
    bar = max(min((group - 6) / max(n, 1), 14), 2)
    for k in range(ticks + 1):
        x = left + width * k / ticks
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(int(x), int(plot.top()), int(x), int(bottom))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(x - 30, bottom, 60, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                         _fmt(top * k / ticks, chart.unit))
    for i, label in enumerate(chart.labels):
        y0 = plot.top() + group * i + 3
        painter.setPen(Qt.GlobalColor.black)
        shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 8)
        painter.drawText(QRectF(plot.left(), y0, label_w - 6, bar * n), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignVCenter, shown)
        for k, s in enumerate(chart.series):
            v = s.values[i]
            if v is None:
                continue
            length = width * float(v) / top
            painter.fillRect(QRectF(left, y0 + k * bar, length, bar - 1), COLORS[k % len(COLORS)])
            painter.drawText(QRectF(left + length + 3, y0 + k * bar - 2, 60, bar + 4), Qt.AlignmentFlag.AlignVCenter,
                             _fmt(float(v), chart.unit) if chart.unit == "%" else f"{float(v):.2f}")
    if chart.reference is not None:
        x = left + width * float(chart.reference) / top
        painter.setPen(QPen(REFERENCE, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), int(plot.top()), int(x), int(bottom))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawLine(int(left), int(plot.top()), int(left), int(bottom))


def _paint_vertical(painter, chart, plot: QRectF, metrics, top: float, ticks: int) -> None:
    left = plot.left() + 44
    width, bottom = plot.right() - left, plot.bottom() - metrics.height() - 2  # a row for the labels
    height = bottom - plot.top() - metrics.height()
    for k in range(ticks + 1):
        y = bottom - height * k / ticks
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(int(left), int(y), int(left + width), int(y))
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(plot.left(), y - metrics.height() / 2, 40, metrics.height()),
                         Qt.AlignmentFlag.AlignRight, _fmt(top * k / ticks, chart.unit))
    slot = width / len(chart.labels)
    for i, label in enumerate(chart.labels):
        painter.drawText(QRectF(left + slot * i, bottom + 2, slot, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                         label)
    if chart.kind == "bar":
        bar = slot * 0.7 / len(chart.series)
        for k, s in enumerate(chart.series):
            for i, v in enumerate(s.values):
                if v is None:
                    continue
                h = height * float(v) / top
                x = left + slot * i + slot * 0.15 + k * bar
                painter.fillRect(QRectF(x, bottom - h, bar, h), COLORS[k % len(COLORS)])
                painter.drawText(QRectF(x - 10, bottom - h - metrics.height(), bar + 20, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, _fmt(float(v), chart.unit))
    else:
        for k, s in enumerate(chart.series):
            pen = QPen(COLORS[k % len(COLORS)], 2, Qt.PenStyle.DashLine if k == 1 else Qt.PenStyle.SolidLine)
            points = [(left + slot * (i + 0.5), bottom - height * float(v) / top)
                      for i, v in enumerate(s.values) if v is not None]
            painter.setPen(pen)
            for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
                painter.drawLine(int(x0), int(y0), int(x1), int(y1))
            if k == 0:
                painter.setPen(Qt.GlobalColor.black)
                for (x, y_), v in zip(points, [v for v in s.values if v is not None], strict=True):
                    painter.fillRect(QRectF(x - 3, y_ - 3, 6, 6), COLORS[0])
                    painter.drawText(QRectF(x - 30, y_ - metrics.height() - 3, 60, metrics.height()),
                                     Qt.AlignmentFlag.AlignHCenter, _fmt(float(v), chart.unit))
    painter.setPen(Qt.GlobalColor.black)
    painter.drawLine(int(left), int(bottom), int(left + width), int(bottom))


class ChartsDialog(QDialog):
    """The year's charts (department first, then the chosen project's), scrolling."""

    def __init__(self, charts: list[Chart], title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("chartsDialog")
        self.setWindowTitle(title)
        body = QWidget()
        column = QVBoxLayout(body)
        self.widgets = [ChartWidget(chart) for chart in charts]
        for widget in self.widgets:
            column.addWidget(widget)
        if not charts:
            column.addWidget(QLabel(self.tr("Nothing to chart for this year.")))
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(760, 720)
