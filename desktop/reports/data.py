"""What each official form prints, as plain data.

The builder (store + scoring domain -> these classes) computes every figure; the writers only
format them. Money is in 万元; rates are fractions (Decimal("0.9874") prints as 98.74%);
None prints as an empty cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

Amount = Decimal | None


@dataclass(frozen=True)
class SignatureBlock:
    """填报单位（盖章）/ 单位负责人 / 填报人 / 联系电话 / 填报日期, printed under every form."""

    unit: str = ""
    head: str = ""
    filler: str = ""
    phone: str = ""
    date: str = ""


# --- 项目支出绩效自评表 (财预〔2020〕10号) -------------------------------------------------


@dataclass(frozen=True)
class FundsRow:
    """One row of the 项目资金（万元）block: 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金."""

    label: str
    budget_initial: Amount = None
    budget_adjusted: Amount = None
    spent: Amount = None
    weight: Amount = None  # 分值: 10 on 年度资金总额, empty below
    rate: Amount = None  # 执行率 = spent / budget_adjusted
    score: Amount = None


@dataclass(frozen=True)
class IndicatorRow:
    level1: str
    level2: str
    name: str
    target: str  # 年度指标值 as written
    actual: str  # 实际完成值 as written
    weight: Amount = None  # 分值
    score: Amount = None  # 得分
    deviation: str = ""  # 偏差原因分析及改进措施


@dataclass
class SelfEvalForm:
    year: int
    project: str
    department: str  # 主管部门
    unit: str  # 实施单位
    funds: list[FundsRow]
    goal_expected: str  # 年度总体目标 · 预期目标
    goal_actual: str  # 年度总体目标 · 实际完成情况
    indicators: list[IndicatorRow]
    total_weight: Amount = Decimal(100)
    total_score: Amount = None
    grade: str = ""  # 优 / 良 / 中 / 差
    signature: SignatureBlock = field(default_factory=SignatureBlock)


# --- 部门整体支出绩效自评指标得分表 (表3) ------------------------------------------------------


@dataclass(frozen=True)
class DeptScoreRow:
    level1: str
    level2: str
    name: str
    weight: Amount
    score: Amount
    note: str = ""  # 评分依据 (officer's evidence)


@dataclass
class DeptScoreTable:
    year: int
    department: str
    rows: list[DeptScoreRow]
    total_weight: Amount = None
    total_score: Amount = None
    signature: SignatureBlock = field(default_factory=SignatureBlock)


# --- 部门整体绩效目标完成情况表 (表4) ---------------------------------------------------------


@dataclass(frozen=True)
class DeptCompletionRow:
    level1: str
    level2: str
    name: str
    target: str  # 年度目标值
    actual: str  # 年度实现值
    completion_rate: Amount = None  # 指标完成率, uncapped


@dataclass
class DeptCompletionTable:
    year: int
    department: str
    rows: list[DeptCompletionRow]
    signature: SignatureBlock = field(default_factory=SignatureBlock)


# --- 预算调整及执行情况表 (表1) ---------------------------------------------------------------


@dataclass(frozen=True)
class BudgetRow:
    seq: str  # 序号
    item: str  # 项目: 一、基本支出 / (1)人员经费 / … / 合计
    budget_initial: Amount
    budget_adjusted: Amount
    spent: Amount  # 决算数
    adjust_rate: Amount  # 预算调整率
    control_rate: Amount  # 预算控制率（执行率）
    is_total: bool = False


@dataclass
class BudgetTable:
    year: int
    department: str
    rows: list[BudgetRow]
    signature: SignatureBlock = field(default_factory=SignatureBlock)


# --- 每月执行进度表 (表2) ----------------------------------------------------------------------


@dataclass(frozen=True)
class MonthlyRow:
    seq: str
    period: str  # 1-3月
    budget: Amount  # 年度预算
    spent_to_date: Amount  # 累计实际支出
    progress: Amount  # 支出进度 = spent_to_date / budget
    execution_rate: Amount  # 支出执行率 = progress / (month / 12)


@dataclass
class MonthlyTable:
    year: int
    department: str
    rows: list[MonthlyRow]
    average_rate: Amount = None  # 年度平均执行率 (each month capped at 100%)
    signature: SignatureBlock = field(default_factory=SignatureBlock)


# --- 项目支出绩效目标表 (as imported) --------------------------------------------------------


@dataclass(frozen=True)
class TargetIndicator:
    level1: str
    level2: str
    name: str
    period_target: str = ""  # 实施周期指标值
    annual_target: str = ""  # 年度指标值


@dataclass
class TargetsProject:
    name: str  # 项目名称（资金使用单位）: a project, or a unit/合计 subtotal row
    total: Amount = None
    fiscal: Amount = None  # 财政拨款
    special: Amount = None  # 财政专户拨款
    other: Amount = None
    goal: str = ""
    indicators: list[TargetIndicator] = field(default_factory=list)
    is_subtotal: bool = False


@dataclass
class TargetsTable:
    year: int
    department: str  # 部门名称
    projects: list[TargetsProject]
    signature: SignatureBlock = field(default_factory=SignatureBlock)


Form = SelfEvalForm | DeptScoreTable | DeptCompletionTable | BudgetTable | MonthlyTable | TargetsTable
