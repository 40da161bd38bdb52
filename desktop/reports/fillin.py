"""Fill-in workbooks (填报表) for the project units: targets locked, only the year-end cells open.

One xlsx per unit (or per project). Sheets:

- 填报说明: what to fill, and two open cells for 填报人 / 联系电话 (the read-back names who filled it);
- 绩效指标: 项目名称 · 一级 · 二级 · 三级指标 · 年度指标值 · 分值 (locked) · 实际完成值 · 定性档次 ·
  偏差原因分析及改进措施 (open); 定性档次 is open, with a list, only on 定性 rows;
- 项目资金与完成情况: 项目名称 · 年度总体目标 (locked) · 年初预算数 · 全年预算数 · 全年执行数 (open, numbers
  ≥ 0 only) · 实际完成情况 (open);
- 每月支出进度 (the department's book only: the store keeps 表2 per department, not per unit): 1-N月 ·
  年度预算 · 累计实际支出 (open, numbers ≥ 0);
- _perfdesk (very hidden): the year, department, unit, the locked values as they were written and a
  SHA-256 checksum of them. desktop.importers.fillin reads the workbook back against it.

Every sheet is protected (no password: the protection guards against slips, the checksum against
edits). The stored values are written in, so a unit sees what the office has and changes only what
it must; a cell it empties is read back as "clear this value" and shown so in the preview.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.domain.targets import stored_target
from desktop.messages import message
from desktop.models import BudgetExecution, Project, Unit
from desktop.models.grid_queries import indicator_rows, monthly_rows
from desktop.operations.editing import QUALITATIVE_TIERS
from desktop.operations.scoring import department_of

FORMAT = "perfdesk-fillin"
VERSION = 1
META_SHEET = "_perfdesk"
GUIDE_SHEET = "填报说明"
INDICATOR_SHEET = "绩效指标"
PROJECT_SHEET = "项目资金与完成情况"
INDICATOR_HEADERS = ("项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "分值", "实际完成值", "定性档次",
                     "偏差原因分析及改进措施", "编号")
MONTHLY_SHEET = "每月支出进度"
MONTHLY_HEADERS = ("月份", "年度预算（万元）", "累计实际支出（万元）", "编号")
PROJECT_HEADERS = ("项目名称", "年度总体目标", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）",
                   "实际完成情况", "编号")
INDICATOR_LOCKED = 6  # the first six columns are targets
FILLER_CELL, PHONE_CELL = "B9", "B10"
TIER_LIST = '"' + ",".join(QUALITATIVE_TIERS.values()) + '"'
OPEN_FILL = PatternFill("solid", fgColor="FFF2CC")
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")


class NothingToFill(LookupError):
    """No project for the asked year / unit / project (a Chinese sentence in args[0])."""


@dataclass(slots=True)
class FillinProject:
    id: int
    unit: str
    name: str
    goal: str
    goal_actual: str
    budget_initial: Decimal | None
    budget_adjusted: Decimal | None
    spent: Decimal | None
    indicators: list = field(default_factory=list)  # IndicatorRecord


@dataclass(slots=True)
class FillinBook:
    year: int
    department: str
    unit: str
    projects: list[FillinProject]
    project: str | None = None  # set when the book holds one project
    # the department's book (--per department) also collects 表2: month → (annual budget, spent to date)
    monthly: dict[int, tuple[Decimal | None, Decimal | None]] | None = None


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    return str(value)


def indicator_key(indicator_id: int) -> str:
    return f"i{indicator_id}"


def project_key(project_id: int) -> str:
    return f"p{project_id}"


def month_key(month: int) -> str:
    return f"m{month}"


def locked_indicator_values(project: str, rec) -> list[str]:
    """The six locked cells of an indicator row, as text (what the checksum covers)."""
    return [project, rec.level1 or "", rec.level2 or "", rec.name or "", rec.annual_target or "", _text(rec.weight)]


def checksum(rows: dict[str, list[str]]) -> str:
    canonical = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_books(session: Session, year: int, per: str = "unit", unit: str | None = None,
               project: str | None = None) -> list[FillinBook]:
    """The books to write: one per unit (default) or one per project, of `year`."""
    dept = department_of(session, year)
    query = (
        select(Project.id, Unit.name, Project.name, Project.goal, Project.goal_actual,
               BudgetExecution.budget_initial, BudgetExecution.budget_adjusted, BudgetExecution.spent)
        .join(Unit, Project.unit_id == Unit.id)
        .outerjoin(BudgetExecution, and_(BudgetExecution.project_id == Project.id,
                                         BudgetExecution.fund_source == "total"))
        .where(Project.year == year)
        .order_by(Unit.name, Project.sort_order, Project.id)
    )
    if unit is not None:
        query = query.where(Unit.name == unit)
    if project is not None:
        query = query.where(Project.name == project)
    projects = {
        pid: FillinProject(pid, u, name, goal or "", goal_actual or "", a, b, c)
        for pid, u, name, goal, goal_actual, a, b, c in session.execute(query)
    }
    if not projects:
        what = "".join(f"“{x}”" for x in (unit, project) if x)
        raise NothingToFill(message("store.nothing.fillin", year=year, what=what))
    for rec in indicator_rows(session, year):
        if rec.project_id in projects:
            projects[rec.project_id].indicators.append(rec)
    department = dept[1] if dept else ""
    if per == "department":
        monthly = {m: (None, None) for m in range(1, 13)}
        if dept is not None:
            for rec in monthly_rows(session, dept[0], year):
                monthly[rec.month] = (rec.annual_budget, rec.cumulative_spent)
        return [FillinBook(year, department, department, list(projects.values()), monthly=monthly)]
    if per == "project":
        return [FillinBook(year, department, p.unit, [p], p.name) for p in projects.values()]
    by_unit: dict[str, list[FillinProject]] = defaultdict(list)
    for p in projects.values():
        by_unit[p.unit].append(p)
    return [FillinBook(year, department, u, ps) for u, ps in by_unit.items()]


_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def book_file_name(book: FillinBook) -> str:
    parts = [str(book.year), "填报表", book.unit] + ([book.project] if book.project else [])
    if book.monthly is not None:
        parts.append("部门")
    return _UNSAFE.sub("_", "_".join(parts))[:150] + ".xlsx"


def _header(ws, headers, widths) -> None:
    ws.append(list(headers))
    for col, width in enumerate(widths, 1):
        cell = ws.cell(1, col)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = "A2"


def _open(cell) -> None:
    cell.protection = Protection(locked=False)
    cell.fill = OPEN_FILL


def _print_setup(ws, repeat_header: bool = True) -> None:
    """A4 landscape, one page wide, the header row on every page: units print these too."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if repeat_header:
        ws.print_title_rows = "1:1"


