"""Budget formulas (DESIGN §5, seed 003 表1 and 表2). All rates are fractions (0.9679), unrounded."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.numbers import ONE, ratio


def adjustment_rate(budget_initial: Decimal | None, budget_adjusted: Decimal | None) -> Decimal | None:
    """预算调整率 = (全年预算数 − 年初预算数) ÷ 年初预算数."""
    if budget_initial is None or budget_adjusted is None:
        return None
    return ratio(budget_adjusted - budget_initial, budget_initial)


def execution_rate(spent: Decimal | None, budget_adjusted: Decimal | None) -> Decimal | None:
    """预算执行率（控制率） = 全年执行数 ÷ 全年预算数, uncapped."""
    return ratio(spent, budget_adjusted)


@dataclass(frozen=True, slots=True)
class MonthlyProgress:
    """One row of 表2: spending up to the end of `month` (1-3月 → month 3)."""

    month: int
    budget: Decimal  # 年度预算 as known that month
    spent_to_date: Decimal  # 累计实际支出


@dataclass(frozen=True, slots=True)
class MonthlyRates:
    month: int
    progress: Decimal | None  # 支出进度 = 累计实际支出 ÷ 年度预算
    execution: Decimal | None  # 支出执行率 = 支出进度 ÷ (月份 ÷ 12)


def spending_progress(spent_to_date: Decimal, budget: Decimal) -> Decimal | None:
    """支出进度 = 累计实际支出 ÷ 年度预算."""
    return ratio(spent_to_date, budget)


def spending_execution(progress: Decimal | None, month: int) -> Decimal | None:
    """支出执行率 = 支出进度 ÷ (月份 ÷ 12): how far spending is against time elapsed."""
    if progress is None or not 1 <= month <= 12:
        return None
    return progress * 12 / Decimal(month)


def monthly_rates(rows: list[MonthlyProgress]) -> list[MonthlyRates]:
    out = []
    for row in rows:
        progress = spending_progress(row.spent_to_date, row.budget)
        out.append(MonthlyRates(row.month, progress, spending_execution(progress, row.month)))
    return out


def average_execution_rate(rates) -> Decimal | None:
    """年度平均执行率 = mean of the monthly 支出执行率, each capped at 100%.

    Accepts MonthlyRates or plain Decimals; months with no rate are left out.
    """
    values = [r.execution if isinstance(r, MonthlyRates) else r for r in rates]
    values = [min(v, ONE) for v in values if v is not None]
    if not values:
        return None
    return sum(values, Decimal(0)) / len(values)


# --- 表1 totals ------------------------------------------------------------------------------

_TOP = re.compile(r"^[一二三四五六七八九十]+[、.．]")
_PART = re.compile(r"^[(（]\d+[)）]")
_FIELDS = ("budget_initial", "budget_adjusted", "spent")


def is_grand_total(name: str) -> bool:
    """The 表1 line that totals all others: the store keeps no kind of line, only its printed name,
    so this one rule decides it for the grids, the score and the forms."""
    return "合计" in name or "总计" in name


def budget_line_parts(names: list[str]) -> dict[int, list[int]]:
    """Which lines of 表1 are totals, and of which lines (by position).

    合计 = every top-level line (一、基本支出 + 二、项目支出 …); a top-level line with numbered
    parts below it ((1)人员经费, (2)公用经费) = those parts. “其中” lines are not added: they are
    already inside their parent.
    """
    out: dict[int, list[int]] = {}
    tops = [i for i, name in enumerate(names) if _TOP.match(name.strip())]
    for i, name in enumerate(names):
        if is_grand_total(name.strip()) and tops:
            out[i] = tops
    for n, top in enumerate(tops):
        end = tops[n + 1] if n + 1 < len(tops) else len(names)
        parts = [i for i in range(top + 1, end) if _PART.match(names[i].strip())]
        if parts:
            out[top] = parts
    return out


def budget_line_totals(lines: list) -> dict[int, tuple[Decimal | None, Decimal | None, Decimal | None]]:
    """The computed (年初预算数, 全年预算数, 决算数) of each total line of 表1, from its parts.

    `lines` have `.name` and the three money fields. A 一、 line whose numbered parts are all empty
    keeps its own figures. A figure is None when none of its parts has one;
    totals of totals are worked out bottom-up (合计 adds the computed 一、基本支出).
    """
    parts = budget_line_parts([line.name or "" for line in lines])
    for i in [i for i in parts if not is_grand_total(lines[i].name or "")]:
        if all(getattr(lines[p], f) is None for p in parts[i] for f in _FIELDS):
            del parts[i]  # 一、基本支出 typed as one figure: its parts are not filled in
    computed: dict[int, tuple] = {}

    def figures(i: int) -> tuple:
        if i in computed:
            return computed[i]
        if i not in parts:
            return tuple(getattr(lines[i], f) for f in _FIELDS)
        values = [figures(p) for p in parts[i]]
        result = tuple(
            None if all(v[k] is None for v in values) else sum((v[k] for v in values if v[k] is not None), Decimal(0))
            for k in range(len(_FIELDS))
        )
        computed[i] = result
        return result

    for i in sorted(parts):
        figures(i)
    return computed
