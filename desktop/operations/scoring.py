"""Score a year from the store: stored rows → desktop.domain inputs → results → plain dicts.

The glue between the store and the pure rules, used by `perfdesk score` (and usable by reports).
It reads plain rows with one SELECT per table (no ORM objects: 40,000 indicators load fast) and
keeps no rule of its own: every number comes from desktop.domain.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.budget import MonthlyProgress, budget_line_totals, is_grand_total
from desktop.domain.department import (
    DepartmentIndicatorInput,
    DepartmentInput,
    DepartmentResult,
    DepartmentScheme,
    ManualScore,
    SpecialProject,
    department_scheme_for_year,
    score_department,
)
from desktop.domain.numbers import round_half_up
from desktop.domain.records import YearScores
from desktop.domain.schemes import scheme_for_year
from desktop.domain.scoring import IndicatorInput, ProjectInput, ProjectResult, score_project, score_projects
from desktop.domain.targets import stored_actual, stored_target
from desktop.models import (
    DepartmentEvalItem,
    MonthlySpending,
    Project,
)
from desktop.models.grid_queries import (
    EvalItemRecord,
    ProjectRecord,
    budget_line_rows,
    department_indicator_rows,
    department_of,
    department_project_ids,
    eval_item_rows,
    indicator_rows,
    project_rows,
    projects_with_indicators,
)
from desktop.models.store import Store
from desktop.operations.evaluate import indicator_input
from desktop.operations.progress import Progress
from desktop.operations.transaction import run
from desktop.operations.year_items import ensure_eval_items

# what the 部门整体自评 tree is given: the scheme, the 表3 items, the department's result
DepartmentItemsScored = tuple[DepartmentScheme, list[EvalItemRecord], DepartmentResult | None]


def latest_year(session: Session) -> int | None:
    return session.scalar(select(Project.year).order_by(Project.year.desc()).limit(1))


def load_projects(session: Session, year: int) -> list[ProjectInput]:
    """Every project of the year with its indicators and its 'total' budget execution row."""
    indicators: dict[int, list[IndicatorInput]] = defaultdict(list)
    for rec in indicator_rows(session, year):  # the grids' rows and reading: one scoring for both
        indicators[rec.project_id].append(indicator_input(rec))
    return [_project_input(p, indicators.get(p.id, [])) for p in project_rows(session, year)]


def _project_input(p: ProjectRecord, indicators: list[IndicatorInput]) -> ProjectInput:
    return ProjectInput(p.name, indicators, p.unit_name, p.budget_initial, p.budget_adjusted, p.spent, id=p.id)


def _special(money: ProjectInput, result: ProjectResult) -> SpecialProject:
    return SpecialProject(money.name, money.budget_adjusted, money.spent, result.total if scored(result) else None)


def monthly_progress(session: Session, department_id: int, year: int) -> list[MonthlyProgress]:
    """表2 input: the months whose budget and cumulative spending are both recorded."""
    return [
        MonthlyProgress(month, budget, spent)
        for month, budget, spent in session.execute(
            select(MonthlySpending.month, MonthlySpending.annual_budget, MonthlySpending.cumulative_spent)
            .where(MonthlySpending.department_id == department_id, MonthlySpending.year == year)
            .order_by(MonthlySpending.month)
        )
        if budget is not None and spent is not None
    ]


def load_department(
    session: Session,
    department_id: int,
    year: int,
    projects: list[SpecialProject],
) -> DepartmentInput:
    """表4 indicators, 表2 months, 表1 lines and the officer's 表3 scores as a DepartmentInput."""
    indicators = [
        DepartmentIndicatorInput(
            r.name or "", r.level1 or "",
            stored_target(r.annual_target, r.name, r.sign_override, r.value_override, r.unit_override),
            stored_actual(r.actual, r.name, r.actual_value_override), r.level2 or "", r.completion,
        )
        for r in department_indicator_rows(session, department_id, year)
    ]
    monthly = monthly_progress(session, department_id, year)
    stored = budget_line_rows(session, department_id, year)  # the 表1 grid's rows
    totals = budget_line_totals(stored)  # 合计 is the sum of its lines, not what was typed there
    lines = [(line.name, *totals.get(i, (line.budget_initial, line.budget_adjusted, line.spent))[1:])
             for i, line in enumerate(stored)]
    grand = next((line for line in lines if is_grand_total(line[0])), None)
    public = next((line for line in lines if "公用经费" in line[0]), None)
    manual = {
        name: ManualScore(score, evidence or "")
        for name, score, evidence in session.execute(
            select(
                DepartmentEvalItem.name, DepartmentEvalItem.manual_score, DepartmentEvalItem.evidence
            ).where(
                DepartmentEvalItem.department_id == department_id,
                DepartmentEvalItem.year == year,
                DepartmentEvalItem.level == 3,
                DepartmentEvalItem.manual_score.is_not(None),
            )
        )
    }
    return DepartmentInput(
        indicators=indicators,
        monthly=monthly,
        projects=projects,
        budget_adjusted=grand[1] if grand else None,
        spent=grand[2] if grand else None,
        public_cost_budget=public[1] if public else None,
        public_cost_spent=public[2] if public else None,
        manual=manual,
    )


