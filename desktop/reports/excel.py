"""The same Sheets as an Excel workbook (openpyxl): one worksheet per sheet, merged cells,
borders, fonts, widths, number formats and an A4 print setup with the header rows repeated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from desktop.reports.fonts import FontSet, font_set
from desktop.reports.grid import STYLE, Sheet
from desktop.reports.pdf import SIGNATURE_LABELS

BODY_FONT = "仿宋"  # the Windows 仿宋 (simfang.ttf); Excel substitutes where absent
TITLE_FONT = "黑体"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MM_PER_CHAR = 2.05  # Excel column width unit at 10-11 pt, in mm (approximate)
ALIGN = {"L": "left", "C": "center", "R": "right", "A": "center"}
INVALID_TITLE_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})

# Excel's tallest row (points): a taller one is refused by Excel when the file opens.
MAX_ROW_HEIGHT = 409


def _printable(text: str | None) -> str | None:
    """`text` without the control characters a worksheet cannot hold (an imported cell may carry
    one; the PDF prints it as 〓), rather than a file that cannot be written."""
    return ILLEGAL_CHARACTERS_RE.sub("", text) if text else text


def _sheet_title(name: str, used: set[str]) -> str:
    base = (name.translate(INVALID_TITLE_CHARS) or "Sheet")[:28]
    title, n = base[:31], 2
    while title.lower() in used:
        title = f"{base}({n})"
        n += 1
    used.add(title.lower())
    return title


class _Styles:
    """Named styles per workbook: assigning one is a copy, where setting font/border/alignment
    cell by cell hashes style objects each time (the slow part of openpyxl)."""

    def __init__(self, wb: Workbook):
        self.wb = wb
        self.names: set[str] = set()

    def get(self, align: str = "C", bold: bool = False, fmt: str | None = None, border: bool = True,
            size: float = 10, font: str = BODY_FONT, wrap: bool = True) -> str:
        # a number is never wrapped: too wide for its column (a 14-digit amount), Excel would
        # show ####; shrink-to-fit prints it smaller instead (Excel ignores it on wrapped cells)
        shrink = fmt is not None
        name = f"pd-{align}-{int(bold)}-{fmt or ''}-{int(border)}-{size}-{font}-{int(wrap and not shrink)}"
        if name not in self.names:
            st = NamedStyle(name=name)
            st.font = Font(name=font, size=size, bold=bold)
            st.alignment = Alignment(horizontal=ALIGN[align], vertical="center", wrap_text=wrap and not shrink,
                                     shrink_to_fit=shrink)
            if border:
                st.border = BORDER
            if fmt:
                st.number_format = fmt
            self.wb.add_named_style(st)
            self.names.add(name)
        return name


def _merge(ws: Worksheet, r1: int, c1: int, r2: int, c2: int) -> None:
    # every covered cell already has its border and no value: skip openpyxl's per-merge
    # border copying (MergedCellRange) and its overlap scan of all earlier merges
    # (MultiCellRange.add, quadratic over 1,000 forms in one sheet); our ranges never overlap
    ws.merged_cells.ranges.add(CellRange(min_row=r1, min_col=c1, max_row=r2, max_col=c2))


def _fill(ws: Worksheet, sheet: Sheet, fonts: FontSet, styles: _Styles, start: int = 1) -> tuple[int, list[int]]:
    """Write one form from row `start`; returns its last row and its repeating header rows."""
    ncols = len(sheet.col_widths)
    st = STYLE
    for i, w in enumerate(sheet.col_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = round(w / MM_PER_CHAR * 1.25, 1)

    r = start
    ws.cell(r, 1, sheet.title).style = styles.get(bold=True, border=False, size=16, font=TITLE_FONT)
    _merge(ws, r, 1, r, ncols)
    ws.row_dimensions[r].height = 28
    if sheet.subtitle:
        r += 1
        ws.cell(r, 1, sheet.subtitle).style = styles.get(border=False)
        _merge(ws, r, 1, r, ncols)
    if sheet.meta_left or sheet.meta_right:
        r += 1
        half = max(1, ncols // 2)
        ws.cell(r, 1, sheet.meta_left).style = styles.get("L", border=False, wrap=False)
        _merge(ws, r, 1, r, half)
        ws.cell(r, half + 1, sheet.meta_right).style = styles.get("R", border=False, wrap=False)
        _merge(ws, r, half + 1, r, ncols)

    first = r + 1
    header_rows: list[int] = []
    open_runs: dict[int, tuple[object, int, int]] = {}  # col -> (key, first row, span)
    width_pt = [w * 72 / 25.4 for w in sheet.col_widths]
    chain = fonts.body
    plain = styles.get()

    def close(col: int, last: int) -> None:
        key, start, span = open_runs.pop(col)
        if last > start or span > 1:
            _merge(ws, start, col, last, col + span - 1)

    for i, row in enumerate(sheet.rows):
        xr = first + i
        if row.header:
            # the last header block repeats on printed pages (the indicator header of 自评表);
            # Excel prints title rows on the pages after them, not above page 1's title
            if not header_rows or header_rows[-1] != xr - 1:
                header_rows = []
            header_rows.append(xr)
        col = 1
        lines = 1
        starts = set()
        for cell in row.cells:
            starts.add(col)
            run = open_runs.get(col)
            if run is not None:
                if cell.merge is not None and run[0] == cell.merge:
                    for k in range(cell.span):
                        ws.cell(xr, col + k).style = plain
                    col += cell.span
                    continue
                close(col, xr - 1)
            number = cell.value is not None and not isinstance(cell.value, str)
            c = ws.cell(xr, col, cell.value if cell.value is not None else (_printable(cell.text) or None))
            n_lines = 1
            if cell.text and cell.merge is None and not number:
                w = sum(width_pt[col - 1 : col - 1 + cell.span]) - 2 * st.pad_x
                n_lines = len(chain.lines(cell.text, w, 10))
                lines = max(lines, n_lines)
            align = ("C" if n_lines == 1 else "L") if cell.align == "A" else cell.align
            c.style = styles.get(align, cell.bold, cell.fmt if number else None)
            for k in range(1, cell.span):
                ws.cell(xr, col + k).style = plain
            if cell.merge is not None:
                open_runs[col] = (cell.merge, xr, cell.span)
            elif cell.span > 1:
                _merge(ws, xr, col, xr, col + cell.span - 1)
            col += cell.span
        for k in [k for k in open_runs if k not in starts]:
            close(k, xr - 1)
        ws.row_dimensions[xr].height = min(max(18, lines * 13 + 5), MAX_ROW_HEIGHT)
    last = first + len(sheet.rows) - 1
    for k in list(open_runs):
        close(k, last)

    if sheet.signature is not None:
        sig = sheet.signature
        values = (sig.unit, sig.head, sig.filler, sig.phone, sig.date)
        sig_style = styles.get("L", border=False, wrap=False)
        r = last + 2
        ws.cell(r, 1, f"{SIGNATURE_LABELS[0]}：{values[0]}").style = sig_style
        _merge(ws, r, 1, r, ncols)
        r += 1
        text = "    ".join(f"{SIGNATURE_LABELS[i]}：{values[i]}" for i in range(1, 5))
        ws.cell(r, 1, text).style = sig_style
        _merge(ws, r, 1, r, ncols)
        last = r
    return last, header_rows


def _print_setup(ws: Worksheet, sheet: Sheet, header_rows: list[int]) -> None:
    ps = ws.page_setup
    ps.paperSize = ws.PAPERSIZE_A4
    ps.orientation = "landscape" if sheet.landscape else "portrait"
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if header_rows:
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[-1]}"
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    ws.oddFooter.center.font = BODY_FONT


def write_xlsx(sheets: list[Sheet], out: str | Path | BinaryIO, fonts: FontSet | None = None,
               one_sheet: bool = False, progress: Callable[[int, int, str], None] | None = None) -> int:
    """Write the sheets to one workbook, one worksheet each (or all down one worksheet with
    page breaks); returns the number of forms. `progress` as in write_pdf."""
    fonts = fonts or font_set()
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    styles = _Styles(wb)
    if one_sheet and sheets:
        # all forms down one worksheet, a page break after each (print 1,000 自评表 in one go);
        # no repeated title rows then: each form starts its own page with its own header
        if len({tuple(s.col_widths) for s in sheets}) > 1:
            raise ValueError("one_sheet needs forms of one kind (same columns)")
        ws = wb.create_sheet(_sheet_title(sheets[0].title, used))
        row = 1
        for i, sheet in enumerate(sheets):
            if progress is not None:
                progress(i, len(sheets), sheet.sheet_name)
            last, _ = _fill(ws, sheet, fonts, styles, row)
            ws.row_breaks.append(Break(id=last))
            row = last + 1
        _print_setup(ws, sheets[0], [])
        ws.oddFooter.center.text = "第 &P 页"  # a total would count every form's pages
    else:
        for i, sheet in enumerate(sheets):
            if progress is not None:
                progress(i, len(sheets), sheet.sheet_name)
            ws = wb.create_sheet(_sheet_title(sheet.sheet_name, used))
            _last, header_rows = _fill(ws, sheet, fonts, styles)
            _print_setup(ws, sheet, header_rows)
    wb.save(out)
    return len(sheets)
