"""The figures each official form prints, gathered from the store in one session as plain records
(desktop.domain.records); desktop.reports.build lays them out without a session.

Scores come through desktop.operations.scoring (the same path as `perfdesk score`); a form's rows
are paired with their scores by project and indicator id, never by list position.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.records import (
    BudgetFigures,
    BudgetLine,
    DeptCompletionFigures,
    DeptScoreFigures,
    Funds,
    IndicatorText,
    MonthlyFigures,
    NothingToReport,
    ProjectFigures,
    SelfEvalFigures,
    TargetIndicatorText,
    TargetsFigures,
    TargetsProjectFigures,
    YearScores,
)
from desktop.domain.text import quoted
from desktop.messages import message
from desktop.models import BudgetExecution, Department, Indicator, Project, Unit
from desktop.models.grid_queries import budget_line_rows, department_indicator_rows
from desktop.operations.scoring import department_of, latest_year, monthly_progress, score_year


def report_year(session: Session, year: int | None) -> int:
    year = year if year is not None else latest_year(session)
    if year is None:
        raise NothingToReport(message("store.nothing.projects"))
    return year


def _no_project(year: int, project: str | None) -> NothingToReport:
    return NothingToReport(message("store.nothing.project", year=year, project=quoted(project)) if project
                           else message("store.nothing.projects_of_year", year=year))


def _dept(session: Session, year: int) -> tuple[int, str]:
    dept = department_of(session, year)
    if dept is None:
        raise NothingToReport(message("store.nothing.departments"))
    return dept


def self_eval_figures(session: Session, year: int | None = None, project: str | None = None,
                      scores: YearScores | None = None) -> SelfEvalFigures:
    """Every project of the year (or those named `project`) with its money and indicator texts."""
    year = report_year(session, year)
    scores = scores or score_year(session, year)
    query = (
        select(Project.id, Project.name, Project.supervisor, Project.goal, Project.goal_actual,
               Unit.name, Department.name)
        .join(Unit, Project.unit_id == Unit.id)
        .join(Department, Unit.department_id == Department.id)
        .where(Project.year == year)
        .order_by(Unit.name, Project.sort_order, Project.id)
    )
    if project is not None:
        query = query.where(Project.name == project)
    projects = {pid: ProjectFigures(pid, name, supervisor, goal, goal_actual, unit, dept)
                for pid, name, supervisor, goal, goal_actual, unit, dept in session.execute(query)}
    if not projects:
        raise _no_project(year, project)
    for pid, source, initial, adjusted, spent in session.execute(
        select(BudgetExecution.project_id, BudgetExecution.fund_source, BudgetExecution.budget_initial,
               BudgetExecution.budget_adjusted, BudgetExecution.spent)
        .where(BudgetExecution.project_id.in_(list(projects)))
    ):
        projects[pid].funds[source] = Funds(initial, adjusted, spent)
    for iid, pid, l1, l2, name, target, actual, deviation in session.execute(
        select(Indicator.id, Indicator.project_id, Indicator.level1, Indicator.level2, Indicator.name,
               Indicator.annual_target, Indicator.actual, Indicator.deviation_reason)
        .join(Project, Indicator.project_id == Project.id)
        .where(Project.year == year)
        .order_by(Indicator.project_id, Indicator.sort_order, Indicator.id)
    ):
        if pid in projects:
            projects[pid].indicators.append(IndicatorText(iid, l1 or "", l2 or "", name or "", target or "",
                                                          actual or "", deviation or ""))
    return SelfEvalFigures(year, list(projects.values()), scores)


def dept_score_figures(session: Session, year: int | None = None,
                       scores: YearScores | None = None) -> DeptScoreFigures:
    year = report_year(session, year)
    scores = scores or score_year(session, year)
    if scores.department is None:
        raise NothingToReport(message("store.nothing.departments"))
    return DeptScoreFigures(year, scores)


def dept_completion_figures(session: Session, year: int | None = None) -> DeptCompletionFigures:
    year = report_year(session, year)
    dept_id, dept_name = _dept(session, year)
    rows = department_indicator_rows(session, dept_id, year)
    if not rows:
        raise NothingToReport(message("store.nothing.department_targets", year=year))
    return DeptCompletionFigures(year, dept_name, rows)


def budget_figures(session: Session, year: int | None = None) -> BudgetFigures:
    year = report_year(session, year)
    dept_id, dept_name = _dept(session, year)
    lines = [BudgetLine(r.name, r.budget_initial, r.budget_adjusted, r.spent)
             for r in budget_line_rows(session, dept_id, year)]
    if not lines:
        raise NothingToReport(message("store.nothing.table1", year=year))
    return BudgetFigures(year, dept_name, lines)


def monthly_figures(session: Session, year: int | None = None) -> MonthlyFigures:
    year = report_year(session, year)
    dept_id, dept_name = _dept(session, year)
    months = monthly_progress(session, dept_id, year)
    if not months:
        raise NothingToReport(message("store.nothing.table2", year=year))
    return MonthlyFigures(year, dept_name, months)


def targets_figures(session: Session, year: int | None = None, project: str | None = None) -> TargetsFigures:
    """The 目标表's projects as imported, with their indicators."""
    year = report_year(session, year)
    dept = department_of(session, year)
    query = (
        select(Project.id, Project.name, Unit.name, Project.total, Project.fiscal, Project.special, Project.other,
               Project.goal)
        .join(Unit, Project.unit_id == Unit.id)
        .where(Project.year == year)
        .order_by(Unit.name, Project.sort_order, Project.id)
    )
    if project is not None:
        query = query.where(Project.name == project)
    projects = {row[0]: TargetsProjectFigures(*row) for row in session.execute(query)}
    if not projects:
        raise _no_project(year, project)
    for pid, *texts in session.execute(
        select(Indicator.project_id, Indicator.level1_code, Indicator.level1, Indicator.level2_code, Indicator.level2,
               Indicator.name, Indicator.period_target, Indicator.annual_target)
        .where(Indicator.project_id.in_(list(projects)))
        .order_by(Indicator.project_id, Indicator.sort_order, Indicator.id)
    ):
        projects[pid].indicators.append(TargetIndicatorText(*texts))
    return TargetsFigures(year, dept[1] if dept else "", list(projects.values()))


def form_figures(session: Session, form: str, year: int | None = None, project: str | None = None):
    """What one form kind prints, gathered in this session (desktop.reports.build.build lays it out)."""
    if form == "self-eval":
        return self_eval_figures(session, year, project)
    if form == "targets":
        return targets_figures(session, year, project)
    if form == "dept-score":
        return dept_score_figures(session, year)
    if form == "dept-completion":
        return dept_completion_figures(session, year)
    if form == "budget":
        return budget_figures(session, year)
    if form == "monthly":
        return monthly_figures(session, year)
    raise ValueError(f"unknown form {form!r}")
