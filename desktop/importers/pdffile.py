"""Published PDFs: the ruled tables of a text PDF, rebuilt into rows for the same assemblers as Excel.

pdfplumber (on pdfminer.six) finds the ruling lines and gives each table as rows of cells; a cell
merged down several rows comes once, in its first row, as in a spreadsheet. Across pages:
- the header printed again at the top of each page is dropped;
- a row cut by the page break (its first cells empty on the new page, the rest continuing the
  text) is joined back to the last row of the page before, cell by cell;
- the text above the first table (title, 部门名称, 单位) is the preamble.
A PDF with no table ruling but a text layer is read as layout text; one with no text layer at all
(a scan) is refused in one sentence. pypdfium2 extracts plain text faster but gives no cell
geometry, so it cannot rebuild the table (benchmarks/pdf_import.py measures both).
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.importers.errors import SourceError
from desktop.importers.headers import find_header
from desktop.importers.model import ImportedTable
from desktop.importers.packed import Row
from desktop.importers.textnorm import clean

log = logging.getLogger(__name__)
MAX_PAGES = 5000
SCANNED = "这是扫描件（PDF 里没有文字层），无法读取文字；请向发文单位索取 Excel 或文字版 PDF"


def _open(path: Path):
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        return pdfplumber.open(path)
    except PDFSyntaxError:
        raise SourceError(path, "PDF 文件已损坏，无法打开") from None
    except Exception as exc:  # pdfminer raises many types: encrypted, broken xref …
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in name:
            raise SourceError(path, "PDF 有密码保护，请先去掉密码") from None
        log.info("pdf open failed: %r", exc)
        raise SourceError(path, "PDF 文件已损坏或格式不受支持，无法打开") from None


def page_rows(path: Path, check=None) -> tuple[list[Row], list[str], list[list[Row]]]:
    """(preamble cells as rows, every text line, table rows per page) of the whole PDF."""
    preamble: list[Row] = []
    lines: list[str] = []
    pages: list[list[Row]] = []
    chars = 0
    with _open(path) as pdf:
        total = len(pdf.pages)
        if total > MAX_PAGES:
            raise SourceError(path, f"PDF 页数过多（{total} 页），不像是目标表")
        for n, page in enumerate(pdf.pages, 1):
            if check:
                check(n - 1, total)
            try:
                chars += len(page.chars)
                text = page.extract_text() or ""
                tables = page.find_tables()
                rows: list[Row] = []
                for k, table in enumerate(tables):
                    for r, cells in enumerate(table.extract()):
                        place = f"第 {n} 页" + (f"第 {k + 1} 个表格" if len(tables) > 1 else "") + f"第 {r + 1} 行"
                        rows.append(Row(["" if c is None else c for c in cells], place))
                if tables and not preamble and not any(pages):
                    top = min(t.bbox[1] for t in tables)
                    if top > 1:
                        above = page.crop((0, 0, page.width, top)).extract_text() or ""
                        for line in above.splitlines():
                            preamble.append(Row(line.split(), f"第 {n} 页表格上方"))
            except SourceError:
                raise
            except Exception as exc:  # a broken content stream on one page
                log.info("pdf page %s failed: %r", n, exc)
                raise SourceError(path, "这一页内容已损坏，无法读取", f"第 {n} 页") from None
            finally:
                page.close()
            lines.extend(text.splitlines())
            pages.append(rows)
    if chars == 0:
        raise SourceError(path, SCANNED)
    return preamble, lines, pages


def _same_header(cells: list, header: list[str]) -> bool:
    got = [clean(c) for c in cells]
    return len(got) == len(header) and got == header


def stitch(pages: list[list[Row]]) -> list[Row]:
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
    out: list[Row] = []
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
                out[-1] = Row(joined, prev.place)
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

    preamble, lines, pages = page_rows(path, check)
    rows = preamble + stitch(pages)
    if any(pages) and find_header([r.cells for r in rows]) is not None:
        table = rows_to_table(rows, path, "pdf", mapping, check, check_all_cells=True)
        table.layout = f"pdf-{table.layout}"
        return [table]
    table = parse_layout(lines, path)  # no ruled table with a header: the text as laid out
    table.layout = "pdf-text"
    return [table]