def _protect(ws) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may change; rows, cells and structure may not
    ws.protection.formatRows = False


def write_book(book: FillinBook, path: Path, made_at: datetime | None = None) -> int:
    """Write one fill-in workbook; returns the number of indicator rows."""
    made_at = made_at or datetime.now()
    wb = Workbook()
    guide = wb.active
    guide.title = GUIDE_SHEET
    _write_guide(guide, book, made_at)

    ws = wb.create_sheet(INDICATOR_SHEET)
    _header(ws, INDICATOR_HEADERS, (28, 12, 16, 30, 24, 7, 24, 26, 36, 10))
    tier_cells: list[str] = []
    locked: dict[str, list[str]] = {}
    row = 1
    for project in book.projects:
        for rec in project.indicators:
            row += 1
            values = locked_indicator_values(project.name, rec)
            qualitative = not stored_target(rec.annual_target, rec.name, rec.sign_override, rec.value_override,
                                            rec.unit_override, rec.qualitative_override).is_number
            tier = QUALITATIVE_TIERS.get(rec.qualitative_tier or 0, "") if qualitative else ""
            ws.append([*values, rec.actual or "", tier, rec.deviation_reason or "", indicator_key(rec.id)])
            locked[indicator_key(rec.id)] = values
            for col in (7, 9):
                _open(ws.cell(row, col))
            if qualitative:
                _open(ws.cell(row, 8))
                tier_cells.append(f"H{row}")
    if tier_cells:  # one range list: adding cell by cell is quadratic in openpyxl
        ws.add_data_validation(DataValidation(
            type="list", formula1=TIER_LIST, allow_blank=True, showErrorMessage=True, errorTitle="定性档次",
            error="请从列表中选择定性档次。", sqref=" ".join(tier_cells)))
    ws.column_dimensions["J"].hidden = True
    _print_setup(ws)
    _protect(ws)

    ps = wb.create_sheet(PROJECT_SHEET)
    _header(ps, PROJECT_HEADERS, (30, 40, 14, 14, 14, 40, 10))
    for r, project in enumerate(book.projects, 2):
        ps.append([project.name, project.goal, project.budget_initial, project.budget_adjusted, project.spent,
                   project.goal_actual, project_key(project.id)])
        locked[project_key(project.id)] = [project.name, project.goal]
        for col in (3, 4, 5):
            _open(ps.cell(r, col))
            ps.cell(r, col).number_format = "0.00"
        _open(ps.cell(r, 6))
    ps.add_data_validation(DataValidation(
        type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True, showErrorMessage=True,
        errorTitle="须为数字", error="请填写不小于 0 的数字（万元）。", sqref=f"C2:E{len(book.projects) + 1}"))
    ps.column_dimensions["G"].hidden = True
    _print_setup(ps)
    _protect(ps)

    if book.monthly is not None:
        ms = wb.create_sheet(MONTHLY_SHEET)
        _header(ms, MONTHLY_HEADERS, (10, 18, 20, 10))
        for r, (month, (budget, spent)) in enumerate(sorted(book.monthly.items()), 2):
            ms.append([f"1-{month}月", budget, spent, month_key(month)])
            locked[month_key(month)] = [f"1-{month}月"]
            for col in (2, 3):
                _open(ms.cell(r, col))
                ms.cell(r, col).number_format = "0.00"
        ms.add_data_validation(DataValidation(
            type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True, showErrorMessage=True,
            errorTitle="须为数字", error="请填写不小于 0 的数字（万元）。", sqref=f"B2:C{len(book.monthly) + 1}"))
        ms.column_dimensions["D"].hidden = True
        _print_setup(ms)
        _protect(ms)

    meta = wb.create_sheet(META_SHEET)
    meta_rows = [("format", FORMAT), ("version", VERSION), ("year", book.year), ("department", book.department),
                 ("unit", book.unit), ("project", book.project or ""), ("made_at", made_at.isoformat(timespec="seconds")),
                 ("checksum", checksum(locked))]
    for k, v in meta_rows:
        meta.append([k, v])
    # one row per locked row: an Excel cell holds at most 32,767 characters
    for key, values in locked.items():
        meta.append(["locked", key, json.dumps(values, ensure_ascii=False)])
    meta.sheet_state = "veryHidden"
    _protect(meta)
    wb.properties.creator = "perfdesk"
    wb.properties.lastModifiedBy = "perfdesk"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")  # a reader never sees half a workbook
    wb.save(partial)
    partial.replace(path)
    return row - 1


