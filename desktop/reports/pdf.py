"""Draw laid-out sheets on a reportlab canvas: grid lines, text runs per font, footer.

Pages are laid out first (grid.layout), so the page count is known before drawing and the
footer 第 X 页 共 Y 页 is written in the same pass.

Speed: reportlab's text object formats every number and re-encodes every string. Forms repeat
the same strings (labels, units, 按计划完成。) thousands of times, so each page's content is
written as PDF operators here, with each string's subset encoding computed once per document
through the documented dynamic-font API (TTFont.splitString / getSubsetInternalName).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfgen.canvas import Canvas

from desktop.reports.fonts import FontChain, FontSet, font_set
from desktop.reports.grid import STYLE, LaidCell, LaidRow, Layout, Sheet, Style, layout

SIGNATURE_LABELS = ("填报单位（盖章）", "单位负责人", "填报人", "联系电话", "填报日期")


class PageWriter:
    """PDF content operators for one document, with encoded strings cached."""

    def __init__(self, canvas: Canvas, fonts: FontSet):
        self.canvas = canvas
        self.doc = canvas._doc  # subsets are numbered per document
        self.fonts = fonts
        self._enc: dict[tuple[int, str], list[tuple[str, str]]] = {}
        self.ops: list[str] = []
        self.cur: tuple[str, float] | None = None

    def _encode(self, chain: FontChain, s: str) -> list[tuple[str, str]]:
        key = (id(chain), s)
        enc = self._enc.get(key)
        if enc is None:
            enc = []
            by_name = {f.fontName: f for f in chain.fonts}
            for name, part in chain.runs(s):
                font = by_name[name]
                for subset, t in font.splitString(part, self.doc):
                    enc.append((font.getSubsetInternalName(subset, self.doc), escapePDF(t)))
            self._enc[key] = enc
        return enc

    def text(self, chain: FontChain, s: str, x: float, y: float, size: float, scale: float = 1.0) -> None:
        ops = self.ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        if scale != 1.0:
            ops.append(f"{scale * 100:g} Tz")
        for name, esc in self._encode(chain, s):
            if self.cur != (name, size):
                ops.append(f"{name} {size:g} Tf")
                self.cur = (name, size)
            ops.append(f"({esc}) Tj")
        if scale != 1.0:
            ops.append("100 Tz")

    def begin_page(self) -> None:
        self.ops = []
        self.cur = None

    def end_page(self, text_ops: list[str], rects: list[str]) -> None:
        c = self.canvas
        c.addLiteral("0.5 w\n" + "\n".join(rects) + "\nS" if rects else "")
        c.addLiteral("BT\n" + "\n".join(text_ops) + "\nET")


def _cell_text(pw: PageWriter, chain: FontChain, c: LaidCell, top: float, h: float, st: Style) -> None:
    lines = c.lines
    if len(lines) == 1 and not lines[0]:
        return
    size = c.size or st.size
    y = top - (h - len(lines) * st.leading) / 2 - (st.leading - size) / 2 - size * 0.86
    align = c.align
    if align == "A":  # short values centred, running text flush left
        align = "C" if len(lines) == 1 else "L"
    for s in lines:
        if s:
            if align == "L":
                x = c.x + st.pad_x
            else:
                w = chain.width(s, size) * c.scale
                x = c.x + c.w - st.pad_x - w if align == "R" else c.x + (c.w - w) / 2
            pw.text(chain, s, x, y, size, c.scale)
        y -= st.leading


def _table(pw: PageWriter, chain: FontChain, rows: list[LaidRow], heights: list[float], top: float,
           st: Style, rects: list[str]) -> float:
    """Grid and text of one page's rows; merged cells drawn once per run. Returns the bottom y."""
    open_runs: dict[int, tuple[LaidCell, float]] = {}  # col -> (cell, top)

    def flush(col: int, bottom: float) -> None:
        # the run ends on the very y its neighbours end on, so their rules coincide exactly
        cell, rtop = open_runs.pop(col)
        rects.append(f"{cell.x:.2f} {bottom:.2f} {cell.w:.2f} {rtop - bottom:.2f} re")
        _cell_text(pw, chain, cell, rtop, rtop - bottom, st)

    y = top
    for row, h in zip(rows, heights, strict=True):
        starts = set()
        for c in row.cells:
            starts.add(c.col)
            run = open_runs.get(c.col)
            if run is not None:
                if c.merge is not None and run[0].merge == c.merge:
                    continue
                flush(c.col, y)
            if c.merge is not None:
                open_runs[c.col] = (c, y)
                continue
            rects.append(f"{c.x:.2f} {y - h:.2f} {c.w:.2f} {h:.2f} re")
            _cell_text(pw, chain, c, y, h, st)
        for col in [k for k in open_runs if k not in starts]:
            flush(col, y)
        y -= h
    for col in list(open_runs):
        flush(col, y)
    return y