def scored(result: ProjectResult) -> bool:
    """Whether a project's self-evaluation has begun: its execution or an indicator has a score."""
    return result.execution_rate is not None or any(
        i.method != "none" and not any(p.code == "qualitative_unscored" for p in i.problems)
        for i in result.indicators
    )


def score_year(session: Session, year: int | None = None) -> YearScores | None:
    """Score every project of `year` (default: the latest with projects) and the department."""
    year = year if year is not None else latest_year(session)
    if year is None:
        return None
    scheme = scheme_for_year(year)
    inputs = load_projects(session, year)
    results = score_projects(inputs, scheme)
    scores = YearScores(year, results)
    department = department_of(session, year)
    if department is not None:
        # 表3's special funds are the department's own projects: a year may also hold another
        # department's (a table that names its department otherwise, e.g. …（本级）)
        own = department_project_ids(session, department[0], year)
        specials = [_special(money, result) for money, result in zip(inputs, results, strict=True)
                    if money.id in own]
        data = load_department(session, department[0], year, specials)
        scores.department = score_department(data, department_scheme_for_year(year))
        scores.department_name = department[1]
        scores.department_input = data
    return scores


def score_department_year(session: Session, year: int, progress: Progress | None = None) -> DepartmentResult | None:
    """The department's result alone (部门整体自评), as `score_year` gives it, with less held at a
    time: the projects are read and scored one at a time and only what the department's items
    read of each is kept. `progress` is called every 200 projects (it raises Cancelled)."""
    department = department_of(session, year)
    if department is None:
        return None
    scheme = scheme_for_year(year)
    specials = []
    for i, (project, records) in enumerate(projects_with_indicators(session, year, department[0])):
        if progress is not None and i % 200 == 0:
            progress(i, 0)
        money = _project_input(project, [indicator_input(rec) for rec in records])
        specials.append(_special(money, score_project(money, scheme)))
    data = load_department(session, department[0], year, specials)
    return score_department(data, department_scheme_for_year(year))


def score_department_items(store: Store, department_id: int, year: int, progress: Progress) -> DepartmentItemsScored:
    """The year's department scheme, its 表3 items (laid out first when the year has none yet)
    and the department's result: what the 部门整体自评 tree shows (run in the worker process)."""
    scheme = department_scheme_for_year(year)
    with store.session() as session:
        records = eval_item_rows(session, department_id, year)
    if not records:  # a write only the first time: a rescore must not wait for the write lock
        run(store, ensure_eval_items, department_id, year, scheme)
    with store.session() as session:
        records = records or eval_item_rows(session, department_id, year)
        return scheme, records, score_department_year(session, year, progress)


# --- plain dicts (the `perfdesk score --json` shape) ---------------------------------------------


def _num(value: Decimal | None, places: int) -> int | float | None:
    """A JSON number rounded half-up; integral values print without a decimal point."""
    if value is None:
        return None
    rounded = round_half_up(value, places)
    return int(rounded) if rounded == rounded.to_integral_value() else float(rounded)


def _value(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def project_dict(result: ProjectResult) -> dict:
    return {
        "unit": result.unit,
        "name": result.name,
        "execution_rate": _num(result.execution_rate, 4),
        "execution_score": _num(result.execution_score, 2),
        "indicators": [
            {
                "name": ind.name,
                "sign": ind.target.sign if ind.target is not None and ind.target.is_number else None,
                "target_value": _value(ind.target.value)
                if ind.target is not None and ind.target.is_number
                else None,
                "unit": ind.target.unit if ind.target is not None and ind.target.is_number else None,
                "actual_value": _value(ind.actual.value)
                if ind.actual is not None and ind.actual.is_number
                else None,
                "completion_rate": _num(ind.completion_rate, 4),
                "weight": _num(ind.weight, 2),
                "score": _num(ind.score, 2),
            }
            for ind in result.indicators
        ],
        "total": _num(result.total, 2),
        "grade": result.grade,
    }


def department_dict(result: DepartmentResult) -> dict:
    return {
        "items": [
            {
                "level1": item.level1,
                "level2": item.level2,
                "name": item.name,
                "weight": _num(item.weight, 2),
                "score": _num(item.score, 2),
                "method": item.method,
            }
            for item in result.items
        ],
        "total": _num(result.total, 2),
    }


def year_dict(scores: YearScores) -> dict:
    return {
        "year": scores.year,
        "projects": [project_dict(p) for p in scores.projects],
        "department": department_dict(scores.department) if scores.department is not None else None,
    }
