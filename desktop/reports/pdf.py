"""Draw laid-out sheets on a reportlab canvas: grid lines, text runs per font, footer.

Pages are laid out first (grid.layout), so the page count is known before drawing and the
footer 第 X 页 共 Y 页 is written in the same pass. Text goes through one text object per page,
switching font only where the fallback chain says a character needs another font.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from desktop.reports.fonts import FontChain, FontSet, font_set
from desktop.reports.grid import STYLE, LaidCell, Layout, Sheet, Style, layout

SIGNATURE_LABELS = ("填报单位（盖章）", "单位负责人", "填报人", "联系电话", "填报日期")


class _Text:
    """A page's text object with font switching per fallback run."""

    def __init__(self, canvas: Canvas):
        self.t = canvas.beginText()
        self.font: tuple[str, float] | None = None

    def line(self, chain: FontChain, s: str, x: float, y: float, size: float) -> None:
        t = self.t
        t.setTextOrigin(x, y)
        for name, part in chain.runs(s):
            if self.font != (name, size):
                t.setFont(name, size)
                self.font = (name, size)
            t.textOut(part)


def _draw_cell_text(tx: _Text, chain: FontChain, c: LaidCell, top: float, h: float, st: Style) -> None:
    lines = c.lines
    if len(lines) == 1 and not lines[0]:
        return
    size = st.size
    block = len(lines) * st.leading
    y = top - (h - block) / 2 - (st.leading - size) / 2 - size * 0.86
    for s in lines:
        if s:
            if c.align == "L":
                x = c.x + st.pad_x
            else:
                w = chain.width(s, size)
                x = c.x + c.w - st.pad_x - w if c.align == "R" else c.x + (c.w - w) / 2
            tx.line(chain, s, x, y, size)
        y -= st.leading


def _title(canvas: Canvas, tx: _Text, fonts: FontSet, text: str, size: float, y: float, pw: float) -> None:
    chain = fonts.title
    w = chain.width(text, size)
    tx.line(chain, text, (pw - w) / 2, y, size)


def draw_layout(canvas: Canvas, lay: Layout, fonts: FontSet, st: Style = STYLE) -> None:
    sheet = lay.sheet
    pw, ph = lay.page_size
    n = len(lay.pages)
    chain = fonts.body
    # 黑体 class wanted for titles; with only a 宋体 class font, thicken it (fill + stroke)
    fake_bold = not chain_has_hei(fonts)
    for p, page in enumerate(lay.pages, 1):
        canvas.setPageSize((pw, ph))
        y = ph - st.margin - st.title_size
        title = sheet.title + ("（续表）" if page.continued else "")
        head = _Text(canvas)
        if fake_bold:
            head.t.setTextRenderMode(2)
            canvas.setLineWidth(0.35)
        _title(canvas, head, fonts, title, st.title_size, y, pw)
        head.t.setTextRenderMode(0)  # Tr lives in the graphics state: reset it for the body
        canvas.drawText(head.t)
        tx = _Text(canvas)
        top = lay.cont_top
        if not page.continued:
            top = lay.table_top
            y -= st.title_size * 0.4
            if sheet.subtitle:
                y -= st.subtitle_size * 1.6
                _title(canvas, tx, fonts, sheet.subtitle, st.subtitle_size, y, pw)
            if sheet.meta_left or sheet.meta_right:
                y -= st.meta_size * 1.8
                if sheet.meta_left:
                    tx.line(chain, chain.clean(sheet.meta_left), st.margin, y, st.meta_size)
                if sheet.meta_right:
                    w = chain.width(sheet.meta_right, st.meta_size)
                    tx.line(chain, sheet.meta_right, pw - st.margin - w, y, st.meta_size)
        elif sheet.cont_note:
            y -= st.title_size * 0.4 + st.meta_size * 1.8
            tx.line(chain, chain.clean(sheet.cont_note), st.margin, y, st.meta_size)

        y = _draw_table(canvas, tx, chain, page.rows, page.heights, top, st)

        if page.signature and sheet.signature is not None:
            _signature(tx, chain, sheet, y - 14, pw, st)
        footer = f"第 {p} 页 共 {n} 页"
        w = chain.width(footer, st.size)
        tx.line(chain, footer, (pw - w) / 2, st.footer_y, st.size)
        canvas.drawText(tx.t)
        canvas.showPage()


def _draw_table(canvas: Canvas, tx: _Text, chain: FontChain, rows: list, heights: list[float],
                top: float, st: Style) -> float:
    """Grid and text of one page's rows; merged cells drawn once per run. Returns the bottom y."""
    path = canvas.beginPath()
    open_runs: dict[int, tuple[LaidCell, float, float]] = {}  # col -> (cell, top, height)

    def flush(col: int) -> None:
        cell, rtop, rh = open_runs.pop(col)
        path.rect(cell.x, rtop - rh, cell.w, rh)
        _draw_cell_text(tx, chain, cell, rtop, rh, st)

    y = top
    for row, h in zip(rows, heights, strict=True):
        starts = set()
        for c in row.cells:
            starts.add(c.col)
            run = open_runs.get(c.col)
            if run is not None:
                if c.merge is not None and run[0].merge == c.merge:
                    open_runs[c.col] = (run[0], run[1], run[2] + h)
                    continue
                flush(c.col)
            if c.merge is not None:
                open_runs[c.col] = (c, y, h)
                continue
            path.rect(c.x, y - h, c.w, h)
            _draw_cell_text(tx, chain, c, y, h, st)
        for col in [k for k in open_runs if k not in starts]:
            flush(col)
        y -= h
    for col in list(open_runs):
        flush(col)
    canvas.setLineWidth(0.6)
    canvas.drawPath(path, stroke=1, fill=0)
    return y


def chain_has_hei(fonts: FontSet) -> bool:
    return "simhei" in fonts.title.fonts[0].fontName.lower()


def _signature(tx: _Text, chain: FontChain, sheet: Sheet, y: float, pw: float, st: Style) -> None:
    sig = sheet.signature
    values = (sig.unit, sig.head, sig.filler, sig.phone, sig.date)
    size = st.meta_size
    width = pw - 2 * st.margin
    # two lines: 填报单位 on its own (long names), the four others share the second line
    first = f"{SIGNATURE_LABELS[0]}：{values[0]}"
    tx.line(chain, chain.clean(first), st.margin, y, size)
    col = width / 4
    y -= size * 2
    for i in range(1, 5):
        s = chain.clean(f"{SIGNATURE_LABELS[i]}：{values[i]}")
        tx.line(chain, s, st.margin + (i - 1) * col, y, size)


def new_canvas(out: str | Path | BinaryIO, fonts: FontSet, title: str = "") -> Canvas:
    # the initial font is ours too: reportlab's default would reference unembedded Helvetica
    c = Canvas(str(out) if isinstance(out, Path) else out, pageCompression=1,
               initialFontName=fonts.body.fonts[0].fontName, initialFontSize=9)
    c.setTitle(title)
    c.setCreator("绩效自评 Desk")
    return c


def write_pdf(sheets: list[Sheet], out: str | Path | BinaryIO, fonts: FontSet | None = None) -> int:
    """Write the sheets to one PDF, each sheet numbered on its own; returns the page count."""
    fonts = fonts or font_set()
    canvas = new_canvas(out, fonts, sheets[0].title if sheets else "")
    pages = 0
    for sheet in sheets:
        lay = layout(sheet, fonts)
        draw_layout(canvas, lay, fonts)
        pages += len(lay.pages)
    canvas.save()
    return pages