def _write_guide(ws, book: FillinBook, made_at: datetime) -> None:
    title = f"{book.year} 年度项目支出绩效自评填报表"
    lines = [
        (title, ""),
        ("主管部门", book.department),
        ("填报单位", book.unit),
        ("项目", book.project or f"{len(book.projects)} 个"),
        ("生成时间", made_at.strftime("%Y-%m-%d %H:%M")),
        ("填写说明", "只填浅黄色单元格：实际完成值、定性档次（定性指标）、偏差原因分析及改进措施、预算执行数和实际完成情况"
                     + ("，以及每月支出进度（累计数）。" if book.monthly is not None else "。")),
        ("", "年度指标值、分值等目标已锁定，不得修改；改动目标的填报表将被整份退回。清空的单元格视为删除原值。"),
        ("", "金额单位为万元，只能填写数字。填好后请保存并原样交回，不要改文件的工作表结构。"),
        ("填报人", ""),
        ("联系电话", ""),
    ]
    for label, value in lines:
        ws.append([label, value])
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 12
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows(min_col=2, max_col=2):
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    for ref in (FILLER_CELL, PHONE_CELL):
        _open(ws[ref])
    _print_setup(ws, repeat_header=False)
    _protect(ws)


def make_fillin(session: Session, year: int, out_dir: Path, per: str = "unit", unit: str | None = None,
                project: str | None = None) -> list[tuple[Path, FillinBook, int]]:
    """Write every book of `year` into `out_dir`; returns (path, book, indicator rows) per file.

    per: "unit" (one book per unit), "project" (one per project) or "department" (one book with every
    project and the department's monthly spending, 表2, which the store keeps per department)."""
    books = load_books(session, year, per, unit, project)
    made_at = datetime.now()
    out = []
    for book in books:
        path = out_dir / book_file_name(book)
        out.append((path, book, write_book(book, path, made_at)))
    return out
