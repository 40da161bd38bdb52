"""A form as a grid of cells (shared by the PDF and Excel writers) and its pagination.

Each form becomes a Sheet: column widths in mm and rows of cells; a cell spans columns, and a
cell with a `merge` key merges down with the cells below it in the same column that carry the
same key (一级 / 二级 labels). Header rows (`header=True`) repeat at the top of every page that
continues their block. Pagination is ours, not platypus: rows are never cut, merged labels are
repeated on each page they reach, and a row taller than a page is split into pieces.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from decimal import Decimal

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm

from desktop.reports.data import SignatureBlock
from desktop.reports.fonts import FontSet


@dataclass
class Cell:
    text: str = ""
    span: int = 1
    align: str = "C"  # L / C / R, or A: centred when it fits one line, else flush left
    merge: object = None  # equal keys in consecutive rows of this column merge down
    bold: bool = False
    value: Decimal | str | None = None  # what Excel stores (a number with `fmt`), else text
    fmt: str | None = None  # Excel number format, e.g. "0.00" or "0.00%"

    @property
    def is_number(self) -> bool:
        """A figure (money, rate, points): printed on one line, never broken between digits."""
        return self.value is not None and not isinstance(self.value, str)


@dataclass
class SheetRow:
    cells: list[Cell]
    header: bool = False  # repeated at the top of following pages while its block goes on


@dataclass
class Sheet:
    """One form instance: its own PDF page numbering, one Excel worksheet."""

    title: str
    col_widths: list[float]  # mm, adding up to the printable width
    rows: list[SheetRow]
    subtitle: str = ""
    meta_left: str = ""
    meta_right: str = ""
    landscape: bool = False
    signature: SignatureBlock | None = None
    sheet_name: str = "Sheet"
    cont_note: str = ""  # printed under the title of continuation pages (which project)


@dataclass(frozen=True)
class Style:
    margin: float = 15 * mm
    footer_y: float = 8 * mm
    title_size: float = 16
    subtitle_size: float = 11
    meta_size: float = 10
    size: float = 9  # table text
    min_size: float = 5.5  # a long number shrinks down to this size...
    min_scale: float = 0.6  # ...then is narrowed (horizontal scaling), then shrinks again
    leading: float = 11.5
    pad_x: float = 2.2
    pad_y: float = 2.6


STYLE = Style()


@dataclass
class LaidCell:
    x: float
    w: float
    lines: list[str]
    align: str
    merge: object
    bold: bool
    col: int
    size: float | None = None  # a number shrunk to fit (None: the table's size)
    scale: float = 1.0  # horizontal scaling of a number narrowed to fit


@dataclass
class LaidRow:
    cells: list[LaidCell]
    height: float
    header: bool = False
    source: int = 0  # index in Sheet.rows (pieces of a split row share it)
    merged: dict[int, tuple[object, float]] = field(default_factory=dict)  # col -> (key, label need)


@dataclass
class Page:
    rows: list[LaidRow]
    heights: list[float]  # after growing rows so merged labels fit
    continued: bool  # not the first page of the sheet: title says （续表）
    signature: bool = False


@dataclass
class Layout:
    sheet: Sheet
    page_size: tuple[float, float]
    pages: list[Page] = field(default_factory=list)
    table_top: float = 0.0  # y of the table top on the first page
    cont_top: float = 0.0  # y of the table top on continuation pages
    cont_lines: list[str] = field(default_factory=list)  # the continuation note, fitted to the page


def page_size(sheet: Sheet) -> tuple[float, float]:
    return landscape(A4) if sheet.landscape else A4


def fit_number(width_1pt: float, avail: float, st: Style) -> tuple[float | None, float]:
    """(font size, horizontal scale) that put a number `width_1pt` wide at 1 pt into `avail`
    points on one line: the table's size if it fits, else smaller down to min_size, then
    narrower down to min_scale, then smaller again (a 14-digit amount in a 14 mm column)."""
    if width_1pt * st.size <= avail:
        return None, 1.0
    size = avail / width_1pt
    scale = 1.0
    if size < st.min_size:
        scale = max(math.floor(size / st.min_size * 1000) / 1000, st.min_scale)
        size = size / scale
    return math.floor(size * 20) / 20, scale  # a little under: stable digits in the PDF


def _lay_row(row: SheetRow, xs: list[float], fonts: FontSet, st: Style, src: int) -> LaidRow:
    chain = fonts.body
    size = st.size
    cells: list[LaidCell] = []
    col = 0
    own = st.leading
    for c in row.cells:
        x = xs[col]
        w = xs[col + c.span] - x
        text = chain.clean(c.text) if c.text else ""
        if text and c.is_number:
            fit, scale = fit_number(chain.width(text, 1), w - 2 * st.pad_x, st)
            cells.append(LaidCell(x, w, [text], c.align, c.merge, c.bold, col, fit, scale))
            col += c.span
            continue
        lines = chain.lines(text, w - 2 * st.pad_x, size) if text else [""]
        cells.append(LaidCell(x, w, lines, c.align, c.merge, c.bold, col))
        if c.merge is None:
            own = max(own, len(lines) * st.leading)
        col += c.span
    merged = {c.col: (c.merge, _label_need(c, st)) for c in cells if c.merge is not None}
    return LaidRow(cells, own + 2 * st.pad_y, row.header, src, merged)


def _split_tall(row: LaidRow, max_h: float, st: Style) -> list[LaidRow]:
    """A row taller than a page: cut its text into pieces that each fit a page."""
    per = max(1, int((max_h - 2 * st.pad_y) // st.leading))
    longest = max(len(c.lines) for c in row.cells if c.merge is None)
    pieces = []
    for start in range(0, longest, per):
        cells = [
            c if c.merge is not None else replace(c, lines=c.lines[start : start + per] or [""])
            for c in row.cells
        ]
        n = max(len(c.lines) for c in cells if c.merge is None)
        pieces.append(LaidRow(cells, n * st.leading + 2 * st.pad_y, row.header, row.source, row.merged))
    return pieces


def _label_need(cell: LaidCell, st: Style) -> float:
    return len(cell.lines) * st.leading + 2 * st.pad_y


def fit_heights(rows: list[LaidRow], st: Style) -> list[float]:
    """Row heights on one page, the last row of each merged run grown so its label fits."""
    heights = [r.height for r in rows]
    runs: dict[int, tuple[object, int, float]] = {}  # col -> (key, first row, label need)

    def close(col: int, end: int) -> None:
        _key, first, need = runs.pop(col)
        have = sum(heights[first:end])
        if need > have:
            heights[end - 1] += need - have

    for i, row in enumerate(rows):
        merged = row.merged
        for col in [c for c, run in runs.items() if merged.get(c, (None,))[0] != run[0]]:
            close(col, i)
        for col, (key, need) in merged.items():
            if col not in runs:
                runs[col] = (key, i, need)
    for col in list(runs):
        close(col, len(rows))
    return heights


def _unmerge_giants(rows: list[LaidRow], limit: float, st: Style) -> None:
    """A merged label taller than `limit` (a very long 绩效目标) cannot be repeated on every
    page its run reaches: it is printed once, in the run's first row, as ordinary text (split
    like any tall row), and the run's other rows get empty cells."""
    seen: set[tuple[int, object]] = set()
    for i, row in enumerate(rows):
        for col, (key, need) in list(row.merged.items()):
            if need <= limit or (col, key) in seen:
                continue
            seen.add((col, key))
            for j in range(i, len(rows)):
                other = rows[j]
                if other.merged.get(col, (None,))[0] != key:
                    break
                del other.merged[col]
                for c in other.cells:
                    if c.col == col:
                        c.merge = None
                        if j > i:
                            c.lines = [""]
                own = max(len(c.lines) for c in other.cells if c.merge is None)
                other.height = max(other.height, own * st.leading + 2 * st.pad_y)


