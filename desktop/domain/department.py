"""Department overall self-evaluation (部门整体支出绩效自评, seed 003 表3) under a tree scheme.

The tree and each item's method are data (resources/schemes/*-department.yaml). Items are either
computed from the department's data or scored by hand within [0, weight] with a note of evidence;
level totals are always summed here, never typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml

from desktop.domain.budget import MonthlyProgress, average_execution_rate, monthly_rates
from desktop.domain.numbers import ONE, ZERO, decimal_or_none, ratio, round_half_up
from desktop.domain.schemes import canonical_level1, scheme_file_for_year
from desktop.domain.scoring import completion_rate
from desktop.domain.targets import TargetValue
from desktop.messages import Message, message

MANUAL = "manual"
COMPUTED_METHODS = (
    "indicator_completion",
    "average_execution",
    "project_scores",
    "project_execution",
    "ceiling_rate",
)


@dataclass(frozen=True, slots=True)
class DepartmentItem:
    level1: str
    level2: str
    name: str
    weight: Decimal
    method: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DepartmentScheme:
    id: str
    name: str
    items: tuple[DepartmentItem, ...]
    level1_weights: dict[str, Decimal] = field(default_factory=dict)
    grades: tuple[tuple[str, Decimal], ...] = ()
    path: str = ""

    def grade(self, total: Decimal) -> str:
        for name, minimum in self.grades:
            if total >= minimum:
                return name
        return ""


@dataclass(slots=True)
class DepartmentIndicatorInput:
    """A department-level target (表4 row). `completion` is the officer's figure for 定性/composite rows."""

    name: str
    level1: str
    target: TargetValue
    actual: TargetValue | None = None
    level2: str = ""
    completion: Decimal | None = None


@dataclass(slots=True)
class SpecialProject:
    """A 专项 project as the department items need it: money and its self-evaluation total."""

    name: str
    budget_adjusted: Decimal | None
    spent: Decimal | None
    score: Decimal | None


@dataclass(slots=True)
class ManualScore:
    score: Decimal
    note: str = ""


@dataclass(slots=True)
class DepartmentInput:
    indicators: list[DepartmentIndicatorInput] = field(default_factory=list)
    monthly: list[MonthlyProgress] = field(default_factory=list)
    average_execution_rate: Decimal | None = None  # when the monthly rows are not kept
    projects: list[SpecialProject] = field(default_factory=list)
    budget_adjusted: Decimal | None = None  # 全年预算数 (合计) for 结转结余率
    spent: Decimal | None = None  # 全年执行数 (合计)
    carryover: Decimal | None = None  # 结转结余额; budget − spent when not given
    public_cost_budget: Decimal | None = None  # 公用经费 全年预算数
    public_cost_spent: Decimal | None = None  # 公用经费 决算数
    manual: dict[str, ManualScore] = field(default_factory=dict)  # item name → hand score


@dataclass(slots=True)
class ItemResult:
    level1: str
    level2: str
    name: str
    weight: Decimal
    score: Decimal
    method: str  # the scheme's method, or "manual" when scored by hand
    basis: Decimal | None = None  # the rate the score came from (completion, execution …)
    note: str = ""
    basis_unit: str = "rate"  # "rate": a fraction shown as 98.75% · "points": an average score (out of 100)
    left_out: int = 0  # projects not counted in the basis (not scored yet)
    problems: list[Message] = field(default_factory=list)  # codes `checks.department.*`


@dataclass(slots=True)
class DepartmentResult:
    items: list[ItemResult]
    level1_totals: dict[str, Decimal]
    level2_totals: dict[tuple[str, str], Decimal]
    total: Decimal
    grade: str
    problems: list[Message]


def load_department_scheme(path: str | Path) -> DepartmentScheme:
    path = Path(path)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    items = []
    for raw in data.get("items") or ():
        raw = dict(raw)
        items.append(
            DepartmentItem(
                level1=str(raw.pop("level1")),
                level2=str(raw.pop("level2", "")),
                name=str(raw.pop("name")),
                weight=decimal_or_none(raw.pop("weight")) or ZERO,
                method=str(raw.pop("method", MANUAL)),
                params=raw,
            )
        )
    return DepartmentScheme(
        id=str(data.get("id", path.stem)),
        name=str(data.get("name", path.stem)),
        items=tuple(items),
        level1_weights={k: decimal_or_none(v) or ZERO for k, v in (data.get("level1_weights") or {}).items()},
        grades=tuple(
            sorted(
                ((str(g["name"]), decimal_or_none(g["min"]) or ZERO) for g in data.get("grades") or ()),
                key=lambda g: -g[1],
            )
        ),
        path=str(path),
    )


def department_scheme_for_year(year: int | None = None, directory: Path | None = None) -> DepartmentScheme:
    return load_department_scheme(scheme_file_for_year(year, "department", directory))


def scheme_problems(scheme: DepartmentScheme) -> list[Message]:
    """Items with unknown methods; level totals that differ from the stated level weights."""
    out = []
    for item in scheme.items:
        if item.method != MANUAL and item.method not in COMPUTED_METHODS:
            out.append(message("checks.department.method_unknown", item=item.name, method=item.method))
    totals: dict[str, Decimal] = {}
    for item in scheme.items:
        totals[item.level1] = totals.get(item.level1, ZERO) + item.weight
    for level, stated in scheme.level1_weights.items():
        if totals.get(level, ZERO) != stated:
            out.append(message("checks.department.level_weights", level=level, sum=str(totals.get(level, ZERO)),
                               stated=str(stated)))
    grand = sum(totals.values(), ZERO)
    if grand != 100:
        out.append(message("checks.department.total_weight", total=str(grand)))
    return out


