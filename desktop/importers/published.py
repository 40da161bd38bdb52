"""A published report's figures file (复核): a small JSON or a workbook of key | value rows.

Read through the importers' bounds: the workbook goes through the same size and zip checks as a
target table (desktop.importers.xlsxfile), the JSON through the text-file size limit. What the
figures mean is the domain's (desktop.domain.recheck).

A workbook's value is read as Excel shows it: 0.98897 formatted 0.00% is the 98.90% the report
prints, 97.7899 formatted 0.00 is 97.79 (calamine gives no number formats: openpyxl reads them,
and the formulas, of the value column). A formula no program has calculated holds no value: it is
said in the notes, never dropped unsaid.
"""

from __future__ import annotations

import json
import math
import re
import warnings
from decimal import Decimal
from pathlib import Path

from desktop.domain.numbers import float_decimal, round_half_up
from desktop.domain.recheck import (
    MAX_FIGURE_DEPTH,
    FigurePairs,
    FiguresError,
    figures_from_rows,
    flatten_figures,
)
from desktop.importers.errors import SourceError
from desktop.importers.limits import MAX_TEXT_BYTES
from desktop.messages import message
from desktop.oserrors import os_error_text

# A department's 表1–表4 print a few hundred figures; a sheet of more rows is not a figures file
# (and reading its number formats would take minutes).
MAX_FIGURE_ROWS = 10_000


def load_published(path: str | Path, notes: list | None = None) -> dict[str, object]:
    """Published figures from a .json (flat or nested) or .xlsx (key | value rows of the first sheet).

    `notes` receives a Message for each value that is not compared: no number, no key beside it,
    a formula never calculated, more digits than a report prints.
    Raises SourceError, with the importers' sentence, for a file too big, a zip bomb, a broken file,
    one nested too deep, one giving a figure twice with different values, or one with no figure in
    it (nothing compared must not read as "all agree")."""
    path = Path(path)
    said: list = []
    try:
        figures = _figures(path, said)
    except FiguresError as exc:
        raise SourceError(path, exc.args[0]) from None
    if not figures:
        raise SourceError(path, said[0] if said else message("importing.no_figures"))
    if notes is not None:
        notes.extend(said)
    return figures


def _figures(path: Path, notes: list) -> dict[str, object]:
    from desktop.importers import xlsxfile

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SourceError(path, message("importing.cannot_open", reason=os_error_text(exc))) from None
    if path.suffix.lower() == ".json":
        if size > MAX_TEXT_BYTES:
            raise SourceError(path, message("importing.figures_too_big", mb=size // 1_000_000))
        try:
            text = path.read_text(encoding="utf-8-sig")  # Notepad saves UTF-8 with a BOM
        except OSError as exc:
            raise SourceError(path, message("importing.cannot_open", reason=os_error_text(exc))) from None
        except UnicodeDecodeError as exc:
            raise SourceError(path, message("importing.not_json", problem=str(exc))) from None
        try:
            data = json.loads(text, object_pairs_hook=FigurePairs, parse_float=_json_float)
        except RecursionError:  # thousands of nested brackets
            raise SourceError(path, message("importing.published.too_deep", levels=MAX_FIGURE_DEPTH)) from None
        except ValueError as exc:
            raise SourceError(path, message("importing.not_json", problem=str(exc))) from None
        return flatten_figures(data, notes=notes)
    sheets = xlsxfile.read_sheet_rows(path, zipped=True)
    if not sheets:
        return {}
    name, rows = sheets[0]
    used = [i for i, row in enumerate(rows) if any(c not in ("", None) for c in row.cells[:2])]
    if len(used) > MAX_FIGURE_ROWS:
        raise SourceError(path, message("importing.published.too_many_rows", rows=len(used), limit=MAX_FIGURE_ROWS))
    last = used[-1] + 1 if used else 0
    shown = _value_column(path, name, last)
    cells = []
    for number, row in enumerate(rows[:last], start=1):
        key = row.cells[0] if row.cells else None
        value = row.cells[1] if len(row.cells) > 1 else None
        number_format, formula = shown.get(number, ("General", False))
        if formula and value in ("", None):
            notes.append(message("importing.published.formula_not_computed", key=str(key or "").strip(), row=number))
            value = None
        elif isinstance(value, int | float) and not isinstance(value, bool):
            value = as_shown(value, number_format)
        cells.append((key, value))
    return figures_from_rows(cells, notes)


def _json_float(text: str):
    """A JSON number with a fraction or exponent: a float, unless a float cannot hold it (1e999 is
    no infinity, 1e-999 no zero): then its text, which the figure reading refuses by its length."""
    value = float(text)
    mantissa = re.split(r"[eE]", text)[0]
    if math.isfinite(value) and (value != 0 or not any(d in mantissa for d in "123456789")):
        return value
    return text


def _value_column(path: Path, sheet: str, last_row: int) -> dict[int, tuple[str, bool]]:
    """{row: (number format, is a formula)} of the value column (B), rows 1..last_row."""
    from openpyxl import load_workbook

    if not last_row:
        return {}
    out: dict[int, tuple[str, bool]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        try:
            book = load_workbook(path, read_only=True, data_only=False)
        except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
            raise SourceError(path, message("importing.xlsx.broken")) from None
        try:
            worksheet = book[sheet] if sheet in book.sheetnames else book.worksheets[0]
            for row in worksheet.iter_rows(min_row=1, max_row=last_row, min_col=2, max_col=2):
                for cell in row:
                    at = getattr(cell, "row", None)
                    if at is None:
                        continue  # an empty cell
                    value = cell.value
                    formula = (isinstance(value, str) and value.startswith("=")) or type(value).__name__ in (
                        "ArrayFormula", "DataTableFormula")
                    out[at] = (cell.number_format or "General", formula)
        except Exception:  # noqa: BLE001 - as above: a broken sheet
            raise SourceError(path, message("importing.xlsx.broken")) from None
        finally:
            book.close()
    return out


_LITERALS = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_FRACTION = re.compile(r"\.([0#?]*)")


def as_shown(value: int | float, number_format: str):
    """A number cell as Excel shows it under `number_format`: 0.98897 with 0.00% → "98.90%" (the
    percentage, at the decimals shown), 97.7899 with 0.00 → Decimal 97.79; the value itself for
    General, text, scientific and date formats or any format this does not read."""
    section = _LITERALS.sub("", number_format.split(";")[0]).strip()
    if (
        not section or section.lower() == "general" or "@" in section or "e" in section.lower()
        or not re.search(r"[0#?]", section) or re.search(r"[0#?],+(?![0#?])", section)  # 0.0, scales by 1000
        or any(ch in section.lower() for ch in "dmyhs/")
    ):
        return value
    number = float_decimal(value) if isinstance(value, float) else Decimal(value)
    if not number.is_finite():
        return value
    m = _FRACTION.search(section)
    most = len(m.group(1)) if m else 0
    least = len(m.group(1).rstrip("#?")) if m else 0
    percent = section.count("%")
    number = number.scaleb(2 * percent)
    text = format(round_half_up(number, most), "f")
    if most > least:  # "0.0#": optional decimals are not shown when zero
        whole, _, fraction = text.partition(".")
        fraction = fraction[:least] + fraction[least:].rstrip("0")
        text = f"{whole}.{fraction}" if fraction else whole
    return text + "%" if percent else Decimal(text)
