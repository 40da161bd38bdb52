"""Charts as vectors: reportlab graphics in the PDF, native Excel charts in the workbook.

`perfdesk report charts --out FILE.pdf|xlsx [--project NAME]`: the department's charts (score
distribution, grades, monthly execution against the 1/12 line, 表3 by branch), then per project
its indicators' 完成率 and score against weight. The drawings are reportlab shapes (lines,
rectangles, strings in the embedded CJK font): they print sharp at any size.
"""

from __future__ import annotations

import math
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4

from desktop.reports.chart_data import Chart
from desktop.reports.fonts import FontSet, font_set
from desktop.reports.pdf import new_canvas

COLORS = [HexColor("#4472C4"), HexColor("#ED7D31"), HexColor("#A5A5A5"), HexColor("#70AD47")]
REFERENCE = HexColor("#C00000")
GRID = HexColor("#D9D9D9")
WIDTH = 480.0
LABEL_CHARS = 14


def _short(text: str, n: int = LABEL_CHARS) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _axis(values: list[Decimal | None], reference: Decimal | None, whole: bool) -> tuple[float, int]:
    """The axis end and its tick count: 1/2/5 × 10^k steps, at most 5 of them; whole steps for counts."""
    top = max([float(v) for v in values if v is not None] + [float(reference or 0), 1.0])
    magnitude = 10 ** math.floor(math.log10(top))
    for step in (magnitude / 5, magnitude / 2, magnitude, magnitude * 2, magnitude * 5, magnitude * 10):
        if whole and step < 1:
            continue
        if top / step <= 5:
            n = math.ceil(top / step - 1e-9)
            return n * step, n
    return top, 5


def _ticks(top: float, n: int) -> list[float]:
    return [top * i / n for i in range(n + 1)]


def _fmt(v: float, unit: str) -> str:
    text = f"{v:.0f}" if abs(v - round(v)) < 1e-9 else f"{v:.1f}"
    return text + ("%" if unit == "%" else "")


def drawing(chart: Chart, font: str) -> Drawing:
    """The chart as a reportlab Drawing (vector shapes only)."""
    if chart.kind == "hbar":
        return _hbar(chart, font)
    return _vertical(chart, font)


def _title(d: Drawing, chart: Chart, font: str, top: float) -> float:
    d.add(String(0, top - 14, chart.title, fontName=font, fontSize=11))
    y = top - 30
    for i, s in enumerate(chart.series):
        x = i * 150.0
        d.add(Rect(x, y, 10, 8, fillColor=COLORS[i % len(COLORS)], strokeColor=None))
        d.add(String(x + 14, y, s.name, fontName=font, fontSize=8))
    if chart.reference is not None:
        x = len(chart.series) * 150.0
        d.add(Line(x, y + 4, x + 12, y + 4, strokeColor=REFERENCE, strokeWidth=1, strokeDashArray=[3, 2]))
        d.add(String(x + 16, y, _fmt(float(chart.reference), chart.unit), fontName=font, fontSize=8))
    return y - 10


def _notes(d: Drawing, chart: Chart, font: str) -> None:
    for i, note in enumerate(chart.notes):
        d.add(String(0, 2 + 10 * (len(chart.notes) - 1 - i), _short(note, 60), fontName=font, fontSize=7))


