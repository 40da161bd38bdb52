"""A filled 项目支出绩效自评表 as printed: the inputs the officer typed and the figures printed.

Plain data (no Qt, no SQL, no file reading): desktop/importers/self_eval.py fills it from a
workbook, desktop/domain/recheck.py recomputes it. Amounts are in 万元, rates in percent (86.19).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

FUND_SOURCES = ("total", "fiscal", "special", "carryover", "own", "other")
FUND_LABELS = {
    "total": "年度资金总额",
    "fiscal": "当年财政拨款",
    "special": "财政专户管理资金",
    "carryover": "上年结转资金",
    "own": "单位资金",
    "other": "其他资金",
}


@dataclass(slots=True)
class FundRow:
    """One row of the 项目资金 block as printed. Amounts in 万元; rate in percent (86.19)."""

    source: str  # one of FUND_SOURCES; a second row of one kind gets a number (other2)
    label: str
    budget_initial: Decimal | None = None
    budget_adjusted: Decimal | None = None
    spent: Decimal | None = None
    weight: Decimal | None = None
    rate: Decimal | None = None
    score: Decimal | None = None
    place: str = ""

    def amounts(self) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        return self.budget_initial, self.budget_adjusted, self.spent


@dataclass(slots=True)
class FormIndicator:
    level1: str
    level2: str
    name: str
    target: str  # 年度指标值 as written (operator and unit columns composed in)
    actual: str
    weight: Decimal | None = None  # 分值 as printed
    score: Decimal | None = None  # 得分 as printed
    deviation: str = ""  # 偏差原因分析及改进措施
    direction: str = ""  # 指标方向性 where a column gives it
    place: str = ""


@dataclass(slots=True)
class FilledSelfEvalForm:
    name: str
    department: str = ""
    unit: str = ""
    year: int | None = None
    amount_unit: str = "万元"  # as printed; amounts below are converted to 万元
    funds: list[FundRow] = field(default_factory=list)
    goal: str = ""
    goal_actual: str = ""
    indicators: list[FormIndicator] = field(default_factory=list)
    total_weight: Decimal | None = None  # 总分 row, 分值 as printed
    total_score: Decimal | None = None  # 总分 row, 得分 as printed
    grade: str = ""  # 等级 as printed, "" when the form has none
    place: str = ""  # where the form starts
    total_place: str = ""

    def fund(self, source: str) -> FundRow | None:
        return next((f for f in self.funds if f.source == source), None)


@dataclass(slots=True)
class SelfEvalBook:
    source: str
    forms: list[FilledSelfEvalForm] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # columns not used, with their place

    @property
    def indicator_count(self) -> int:
        return sum(len(f.indicators) for f in self.forms)
