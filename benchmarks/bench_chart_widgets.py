"""Charts on screen: QtCharts (PySide6-Addons) vs pyqtgraph (+ numpy) vs our QPainter widget.

Run (the libraries are not dependencies of the app; install them in a scratch venv first):
    python3 -m venv /tmp/cv && /tmp/cv/bin/pip install PySide6-Essentials==6.12.0 PySide6-Addons==6.12.0 pyqtgraph
    QT_QPA_PLATFORM=offscreen PYTHONPATH=. /tmp/cv/bin/python benchmarks/bench_chart_widgets.py
Measured: the disk size the distribution adds (files listed in its installed RECORD), the time to
import it, and the time to paint the same two charts — 40 indicators × 2 series as horizontal
bars, and 表2's 10 months × 2 lines — into a 900×700 image, 30 times each.

Measured here, two runs (2 cores shared with ~7 other jobs, so paint times are noisy; Python 3.12,
Qt 6.12.0, PySide6-Addons 6.12.0, pyqtgraph 0.14.0, numpy 2.5.5; 2026-11-30):

    app base, PySide6-Essentials + shiboken6      250.2 MB
    QtCharts (PySide6-Addons: the whole wheel)    +160.7 MB   import 13–55 ms     bars 38–81 ms  lines 4–21 ms
    pyqtgraph + numpy                              +72.5 MB   import 1.6–5.5 s    bars 27–40 ms  lines 4–8 ms
    QPainter widget (desktop.views.chart_view)       +0 MB   import 52–117 ms    bars 30–33 ms  lines 5–20 ms

Of the two libraries pyqtgraph fits PySide6-Essentials better (less than half the disk, no second
Qt wheel to keep in step with Essentials), but it costs seconds of import on a cold start and
brings numpy. The charts the officers need are a few dozen bars and a 12-point line, which paint
as fast with QPainter, so the app draws them itself and adds nothing to the installer.
"""

from __future__ import annotations

import importlib.metadata as md
import os
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.reports.chart_data import Chart, Series  # noqa: E402

RUNS = 30
SIZE = (900, 700)


def dist_size(name: str) -> float:
    try:
        dist = md.distribution(name)
    except md.PackageNotFoundError:
        return float("nan")
    total = 0
    for f in dist.files or ():
        path = Path(dist.locate_file(f))
        if path.is_file():
            total += path.stat().st_size
    return total / 1e6


def charts() -> tuple[Chart, Chart]:
    labels = [f"第{i}项绩效指标名称较长" for i in range(1, 41)]
    bars = Chart("b", "得分与分值", "hbar", labels,
                 [Series("分值", [Decimal(10)] * 40), Series("得分", [Decimal(5 + i % 6) for i in range(40)])], "分")
    months = [f"{m}月" for m in range(3, 13)]
    line = Chart("m", "支出进度", "line", months,
                 [Series("支出进度", [Decimal(m * 8) for m in range(3, 13)]),
                  Series("序时进度", [Decimal(m * 100 / 12) for m in range(3, 13)])], "%")
    return bars, line


def paint(widget) -> float:
    widget.resize(*SIZE)
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    start = time.perf_counter()
    for _ in range(RUNS):
        QWidget.render(widget, image)  # QGraphicsView overrides render(); paint the widget as shown
    return (time.perf_counter() - start) / RUNS * 1000


def ours(chart: Chart):
    from desktop.views.chart_view import ChartWidget

    return ChartWidget(chart)


def qtcharts(chart: Chart):
    from PySide6.QtCharts import (
        QBarCategoryAxis,
        QBarSet,
        QChart,
        QChartView,
        QHorizontalBarSeries,
        QLineSeries,
        QValueAxis,
    )

    qc = QChart()
    qc.setTitle(chart.title)
    qc.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    categories = QBarCategoryAxis()
    categories.append(chart.labels)
    values = QValueAxis()
    if chart.kind == "hbar":
        series = QHorizontalBarSeries()
        for s in chart.series:
            bar_set = QBarSet(s.name)
            bar_set.append([float(v) for v in s.values])
            series.append(bar_set)
        qc.addSeries(series)
        qc.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        qc.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
    else:
        qc.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        qc.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for s in chart.series:
            line = QLineSeries()
            line.setName(s.name)
            for i, v in enumerate(s.values):
                line.append(i + 0.5, float(v))
            qc.addSeries(line)
            line.attachAxis(values)
    return QChartView(qc)


def pyqtgraph_widget(chart: Chart):
    import pyqtgraph as pg

    plot = pg.PlotWidget(title=chart.title, background="w")
    ticks = [list(enumerate(chart.labels))]
    if chart.kind == "hbar":
        for k, s in enumerate(chart.series):
            y = [i + k * 0.4 for i in range(len(chart.labels))]
            plot.addItem(pg.BarGraphItem(x0=0, y=y, height=0.38, width=[float(v) for v in s.values],
                                         brush=("#4472C4", "#ED7D31")[k % 2]))
        plot.getAxis("left").setTicks(ticks)
    else:
        for k, s in enumerate(chart.series):
            plot.plot(list(range(len(s.values))), [float(v) for v in s.values],
                      pen=pg.mkPen(("#4472C4", "#ED7D31")[k % 2], width=2), symbol="s")
        plot.getAxis("bottom").setTicks(ticks)
    return plot


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    bars, line = charts()
    essentials = dist_size("PySide6-Essentials") + dist_size("shiboken6")
    print(f"PySide6-Essentials + shiboken6 (the app's base): {essentials:.1f} MB")
    rows = [("QPainter widget (desktop.views.chart_view)", 0.0, "desktop.views.chart_view", ours)]
    rows.append(("QtCharts (PySide6-Addons)", dist_size("PySide6-Addons"), "PySide6.QtCharts", qtcharts))
    rows.append(("pyqtgraph + numpy", dist_size("pyqtgraph") + dist_size("numpy"), "pyqtgraph", pyqtgraph_widget))
    for name, size, module, make in rows:
        try:
            start = time.perf_counter()
            __import__(module)
            imported = (time.perf_counter() - start) * 1000
        except ImportError as exc:
            print(f"{name}: not installed ({exc})")
            continue
        bar_ms, line_ms = paint(make(bars)), paint(make(line))
        print(f"{name}: adds {size:.1f} MB on disk; import {imported:.0f} ms; "
              f"paint 40×2 bars {bar_ms:.1f} ms, 10-month lines {line_ms:.1f} ms")
    app.quit()
    os._exit(0)  # skip Qt's teardown of three libraries' objects


if __name__ == "__main__":
    main()
