"""Published PDFs: the ruled tables of a text PDF, rebuilt into rows for the same assemblers as Excel.

pypdfium2 (PDFium) gives the ruling lines and the characters; pdfgrid rebuilds each page's table as
rows of cells, a cell merged down several rows once, in its first row, as in a spreadsheet. Across
pages:
- the header printed again at the top of each page is dropped;
- a row cut by the page break (its first cells empty on the new page, the rest continuing the
  text) is joined back to the last row of the page before, cell by cell;
- the text above the first table (title, 部门名称, 单位) is the preamble.
A PDF with no table ruling but a text layer is read as layout text; one with no text layer at all
(a scan) is refused in one sentence. pdfplumber gives the same rows on the test PDFs but took
about 30 times longer (benchmarks/bench_pdf_import.py measures both).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from desktop.importers.errors import Place, SourceError
from desktop.importers.headers import find_header
from desktop.importers.model import ImportedTable, Repair
from desktop.importers.packed import SourceRow
from desktop.importers.textnorm import clean
from desktop.messages import message

log = logging.getLogger(__name__)
MAX_PAGES = 5000
SCANNED = message("importing.pdf.scanned")


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise SourceError(path, message("importing.pdf.password")) from None
        log.info("pdf open failed: %r", exc)
        raise SourceError(path, message("importing.pdf.broken")) from None


def first_page_text(path: Path) -> str:
    """The first page's text layer ("" when there is none): what the document says it is."""
    doc = _open(path)
    try:
        if not len(doc):
            return ""
        page = doc[0]
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
            page.close()
    finally:
        doc.close()


_PAGE_MARK = re.compile(r"^(?:[-—–]?\d+[-—–]?|第\d+页(?:共\d+页)?|\d+/\d+)$")


def page_rows(
    path: Path, check=None, stray: list[Repair] | None = None
) -> tuple[list[SourceRow], list[str], list[list[SourceRow]]]:
    """(preamble cells as rows, every text line, table rows per page) of the whole PDF.

    Text outside the tables that is not the first page's preamble, a page number or a heading
    printed again (续表) goes to `stray`, to be shown to the officer: nothing is dropped silently.
    """
    import pypdfium2.raw as raw

    from desktop.importers.pdfgrid import read_page

    preamble: list[SourceRow] = []
    preamble_lines: list[str] = []
    lines: list[str] = []
    pages: list[list[SourceRow]] = []
    chars = 0
    doc = _open(path)
    try:
        total = len(doc)
        if total > MAX_PAGES:
            raise SourceError(path, message("importing.pdf.too_many_pages", pages=total))
        for n in range(1, total + 1):
            if check:
                check(n - 1, total)
            try:
                page = doc[n - 1]
                try:
                    grid = read_page(page, raw)
                finally:
                    page.close()
            except Exception as exc:  # a broken content stream on one page
                log.info("pdf page %s failed: %r", n, exc)
                raise SourceError(path, message("importing.pdf.page_broken"), Place(page=n)) from None
            chars += grid.chars
            rows = [SourceRow(cells, Place(page=n, row=r)) for r, cells in enumerate(grid.rows, 1)]
            if rows and not preamble and not any(pages):
                preamble = [SourceRow(line.split(), Place(page=n, part="above_table")) for line in grid.above]
            elif stray is not None:  # headings printed again are not news; other text is said
                heads = {clean(c) for r in preamble for c in r.cells} | {clean(r) for r in preamble_lines}
                where = Place(page=n, part="above_table") if rows else Place(page=n)
                for line in grid.above:
                    text = clean(line)
                    if text and text not in heads and "续表" not in text and not _PAGE_MARK.match(text):
                        stray.append(Repair(where, message("importing.repair.outside_text", text=text[:40])))
            if rows and not preamble_lines:
                preamble_lines = list(grid.above)
            if rows and stray is not None:
                for line in grid.outside:
                    text = clean(line)
                    if text and not _PAGE_MARK.match(text):
                        stray.append(Repair(Place(page=n, part="outside_table"), message("importing.repair.outside_text", text=text[:40])))
            lines.extend(grid.text.splitlines())
            pages.append(rows)
    finally:
        doc.close()
    if chars == 0:
        raise SourceError(path, SCANNED)
    return preamble, lines, pages


def _same_header(cells: list, header: list[str]) -> bool:
    got = [clean(c) for c in cells]
    return len(got) == len(header) and got == header


def stitch(pages: list[list[SourceRow]]) -> list[SourceRow]:
    """The table rows of all pages as one table: repeated headers out, rows cut by page breaks joined."""
    flat = [r for page in pages for r in page]
    cmap = find_header([r.cells for r in flat])
    if cmap is None:
        return flat
    header = [clean(c) for c in flat[cmap.header_index].cells]
    lower = (
        [clean(c) for c in flat[cmap.header_index + 1].cells] if cmap.header_rows == 2 else None
    )
    keys = [cmap.columns[r] for r in ("name", "indicator_name") if r in cmap.columns]
    amount_cols = [cmap.columns[r] for r in ("total", "fiscal", "special", "other") if r in cmap.columns]
    out: list[SourceRow] = []
    first_page = True
    for page in pages:
        if not first_page:  # the header printed again (at the top of the page, or anywhere)
            page = [
                r
                for r in page
                if not (_same_header(r.cells, header) or (lower is not None and _same_header(r.cells, lower)))
            ]
        for j, row in enumerate(page):
            cells = row.cells
            if (
                j == 0
                and not first_page
                and out
                and len(cells) == len(out[-1].cells)
                and all(not clean(cells[i]) for i in keys + amount_cols if i < len(cells))
                and any(clean(c) for c in cells)
            ):
                prev = out[-1]
                joined = [_join(a, b) for a, b in zip(prev.cells, cells, strict=True)]
                out[-1] = SourceRow(joined, prev.place)
                continue
            out.append(row)
        if page:
            first_page = False
    return out


def _join(a, b) -> str:
    a, b = a or "", b or ""
    return a + b if a and b else a or b


def read_pdf(path: Path, mapping=None, check=None) -> list[ImportedTable]:
    from desktop.importers.layout import parse_layout
    from desktop.importers.textfile import rows_to_table

    stray: list[Repair] = []
    preamble, lines, pages = page_rows(path, check, stray)
    rows = preamble + stitch(pages)
    if any(pages) and find_header([r.cells for r in rows]) is not None:
        table = rows_to_table(rows, path, "pdf", mapping, check, check_all_cells=True)
        table.layout = f"pdf-{table.layout}"
        table.flagged.extend(stray)
        return [table]
    table = parse_layout(lines, path)  # no ruled table with a header: the text as laid out
    table.layout = "pdf-text"
    return [table]
