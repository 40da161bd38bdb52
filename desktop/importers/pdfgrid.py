"""Ruled tables of a text PDF from pypdfium2: the ruling lines make a grid, the characters fill it.

pypdfium2 (PDFium) gives every path's segments and every character's box quickly; the table is
rebuilt here rather than through a layout engine:
- horizontal and vertical segments (a cell drawn as a rectangle gives four) are snapped to rows
  and columns of a grid;
- a grid cell whose top (left) border is not drawn belongs to the cell above (to the left): a merged
  cell, whose text goes to its first row and column, the others read empty, as in a spreadsheet;
- each character goes to the cell holding its centre; a cell's text is its lines top to bottom,
  joined by line breaks; characters outside the grid are the page's loose text (title, 部门名称).
"""

from __future__ import annotations

import bisect
import ctypes
from dataclasses import dataclass, field

_Char = tuple[float, float, float, str]  # (centre y, left, right, character)
SNAP = 1.5  # points: borders this close are one
MIN_CELL = 3.0  # points: thinner strips between borders are double lines, not rows


@dataclass
class PageTable:
    rows: list[list[str]] = field(default_factory=list)
    above: list[str] = field(default_factory=list)  # text lines above the grid (title, 部门名称 …)
    outside: list[str] = field(default_factory=list)  # text below or beside the grid (page numbers …)
    chars: int = 0
    text: str = ""


def _turn(rotation: int):
    """Page coordinates → as displayed, for a page shown turned clockwise by /Rotate degrees."""
    return {
        90: lambda x, y: (y, -x),
        180: lambda x, y: (-x, -y),
        270: lambda x, y: (-y, x),
    }.get(rotation % 360, lambda x, y: (x, y))


def _box(turn, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    (x0, y0), (x1, y1) = turn(box[0], box[1]), turn(box[2], box[3])
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def _segments(
    page, raw, turn
) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """(horizontal (y, x0, x1), vertical (x, y0, y1)) segments of every path on the page."""
    horizontal, vertical = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH], max_depth=4):
        matrix, holder = obj.get_matrix(), obj.container
        while holder is not None:  # a path inside a form XObject: the form's placement on top
            matrix = matrix.multiply(holder.get_matrix())
            holder = holder.container
        a, b, c, d, e, f = matrix.get()
        count = raw.FPDFPath_CountSegments(obj.raw)
        start = prev = None
        for i in range(count):
            seg = raw.FPDFPath_GetPathSegment(obj.raw, i)
            if not raw.FPDFPathSegment_GetPoint(seg, x, y):
                continue
            point = turn(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            kind = raw.FPDFPathSegment_GetType(seg)
            if kind == raw.FPDF_SEGMENT_MOVETO:
                start = prev = point
                continue
            if prev is not None and kind == raw.FPDF_SEGMENT_LINETO:
                _add(prev, point, horizontal, vertical)
            prev = point
            if raw.FPDFPathSegment_GetClose(seg) and start is not None:
                _add(point, start, horizontal, vertical)
                prev = start
    return horizontal, vertical


def _add(p, q, horizontal, vertical) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < SNAP and abs(x0 - x1) >= SNAP:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) < SNAP and abs(y0 - y1) >= SNAP:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] < MIN_CELL:
            continue
        out.append(v)
    return out


def _covered(spans: list[tuple[float, float]], lo: float, hi: float) -> bool:
    """True when the union of `spans` covers [lo, hi] (within SNAP at each end)."""
    reach = lo + SNAP
    for s0, s1 in sorted(spans):
        if s0 > reach:
            return False
        reach = max(reach, s1 + SNAP)
        if reach >= hi:
            return True
    return reach >= hi


def _near(axis: list[float], value: float) -> int | None:
    i = bisect.bisect_left(axis, value - SNAP)
    if i < len(axis) and abs(axis[i] - value) <= SNAP:
        return i
    return None


