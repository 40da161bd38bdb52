"""Excel workbooks, read with python-calamine after checking the zip is safe to open.

Before calamine touches the file every member is streamed once through zipfile: declared and real
sizes must stay under the limits (a zip bomb may lie about its sizes; zipfile stops at the declared
size and the CRC check then fails), and no XML part may carry a DOCTYPE (xlsx never needs one; it is
how entity-expansion bombs start). Vertically merged cells read empty below their first row, so they
are filled down from calamine's merged ranges.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from desktop.importers.errors import SourceError
from desktop.importers.limits import (
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    MAX_WORKBOOK_BYTES,
)
from desktop.importers.model import ImportedTable
from desktop.importers.packed import Row

_CHUNK = 1 << 20
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", b"<\x00!\x00D\x00O\x00C\x00", b"<\x00!\x00E\x00N\x00T\x00")
_BROKEN = "文件不完整或已损坏，无法作为 Excel 工作簿打开"


def check_zip(path: Path) -> None:
    """Raise SourceError unless the .xlsx zip is sound, reasonably sized and free of DTDs."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError):
        raise SourceError(path, _BROKEN) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise SourceError(path, f"压缩包内文件过多（{len(infos)} 个），不像是 Excel 工作簿")
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise SourceError(path, "这是一个压缩包，但不是 Excel 工作簿（.xlsx）")
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise SourceError(path, f"解压后体积异常（{declared // 1_000_000} MB），疑似压缩炸弹，已拒绝")
        total = 0
        for info in infos:
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 20_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise SourceError(path, f"部件 {info.filename} 解压后体积异常，疑似压缩炸弹，已拒绝")
            total += _stream_member(zf, info, path)
            if total > MAX_TOTAL_BYTES:
                raise SourceError(path, "解压后体积异常，疑似压缩炸弹，已拒绝")


def _stream_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> int:
    size = 0
    is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
    try:
        with zf.open(info) as member:
            first = True
            while chunk := member.read(_CHUNK):
                if first and is_xml and any(m in chunk[:4096].upper() for m in _DTD_MARKERS):
                    raise SourceError(
                        path, f"部件 {info.filename} 含有 DTD/实体声明（可能是 XML 实体炸弹），已拒绝"
                    )
                first = False
                size += len(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        raise SourceError(path, _BROKEN) from None
    return size


def _sheet_rows(sheet, name: str) -> list[Row]:
    rows = sheet.to_python(skip_empty_area=False)
    merges = getattr(sheet, "merged_cell_ranges", None) or []
    for (r0, c0), (r1, c1) in merges:
        if r1 == r0 or r0 >= len(rows):
            continue
        top = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                rows[r][c] = top if c == c0 else rows[r0][c] if c < len(rows[r0]) else ""
    return [Row(cells, f"工作表“{name}”第 {i} 行") for i, cells in enumerate(rows, 1)]


def _open(path: Path, zipped: bool):
    from python_calamine import CalamineWorkbook

    size = path.stat().st_size
    if size > MAX_WORKBOOK_BYTES:
        raise SourceError(path, f"文件太大（{size // 1_000_000} MB），不像是目标表")
    if zipped:
        check_zip(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception:  # calamine raises its own CalamineError/XmlError/ZipError types
        raise SourceError(path, _BROKEN) from None


def _worksheet_names(workbook) -> list[str]:
    names = [
        m.name for m in workbook.sheets_metadata if str(getattr(m, "typ", "WorkSheet")).endswith("WorkSheet")
    ]
    return names or workbook.sheet_names


def _rows_of(path: Path, workbook, name: str) -> list[Row]:
    try:
        return _sheet_rows(workbook.get_sheet_by_name(name), name)
    except Exception:
        raise SourceError(path, _BROKEN, f"工作表“{name}”") from None


def read_sheet_rows(path: Path, zipped: bool = True) -> list[tuple[str, list[Row]]]:
    workbook = _open(path, zipped)
    try:
        return [(name, _rows_of(path, workbook, name)) for name in _worksheet_names(workbook)]
    finally:
        workbook.close()


def read_workbook(path: Path, mapping=None, check=None, zipped: bool = True) -> list[ImportedTable]:
    from desktop.importers.textfile import rows_to_table

    workbook = _open(path, zipped)
    tables: list[ImportedTable] = []
    first_error: SourceError | None = None
    try:
        names = _worksheet_names(workbook)
        for name in names:
            if check:
                check()
            rows = _rows_of(path, workbook, name)
            if not rows:
                continue
            try:
                table = rows_to_table(rows, path, "packed", mapping, check, check_all_cells=False)
            except SourceError as exc:
                if "找不到表头" not in exc.problem and "没有读到任何项目" not in exc.problem:
                    raise
                first_error = first_error or SourceError(path, exc.problem, f"工作表“{name}”")
                continue
            if len(names) > 1:
                table.source = f"{path.name}#{name}"
            tables.append(table)
    finally:
        workbook.close()
    if not tables:
        raise first_error or SourceError(path, "工作簿里没有数据")
    return tables
