"""Budget formulas (DESIGN §5, seed 003 表1 and 表2). All rates are fractions (0.9679), unrounded."""

from __future__ import annotations

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