def read_page(page, raw) -> PageTable:
    out = PageTable()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        # PDFium reports a hyphen that ends a line as U+FFFE
        text = (textpage.get_text_range() if n else "").replace("\ufffe", "-")
        out.text = text
        turn = _turn(page.get_rotation())
        boxes = [_box(turn, textpage.get_charbox(i, loose=True)) for i in range(n)]
    finally:
        textpage.close()
    chars = [(text[i], boxes[i]) for i in range(min(n, len(text))) if not text[i].isspace()]
    out.chars = len(chars)
    horizontal, vertical = _segments(page, raw, turn)
    # a row cut at the page's foot may have no bottom line: the vertical lines still say where it ends
    ys = _snap([h[0] for h in horizontal] + [v[1] for v in vertical] + [v[2] for v in vertical])
    xs = _snap([v[0] for v in vertical] + [h[1] for h in horizontal] + [h[2] for h in horizontal])
    if len(ys) < 2 or len(xs) < 2:
        out.above = text.splitlines()
        return out
    # borders drawn, keyed by grid line: the spans they cover along it
    h_spans: dict[int, list[tuple[float, float]]] = {}
    for y, x0, x1 in horizontal:
        k = _near(ys, y)
        if k is not None:
            h_spans.setdefault(k, []).append((x0, x1))
    v_spans: dict[int, list[tuple[float, float]]] = {}
    for x, y0, y1 in vertical:
        k = _near(xs, x)
        if k is not None:
            v_spans.setdefault(k, []).append((y0, y1))
    rows_n, cols_n = len(ys) - 1, len(xs) - 1
    top = ys[::-1]  # PDF y grows upwards: row 0 is the highest band

    # anchor[r][c] = the grid cell a merged block starts at (its first row and column)
    anchor: list[list[tuple[int, int]]] = [[(r, c) for c in range(cols_n)] for r in range(rows_n)]
    for r in range(rows_n):
        y_hi, y_lo = top[r], top[r + 1]
        k_hi = len(ys) - 1 - r
        for c in range(cols_n):
            x_lo, x_hi = xs[c], xs[c + 1]
            if c > 0 and not _covered(v_spans.get(c, []), y_lo, y_hi):
                anchor[r][c] = anchor[r][c - 1]
            elif r > 0 and not _covered(h_spans.get(k_hi, []), x_lo, x_hi):
                anchor[r][c] = anchor[r - 1][c]
    cells: dict[tuple[int, int], list[_Char]] = {}
    loose: list[_Char] = []
    outside: list[_Char] = []  # below or beside the grid
    down = [-y for y in top]
    for ch, (left, bottom, right, top_y) in chars:
        cx, cy = (left + right) / 2, (bottom + top_y) / 2
        item = (cy, left, right, ch)
        if not (xs[0] <= cx <= xs[-1] and ys[0] <= cy <= ys[-1]):
            (loose if cy > ys[-1] else outside).append(item)
            continue
        c = min(bisect.bisect_right(xs, cx) - 1, cols_n - 1)
        r = min(bisect.bisect_right(down, -cy) - 1, rows_n - 1)
        cells.setdefault(anchor[r][c], []).append(item)
    for r in range(rows_n):
        if cols_n > 1 and all(anchor[r][c] == (r, 0) for c in range(cols_n)) and not _covered(
            v_spans.get(0, []), top[r + 1], top[r]
        ):  # a band with no cell border at all: the gap between two tables, not a row
            outside.extend(cells.get((r, 0), []))
            continue
        row = []
        for c in range(cols_n):
            row.append(_text(cells.get((r, c), [])) if anchor[r][c] == (r, c) else "")
        if any(row) or any(anchor[r][c] == (r, c) for c in range(cols_n)):
            out.rows.append(row)
    out.above = _lines(loose)
    out.outside = _lines(outside)
    return out


def _text(chars: list[_Char]) -> str:
    return "\n".join(_lines(chars))


def _lines(chars: list[_Char]) -> list[str]:
    """Characters into lines, top to bottom; a wide gap between two characters is a space."""
    if not chars:
        return []
    chars = sorted(chars, key=lambda t: -t[0])
    lines: list[list[_Char]] = [[chars[0]]]
    for item in chars[1:]:
        if lines[-1][0][0] - item[0] > 3.0:
            lines.append([item])
        else:
            lines[-1].append(item)
    out = []
    for line in lines:
        line.sort(key=lambda t: t[1])
        text = line[0][3]
        for prev, item in zip(line, line[1:], strict=False):
            gap = item[1] - prev[2]
            text += (" " if gap > max(prev[2] - prev[1], 3.0) else "") + item[3]
        out.append(text)
    return out
