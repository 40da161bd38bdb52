"""Read back the fill-in workbooks (填报表) that units return: the workbook only, no store.

A returned workbook is opened through the importers' zip checks, its hidden sheet's checksum is
verified against the locked values it lists, and its sheets come back as rows of cells with who
filled it (填报人, else the Excel file's last author). Comparing those rows with the store and
writing the changes is desktop.operations.fillin's.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.domain.numbers import float_decimal
from desktop.importers.errors import Place, SourceError
from desktop.importers.xlsxfile import _open as open_workbook
from desktop.messages import message
from desktop.reports.fillin import (
    FILLER_CELL,
    FORMAT,
    GUIDE_SHEET,
    INDICATOR_SHEET,
    META_SHEET,
    MONTHLY_SHEET,
    PHONE_CELL,
    PROJECT_SHEET,
    _text,
    checksum,
)


class FillinError(Exception):
    """The file is not a readable fill-in workbook (a Chinese sentence in args[0])."""


@dataclass(slots=True)
class ReturnedWorkbook:
    """One returned 填报表 as read: its hidden sheet's data and every sheet's rows."""

    path: Path
    year: int | None = None
    department: str = ""
    unit: str = ""
    project: str = ""
    filled_by: str = ""
    phone: str = ""
    locked: dict[str, list[str]] = field(default_factory=dict)  # row key → the locked cells as written
    tampered: bool = False  # the hidden checksum does not match: nothing else can be trusted
    sheets: dict[str, list[tuple]] = field(default_factory=dict)


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        value = Decimal(repr(value))
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
    return _text(value) if isinstance(value, Decimal) else str(value)


def edit_value(value):
    """A cell value as the editing converters take it (floats via their shortest repr)."""
    if isinstance(value, float) and value == int(value) and abs(value) < 1e15:
        return Decimal(int(value))
    if isinstance(value, float):
        return float_decimal(value)
    return value


def cell_place(sheet: str, row: int, col: int) -> Place:
    return Place(sheet=sheet, row=row, column=col, letter=True)


def _author(path: Path) -> str:
    """docProps/core.xml lastModifiedBy: who saved the workbook last, when Excel recorded it."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("docProps/core.xml").decode("utf-8", "replace")
    except (KeyError, OSError, zipfile.BadZipFile):
        return ""
    match = re.search(r"<cp:lastModifiedBy>([^<]*)</cp:lastModifiedBy>", xml)
    return html.unescape(match.group(1)).strip() if match else ""


def read_returned(path: Path | str) -> ReturnedWorkbook:
    """Open a returned workbook; FillinError when it is not one of ours or cannot be read."""
    path = Path(path)
    try:
        workbook = open_workbook(path, zipped=True)  # the importers' zip checks, then calamine
    except SourceError as exc:
        raise FillinError(str(message("importing.fillin.unreadable", file=path.name, problem=exc.message))) from None
    try:
        if META_SHEET not in workbook.sheet_names:
            raise FillinError(str(message("importing.fillin.no_meta", file=path.name)))
        sheets = {}
        optional = [MONTHLY_SHEET] if MONTHLY_SHEET in workbook.sheet_names else []
        for sheet in (META_SHEET, GUIDE_SHEET, INDICATOR_SHEET, PROJECT_SHEET, *optional):
            if sheet not in workbook.sheet_names:
                raise FillinError(str(message("importing.fillin.sheet_missing", file=path.name, sheet=sheet)))
            try:
                sheets[sheet] = [tuple(r) for r in workbook.get_sheet_by_name(sheet).to_python(skip_empty_area=False)]
            except Exception:  # calamine's own error types
                raise FillinError(str(message("importing.fillin.sheet_broken", file=path.name, sheet=sheet))) from None
    finally:
        workbook.close()
    meta_rows = sheets[META_SHEET]
    meta = {str(r[0]): r[1] for r in meta_rows if len(r) > 1 and r[0] not in ("", None, "locked")}
    if meta.get("format") != FORMAT:
        raise FillinError(str(message("importing.fillin.not_ours", file=path.name)))
    book = ReturnedWorkbook(path, sheets=sheets)
    try:
        locked = {str(r[1]): json.loads(r[2]) for r in meta_rows if r and r[0] == "locked"}
        book.year = int(meta["year"])
    except (TypeError, ValueError, IndexError, KeyError):
        locked = None
    book.unit, book.project = str(meta.get("unit") or ""), str(meta.get("project") or "")
    book.department = str(meta.get("department") or "")
    if locked is None or checksum(locked) != meta.get("checksum"):
        book.tampered = True
        return book
    book.locked = locked
    guide = sheets[GUIDE_SHEET]

    def guide_cell(ref: str) -> str:
        r, c = int(ref[1:]) - 1, ord(ref[0]) - ord("A")
        return cell_text(guide[r][c]).strip() if r < len(guide) and c < len(guide[r]) else ""

    book.filled_by, book.phone = guide_cell(FILLER_CELL), guide_cell(PHONE_CELL)
    if not book.filled_by:
        author = _author(path)
        if author and author != "perfdesk":
            book.filled_by = author
    return book


def header_problem(path: Path, sheet: str, header: tuple, expected: tuple) -> str | None:
    got = tuple("" if v is None else str(v).strip() for v in header[: len(expected)])
    for col, (a, b) in enumerate(zip(got, expected, strict=False), 1):
        if a != b:
            return str(message("importing.fillin.header_changed", file=path.name, place=cell_place(sheet, 1, col),
                               expected=b, found=a))
    if len(got) < len(expected):
        return str(message("importing.fillin.column_missing", file=path.name, sheet=sheet, column=expected[len(got)]))
    return None


def sheet_body(refused: list[str], path: Path, sheet: str, rows: list[tuple], headers) -> list | None:
    """The sheet's non-empty rows (row number, cells padded to the header); None, with the
    reason added to `refused`, when the sheet is empty or its header was changed."""
    if not rows:
        refused.append(str(message("importing.fillin.sheet_empty", file=path.name, sheet=sheet)))
        return None
    problem = header_problem(path, sheet, rows[0], headers)
    if problem:
        refused.append(problem)
        return None
    width = len(headers)
    body = [(r, tuple(row) + (None,) * (width - len(row))) for r, row in enumerate(rows[1:], 2)]
    return [(r, row) for r, row in body if any(v not in (None, "") for v in row)]
