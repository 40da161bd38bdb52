"""A published report's figures file (复核): a small JSON or a workbook of key | value rows.

Read through the importers' bounds: the workbook goes through the same size and zip checks as a
target table (desktop.importers.xlsxfile), the JSON through the text-file size limit. What the
figures mean is the domain's (desktop.domain.recheck).
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.domain.recheck import figures_from_rows, flatten_figures
from desktop.importers.errors import SourceError
from desktop.importers.limits import MAX_TEXT_BYTES
from desktop.messages import message
from desktop.oserrors import os_error_text


def load_published(path: str | Path) -> dict[str, object]:
    """Published figures from a .json (flat or nested) or .xlsx (key | value rows of the first sheet).

    Raises SourceError, with the importers' sentence, for a file too big, a zip bomb, a broken file,
    or one with no figure in it (nothing compared must not read as "all agree")."""
    path = Path(path)
    figures = _figures(path)
    if not figures:
        raise SourceError(path, message("importing.no_figures"))
    return figures


def _figures(path: Path) -> dict[str, object]:
    from desktop.importers import xlsxfile

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SourceError(path, message("importing.cannot_open", reason=os_error_text(exc))) from None
    if path.suffix.lower() == ".json":
        if size > MAX_TEXT_BYTES:
            raise SourceError(path, message("importing.figures_too_big", mb=size // 1_000_000))
        try:
            return flatten_figures(json.loads(path.read_text(encoding="utf-8")))
        except OSError as exc:
            raise SourceError(path, message("importing.cannot_open", reason=os_error_text(exc))) from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise SourceError(path, message("importing.not_json", problem=str(exc))) from None
    sheets = xlsxfile.read_sheet_rows(path, zipped=True)
    return figures_from_rows(row.cells for row in sheets[0][1]) if sheets else {}
