"""Write imported tables into the store, all files in one transaction, and read them back out.

Projects already in the store with the same year, unit and name are either kept (the imported
copy is skipped, nothing changes) or replaced (the old one and its indicators are deleted first).

What a source table says about itself — title, 部门名称 as printed, the stated 合计 and unit
subtotals, the repairs — goes to `import_source` (models.ImportSource), for the export.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import (
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.importers.errors import ImportCancelled
from desktop.importers.model import (
    AMOUNT_KEYS,
    Amounts,
    BudgetExecution,
    ImportedTable,
    Indicator,
    Project,
    Repair,
    UnitTotals,
)
from desktop.models import StoreError
from desktop.models import entities as db
from desktop.models.db_errors import describe_database_error

log = logging.getLogger(__name__)

import_source = db.ImportSource.__table__

_TITLE_TAIL = re.compile(r"(?:\d{4}年度?)?(?:项目支出)?$")


def department_name(table: ImportedTable) -> str:
    """The department a table belongs to: 部门名称, else 主管部门, else the title's prefix, else the file."""
    if table.department:
        return table.department
    supervisors = [p.supervisor for p in table.projects if p.supervisor]
    if supervisors:
        return supervisors[0]
    if table.title and "绩效目标表" in table.title:
        prefix = _TITLE_TAIL.sub("", table.title.split("绩效目标表")[0])
        if prefix:
            return prefix
    return Path(table.source.split("#")[0]).stem


@dataclass
class WriteResult:
    added: int = 0
    replaced: int = 0
    kept: int = 0
    indicators: int = 0
    renamed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        text = f"新增 {self.added} 个项目，替换 {self.replaced} 个，保留原有 {self.kept} 个；写入 {self.indicators} 条指标"
        if self.renamed:
            text += f"；同一单位内重名的 {len(self.renamed)} 个项目已加编号区分"
        return text


def _database_errors_as_sentences(write):
    """A database that cannot be written (disk full, read-only, locked) raises StoreError with the
    sentence for the officer; the session's rollback has left it as it was."""

    @functools.wraps(write)
    def wrapper(store, *args, **kwargs):
        try:
            return write(store, *args, **kwargs)
        except (SQLAlchemyError, OSError) as exc:
            log.error("writing into %s failed: %r", store.display_name, exc)
            raise StoreError(describe_database_error(exc, store.display_name)) from exc

    return wrapper


