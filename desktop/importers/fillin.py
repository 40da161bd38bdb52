"""Read back the fill-in workbooks (填报表) that units return: the workbook only, no store.

A returned workbook is opened through the importers' zip checks, its hidden sheet's checksum is
verified against the locked values it lists, and its sheets come back as rows of cells with who
filled it (填报人, else the Excel file's last author). Comparing those rows with the store and
writing the changes is desktop.operations.fillin's.
"""

from __future__ import annotations

import html
import json
import math
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.domain.numbers import float_decimal
from desktop.importers.errors import Place, SourceError
from desktop.importers.xlsxfile import _open as open_workbook
from desktop.importers.xlsxfile import calamine_failed
from desktop.messages import Message, message
from desktop.oserrors import os_error_text
from desktop.reports.fillin import (
    FILLER_CELL,
    FORMAT,
    GUIDE_SHEET,
    INDICATOR_LOCKED,
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
    """A cell as text, as the book wrote it (a number via its shortest repr: 50.0 → "50")."""
    if value is None:
        return ""
    if isinstance(value, float):
        if not math.isfinite(value):
            return repr(value)  # no book writes one; shown as it is, and differs from any target
        value = Decimal(repr(value))  # _text writes an integral value without its ".0"
        if abs(value.adjusted()) >= 28:  # 1E+30 as Excel shows it, not 31 digits (309 for 1e308)
            return str(value)
    return _text(value) if isinstance(value, Decimal) else str(value)


def edit_value(value):
    """A cell value as the editing converters take it (floats via their shortest repr);
    ValueError (a message) for NaN or infinity, which a cell's XML can hold and Excel never writes."""
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(message("importing.number.not_finite", value=repr(value)))
        if value.is_integer() and abs(value) < 1e15:
            return Decimal(int(value))
        return float_decimal(value)
    return value


def cell_place(sheet: str, row: int, col: int) -> Place:
    return Place(sheet=sheet, row=row, column=col, letter=True)


def _author(path: Path) -> str:
    """docProps/core.xml lastModifiedBy: who saved the workbook last, when Excel recorded it."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("docProps/core.xml").decode("utf-8", "replace")
    except (KeyError, OSError, EOFError, RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error):
        return ""  # (the file may have changed since its zip checks) no author: the 填报人 is left empty
    match = re.search(r"<cp:lastModifiedBy>([^<]*)</cp:lastModifiedBy>", xml)
    return html.unescape(match.group(1)).strip() if match else ""


def _os_problem(exc: OSError) -> Message:
    if isinstance(exc, FileNotFoundError):
        return message("importing.file_missing")
    if isinstance(exc, IsADirectoryError):
        return message("importing.is_folder")
    if isinstance(exc, PermissionError):
        return message("importing.no_permission")
    return message("importing.cannot_open", reason=os_error_text(exc))


def read_returned(path: Path | str) -> ReturnedWorkbook:
    """Open a returned workbook; FillinError when it is not one of ours or cannot be read."""
    path = Path(path)
    try:
        workbook = open_workbook(path, zipped=True)  # the importers' zip checks, then calamine
    except SourceError as exc:
        raise FillinError(str(message("importing.fillin.unreadable", file=path.name, problem=exc.message))) from None
    except OSError as exc:  # the file is not there (a name typed on the command line), or not readable
        raise FillinError(str(message("importing.fillin.unreadable", file=path.name, problem=_os_problem(exc)))) from None
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
            except BaseException as exc:  # calamine's own error types, and a panic of its Rust code
                if not calamine_failed(exc):
                    raise
                raise FillinError(str(message("importing.fillin.sheet_broken", file=path.name, sheet=sheet))) from None
    finally:
        workbook.close()
    meta_rows = sheets[META_SHEET]
    meta = {str(r[0]): r[1] for r in meta_rows if len(r) > 1 and r[0] not in ("", None, "locked")}
    if meta.get("format") != FORMAT:
        raise FillinError(str(message("importing.fillin.not_ours", file=path.name)))
    book = ReturnedWorkbook(path, sheets=sheets)
    locked = locked_rows(meta_rows)
    book.year = book_year(meta.get("year"))
    book.unit, book.project = str(meta.get("unit") or ""), str(meta.get("project") or "")
    book.department = str(meta.get("department") or "")
    # anything the hidden sheet holds that its writer never writes is an altered workbook, as a wrong sum is
    if locked is None or book.year is None or checksum(locked) != meta.get("checksum"):
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


# A row key as the writer makes it (reports.fillin.indicator_key …): 18 digits at most, so that the id
# fits the store's INTEGER; months 1-12.
_KEY = re.compile(r"[ip][0-9]{1,18}|m(?:[1-9]|1[0-2])")
_LOCKED_WIDTH = {"i": INDICATOR_LOCKED, "p": 2, "m": 1}  # the locked cells of each kind of row
_JSON_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # unrolled: one step per run of plain characters
# A flat JSON list of strings: what a "locked" row holds, checked before it is parsed (a nested list
# would make json.loads recurse as deep as the brackets go).
_FLAT_STRINGS = re.compile(rf"\[\s*(?:{_JSON_STRING}\s*(?:,\s*{_JSON_STRING}\s*)*)?\]")
YEARS = (1000, 9999)  # a book's year; operations.fillin codes a new month's row with a four-digit year


def locked_rows(meta_rows: list[tuple]) -> dict[str, list[str]] | None:
    """The hidden sheet's "locked" rows (row key → its locked cells as written); None when any is not
    of the shape its writer gives it: a key of a known kind, a flat list of as many texts as that
    kind of row locks, no key twice."""
    locked: dict[str, list[str]] = {}
    for r in meta_rows:
        if not r or r[0] != "locked":
            continue
        if len(r) < 3 or not isinstance(r[1], str) or not isinstance(r[2], str):
            return None
        key, text = r[1], r[2]
        if not _KEY.fullmatch(key) or key in locked or not _FLAT_STRINGS.fullmatch(text):
            return None
        try:
            values = json.loads(text)
        except (ValueError, RecursionError):
            return None
        if len(values) != _LOCKED_WIDTH[key[0]]:
            return None
        locked[key] = values
    return locked


def book_year(value) -> int | None:
    """The hidden sheet's year as the writer wrote it (a whole number, 4 digits); None otherwise."""
    if isinstance(value, float) and value.is_integer():  # not NaN nor infinity
        value = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[0-9]{4}", value.strip()):
        value = int(value)
    if type(value) is not int or not YEARS[0] <= value <= YEARS[1]:  # not a bool either
        return None
    return value


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