def _hbar(chart: Chart, font: str) -> Drawing:
    n_series = max(len(chart.series), 1)
    group = 6 + 9 * n_series
    label_w = 150.0
    notes_h = 10.0 * len(chart.notes) + 4
    plot_h = max(group * len(chart.labels), 20)
    height = plot_h + 44 + 22 + notes_h
    d = Drawing(WIDTH, height)
    plot_top = _title(d, chart, font, height)
    plot_bottom = plot_top - plot_h
    plot_w = WIDTH - label_w - 10
    values = [v for s in chart.series for v in s.values]
    top, n_ticks = _axis(values, chart.reference, chart.unit == "个")
    for t in _ticks(top, n_ticks):
        x = label_w + plot_w * t / top
        d.add(Line(x, plot_bottom, x, plot_top, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(x, plot_bottom - 10, _fmt(t, chart.unit), fontName=font, fontSize=7, textAnchor="middle"))
    for i, label in enumerate(chart.labels):
        y0 = plot_top - (i + 1) * group + 3
        d.add(String(label_w - 4, y0 + (group - 6) / 2 - 3, _short(label), fontName=font, fontSize=8,
                     textAnchor="end"))
        for k, s in enumerate(chart.series):
            v = s.values[i]
            if v is None:
                continue
            y = y0 + (n_series - 1 - k) * 9
            d.add(Rect(label_w, y, plot_w * float(v) / top, 8, fillColor=COLORS[k % len(COLORS)], strokeColor=None))
            d.add(String(label_w + plot_w * float(v) / top + 2, y + 1, _fmt(float(v), chart.unit)
                         if chart.unit == "%" else f"{float(v):.2f}", fontName=font, fontSize=6.5))
    if chart.reference is not None:
        x = label_w + plot_w * float(chart.reference) / top
        d.add(Line(x, plot_bottom, x, plot_top, strokeColor=REFERENCE, strokeWidth=1, strokeDashArray=[3, 2]))
    d.add(Line(label_w, plot_bottom, label_w, plot_top, strokeColor=black, strokeWidth=0.7))
    _notes(d, chart, font)
    return d


def _vertical(chart: Chart, font: str) -> Drawing:
    height = 230.0 + 10 * len(chart.notes)
    d = Drawing(WIDTH, height)
    plot_top = _title(d, chart, font, height)
    left, plot_bottom = 36.0, 30.0 + 10 * len(chart.notes)
    plot_w, plot_h = WIDTH - left - 10, plot_top - plot_bottom
    values = [v for s in chart.series for v in s.values]
    top, n_ticks = _axis(values, chart.reference, chart.unit == "个")
    for t in _ticks(top, n_ticks):
        y = plot_bottom + plot_h * t / top
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        d.add(String(left - 3, y - 3, _fmt(t, chart.unit), fontName=font, fontSize=7, textAnchor="end"))
    n = max(len(chart.labels), 1)
    slot = plot_w / n
    for i, label in enumerate(chart.labels):
        d.add(String(left + slot * (i + 0.5), plot_bottom - 11, _short(label, 8), fontName=font, fontSize=7.5,
                     textAnchor="middle"))
    if chart.kind == "bar":
        width = slot * 0.7 / max(len(chart.series), 1)
        for k, s in enumerate(chart.series):
            for i, v in enumerate(s.values):
                if v is None:
                    continue
                x = left + slot * i + slot * 0.15 + k * width
                h = plot_h * float(v) / top
                d.add(Rect(x, plot_bottom, width, h, fillColor=COLORS[k % len(COLORS)], strokeColor=None))
                d.add(String(x + width / 2, plot_bottom + h + 2, _fmt(float(v), chart.unit), fontName=font,
                             fontSize=7, textAnchor="middle"))
    else:
        for k, s in enumerate(chart.series):
            points = [(left + slot * (i + 0.5), plot_bottom + plot_h * float(v) / top)
                      for i, v in enumerate(s.values) if v is not None]
            dash = [3, 2] if k == 1 else None
            for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
                d.add(Line(x0, y0, x1, y1, strokeColor=COLORS[k % len(COLORS)], strokeWidth=1.5,
                           strokeDashArray=dash))
            if k == 0:
                for (x, y), v in zip(points, [v for v in s.values if v is not None], strict=True):
                    d.add(Rect(x - 2, y - 2, 4, 4, fillColor=COLORS[0], strokeColor=None))
                    d.add(String(x, y + 4, _fmt(float(v), chart.unit), fontName=font, fontSize=6.5,
                                 textAnchor="middle"))
    d.add(Line(left, plot_bottom, left + plot_w, plot_bottom, strokeColor=black, strokeWidth=0.7))
    _notes(d, chart, font)
    return d


def write_charts_pdf(charts: list[Chart], out: Path, title: str, fonts: FontSet | None = None) -> int:
    """Charts stacked down A4 pages; returns the page count."""
    fonts = fonts or font_set()
    font = fonts.body.fonts[0].fontName
    canvas = new_canvas(out, fonts, title)
    page_w, page_h = A4
    margin = 57.0
    y = page_h - margin
    pages = 1
    canvas.setFont(fonts.title.fonts[0].fontName, 15)
    canvas.drawCentredString(page_w / 2, y - 15, title)
    y -= 40
    for chart in charts:
        d = drawing(chart, font)
        if d.height > y - margin and y < page_h - margin - 40:
            canvas.showPage()
            pages += 1
            y = page_h - margin
        scale = min(1.0, (page_h - 2 * margin) / d.height)
        canvas.saveState()
        canvas.translate((page_w - WIDTH * scale) / 2, y - d.height * scale)
        canvas.scale(scale, scale)
        renderPDF.draw(d, canvas, 0, 0)
        canvas.restoreState()
        y -= d.height * scale + 24
    canvas.save()
    return pages


def write_charts_xlsx(charts: list[Chart], out: Path) -> int:
    """One sheet per chart: its data table and a native Excel chart drawn from it."""
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for chart in charts:
        name = _sheet_name(chart.title, used)
        ws = wb.create_sheet(name)
        ws.append([chart.title])
        ws.append(["", *[s.name for s in chart.series]])
        for i, label in enumerate(chart.labels):
            ws.append([label, *[None if s.values[i] is None else float(s.values[i]) for s in chart.series]])
        for note in chart.notes:
            ws.append([note])
        ws.column_dimensions["A"].width = 30
        if chart.empty:
            continue
        xl = LineChart() if chart.kind == "line" else BarChart()
        if chart.kind == "hbar":
            xl.type = "bar"
        xl.title = chart.title
        xl.y_axis.title = chart.unit
        last = 2 + len(chart.labels)
        data = Reference(ws, min_col=2, max_col=1 + len(chart.series), min_row=2, max_row=last)
        xl.add_data(data, titles_from_data=True)
        xl.set_categories(Reference(ws, min_col=1, min_row=3, max_row=last))
        xl.width, xl.height = 22, max(8, 0.6 * len(chart.labels) + 4) if chart.kind == "hbar" else 9
        ws.add_chart(xl, "E2")
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return len(wb.worksheets)


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(ch for ch in title if ch not in '[]:*?/\\')[:28] or "图表"
    name, k = base, 2
    while name in used:
        name = f"{base[:25]}({k})"
        k += 1
    used.add(name)
    return name
