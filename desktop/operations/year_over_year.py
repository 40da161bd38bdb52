"""One project's indicators beside last year's: target, actual, completion and score, matched by name.

The project is found in the earlier year by (unit, name) — what rollover keeps — and the
indicators by their 三级指标 name (whitespace ignored). Indicators only this year are "new",
only last year "dropped". Scores come from desktop.domain, as every other figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.domain.schemes import scheme_for_year
from desktop.domain.scoring import IndicatorResult, ProjectInput, ProjectResult, score_project
from desktop.models import BudgetExecution, Project, Unit
from desktop.models.grid_queries import indicator_rows
from desktop.operations.evaluate import indicator_input

SAME, NEW, DROPPED = "same", "new", "dropped"


@dataclass(frozen=True)
class Side:
    target: str
    actual: str
    completion_rate: Decimal | None
    weight: Decimal | None
    score: Decimal | None


@dataclass(frozen=True)
class ComparedIndicator:
    name: str
    status: str  # SAME / NEW / DROPPED
    this_year: Side | None
    last_year: Side | None


@dataclass
class Comparison:
    project: str
    unit: str
    year: int
    last_year: int
    found_last_year: bool
    rows: list[ComparedIndicator] = field(default_factory=list)
    total: Decimal | None = None
    last_total: Decimal | None = None


def _key(name: str) -> str:
    return re.sub(r"\s+", "", name or "")


def _scored(session: Session, project_id: int, year: int) -> tuple[ProjectResult, list]:
    unit, name, initial, adjusted, spent = session.execute(
        select(Unit.name, Project.name, BudgetExecution.budget_initial, BudgetExecution.budget_adjusted,
               BudgetExecution.spent)
        .join(Unit, Project.unit_id == Unit.id)
        .outerjoin(BudgetExecution, and_(BudgetExecution.project_id == Project.id,
                                         BudgetExecution.fund_source == "total"))
        .where(Project.id == project_id)
    ).one()
    records = indicator_rows(session, year, project_id)
    result = score_project(ProjectInput(name, [indicator_input(r) for r in records], unit, initial, adjusted, spent),
                           scheme_for_year(year))
    return result, records


def _side(rec, res: IndicatorResult) -> Side:
    return Side(rec.annual_target or "", rec.actual or "", res.completion_rate, res.weight, res.score)


def compare_with_last_year(session: Session, project_id: int) -> Comparison:
    year, unit_id, unit, name = session.execute(
        select(Project.year, Project.unit_id, Unit.name, Project.name).join(Unit, Project.unit_id == Unit.id)
        .where(Project.id == project_id)
    ).one()
    result, records = _scored(session, project_id, year)
    comparison = Comparison(name, unit, year, year - 1, False, total=result.total)
    last_id = session.scalar(select(Project.id).where(Project.unit_id == unit_id, Project.year == year - 1,
                                                      Project.name == name))
    last: dict[str, Side] = {}
    if last_id is not None:
        comparison.found_last_year = True
        last_result, last_records = _scored(session, last_id, year - 1)
        comparison.last_total = last_result.total
        for rec, res in zip(last_records, last_result.indicators, strict=True):
            last.setdefault(_key(rec.name), _side(rec, res))
    seen = set()
    for rec, res in zip(records, result.indicators, strict=True):
        key = _key(rec.name)
        seen.add(key)
        before = last.get(key)
        comparison.rows.append(ComparedIndicator(rec.name, SAME if before else NEW, _side(rec, res), before))
    if last_id is not None:
        for rec in last_records:
            key = _key(rec.name)
            if key not in seen:
                seen.add(key)
                comparison.rows.append(ComparedIndicator(rec.name, DROPPED, None, last[key]))
    return comparison