NOTE_LINES = 2  # a continuation note only names the project: page 1 has the name in full
ELLIPSIS = "…"


def note_lines(note: str, width: float, fonts: FontSet, st: Style, most: int = NOTE_LINES) -> list[str]:
    """The continuation note wrapped to the page width, cut with … after `most` lines (a
    project name of hundreds of characters would otherwise fill every continuation page)."""
    chain = fonts.body
    size = st.meta_size
    lines = chain.lines(chain.clean(note), width, size)
    if len(lines) <= most:
        return lines
    last = lines[most - 1]
    while last and chain.width(last + ELLIPSIS, size) > width:
        last = last[:-1]
    return lines[: most - 1] + [last + ELLIPSIS]


def layout(sheet: Sheet, fonts: FontSet, st: Style = STYLE) -> Layout:
    pw, ph = page_size(sheet)
    scale = (pw - 2 * st.margin) / (sum(sheet.col_widths) * mm)
    xs = [st.margin]
    for w in sheet.col_widths:
        xs.append(xs[-1] + w * mm * scale)

    top = ph - st.margin - st.title_size * 1.4
    if sheet.subtitle:
        top -= st.subtitle_size * 1.6
    if sheet.meta_left or sheet.meta_right:
        top -= st.meta_size * 1.8
    cont_top = ph - st.margin - st.title_size * 1.4
    cont_lines = note_lines(sheet.cont_note, pw - 2 * st.margin, fonts, st) if sheet.cont_note else []
    if cont_lines:
        cont_top -= st.meta_size * 1.8 + (len(cont_lines) - 1) * st.meta_size * 1.4
    top -= 4  # keep the text above off the table's top rule
    cont_top -= 4
    bottom = st.margin + 4 * mm  # room for the page footer
    sig_h = 50.0 if sheet.signature else 0.0  # two lines below the table (pdf._signature)

    laid = [_lay_row(r, xs, fonts, st, i) for i, r in enumerate(sheet.rows)]
    header_h = 0.0  # tallest header block, so any piece fits under a repeated header
    block = 0.0
    for r in laid:
        block = block + r.height if r.header else 0.0
        header_h = max(header_h, block)
    max_body = cont_top - bottom - header_h
    _unmerge_giants(laid, max_body / 2, st)
    rows: list[LaidRow] = []
    for r in laid:
        rows.extend(_split_tall(r, max_body, st) if r.height > max_body else [r])

    # grow the last row of each merged run so its label fits; only runs cut by a page break
    # need another look, once per page (fit_heights below)
    for r, h in zip(rows, fit_heights(rows, st), strict=True):
        r.height = h

    out = Layout(sheet, (pw, ph), table_top=top, cont_top=cont_top, cont_lines=cont_lines)
    cur: list[LaidRow] = []
    current_header: list[LaidRow] = []  # the header block in force
    in_header = False
    avail = top - bottom
    used = 0.0
    i = 0
    while i < len(rows):
        r = rows[i]
        if r.header and not in_header:
            current_header = []
        in_header = r.header
        total = used + r.height
        # a header block must not be left alone at a page foot: keep it with its first body row
        need = total
        if r.header and i + 1 < len(rows) and not rows[i + 1].header:
            need += rows[i + 1].height
        only_headers = all(x.header for x in cur)
        if need <= avail or not cur or (only_headers and not r.header):
            # fits, or nothing better is possible (the row was already split to fit a page)
            cur.append(r)
            used = total
            if r.header:
                current_header.append(r)
            i += 1
            continue
        heights = fit_heights(cur, st)
        while sum(heights) > avail and len(cur) > 1 and not cur[-1].header:
            cur.pop()  # a merged label cut by the break needs room: move a row on
            i -= 1
            heights = fit_heights(cur, st)
        out.pages.append(Page(cur, heights, continued=bool(out.pages)))
        cur = [] if rows[i].header else list(current_header)
        avail = cont_top - bottom
        used = sum(x.height for x in cur)
    if cur or not out.pages:
        heights = fit_heights(cur, st)
        used = sum(heights)
        out.pages.append(Page(cur, heights, continued=bool(out.pages)))
    if sheet.signature:
        if used + sig_h <= avail:
            out.pages[-1].signature = True
        else:
            out.pages.append(_signature_page(out.pages[-1], current_header, cont_top - bottom - sig_h, st))
    return out


def _signature_page(last: Page, header: list[LaidRow], room: float, st: Style) -> Page:
    """The page the signature goes to when the last one is full: the last body row carried over
    under the repeated header, so a form never ends on a （续表） page of signatures alone. A page
    of one body row keeps it (nothing would be left above the break)."""
    body = [k for k, r in enumerate(last.rows) if not r.header]
    if len(body) < 2 or body[-1] != len(last.rows) - 1:
        return Page([], [], continued=True, signature=True)
    moved = last.rows.pop()
    rows = [*header, moved]
    heights = fit_heights(rows, st)
    if sum(heights) > room:  # a tall row: it stays, as before
        last.rows.append(moved)
        return Page([], [], continued=True, signature=True)
    last.heights = fit_heights(last.rows, st)
    return Page(rows, heights, continued=True, signature=True)
