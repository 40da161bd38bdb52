"""Built forms → one file: the one pipeline behind `perfdesk report` and the 报表 dialog.

The file's suffix picks the writer (.xlsx: Excel, anything else: PDF); both print the same sheets
(desktop.reports.forms), so the command and the window cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.reports.data import Form


@dataclass(frozen=True, slots=True)
class WrittenForms:
    sheets: int  # forms written
    pages: int | None  # PDF pages; None for a workbook
    one_sheet: bool = False  # a workbook with every form down one worksheet


def write_forms(forms: Sequence[Form], out: Path, one_sheet: bool = False,
                progress: Callable[[int, int, str], None] | None = None) -> WrittenForms:
    """Lay the forms out as sheets and write them to `out` (its folder made if missing).

    one_sheet (Excel): all forms down one worksheet, when they share their column widths."""
    from desktop.reports.excel import write_xlsx
    from desktop.reports.forms import sheets_for
    from desktop.reports.pdf import write_pdf

    sheets = sheets_for(forms)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() == ".xlsx":
        one = one_sheet and len({tuple(s.col_widths) for s in sheets}) == 1
        write_xlsx(sheets, out, one_sheet=one, progress=progress)
        return WrittenForms(len(sheets), None, one)
    return WrittenForms(len(sheets), write_pdf(sheets, out, progress=progress))
