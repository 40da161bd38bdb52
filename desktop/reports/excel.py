"""The same Sheets as an Excel workbook (openpyxl): one worksheet per sheet, merged cells,
borders, fonts, widths, number formats and an A4 print setup with the header rows repeated."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop.reports.fonts import FontSet, font_set
from desktop.reports.grid import STYLE, Sheet
from desktop.reports.linebreak import break_lines
from desktop.reports.pdf import SIGNATURE_LABELS

BODY_FONT = "仿宋"  # the Windows 仿宋 (simfang.ttf); Excel substitutes where absent
TITLE_FONT = "黑体"
THIN = Side(style="thin")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MM_PER_CHAR = 2.05  # Excel column width unit at 10-11 pt, in mm (approximate)
ALIGN = {"L": "left", "C": "center", "R": "right"}
INVALID_TITLE_CHARS = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _sheet_title(name: str, used: set[str]) -> str:
    base = (name.translate(INVALID_TITLE_CHARS) or "Sheet")[:28]
    title, n = base[:31], 2
    while title.lower() in used:
        title = f"{base}({n})"
        n += 1
    used.add(title.lower())
    return title


def _fill(ws: Worksheet, sheet: Sheet, fonts: FontSet) -> None:
    ncols = len(sheet.col_widths)
    st = STYLE
    body = Font(name=BODY_FONT, size=10)
    bold = Font(name=BODY_FONT, size=10, bold=True)
    styles: dict[tuple[str, bool], Alignment] = {}
    for i, w in enumerate(sheet.col_widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = round(w / MM_PER_CHAR * 1.25, 1)

    r = 1
    ws.cell(r, 1, sheet.title).font = Font(name=TITLE_FONT, size=16, bold=True)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    ws.row_dimensions[r].height = 28
    if sheet.subtitle:
        r += 1
        ws.cell(r, 1, sheet.subtitle).alignment = Alignment(horizontal="center")
        ws.cell(r, 1).font = body
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
    if sheet.meta_left or sheet.meta_right:
        r += 1
        half = max(1, ncols // 2)
        ws.cell(r, 1, sheet.meta_left).font = body
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=half)
        c = ws.cell(r, half + 1, sheet.meta_right)
        c.font = body
        c.alignment = Alignment(horizontal="right")
        ws.merge_cells(start_row=r, start_column=half + 1, end_row=r, end_column=ncols)

    first = r + 1
    header_rows: list[int] = []
    open_runs: dict[int, tuple[object, int, int]] = {}  # col -> (key, first row, span)
    width_pt = [w * 72 / 25.4 for w in sheet.col_widths]
    chain = fonts.body

    def close(col: int, last: int) -> None:
        key, start, span = open_runs.pop(col)
        if last > start or span > 1:
            ws.merge_cells(start_row=start, start_column=col, end_row=last, end_column=col + span - 1)

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
                        ws.cell(xr, col + k).border = BORDER
                    col += cell.span
                    continue
                close(col, xr - 1)
            c = ws.cell(xr, col, cell.value if cell.value is not None else (cell.text or None))
            if cell.fmt and cell.value is not None and not isinstance(cell.value, str):
                c.number_format = cell.fmt
            c.font = bold if cell.bold else body
            key = (cell.align, True)
            al = styles.get(key)
            if al is None:
                al = styles[key] = Alignment(horizontal=ALIGN[cell.align], vertical="center", wrap_text=True)
            c.alignment = al
            for k in range(cell.span):
                ws.cell(xr, col + k).border = BORDER
            if cell.merge is not None:
                open_runs[col] = (cell.merge, xr, cell.span)
            elif cell.span > 1:
                ws.merge_cells(start_row=xr, start_column=col, end_row=xr, end_column=col + cell.span - 1)
            if cell.text and cell.merge is None:
                w = sum(width_pt[col - 1 : col - 1 + cell.span]) - 2 * st.pad_x
                lines = max(lines, len(break_lines(cell.text, w, lambda s: chain.width(s, 10))))
            col += cell.span
        for k in [k for k in open_runs if k not in starts]:
            close(k, xr - 1)
        ws.row_dimensions[xr].height = max(18, lines * 13 + 5)
    last = first + len(sheet.rows) - 1
    for k in list(open_runs):
        close(k, last)

    if sheet.signature is not None:
        sig = sheet.signature
        values = (sig.unit, sig.head, sig.filler, sig.phone, sig.date)
        r = last + 2
        ws.cell(r, 1, f"{SIGNATURE_LABELS[0]}：{values[0]}").font = body
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
        r += 1
        text = "    ".join(f"{SIGNATURE_LABELS[i]}：{values[i]}" for i in range(1, 5))
        ws.cell(r, 1, text).font = body
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)

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


def write_xlsx(sheets: list[Sheet], out: str | Path | BinaryIO, fonts: FontSet | None = None) -> int:
    """Write the sheets to one workbook; returns the number of worksheets."""
    fonts = fonts or font_set()
    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for sheet in sheets:
        ws = wb.create_sheet(_sheet_title(sheet.sheet_name, used))
        _fill(ws, sheet, fonts)
    wb.save(out)
    return len(sheets)
