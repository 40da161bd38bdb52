"""Store + scoring domain → the forms' plain data (desktop.reports.data).

Every figure comes from desktop.domain (scores through desktop.operations.scoring, the same path as
`perfdesk score`; rates through desktop.domain.budget); this module only reads plain rows and
puts the numbers where each form prints them.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.budget import (
    adjustment_rate,
    average_execution_rate,
    budget_line_totals,
    execution_rate,
    is_grand_total,
    monthly_rates,
)
from desktop.domain.scoring import completion_rate
from desktop.domain.targets import stored_actual, stored_target
from desktop.domain.text import quoted
from desktop.messages import message
from desktop.models import (
    BudgetExecution,
    Department,
    DepartmentBudgetLine,
    Indicator,
    Project,
    Unit,
)
from desktop.models.grid_queries import department_indicator_rows
from desktop.operations.scoring import YearScores, department_of, latest_year, monthly_progress, score_year
from desktop.reports.data import (
    BudgetRow,
    BudgetTable,
    DeptCompletionRow,
    DeptCompletionTable,
    DeptScoreRow,
    DeptScoreTable,
    FundsRow,
    IndicatorRow,
    MonthlyRow,
    MonthlyTable,
    SelfEvalForm,
    SignatureBlock,
    TargetIndicator,
    TargetsProject,
    TargetsTable,
)

FUND_LABELS = {"total": "年度资金总额", "fiscal": "其中：当年财政拨款", "carryover": "上年结转资金",
               "other": "其他资金"}


class NothingToReport(LookupError):
    """The store has no data for the asked form / year / project."""


def report_year(session: Session, year: int | None) -> int:
    year = year if year is not None else latest_year(session)
    if year is None:
        raise NothingToReport(message("store.nothing.projects"))
    return year


def _signature(sig: SignatureBlock | None, unit: str) -> SignatureBlock:
    if sig is None:
        return SignatureBlock(unit=unit)
    return sig if sig.unit else SignatureBlock(unit, sig.head, sig.filler, sig.phone, sig.date)


# --- 项目支出绩效自评表 ------------------------------------------------------------------------

LEVEL1_ORDER = ("产出", "成本", "效益", "满意")


def _level1_rank(label: str) -> int:
    return next((i for i, word in enumerate(LEVEL1_ORDER) if word in label), len(LEVEL1_ORDER))


def grouped(rows: list[IndicatorRow]) -> list[IndicatorRow]:
    """Indicators grouped as the form prints them (产出 → 成本 → 效益 → 满意度, each 二级 together),
    otherwise in stored order: imports concatenate groups, and 一级/二级 cells merge down."""
    first_l2: dict[tuple[int, str], int] = {}
    for i, r in enumerate(rows):
        first_l2.setdefault((_level1_rank(r.level1), r.level2.removesuffix("指标")), i)

    def key(item: tuple[int, IndicatorRow]) -> tuple[int, int, int]:
        i, r = item
        rank = _level1_rank(r.level1)
        return rank, first_l2[(rank, r.level2.removesuffix("指标"))], i

    return [r for _, r in sorted(enumerate(rows), key=key)]



def self_eval_forms(session: Session, year: int | None = None, project: str | None = None,
                    signature: SignatureBlock | None = None,
                    scores: YearScores | None = None) -> list[SelfEvalForm]:
    """One 自评表 per project of the year (or the projects named `project`), in store order."""
    year = report_year(session, year)
    scores = scores or score_year(session, year)
    # the same order as services.scoring.load_projects, so results pair with rows one to one
    rows = session.execute(
        select(Project.id, Project.name, Project.supervisor, Project.goal, Project.goal_actual,
               Unit.name, Department.name)
        .join(Unit, Project.unit_id == Unit.id)
        .join(Department, Unit.department_id == Department.id)
        .where(Project.year == year)
        .order_by(Unit.name, Project.sort_order, Project.id)
    ).all()
    ids = [r[0] for r in rows]
    money: dict[int, dict[str, tuple]] = defaultdict(dict)
    for pid, source, initial, adjusted, spent in session.execute(
        select(BudgetExecution.project_id, BudgetExecution.fund_source, BudgetExecution.budget_initial,
               BudgetExecution.budget_adjusted, BudgetExecution.spent)
        .where(BudgetExecution.project_id.in_(ids))
    ):
        money[pid][source] = (initial, adjusted, spent)
    texts: dict[int, list[tuple]] = defaultdict(list)
    for pid, l1, l2, name, target, actual, deviation in session.execute(
        select(Indicator.project_id, Indicator.level1, Indicator.level2, Indicator.name, Indicator.annual_target,
               Indicator.actual, Indicator.deviation_reason)
        .join(Project, Indicator.project_id == Project.id)
        .where(Project.year == year)
        .order_by(Indicator.project_id, Indicator.sort_order, Indicator.id)
    ):
        texts[pid].append((l1 or "", l2 or "", name or "", target or "", actual or "", deviation or ""))

    forms = []
    for (pid, name, supervisor, goal, goal_actual, unit, dept), result in zip(rows, scores.projects, strict=True):
        if project is not None and name != project:
            continue
        funds = []
        for source, label in FUND_LABELS.items():
            initial, adjusted, spent = money[pid].get(source, (None, None, None))
            if source == "total":
                funds.append(FundsRow(label, initial, adjusted, spent, result.execution_weight,
                                      result.execution_rate, result.execution_score))
            else:
                funds.append(FundsRow(label, initial, adjusted, spent, None, execution_rate(spent, adjusted)))
        indicators = grouped([
            IndicatorRow(l1, l2, iname, target, actual, res.weight, res.score, deviation)
            for (l1, l2, iname, target, actual, deviation), res in zip(texts[pid], result.indicators, strict=True)
        ])
        total_weight = result.execution_weight + sum((r.weight for r in result.indicators), Decimal(0))
        # As in the grids: before any year-end figure is entered there is no total (0.00 · 差 would alarm)
        started = money[pid].get("total", (None, None, None))[2] is not None or any(t[4] for t in texts[pid])
        forms.append(SelfEvalForm(
            year=year, project=name, department=supervisor or dept, unit=unit, funds=funds,
            goal_expected=goal or "", goal_actual=goal_actual or "", indicators=indicators,
            total_weight=total_weight, total_score=result.total if started else None,
            grade=result.grade if started else "",
            signature=_signature(signature, unit),
        ))
    if not forms:
        raise NothingToReport(message("store.nothing.project", year=year, project=quoted(project)) if project
                              else message("store.nothing.projects_of_year", year=year))
    return forms


# --- 表3 / 表4 ---------------------------------------------------------------------------------


def dept_score_table(session: Session, year: int | None = None, signature: SignatureBlock | None = None,
                     scores: YearScores | None = None) -> DeptScoreTable:
    year = report_year(session, year)
    scores = scores or score_year(session, year)
    if scores.department is None:
        raise NothingToReport(message("store.nothing.departments"))
    d = scores.department
    rows = [DeptScoreRow(i.level1, i.level2, i.name, i.weight, i.score, i.note) for i in d.items]
    name = scores.department_name or ""
    return DeptScoreTable(year, name, rows, sum((i.weight for i in d.items), Decimal(0)), d.total,
                          _signature(signature, name))


def _dept(session: Session, year: int) -> tuple[int, str]:
    dept = department_of(session, year)
    if dept is None:
        raise NothingToReport(message("store.nothing.departments"))
    return dept


def dept_completion_table(session: Session, year: int | None = None,
                          signature: SignatureBlock | None = None) -> DeptCompletionTable:
    year = report_year(session, year)
    dept_id, dept_name = _dept(session, year)
    rows = []
    for r in department_indicator_rows(session, dept_id, year):
        target = stored_target(r.annual_target, r.name, r.sign_override, r.value_override, r.unit_override)
        rate = completion_rate(target, stored_actual(r.actual, r.name, r.actual_value_override))
        # several numbers or words: the officer's assessed rate, as 表3 counts it
        rows.append(DeptCompletionRow(r.level1 or "", r.level2 or "", r.name or "", r.annual_target or "",
                                      r.actual or "", rate if rate is not None else r.completion))
    if not rows:
        raise NothingToReport(message("store.nothing.department_targets", year=year))
    return DeptCompletionTable(year, dept_name, rows, _signature(signature, dept_name))


# --- 表1 / 表2 ---------------------------------------------------------------------------------


def budget_table(session: Session, year: int | None = None, signature: SignatureBlock | None = None) -> BudgetTable:
    year = report_year(session, year)
    dept_id, dept_name = _dept(session, year)
    lines = session.execute(
        select(DepartmentBudgetLine.name, DepartmentBudgetLine.budget_initial, DepartmentBudgetLine.budget_adjusted,
               DepartmentBudgetLine.spent)
        .where(DepartmentBudgetLine.department_id == dept_id, DepartmentBudgetLine.year == year)
        .order_by(DepartmentBudgetLine.sort_order, DepartmentBudgetLine.id)
    ).all()
    totals = budget_line_totals(lines)  # 合计 is the sum of its lines, whatever was typed there
    rows = []
    for i, line in enumerate(lines):
        initial, adjusted, spent = totals.get(i, (line.budget_initial, line.budget_adjusted, line.spent))
        rows.append(BudgetRow(str(i + 1), line.name, initial, adjusted, spent, adjustment_rate(initial, adjusted),
                              execution_rate(spent, adjusted), is_total=is_grand_total(line.name)))
    if not rows:
        raise NothingToReport(message("store.nothing.table1", year=year))
    return BudgetTable(year, dept_name, rows, _signature(signature, dept_name))


def monthly_table(session: Session, year: int | None = None, signature: SignatureBlock | None = None) -> MonthlyTable:
    year = report_year(session, year)
    dept_id, dept_name = _dept(session, year)
    months = monthly_progress(session, dept_id, year)
    if not months:
        raise NothingToReport(message("store.nothing.table2", year=year))
    rates = monthly_rates(months)
    rows = [MonthlyRow(str(i), f"1-{m.month}月", m.budget, m.spent_to_date, r.progress, r.execution)
            for i, (m, r) in enumerate(zip(months, rates, strict=True), 1)]
    return MonthlyTable(year, dept_name, rows, average_execution_rate(rates), _signature(signature, dept_name))


# --- 项目支出绩效目标表 ------------------------------------------------------------------------


def _level(code: str | None, name: str | None) -> str:
    name = name or ""
    return f"{code}-{name}" if code and name else name


def targets_table(session: Session, year: int | None = None, project: str | None = None,
                  signature: SignatureBlock | None = None) -> TargetsTable:
    """The 目标表 as imported: a 合计 row, then per unit a subtotal row and its projects."""
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
    rows = session.execute(query).all()
    if not rows:
        raise NothingToReport(message("store.nothing.project", year=year, project=quoted(project)) if project
                              else message("store.nothing.projects_of_year", year=year))
    inds: dict[int, list[TargetIndicator]] = defaultdict(list)
    for pid, c1, l1, c2, l2, name, period, annual in session.execute(
        select(Indicator.project_id, Indicator.level1_code, Indicator.level1, Indicator.level2_code, Indicator.level2,
               Indicator.name, Indicator.period_target, Indicator.annual_target)
        .where(Indicator.project_id.in_([r[0] for r in rows]))
        .order_by(Indicator.project_id, Indicator.sort_order, Indicator.id)
    ):
        inds[pid].append(TargetIndicator(_level(c1, l1), _level(c2, l2), name or "", period or "", annual or ""))

    def total(items, k):
        values = [r[k] for r in items if r[k] is not None]
        return sum(values, Decimal(0)) if values else None

    out = [TargetsProject("合计", *(total(rows, k) for k in (3, 4, 5, 6)), is_subtotal=True)]
    by_unit: dict[str, list] = defaultdict(list)
    for r in rows:
        by_unit[r[2]].append(r)
    for unit, items in by_unit.items():
        out.append(TargetsProject(unit, *(total(items, k) for k in (3, 4, 5, 6)), is_subtotal=True))
        for pid, name, _unit, t, f, s, o, goal in items:
            out.append(TargetsProject(name, t, f, s, o, goal or "", inds[pid]))
    dept_name = dept[1] if dept else ""
    return TargetsTable(year, dept_name, out, _signature(signature, dept_name))


FORMS = ("targets", "self-eval", "dept-score", "dept-completion", "budget", "monthly")


def build(session: Session, form: str, year: int | None = None, project: str | None = None,
          signature: SignatureBlock | None = None) -> list:
    """The data of one form kind, as a list (several 自评表, one table otherwise)."""
    if form == "self-eval":
        return list(self_eval_forms(session, year, project, signature))
    if form == "targets":
        return [targets_table(session, year, project, signature)]
    if form == "dept-score":
        return [dept_score_table(session, year, signature)]
    if form == "dept-completion":
        return [dept_completion_table(session, year, signature)]
    if form == "budget":
        return [budget_table(session, year, signature)]
    if form == "monthly":
        return [monthly_table(session, year, signature)]
    raise ValueError(f"unknown form {form!r}; one of {', '.join(FORMS)}")
