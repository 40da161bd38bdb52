"""Entry point: pick the reader by content, report progress, honour cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.gcpause import paused_gc
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
    except IsADirectoryError:
        raise SourceError(path, "这是一个文件夹，不是文件") from None
    except PermissionError:
        raise SourceError(
            path, "文件无法读取：没有读取权限，或正被其他程序独占（例如在 Excel 中打开），请关闭后重试"
        ) from None
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
        if not head.startswith(b"%PDF"):
            raise SourceError(path, "扩展名是 .pdf，但内容不是 PDF 文件")
        return "pdf"
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
    if kind in ("xlsx", "xls"):
        from desktop.importers.self_eval import looks_like_self_eval

        if looks_like_self_eval(path):  # issue 12: a filled 自评表 is not a target table
            raise SourceError(path, "这是填好的项目支出绩效自评表，请用“文件 → 复核自评表…”复核并导入")
    try:
        if kind == "pdf":
            from desktop.importers import pdffile

            tables = pdffile.read_pdf(path, mapping, check)
        elif kind == "xlsx":
            tables = xlsxfile.read_workbook(path, mapping, check)
        elif kind == "xls":
            tables = xlsxfile.read_workbook(path, mapping, check, zipped=False)
        elif kind == "csv":
            tables = [textfile.read_csv(path, mapping, check)]
        else:
            tables = [textfile.read_text(path, mapping, check)]
    except SourceError as exc:
        if "找不到表头" in exc.problem and (looks := what_it_looks_like(path, kind)):
            raise SourceError(path, _not_a_target_table(looks)) from None
        raise
    _refuse_oversized_numbers(tables, path)
    if not any(t.projects for t in tables):
        looks = what_it_looks_like(path, kind)
        raise SourceError(
            path,
            _not_a_target_table(looks)
            if looks
            else "没有读到任何项目：表头下面没有项目行（项目名称一列是空的）",
        )
    return tables


def _refuse_oversized_numbers(tables: list[ImportedTable], path: Path) -> None:
    """A target or actual whose number has more than 15 digits (完成999…次) is refused here, at
    entry, as the grid refuses it when typed: no score, screen or form has to cope with it. So is
    a project of thousands of indicators (no grid or form is meant for one)."""
    from desktop.domain.numbers import MAX_TYPED_DIGITS, oversized_number
    from desktop.importers.limits import MAX_INDICATORS_PER_PROJECT

    for table in tables:
        for project in table.projects:
            if len(project.indicators) > MAX_INDICATORS_PER_PROJECT:
                raise SourceError(
                    path,
                    f"项目“{project.name[:30]}”有 {len(project.indicators):,} 条指标，远多于任何项目"
                    f"（上限 {MAX_INDICATORS_PER_PROJECT:,} 条），不像是目标表",
                    project.place or None,
                )
            for ind in project.indicators:
                for label, text in (
                    ("实施周期指标值", ind.period_value),
                    ("年度指标值", ind.annual_value),
                    ("实际完成值", ind.actual),
                ):
                    number = oversized_number(text)
                    if number is not None:
                        raise SourceError(
                            path,
                            f"项目“{project.name[:30]}”的指标“{ind.name[:30]}”，{label}中的数字“{number}”"
                            f"超过 {MAX_TYPED_DIGITS} 位，不是合理的数值",
                            project.place or None,
                        )


_KINDS = (
    ("部门整体支出绩效自评", "这是部门整体支出绩效自评表"),
    ("部门整体支出绩效目标", "这是部门整体支出绩效目标表"),
    ("绩效自评报告", "这是绩效自评报告"),
    ("绩效自评表", "这是项目支出绩效自评表（年终自评的结果）"),
    ("自评表", "这是项目支出绩效自评表（年终自评的结果）"),
    ("绩效目标申报表", "这是项目支出绩效目标申报表（单个项目的申报）"),
    ("申报表", "这是项目支出绩效目标申报表（单个项目的申报）"),
    ("绩效监控", "这是绩效运行监控表"),
)


def _not_a_target_table(looks: str) -> str:
    return f"没有读到任何项目：{looks}，不是项目支出绩效目标表；请导入部门的《项目支出绩效目标表》"


def what_it_looks_like(path: Path, kind: str | None = None) -> str | None:
    """'这是项目支出绩效自评表…' when the first rows of the file name its kind, else None."""
    from desktop.importers import textfile, xlsxfile
    from desktop.importers.textnorm import CellTooLong, clean

    kind = kind or _sniff(path)
    try:
        if kind in ("xlsx", "xls"):
            sheets = [rows for _, rows in xlsxfile.read_sheet_rows(path, zipped=kind == "xlsx")]
        elif kind == "csv":
            sheets = [textfile.csv_rows(path)]
        else:
            sheets = [textfile.text_rows(path)]
    except SourceError:
        return None
    for rows in sheets:
        head = []
        for row in rows[:40]:
            for cell in row.cells:
                try:
                    head.append(clean(cell))
                except CellTooLong:
                    continue
        text = "".join(head)
        for words, looks in _KINDS:
            if words in text:
                return looks
    return None


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

        with paused_gc():
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
    elif kind == "pdf":
        from desktop.importers import pdffile

        preamble, _, pages = pdffile.page_rows(path)
        sheets = [(None, preamble + pdffile.stitch(pages))]
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
