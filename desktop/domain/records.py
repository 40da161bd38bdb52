"""The store's figures as plain records: what the operations gather in one session and the reports
print (desktop.operations.report_data → desktop.reports.build). No rules and no store here; the
reports never see a session, so these are the only shapes that cross that wall.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from desktop.domain.budget import MonthlyProgress
from desktop.domain.department import DepartmentInput, DepartmentResult
from desktop.domain.scoring import ProjectResult


class NothingToReport(LookupError):
    """The store has no data for the asked form / year / project (a Chinese sentence in args[0])."""


class NothingToWrite(LookupError):
    """The year has no department scores to report (a Chinese sentence in args[0])."""


@dataclass(slots=True)
class YearScores:
    year: int
    projects: list[ProjectResult] = field(default_factory=list)
    department: DepartmentResult | None = None
    department_name: str | None = None
    department_input: DepartmentInput | None = None  # what the department was scored from (复核 needs it)


class Funds(NamedTuple):
    budget_initial: Decimal | None
    budget_adjusted: Decimal | None
    spent: Decimal | None


NO_FUNDS = Funds(None, None, None)


class IndicatorText(NamedTuple):
    """An indicator as the 自评表 prints it (the texts; its score comes from the scoring, by id)."""

    id: int
    level1: str
    level2: str
    name: str
    target: str
    actual: str
    deviation: str


@dataclass(slots=True)
class ProjectFigures:
    id: int
    name: str
    supervisor: str | None
    goal: str | None
    goal_actual: str | None
    unit: str
    department: str
    funds: dict[str, Funds] = field(default_factory=dict)  # fund source ("total", "fiscal", …) → money
    indicators: list[IndicatorText] = field(default_factory=list)


@dataclass(slots=True)
class SelfEvalFigures:
    """项目支出绩效自评表: the projects of the year (store order) and the year's scores."""

    year: int
    projects: list[ProjectFigures]
    scores: YearScores


class TargetIndicatorText(NamedTuple):
    level1_code: str | None
    level1: str | None
    level2_code: str | None
    level2: str | None
    name: str | None
    period_target: str | None
    annual_target: str | None


@dataclass(slots=True)
class TargetsProjectFigures:
    id: int
    name: str
    unit: str
    total: Decimal | None
    fiscal: Decimal | None
    special: Decimal | None
    other: Decimal | None
    goal: str | None
    indicators: list[TargetIndicatorText] = field(default_factory=list)


@dataclass(slots=True)
class TargetsFigures:
    """项目支出绩效目标表: the projects asked for (one, or the year's), in store order."""

    year: int
    department: str
    projects: list[TargetsProjectFigures]


@dataclass(slots=True)
class DeptScoreFigures:
    """表3: the department's scores (the scoring's own result)."""

    year: int
    scores: YearScores


@dataclass(slots=True)
class DeptCompletionFigures:
    """表4: the department's indicators as stored (grid_queries.DepartmentIndicatorRecord rows)."""

    year: int
    department: str
    rows: list


class BudgetLine(NamedTuple):
    name: str
    budget_initial: Decimal | None
    budget_adjusted: Decimal | None
    spent: Decimal | None


@dataclass(slots=True)
class BudgetFigures:
    """表1: the department's budget lines, in store order."""

    year: int
    department: str
    lines: list[BudgetLine]


@dataclass(slots=True)
class MonthlyFigures:
    """表2: the months whose budget and spending are both recorded."""

    year: int
    department: str
    months: list[MonthlyProgress]


@dataclass(slots=True)
class NarrativeFigures:
    """自评报告: the year's scores and the department tables it quotes (None: the store has none)."""

    year: int
    scores: YearScores
    budget: BudgetFigures | None
    monthly: MonthlyFigures | None
    score: DeptScoreFigures
    completion: DeptCompletionFigures | None
    level1_weights: dict[str, Decimal] = field(default_factory=dict)