# --- computed methods: each returns (fraction of the weight, basis rate, problems) ---------------


def _indicator_completion(item: DepartmentItem, data: DepartmentInput):
    level = canonical_level1(item.params.get("level", ""))
    rows = [ind for ind in data.indicators if canonical_level1(ind.level1) == level]
    if not rows:
        return None, None, [message("checks.department.no_indicators", item=item.name, level=level)]
    problems, rates = [], []
    for ind in rows:
        rate = ind.completion if ind.completion is not None else completion_rate(ind.target, ind.actual)
        if rate is None:
            problems.append(message("checks.department.completion_unknown", item=item.name, indicator=ind.name))
            rate = ZERO
        rates.append(min(max(rate, ZERO), ONE))
    mean = sum(rates, ZERO) / len(rates)
    return mean, mean, problems


def _average_execution(item: DepartmentItem, data: DepartmentInput):
    rate = data.average_execution_rate
    if rate is None and data.monthly:
        rate = average_execution_rate(monthly_rates(data.monthly))
    if rate is None:
        return None, None, [message("checks.department.monthly_missing", item=item.name)]
    return min(rate, ONE), rate, []


def _project_scores(item: DepartmentItem, data: DepartmentInput):
    full = decimal_or_none(item.params.get("full_at_or_above")) or Decimal(100)
    scores = [p.score for p in data.projects if p.score is not None]
    if not scores:
        return None, None, [message("checks.department.no_scored_projects", item=item.name)]
    mean = sum(scores, ZERO) / len(scores)
    return min(mean / full, ONE), mean, []


def _project_execution(item: DepartmentItem, data: DepartmentInput):
    full = decimal_or_none(item.params.get("full_at_or_above")) or ONE
    rows = [p for p in data.projects if p.budget_adjusted and p.spent is not None]
    if not rows:
        return None, None, [message("checks.department.no_project_money", item=item.name)]
    rate = sum((p.spent for p in rows), ZERO) / sum((p.budget_adjusted for p in rows), ZERO)
    return min(rate / full, ONE), rate, []


def _ceiling_rate(item: DepartmentItem, data: DepartmentInput):
    which = item.params.get("rate")
    if which == "carryover":
        carry = data.carryover
        if carry is None and data.budget_adjusted is not None and data.spent is not None:
            carry = data.budget_adjusted - data.spent
        rate = ratio(carry, data.budget_adjusted)
    elif which == "public_cost":
        rate = ratio(data.public_cost_spent, data.public_cost_budget)
    else:
        return None, None, [message("checks.department.rate_unknown", item=item.name, rate=str(which))]
    if rate is None:
        return None, None, [message("checks.department.data_missing", item=item.name)]
    full = decimal_or_none(item.params.get("full_at_or_below")) or ZERO
    zero = decimal_or_none(item.params.get("zero_at_or_above"))
    if rate <= full:
        return ONE, rate, []
    if zero is None or rate >= zero or zero <= full:
        return ZERO, rate, []
    return (zero - rate) / (zero - full), rate, []


_METHODS = {
    "indicator_completion": _indicator_completion,
    "average_execution": _average_execution,
    "project_scores": _project_scores,
    "project_execution": _project_execution,
    "ceiling_rate": _ceiling_rate,
}


MANUAL_BASIS_MISSING = "checks.department.manual_basis_missing"  # the grid colours 依据, not 得分


def score_item(item: DepartmentItem, data: DepartmentInput) -> ItemResult:
    result = ItemResult(item.level1, item.level2, item.name, item.weight, ZERO, item.method)
    hand = data.manual.get(item.name)
    if hand is not None:
        result.method, result.note = MANUAL, hand.note
        if not hand.note.strip():
            result.problems.append(message(MANUAL_BASIS_MISSING, item=item.name))
        score = hand.score
        if not ZERO <= score <= item.weight:
            result.problems.append(message("checks.department.score_out_of_range", item=item.name, score=str(score),
                                          weight=str(item.weight)))
            score = min(max(score, ZERO), item.weight)
        result.score = score
        if item.method in _METHODS:  # keep the computed basis beside the hand score
            _fraction, result.basis, _problems = _METHODS[item.method](item, data)
        return result
    method = _METHODS.get(item.method)
    if method is None:
        result.problems.append(message("checks.department.unscored", item=item.name))
        return result
    fraction, basis, problems = method(item, data)
    result.basis = basis
    result.problems.extend(problems)
    if item.method == "project_scores":  # the average of 自评 totals, points out of 100
        result.basis_unit = "points"
        result.left_out = sum(1 for p in data.projects if p.score is None)
        if result.left_out:
            result.problems.append(message("checks.department.projects_left_out", item=item.name,
                                              count=result.left_out))
    if fraction is not None:
        result.score = item.weight * min(max(fraction, ZERO), ONE)
    return result


def score_department(data: DepartmentInput, scheme: DepartmentScheme) -> DepartmentResult:
    items = [score_item(item, data) for item in scheme.items]
    level1: dict[str, Decimal] = {}
    level2: dict[tuple[str, str], Decimal] = {}
    for r in items:
        level1[r.level1] = level1.get(r.level1, ZERO) + r.score
        level2[(r.level1, r.level2)] = level2.get((r.level1, r.level2), ZERO) + r.score
    total = sum(level1.values(), ZERO)
    problems = scheme_problems(scheme) + [p for r in items for p in r.problems]
    unknown = set(data.manual) - {item.name for item in scheme.items}
    problems += [message("checks.department.manual_unknown_item", item=name) for name in sorted(unknown)]
    return DepartmentResult(items, level1, level2, total, scheme.grade(round_half_up(total)), problems)