@_database_errors_as_sentences
def write_tables(
    store,
    tables: list[ImportedTable],
    *,
    year: int,
    replace: bool = False,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> WriteResult:
    """All tables or nothing: one session, committed at the end, rolled back on any error."""
    result = WriteResult()
    with store.session() as session:
        for i, table in enumerate(tables):
            if cancelled():
                raise ImportCancelled()
            if progress:
                progress(i / max(len(tables), 1), f"正在写入 {table.source}")
            _write_table(session, table, year, replace, result)
    if progress:
        progress(1.0, str(result))
    return result


def _department(session: Session, name: str) -> db.Department:
    department = session.scalar(select(db.Department).where(db.Department.name == name))
    if department is None:
        department = db.Department(name=name)
        session.add(department)
        session.flush()
    return department


def _write_table(session: Session, table: ImportedTable, year: int, replace: bool, result: WriteResult):
    department = _department(session, department_name(table))
    units = {
        u.name: u.id for u in session.scalars(select(db.Unit).where(db.Unit.department_id == department.id))
    }
    existing = {
        (unit_id, name): pid
        for pid, unit_id, name in session.execute(
            select(db.Project.id, db.Project.unit_id, db.Project.name)
            .join(db.Unit)
            .where(db.Unit.department_id == department.id, db.Project.year == year)
        )
    }
    order = (
        session.scalar(
            select(func.max(db.Project.sort_order))
            .join(db.Unit)
            .where(db.Unit.department_id == department.id, db.Project.year == year)
        )
        or 0
    )
    to_delete: list[int] = []
    new_projects: list[tuple[dict, Project]] = []
    seen: set[tuple[int, str]] = set()
    next_suffix: dict[tuple[int, str], int] = {}
    for project in table.projects:
        unit_name = project.unit or department.name
        if unit_name not in units:
            unit = db.Unit(department_id=department.id, name=unit_name)
            session.add(unit)
            session.flush()
            units[unit_name] = unit.id
        unit_id = units[unit_name]
        name = project.name
        if (unit_id, name) in seen:  # the same name twice in one unit of one file
            k = next_suffix.get((unit_id, name), 2)  # where the last search stopped: linear, not n²
            while (unit_id, f"{name}（{k}）") in seen:
                k += 1
            next_suffix[(unit_id, name)] = k + 1
            name = f"{name}（{k}）"
            result.renamed.append(name)
        seen.add((unit_id, name))
        old = existing.get((unit_id, name))
        if old is not None:
            if not replace:
                result.kept += 1
                continue
            to_delete.append(old)
            result.replaced += 1
        else:
            result.added += 1
        order += 1
        a = project.amounts
        row = {
            "unit_id": unit_id,
            "year": year,
            "name": name,
            "supervisor": project.supervisor,
            "sort_order": order,
            "total": a.total,
            "fiscal": a.fiscal,
            "special": a.special,
            "other": a.other,
            "goal": project.goal,
            "source": table.source,
        }
        new_projects.append((row, project))
    if to_delete:
        for chunk in _chunks(to_delete, 500):
            session.execute(delete(db.Indicator).where(db.Indicator.project_id.in_(chunk)))
            session.execute(delete(db.BudgetExecution).where(db.BudgetExecution.project_id.in_(chunk)))
            session.execute(delete(db.Project).where(db.Project.id.in_(chunk)))
    if new_projects:
        # Core inserts (executemany, RETURNING in parameter order): the ORM's bookkeeping for
        # 45,000 objects would cost more than reading the workbook.
        projects_table = db.Project.__table__
        ids = session.scalars(
            insert(projects_table).returning(projects_table.c.id, sort_by_parameter_order=True),
            [r for r, _ in new_projects],
        ).all()
        indicator_rows, budget_rows = [], []
        for pid, (_, project) in zip(ids, new_projects, strict=True):
            for k, ind in enumerate(project.indicators):
                indicator_rows.append(_indicator_row(pid, k, ind))
            if project.budget is not None and not project.budget.is_empty():
                b = project.budget
                budget_rows.append(
                    {
                        "project_id": pid,
                        "fund_source": "total",
                        "budget_initial": b.budget_initial,
                        "budget_adjusted": b.budget_adjusted,
                        "spent": b.spent,
                    }
                )
        if indicator_rows:
            session.execute(insert(db.Indicator.__table__), indicator_rows)
        if budget_rows:
            session.execute(insert(db.BudgetExecution.__table__), budget_rows)
        result.indicators += len(indicator_rows)
    _write_source(session, table, year, department.id, replace)


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _indicator_row(project_id: int, k: int, ind: Indicator) -> dict:
    return {
        "project_id": project_id,
        "sort_order": k,
        "seq": ind.seq,
        "level1": ind.level1,
        "level1_code": ind.level1_code,
        "level2": ind.level2,
        "level2_code": ind.level2_code,
        "name": ind.name,
        "period_target": ind.period_value,
        "annual_target": ind.annual_value,
        "weight": ind.weight,
        "actual": ind.actual,
        "deviation_reason": ind.deviation_reason,
    }


def _amount_text(v: Decimal | None) -> str | None:
    return None if v is None else format(v, "f")


def _write_source(
    session: Session, table: ImportedTable, year: int, department_id: int, replace: bool
) -> None:
    key = (
        (import_source.c.year == year)
        & (import_source.c.department_id == department_id)
        & (import_source.c.source == table.source)
    )
    present = session.execute(select(import_source.c.id).where(key)).first()
    if present is not None and not replace:
        return  # keep: what is there stays exactly as it was
    values = {
        "year": year,
        "department_id": department_id,
        "source": table.source,
        "title": table.title,
        "department": table.department,
        "amount_unit": table.amount_unit,
        "layout": table.layout,
        **{f"stated_{k}": v for k, v in zip(AMOUNT_KEYS, table.stated_totals.as_tuple(), strict=True)},
        "units_stated": json.dumps(
            [
                {
                    "name": u.name,
                    "stated": dict(zip(AMOUNT_KEYS, map(_amount_text, u.stated.as_tuple()), strict=True)),
                }
                for u in table.units
            ],
            ensure_ascii=False,
        ),
        "repairs": json.dumps([[r.place, r.what] for r in table.repairs], ensure_ascii=False),
    }
    if present is None:
        session.execute(insert(import_source).values(**values))
    else:
        session.execute(import_source.update().where(import_source.c.id == present.id).values(**values))


# -- reading back ---------------------------------------------------------------------------------


def _dec(v) -> Decimal | None:
    return None if v is None else Decimal(v)


def read_tables(store, year: int | None = None) -> list[tuple[int, ImportedTable]]:
    """(year, table) per imported source (and per department for projects made by hand)."""
    with store.session() as session:
        return _read_tables(session, year)


def _read_tables(session: Session, year: int | None) -> list[tuple[int, ImportedTable]]:
    query = (
        select(db.Project, db.Unit.name, db.Department.id, db.Department.name)
        .join(db.Unit, db.Project.unit_id == db.Unit.id)
        .join(db.Department, db.Unit.department_id == db.Department.id)
        .order_by(db.Project.year, db.Department.name, db.Project.sort_order, db.Project.id)
    )
    if year is not None:
        query = query.where(db.Project.year == year)
    rows = session.execute(query).all()
    projects_by_id = {p.id: p for p, *_ in rows}
    indicators: dict[int, list] = {}
    budgets: dict[int, object] = {}
    if projects_by_id:
        ind_query = select(db.Indicator).order_by(
            db.Indicator.project_id, db.Indicator.sort_order, db.Indicator.id
        )
        bud_query = select(db.BudgetExecution).where(db.BudgetExecution.fund_source == "total")
        if year is not None:
            ind_query = ind_query.join(db.Project).where(db.Project.year == year)
            bud_query = bud_query.join(db.Project).where(db.Project.year == year)
        for ind in session.scalars(ind_query):
            indicators.setdefault(ind.project_id, []).append(ind)
        for b in session.scalars(bud_query):
            budgets[b.project_id] = b
    sources = {}
    sources_query = select(import_source)
    if year is not None:
        sources_query = sources_query.where(import_source.c.year == year)
    sources = {(s.year, s.department_id, s.source): s for s in session.execute(sources_query)}

    tables: dict[tuple, ImportedTable] = {}
    for project, unit_name, department_id, department in rows:
        key = (project.year, department_id, project.source)
        if key not in tables:
            tables[key] = _table_head(sources.get(key), department, project.source)
        tables[key].projects.append(
            _project(project, unit_name, indicators.get(project.id, []), budgets.get(project.id))
        )
    return [(key[0], table) for key, table in tables.items()]


def _table_head(source, department: str, file_name: str | None) -> ImportedTable:
    if source is None:
        return ImportedTable(source=file_name or "", department=department)
    units = [
        UnitTotals(u["name"], Amounts(*(_dec(u["stated"].get(k)) for k in AMOUNT_KEYS)))
        for u in json.loads(source.units_stated or "[]")
    ]
    return ImportedTable(
        source=source.source,
        title=source.title,
        department=source.department,
        amount_unit=source.amount_unit,
        stated_totals=Amounts(*(getattr(source, f"stated_{k}") for k in AMOUNT_KEYS)),
        units=units,
        repairs=[Repair(place, what) for place, what in json.loads(source.repairs or "[]")],
        layout=source.layout or "",
    )


def _project(p: db.Project, unit_name: str, indicators: list, budget) -> Project:
    return Project(
        unit=unit_name,
        supervisor=p.supervisor,
        name=p.name,
        amounts=Amounts(p.total, p.fiscal, p.special, p.other),
        goal=p.goal or "",
        indicators=[
            Indicator(
                seq=i.seq,
                level1=i.level1,
                level1_code=i.level1_code,
                level2=i.level2,
                level2_code=i.level2_code,
                name=i.name,
                period_value=i.period_target,
                annual_value=i.annual_target,
                weight=i.weight,
                actual=i.actual,
                deviation_reason=i.deviation_reason,
            )
            for i in indicators
        ],
        budget=None
        if budget is None
        else BudgetExecution(budget.budget_initial, budget.budget_adjusted, budget.spent),
    )
