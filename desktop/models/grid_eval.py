"""What the grids show beside the stored values: parse, 完成率, 得分, 总分, 等级 and problems.

A thin adapter over the domain rules (desktop/domain): the grids ask this module, this module
asks the domain, so the grids never hold a rule. Where the domain scoring module is not there
yet the `_fallback_*` functions stand in; they follow DESIGN §5 and are meant to be swapped.
No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from desktop.domain import budget
from desktop.domain.numbers import ONE, ZERO, ratio
from desktop.domain.targets import (
    COMPOSITE,
    EQ,
    GT,
    LT,
    QUALITATIVE,
    TargetValue,
    override,
    parse_target,
    units_incompatible,
)
from desktop.models.grid_queries import IndicatorRecord, ProjectRecord

EXECUTION_WEIGHT = Decimal(10)
LEVEL_WEIGHTS = {"产出指标": Decimal(50), "效益指标": Decimal(30), "满意度指标": Decimal(10)}
OVER_TARGET = Decimal("1.30")
# 定性 bands (DESIGN §5) as fractions of the weight: tier → (low, high, high closed)
BANDS = {1: (Decimal("0.8"), ONE, True), 2: (Decimal("0.6"), Decimal("0.8"), False), 3: (ZERO, Decimal("0.6"), False)}
GRADES = (("优", Decimal(90)), ("良", Decimal(80)), ("中", Decimal(60)), ("差", ZERO))

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one cell; `message` is Chinese and says why."""

    entity: str
    entity_id: int
    field: str
    message: str
    severity: str = ERROR


@dataclass(frozen=True, slots=True)
class IndicatorEval:
    target: TargetValue
    actual: TargetValue
    weight: Decimal | None  # the weight in force (set, or an equal share of its level)
    completion: Decimal | None  # 完成率, uncapped fraction
    score: Decimal | None
    met: bool | None  # None: cannot tell (no actual, 定性 without a tier …)
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectEval:
    indicators: dict[int, IndicatorEval]
    execution_rate: Decimal | None
    execution_score: Decimal | None
    total: Decimal | None
    grade: str
    problems: tuple[Problem, ...] = field(default_factory=tuple)


@lru_cache(maxsize=65536)
def _parse(text: str) -> TargetValue:
    # Many indicators share their texts (不少于95%, 100%): parse each once.
    return parse_target(text)


def target_of(rec: IndicatorRecord) -> TargetValue:
    parsed = _parse(rec.annual_target or "")
    if rec.qualitative_override:
        return override(parsed, qualitative=True)
    try:
        return override(parsed, sign=rec.sign_override, value=rec.value_override, unit=rec.unit_override)
    except ValueError:
        return parsed


def actual_of(rec: IndicatorRecord) -> TargetValue:
    return _parse(rec.actual or "")


def canonical_level1(level1: str | None) -> str:
    try:
        from desktop.domain.schemes import canonical_level1 as canon
    except ImportError:  # pragma: no cover - the schemes module is young
        return (level1 or "").strip()
    return canon(level1)


def is_qualitative(target: TargetValue) -> bool:
    return target.kind != "number" or target.value is None


def _met(target: TargetValue, actual: Decimal) -> bool:
    goal = target.value
    if target.sign == EQ and goal == 0:
        return actual <= 0
    if not target.higher_is_better:
        return actual < goal if target.sign == LT else actual <= goal
    return actual > goal if target.sign == GT else actual >= goal


def _fallback_numeric(target: TargetValue, actual: Decimal, weight: Decimal) -> tuple[Decimal | None, Decimal, bool]:
    completion = ratio(actual, target.value)
    met = _met(target, actual)
    if met:
        return completion, weight, True
    if target.sign == EQ and target.value == 0:
        return completion, ZERO, False
    if target.higher_is_better:
        share = completion if completion is not None else ZERO
    else:
        share = ratio(target.value, actual) or ZERO
    return completion, max(ZERO, min(share, ONE)) * weight, False


def _band(tier: int | None):
    return BANDS.get(tier or 0)


def _in_band(tier: int, fraction: Decimal) -> bool:
    low, high, closed = BANDS[tier]
    return low <= fraction and (fraction <= high if closed else fraction < high)


def _weights(records: Sequence[IndicatorRecord]) -> dict[int, Decimal | None]:
    """Each indicator's weight: its 分值, or an equal share of what its level has left."""
    groups: dict[str, list[IndicatorRecord]] = {}
    for rec in records:
        groups.setdefault(canonical_level1(rec.level1), []).append(rec)
    out: dict[int, Decimal | None] = {}
    for level, members in groups.items():
        total = LEVEL_WEIGHTS.get(level)
        unset = [r for r in members if r.weight is None]
        left = (total - sum((r.weight for r in members if r.weight is not None), ZERO)) if total is not None else None
        share = left / len(unset) if unset and left is not None and left > 0 else None
        for rec in members:
            out[rec.id] = rec.weight if rec.weight is not None else share
    return out