def chain_has_hei(fonts: FontSet) -> bool:
    return "simhei" in fonts.title.fonts[0].fontName.lower()


def _centered(pw: PageWriter, chain: FontChain, text: str, size: float, y: float, page_w: float) -> None:
    pw.text(chain, text, (page_w - chain.width(text, size)) / 2, y, size)


def _signature(pw: PageWriter, chain: FontChain, sheet: Sheet, y: float, page_w: float, st: Style) -> None:
    sig = sheet.signature
    values = (sig.unit, sig.head, sig.filler, sig.phone, sig.date)
    size = st.meta_size
    # two lines: 填报单位 on its own (long names), the four others share the second line
    pw.text(chain, chain.clean(f"{SIGNATURE_LABELS[0]}：{values[0]}"), st.margin, y, size)
    col = (page_w - 2 * st.margin) / 4
    y -= size * 2
    for i in range(1, 5):
        pw.text(chain, chain.clean(f"{SIGNATURE_LABELS[i]}：{values[i]}"), st.margin + (i - 1) * col, y, size)


def draw_layout(pw: PageWriter, lay: Layout, st: Style = STYLE) -> None:
    canvas, fonts = pw.canvas, pw.fonts
    sheet = lay.sheet
    page_w, page_h = lay.page_size
    n = len(lay.pages)
    chain = fonts.body
    # 黑体 class wanted for titles; with only a 宋体 class font, thicken it (fill + stroke)
    fake_bold = not chain_has_hei(fonts)
    for p, page in enumerate(lay.pages, 1):
        canvas.setPageSize((page_w, page_h))
        pw.begin_page()
        ops = pw.ops
        y = page_h - st.margin - st.title_size
        if fake_bold:
            ops.append("2 Tr 0.35 w")
        _centered(pw, fonts.title, sheet.title + ("（续表）" if page.continued else ""), st.title_size, y, page_w)
        if fake_bold:
            ops.append("0 Tr")
        top = lay.cont_top
        if not page.continued:
            top = lay.table_top
            y -= st.title_size * 0.4
            if sheet.subtitle:
                y -= st.subtitle_size * 1.6
                _centered(pw, fonts.title, sheet.subtitle, st.subtitle_size, y, page_w)
            if sheet.meta_left or sheet.meta_right:
                y -= st.meta_size * 1.8
                if sheet.meta_left:
                    pw.text(chain, chain.clean(sheet.meta_left), st.margin, y, st.meta_size)
                if sheet.meta_right:
                    w = chain.width(sheet.meta_right, st.meta_size)
                    pw.text(chain, sheet.meta_right, page_w - st.margin - w, y, st.meta_size)
        elif lay.cont_lines:
            y -= st.title_size * 0.4 + st.meta_size * 1.8
            for line in lay.cont_lines:
                pw.text(chain, line, st.margin, y, st.meta_size)
                y -= st.meta_size * 1.4

        rects: list[str] = []
        y = _table(pw, chain, page.rows, page.heights, top, st, rects)
        if page.signature and sheet.signature is not None:
            _signature(pw, chain, sheet, y - 18, page_w, st)
        _centered(pw, chain, f"第 {p} 页 共 {n} 页", st.size, st.footer_y, page_w)
        pw.end_page(ops, rects)
        canvas.showPage()


def new_canvas(out: str | Path | BinaryIO, fonts: FontSet, title: str = "") -> Canvas:
    # the initial font is ours too: reportlab's default would reference unembedded Helvetica
    c = Canvas(str(out) if isinstance(out, Path) else out, pageCompression=1,
               initialFontName=fonts.body.fonts[0].fontName, initialFontSize=9)
    c.setTitle(title)
    c.setCreator("绩效自评 Desk")
    return c


def write_pdf(sheets: list[Sheet], out: str | Path | BinaryIO, fonts: FontSet | None = None,
              progress: Callable[[int, int, str], None] | None = None) -> int:
    """Write the sheets to one PDF, each sheet numbered on its own; returns the page count.

    `progress(done, total, name)` is called before each sheet; an exception it raises (the
    user's Cancel) stops the work before anything is written.
    """
    fonts = fonts or font_set()
    canvas = new_canvas(out, fonts, sheets[0].title if sheets else "")
    pw = PageWriter(canvas, fonts)
    pages = 0
    for i, sheet in enumerate(sheets):
        if progress is not None:
            progress(i, len(sheets), sheet.sheet_name)
        lay = layout(sheet, fonts)
        draw_layout(pw, lay)
        pages += len(lay.pages)
    # binary (compressed) streams: ASCII85 would only add size and, without rl_accel, seconds
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = saved
    return pages
