"""The forms' plain data (desktop.reports.data) from the store's figures (desktop.domain.records).

Every figure comes from desktop.domain (scores through desktop.operations.scoring, the same path as
`perfdesk score`, gathered by desktop.operations.report_data; rates through desktop.domain.budget);
this module has no session: it only puts the numbers where each form prints them.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from desktop.domain.budget import (
    adjustment_rate,
    average_execution_rate,
    budget_line_totals,
    execution_rate,
    is_grand_total,
    monthly_rates,
)
from desktop.domain.records import (
    NO_FUNDS,
    BudgetFigures,
    DeptCompletionFigures,
    DeptScoreFigures,
    MonthlyFigures,
    NothingToReport,
    SelfEvalFigures,
    TargetsFigures,
)
from desktop.domain.scoring import completion_rate
from desktop.domain.targets import stored_actual, stored_target
from desktop.domain.text import quoted
from desktop.messages import message
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



def self_eval_forms(figures: SelfEvalFigures, project: str | None = None,
                    signature: SignatureBlock | None = None) -> list[SelfEvalForm]:
    """One 自评表 per project of the figures (or the projects named `project`), in their order.

    Each project's row is paired with its score by project id, each indicator by indicator id: a
    scoring that orders its list otherwise still puts every score on its own row."""
    year = figures.year
    results = {r.project_id: r for r in figures.scores.projects}
    forms = []
    for p in figures.projects:
        if project is not None and p.name != project:
            continue
        result = results[p.id]
        scored = {r.indicator_id: r for r in result.indicators}
        total_money = p.funds.get("total", NO_FUNDS)
        funds = []
        for source, label in FUND_LABELS.items():
            initial, adjusted, spent = p.funds.get(source, NO_FUNDS)
            if source == "total":
                funds.append(FundsRow(label, initial, adjusted, spent, result.execution_weight,
                                      result.execution_rate,
                                      # no rate (nothing spent yet): no score, as in the grids
                                      result.execution_score if result.execution_rate is not None else None))
            else:
                funds.append(FundsRow(label, initial, adjusted, spent, None, execution_rate(spent, adjusted)))
        # As in the grids: before any year-end figure is entered nothing is scored yet, neither the
        # rows nor the total (0.00 · 差 would alarm, and rows of 0.00 under a blank total disagree)
        started = total_money.spent is not None or any(t.actual for t in p.indicators)
        indicators = grouped([
            IndicatorRow(t.level1, t.level2, t.name, t.target, t.actual, scored[t.id].weight,
                         scored[t.id].score if started else None, t.deviation)
            for t in p.indicators
        ])
        total_weight = result.execution_weight + sum((r.weight for r in result.indicators), Decimal(0))
        forms.append(SelfEvalForm(
            year=year, project=p.name, department=p.supervisor or p.department, unit=p.unit, funds=funds,
            goal_expected=p.goal or "", goal_actual=p.goal_actual or "", indicators=indicators,
            total_weight=total_weight, total_score=result.total if started else None,
            grade=result.grade if started else "",
            signature=_signature(signature, p.unit),
        ))
    if not forms:
        raise NothingToReport(message("store.nothing.project", year=year, project=quoted(project)) if project
                              else message("store.nothing.projects_of_year", year=year))
    return forms


# --- 表3 / 表4 ---------------------------------------------------------------------------------


def dept_score_table(figures: DeptScoreFigures, signature: SignatureBlock | None = None) -> DeptScoreTable:
    scores = figures.scores
    d = scores.department
    rows = [DeptScoreRow(i.level1, i.level2, i.name, i.weight, i.score, i.note) for i in d.items]
    name = scores.department_name or ""
    return DeptScoreTable(figures.year, name, rows, sum((i.weight for i in d.items), Decimal(0)), d.total,
                          _signature(signature, name))


def dept_completion_table(figures: DeptCompletionFigures,
                          signature: SignatureBlock | None = None) -> DeptCompletionTable:
    rows = []
    for r in figures.rows:
        target = stored_target(r.annual_target, r.name, r.sign_override, r.value_override, r.unit_override)
        rate = completion_rate(target, stored_actual(r.actual, r.name, r.actual_value_override))
        # several numbers or words: the officer's assessed rate, as 表3 counts it
        rows.append(DeptCompletionRow(r.level1 or "", r.level2 or "", r.name or "", r.annual_target or "",
                                      r.actual or "", rate if rate is not None else r.completion))
    return DeptCompletionTable(figures.year, figures.department, rows, _signature(signature, figures.department))


# --- 表1 / 表2 ---------------------------------------------------------------------------------


def budget_table(figures: BudgetFigures, signature: SignatureBlock | None = None) -> BudgetTable:
    lines = figures.lines
    totals = budget_line_totals(lines)  # 合计 is the sum of its lines, whatever was typed there
    rows = []
    for i, line in enumerate(lines):
        initial, adjusted, spent = totals.get(i, (line.budget_initial, line.budget_adjusted, line.spent))
        rows.append(BudgetRow(str(i + 1), line.name, initial, adjusted, spent, adjustment_rate(initial, adjusted),
                              execution_rate(spent, adjusted), is_total=is_grand_total(line.name)))
    return BudgetTable(figures.year, figures.department, rows, _signature(signature, figures.department))


def monthly_table(figures: MonthlyFigures, signature: SignatureBlock | None = None) -> MonthlyTable:
    months = figures.months
    rates = monthly_rates(months)
    rows = [MonthlyRow(str(i), f"1-{m.month}月", m.budget, m.spent_to_date, r.progress, r.execution)
            for i, (m, r) in enumerate(zip(months, rates, strict=True), 1)]
    return MonthlyTable(figures.year, figures.department, rows, average_execution_rate(rates),
                        _signature(signature, figures.department))


# --- 项目支出绩效目标表 ------------------------------------------------------------------------


def _level(code: str | None, name: str | None) -> str:
    name = name or ""
    return f"{code}-{name}" if code and name else name


def targets_table(figures: TargetsFigures, signature: SignatureBlock | None = None) -> TargetsTable:
    """The 目标表 as imported: a 合计 row, then per unit a subtotal row and its projects."""
    money = ("total", "fiscal", "special", "other")

    def total(items, k):
        values = [getattr(p, k) for p in items if getattr(p, k) is not None]
        return sum(values, Decimal(0)) if values else None

    projects = figures.projects
    out = [TargetsProject("合计", *(total(projects, k) for k in money), is_subtotal=True)]
    by_unit: dict[str, list] = defaultdict(list)
    for p in projects:
        by_unit[p.unit].append(p)
    for unit, items in by_unit.items():
        out.append(TargetsProject(unit, *(total(items, k) for k in money), is_subtotal=True))
        for p in items:
            indicators = [TargetIndicator(_level(i.level1_code, i.level1), _level(i.level2_code, i.level2),
                                          i.name or "", i.period_target or "", i.annual_target or "")
                          for i in p.indicators]
            out.append(TargetsProject(p.name, p.total, p.fiscal, p.special, p.other, p.goal or "", indicators))
    return TargetsTable(figures.year, figures.department, out, _signature(signature, figures.department))

