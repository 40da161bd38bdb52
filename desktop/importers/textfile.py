"""Text files: decoding, TSV (cells split by tabs) and CSV. Layout text goes to `layout`."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.importers import form_sheet
from desktop.importers.errors import NO_HEADER, NOTHING_READ, Place, SourceError
from desktop.importers.finishing import PACKED_ROLES, PER_INDICATOR_ROLES, finish
from desktop.importers.headers import apply_override, find_header
from desktop.importers.layout import parse_layout
from desktop.importers.limits import MAX_CELL_CHARS, MAX_TEXT_BYTES, MAX_TEXT_LINES
from desktop.importers.model import ImportedTable
from desktop.importers.packed import SourceRow, assemble
from desktop.importers.per_indicator import assemble_per_indicator
from desktop.importers.preamble import read_preamble
from desktop.importers.textnorm import CellTooLong
from desktop.messages import message

ENCODINGS = ("utf-8-sig", "gb18030")
SNIFF_CHARS = 2_000


def decode(data: bytes, path) -> str:
    """UTF-8 (with or without BOM), else GB18030 (a superset of GBK and GB2312)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(path, message("importing.text.encoding"))


def read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size == 0:
        raise SourceError(path, message("importing.file_empty"))
    if size > MAX_TEXT_BYTES:
        raise SourceError(path, message("importing.file_too_big", mb=size // 1_000_000))
    return path.read_bytes()


def _check_cells(rows: list[SourceRow], path) -> None:
    limit = MAX_CELL_CHARS
    for row in rows:
        for i, cell in enumerate(row.cells):
            if cell.__class__ is str and len(cell) > limit:
                raise SourceError(path, message("importing.column_too_long", column=i + 1, chars=len(cell)), row.place)


def rows_to_table(
    rows: list[SourceRow], path: Path, layout: str, mapping=None, check=None, check_all_cells: bool = True
) -> ImportedTable:
    """Header, preamble and body of a table given as rows of cells.

    Workbooks skip the up-front scan of every cell (it would cost as much as the parse): the
    cells that are read are checked as they are cleaned, and the others are never used.
    """
    if check_all_cells:
        _check_cells(rows, path)
    cmap = find_header([r.cells for r in rows])
    if cmap is None:
        raise SourceError(path, message(NO_HEADER))
    try:
        cmap = apply_override(cmap, mapping)
    except KeyError as exc:
        raise SourceError(path, message("importing.mapping_label_missing", label=exc.args[0])) from None
    if form_sheet.is_form(rows, cmap):
        return _not_empty(form_sheet.read_form(rows, cmap, path, check), path)
    above = rows[: cmap.header_index]
    try:
        title, department, amount_unit = read_preamble(
            [c for r in above for c in r.cells if isinstance(c, str)]
        )
    except CellTooLong as exc:
        raise SourceError(path, message("importing.preamble_cell_too_long", chars=exc.args[0])) from None
    table = ImportedTable(
        source=path.name, title=title, department=department, amount_unit=amount_unit, layout=layout
    )
    body = rows[cmap.header_index + cmap.header_rows :]
    if cmap.per_indicator:
        table.layout = "per_indicator"
        assemble_per_indicator(body, cmap, table, path, check)
        return _not_empty(finish(table, cmap, PER_INDICATOR_ROLES), path)
    assemble(body, cmap, table, path, check)
    return _not_empty(finish(table, cmap, PACKED_ROLES), path)


def _not_empty(table: ImportedTable, path) -> ImportedTable:
    """A table that yields no project is an error, never a silent success."""
    if not table.projects:
        raise SourceError(path, message(NOTHING_READ))
    return table


def text_rows(path: Path) -> list[SourceRow]:
    """Tab-separated lines as rows (a layout-text file gives one cell per line)."""
    text = decode(read_bytes(path), path)
    if "\x00" in text:
        raise SourceError(path, message("importing.text.binary"))
    lines = text.splitlines()
    _check_line_count(len(lines), path)
    return [SourceRow(line.split("\t"), Place(row=n)) for n, line in enumerate(lines, 1)]


def _check_line_count(lines: int, path) -> None:
    if lines > MAX_TEXT_LINES:
        raise SourceError(path, message("importing.text.too_many_lines", lines=lines, limit=MAX_TEXT_LINES))


def read_text(path: Path, mapping=None, check=None) -> ImportedTable:
    rows = text_rows(path)
    tabbed = sum(1 for row in rows if len(row.cells) >= 3)
    if tabbed >= 2:
        return rows_to_table(rows, path, "tsv", mapping, check)
    lines = ["\t".join(row.cells) for row in rows]
    for n, line in enumerate(lines, 1):
        if len(line) > MAX_CELL_CHARS:
            raise SourceError(path, message("importing.text.line_too_long", chars=len(line)), Place(row=n))
    return parse_layout(lines, path, check)


def csv_rows(path: Path) -> list[SourceRow]:
    text = decode(read_bytes(path), path)
    # csv.Sniffer's quote regex is quadratic in the sample (`,"` repeated over 20,000 characters
    # took 10 s): a few lines are enough to tell the delimiter.
    sample = text[:SNIFF_CHARS]
    if (cut := sample.rfind("\n")) > 0:
        sample = sample[:cut]
    csv.field_size_limit(max(MAX_CELL_CHARS * 4, 131072))
    reader = csv.reader(io.StringIO(text, newline=""), _dialect(sample))
    rows: list[SourceRow] = []
    try:
        for cells in reader:
            rows.append(SourceRow(cells, Place(row=len(rows) + 1)))
            if len(rows) > MAX_TEXT_LINES:
                raise SourceError(path, message("importing.csv.too_many_lines", limit=MAX_TEXT_LINES))
    except csv.Error as exc:
        raise SourceError(path, message("importing.csv.malformed", detail=str(exc)), Place(row=len(rows) + 1)) from None
    return rows


def _dialect(sample: str) -> type[csv.Dialect]:
    """csv.reader's dialect for the file's first lines."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        pass
    # A title and other one-cell lines above the table leave the sniffer unsure: the delimiter is
    # the one that makes the most lines rows of three cells or more (a comma when none does).
    lines = sample.splitlines()
    delimiter = max(",\t;", key=lambda d: sum(line.count(d) >= 2 for line in lines))
    return type("table", (csv.excel,), {"delimiter": delimiter})


def read_csv(path: Path, mapping=None, check=None) -> ImportedTable:
    return rows_to_table(csv_rows(path), path, "csv", mapping, check)