def _weight_problems(records: Sequence[IndicatorRecord]) -> list[Problem]:
    groups: dict[str, list[IndicatorRecord]] = {}
    for rec in records:
        groups.setdefault(canonical_level1(rec.level1), []).append(rec)
    out = []
    for level, members in groups.items():
        total = LEVEL_WEIGHTS.get(level)
        if total is None:
            continue
        set_sum = sum((r.weight for r in members if r.weight is not None), ZERO)
        all_set = all(r.weight is not None for r in members)
        if set_sum > total or (all_set and set_sum != total):
            message = f"{level}分值合计 {set_sum.normalize():f}，应为 {total}"
            out += [Problem("indicator", r.id, "weight", message) for r in members]
    return out


def evaluate_indicator(rec: IndicatorRecord, weight: Decimal | None) -> IndicatorEval:
    target, actual = target_of(rec), actual_of(rec)
    problems: list[Problem] = []

    def problem(field_name: str, message: str, severity: str = ERROR) -> None:
        problems.append(Problem("indicator", rec.id, field_name, message, severity))

    if not (rec.annual_target or "").strip():
        problem("annual_target", "缺少年度指标值")
    elif target.kind == COMPOSITE:
        problem("annual_target", "年度指标值含多个数值：请拆分为多个指标，或标为定性")
    elif target.kind == QUALITATIVE and any(ch.isdigit() for ch in rec.annual_target or "") and not rec.qualitative_override:
        problem("annual_target", "年度指标值未能识别为数值：请填写比较符号、数值和单位，或标为定性", WARNING)
    if weight is None:
        problem("weight", "未设分值，且所在一级指标没有剩余分值可均分")

    completion = score = met = None
    if rec.score_override is not None:
        score = rec.score_override
    if is_qualitative(target):
        if rec.qualitative_tier is not None and weight:
            low, high, _closed = _band(rec.qualitative_tier)
            if score is None:
                score = high * weight if rec.qualitative_tier == 1 else (low + high) / 2 * weight
            elif not _in_band(rec.qualitative_tier, ratio(score, weight) or ZERO):
                problem("score_override", f"得分 {score.normalize():f} 不在所选定性档次的范围内"
                        f"（{low * weight:.2f}–{high * weight:.2f}）")
            met = rec.qualitative_tier == 1
        elif (rec.actual or "").strip() and rec.qualitative_tier is None:
            problem("qualitative_tier", "定性指标请选择完成档次")
    elif (rec.actual or "").strip():
        if not actual.is_number:
            problem("actual", "实际完成值未能识别为数值", WARNING)
        elif units_incompatible(target.unit, actual.unit):
            problem("actual", f"实际完成值的单位（{actual.unit}）与指标值（{target.unit}）不同")
        elif weight is not None:
            completion, computed, met = _fallback_numeric(target, actual.value, weight)
            score = computed if score is None else score
    if met is False or (completion is not None and target.higher_is_better and completion >= OVER_TARGET):
        if not (rec.deviation_reason or "").strip():
            why = "未完成年度指标" if met is False else f"完成率超过 {OVER_TARGET * 100:.0f}%（指标值可能定得偏低）"
            problem("deviation_reason", f"{why}，请填写偏差原因分析及改进措施")
    return IndicatorEval(target, actual, weight, completion, score, met, tuple(problems))


def grade(total: Decimal | None) -> str:
    if total is None:
        return ""
    return next(name for name, minimum in GRADES if total >= minimum)


def evaluate_project(records: Sequence[IndicatorRecord], project: ProjectRecord | None = None) -> ProjectEval:
    weights = _weights(records)
    evals = {rec.id: evaluate_indicator(rec, weights[rec.id]) for rec in records}
    problems = _weight_problems(records)
    if problems:
        by_id: dict[int, list[Problem]] = {}
        for p in problems:
            by_id.setdefault(p.entity_id, []).append(p)
        for indicator_id, extra in by_id.items():
            ev = evals[indicator_id]
            evals[indicator_id] = IndicatorEval(
                ev.target, ev.actual, ev.weight, ev.completion, ev.score, ev.met, ev.problems + tuple(extra)
            )
    rate = exec_score = None
    project_problems: list[Problem] = []
    if project is not None:
        rate = budget.execution_rate(project.spent, project.budget_adjusted)
        exec_score = min(rate, ONE) * EXECUTION_WEIGHT if rate is not None else None
        project_problems = project_checks(project)
    scores = [e.score for e in evals.values() if e.score is not None]
    parts = scores + ([exec_score] if exec_score is not None else [])
    total = sum(parts, ZERO) if parts else None
    return ProjectEval(evals, rate, exec_score, total, grade(total), tuple(project_problems))


def project_checks(project: ProjectRecord) -> list[Problem]:
    out = []
    parts = [project.fiscal, project.special, project.other]
    if project.total is not None and any(p is not None for p in parts):
        summed = sum((p for p in parts if p is not None), ZERO)
        if summed != project.total:
            out.append(Problem("project", project.id, "total",
                               f"总计 {project.total:f} ≠ 财政拨款 + 财政专户拨款 + 其他资金 = {summed:f}"))
    if project.budget_adjusted is not None and project.spent is not None and project.spent > project.budget_adjusted:
        out.append(Problem("project", project.id, "spent", "全年执行数大于全年预算数", WARNING))
    return out
