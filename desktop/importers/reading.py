"""Entry point: pick the reader by content, report progress, honour cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.importers.errors import ImportCancelled, SourceError
from desktop.importers.model import ImportedTable
from desktop.oserrors import os_error_text

Progress = Callable[[float, str], None]
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def _sniff(path: Path) -> str:
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise SourceError(path, "文件不存在") from None
    except OSError as exc:
        raise SourceError(path, f"文件无法打开（{os_error_text(exc)}）") from None
    suffix = path.suffix.lower()
    if not head:
        raise SourceError(path, "文件是空的")
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(_OLE_MAGIC):
            raise SourceError(
                path,
                "这是有密码保护的工作簿，或改了扩展名的旧版 .xls 文件：请在 Excel 中去掉密码或另存为 .xlsx",
            )
        if not head.startswith(_ZIP_MAGIC):
            raise SourceError(path, "扩展名是 .xlsx，但内容不是 Excel 工作簿（可能是改了扩展名的其他文件）")
        return "xlsx"
    if suffix == ".xls":
        if head.startswith(_ZIP_MAGIC):
            return "xlsx"
        if not head.startswith(_OLE_MAGIC):
            raise SourceError(path, "扩展名是 .xls，但内容不是 Excel 工作簿")
        return "xls"
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if suffix == ".csv":
        return "csv"
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        raise SourceError(path, "暂不支持直接导入 PDF，请先把表格复制为文本或另存为 Excel")
    return "text"


def read_file(
    path: str | Path,
    mapping: dict[str, int | str] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[float], None] | None = None,
) -> list[ImportedTable]:
    """Every target table in one file (a workbook may hold one per sheet).

    `mapping` overrides the detected column meanings: {role: column index or header label}.
    `progress(fraction)` follows the rows of the table being parsed.
    """
    from desktop.importers import textfile, xlsxfile

    path = Path(path)

    def check(done: int = 0, total: int = 0) -> None:
        if cancelled():
            raise ImportCancelled()
        if progress and total:
            progress(done / total)

    kind = _sniff(path)
    if kind == "xlsx":
        return xlsxfile.read_workbook(path, mapping, check)
    if kind == "xls":
        return xlsxfile.read_workbook(path, mapping, check, zipped=False)
    if kind == "csv":
        return [textfile.read_csv(path, mapping, check)]
    return [textfile.read_text(path, mapping, check)]


def read_files(
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    mapping: dict[str, int | str] | None = None,
) -> list[ImportedTable]:
    """Read all files or raise: SourceError on the first bad one, ImportCancelled on cancel.

    Meant for a worker thread: `progress(fraction, message)` is called between files and
    `cancelled()` is polled between files and every few hundred rows.
    """
    paths = [Path(p) for p in paths]
    tables: list[ImportedTable] = []
    for i, path in enumerate(paths):
        if cancelled():
            raise ImportCancelled()
        if progress:
            progress(i / max(len(paths), 1), f"正在读取 {path.name}（{i + 1}/{len(paths)}）")
        message = f"正在读取 {path.name}（{i + 1}/{len(paths)}）"

        def within(fraction: float, i=i, message=message) -> None:
            if progress:
                progress((i + fraction) / len(paths), message)

        tables.extend(read_file(path, mapping, cancelled, within))
    if progress:
        progress(1.0, f"已读取 {len(paths)} 个文件")
    return tables


@dataclass
class DetectedColumns:
    """What the importer understood of one sheet's header, for the column-mapping dialog.

    `labels` are the header cells as printed (whitespace removed); `roles` maps each understood
    role (see headers.ROLE_LABELS for its Chinese name) to a column index. The dialog returns a
    corrected {role: index or label} that goes back into read_file(..., mapping=...).
    """

    sheet: str | None
    header_place: str
    labels: list[str]
    roles: dict[str, int]
    per_indicator: bool


def detect_columns(path: str | Path) -> list[DetectedColumns]:
    """The header of every sheet (or of the text/CSV file) that has one; SourceError if none."""
    from desktop.importers import textfile, xlsxfile
    from desktop.importers.headers import find_header

    path = Path(path)
    kind = _sniff(path)
    if kind in ("xlsx", "xls"):
        sheets = xlsxfile.read_sheet_rows(path, zipped=kind == "xlsx")
    elif kind == "csv":
        sheets = [(None, textfile.csv_rows(path))]
    else:
        sheets = [(None, textfile.text_rows(path))]
    found = []
    for sheet, rows in sheets:
        cmap = find_header([r.cells for r in rows])
        if cmap is not None:
            place = rows[cmap.header_index].place
            found.append(DetectedColumns(sheet, place, cmap.labels, dict(cmap.columns), cmap.per_indicator))
    if not found:
        raise SourceError(path, "找不到表头（应有“项目名称”“绩效目标”“绩效指标”等列名）")
    return found
