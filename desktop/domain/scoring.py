"""Project self-evaluation scores (项目支出绩效自评表) under a scheme. DESIGN §5.

Call `score_project(ProjectInput, scheme)`; everything else is a step of it. Scores keep full
precision; round with `numbers.fmt` only when showing them. Anything questionable (weights that
do not add up, a score outside its band, a missing 偏差原因) is listed in `problems`, never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop.domain.budget import execution_rate
from desktop.domain.numbers import CENT, ONE, ZERO, fmt, round_half_up
from desktop.domain.schemes import (
    BUDGET_INITIAL,
    EQUAL_DEVIATION,
    LINEAR,
    NA_RESCALE,
    Scheme,
    canonical_level1,
)
from desktop.domain.targets import (
    APPROX,
    EQ,
    GE,
    GT,
    LE,
    LT,
    NUMBER,
    QUALITATIVE,
    TargetValue,
    units_comparable,
    units_incompatible,
)
from desktop.messages import Message, message

OVERRIDE = "override"
NOT_APPLICABLE = "不适用"
POOL = "绩效指标"  # the one level of a scheme with `indicator_pool` (预算 10 + 绩效指标 90)
# 定性 tiers (DESIGN §5), stored as 1/2/3.
QUALITATIVE_TIERS = {1: "达成年度指标", 2: "部分达成年度指标并具有一定效果", 3: "未达成年度指标且效果较差"}


@dataclass(slots=True)
class IndicatorInput:
    """One indicator as the officer keeps it. `target`/`actual` are parses with overrides applied."""

    name: str
    level1: str
    target: TargetValue
    actual: TargetValue | None = None
    level2: str = ""
    weight: Decimal | None = None  # 分值 set by the officer; None → equal share of the level
    qualitative_band: str | None = None  # for 定性: the band the officer picked
    qualitative_score: Decimal | None = None  # for 定性: points given, inside the band
    score_override: Decimal | None = None  # any indicator: points given by hand …
    override_reason: str = ""  # … with the reason (required)
    deviation_reason: str = ""  # 偏差原因分析及改进措施
    id: int | None = None  # the stored indicator's id: its result is found by it, not by position


@dataclass(slots=True)
class ProjectInput:
    name: str
    indicators: list[IndicatorInput] = field(default_factory=list)
    unit: str = ""
    budget_initial: Decimal | None = None
    budget_adjusted: Decimal | None = None
    spent: Decimal | None = None
    level_weights: dict[str, Decimal] | None = None  # a unit's re-weighting of the scheme's levels
    execution_weight: Decimal | None = None  # likewise for 预算执行率
    id: int | None = None  # the stored project's id: its result is found by it, not by position


@dataclass(frozen=True, slots=True)
class ScoringProblem:
    """What is questionable, as a code and its fields (indicator name, values); the sentence is
    the catalogue's text `checks.<code>` (desktop/messages/checks.py), made when shown."""

    code: str
    fields: dict[str, Any] = field(default_factory=dict)
    indicator: int | None = None  # index into ProjectInput.indicators

    @property
    def said(self) -> Message:
        return Message(f"checks.{self.code}", self.fields)

    @property
    def message(self) -> str:
        """The sentence in the UI's language."""
        return str(self.said)


@dataclass(slots=True)
class IndicatorResult:
    name: str
    level1: str
    weight: Decimal
    score: Decimal
    method: str  # "≥", "≤ ratio", "≤ linear", "= 0", "定性", "override", "none"
    completion_rate: Decimal | None = None
    met: bool | None = None
    deviation_reason_required: bool = False
    target: TargetValue | None = None
    actual: TargetValue | None = None
    problems: list[ScoringProblem] = field(default_factory=list)
    indicator_id: int | None = None  # IndicatorInput.id


@dataclass(slots=True)
class ProjectResult:
    name: str
    unit: str
    execution_rate: Decimal | None
    execution_weight: Decimal
    execution_score: Decimal
    indicators: list[IndicatorResult]
    subtotal: Decimal  # execution + indicators, before any cap
    total: Decimal  # after the province cap when the scheme switches it on
    cap: Decimal | None
    grade: str
    problems: list[ScoringProblem]
    scheme_id: str = ""  # which scheme scored the project (shown to the user)
    scheme_name: str = ""
    project_id: int | None = None  # ProjectInput.id


# --- weights -----------------------------------------------------------------------------------


def level_totals(scheme: Scheme, project: ProjectInput | None = None) -> dict[str, Decimal]:
    """The points each level shares among its indicators (the 预算执行率 points taken out of the
    level that holds them; one 绩效指标 pool when the scheme has `indicator_pool`)."""
    if project is not None and project.level_weights:
        levels = {canonical_level1(k): Decimal(v) for k, v in project.level_weights.items()}
    elif scheme.indicator_pool is not None:
        return {POOL: scheme.indicator_pool}
    else:
        levels = dict(scheme.levels)
    if scheme.execution_level in levels:
        weight = scheme.execution_weight
        if project is not None and project.execution_weight is not None:
            weight = project.execution_weight
        levels[scheme.execution_level] -= weight
    return levels


def bucket_of(level1: str, levels: dict[str, Decimal], scheme: Scheme) -> str | None:
    """The scheme level an indicator's points come from (成本指标 → 产出指标 when the scheme says)."""
    if POOL in levels and len(levels) == 1:
        return POOL
    level = canonical_level1(level1)
    if level in levels:
        return level
    if level == "成本指标" and scheme.cost_level1_counted_in in levels:
        return scheme.cost_level1_counted_in
    return None


def equal_shares(total: Decimal, count: int) -> list[Decimal]:
    """`total` split into `count` equal shares as a printed form shows them: in cents, the cents
    left over one each to the first shares (50 → 16.67, 16.67, 16.66), so the 分值 printed add up
    to the level's total (16.67 × 3 = 50.01 would not, and a reviewer adds them up). A total
    finer than the cent (a set weight of 12.345) is split exactly."""
    if total != total.quantize(CENT):
        return [total / count] * count
    cents = int(total / CENT)
    base, extra = divmod(cents, count)
    return [(base + (1 if k < extra else 0)) * CENT for k in range(count)]


def allocate_weights(
    indicators: list[IndicatorInput], levels: dict[str, Decimal], scheme: Scheme
) -> tuple[list[Decimal], list[ScoringProblem]]:
    """Each indicator's 分值: as set, or an equal share of what its level has left."""
    weights: list[Decimal] = [ZERO] * len(indicators)
    problems: list[ScoringProblem] = []
    members: dict[str, list[int]] = {level: [] for level in levels}
    for i, ind in enumerate(indicators):
        bucket = bucket_of(ind.level1, levels, scheme)
        if bucket is None:
            weights[i] = ind.weight or ZERO
            problems.append(
                ScoringProblem("level_unknown", {"level1": ind.level1, "weight": str(weights[i])}, i)
            )
            continue
        members[bucket].append(i)
    for level, total in levels.items():
        idx = members[level]
        if not idx:
            if total:
                problems.append(ScoringProblem("level_empty", {"level": level, "points": fmt(total)}))
            continue
        set_idx = [i for i in idx if indicators[i].weight is not None]
        free_idx = [i for i in idx if indicators[i].weight is None]
        set_sum = sum((indicators[i].weight for i in set_idx), ZERO)
        for i in set_idx:
            weights[i] = indicators[i].weight
        if free_idx:
            left = total - set_sum
            if left < 0:
                problems.append(
                    ScoringProblem("weights_exceed", {"level": level, "set": str(set_sum), "total": str(total)})
                )
                left = ZERO
            for i, share in zip(free_idx, equal_shares(left, len(free_idx)), strict=True):
                weights[i] = share
        elif set_sum != total:
            problems.append(
                ScoringProblem("weights_mismatch", {"level": level, "set": str(set_sum), "total": str(total)})
            )
    return weights, problems


# --- one indicator ------------------------------------------------------------------------------


def completion_rate(target: TargetValue, actual: TargetValue | None) -> Decimal | None:
    """指标完成率: actual ÷ target (uncapped); target ÷ actual for lower-is-better; None when undefined."""
    if actual is None or target.value is None or actual.value is None:
        return None
    if target.kind != NUMBER or actual.kind != NUMBER or units_incompatible(target.unit, actual.unit):
        return None
    t, a = target.value, actual.value
    if target.higher_is_better:
        return a / t if t else None
    if t == 0:
        return ONE if a <= 0 else ZERO
    return t / a if a > 0 else None


def _quantitative_fraction(target: TargetValue, a: Decimal, scheme: Scheme) -> tuple[Decimal, bool, str]:
    """(fraction of the weight earned, met, method) for a numeric target and actual."""
    t = target.value
    sign = target.sign
    if sign == EQ and t == 0 or (not target.higher_is_better and t == 0):
        met = a <= 0
        return (ONE if met else ZERO), met, "= 0"
    if sign in (GE, GT, APPROX):
        met = a > t if sign == GT else a >= t
        if a >= t:
            return ONE, True, sign
        return (max(a, ZERO) / t if t > 0 else ZERO), False, sign
    if sign in (LE, LT):
        met = a < t if sign == LT else a <= t
        if a <= t:
            return ONE, True, f"{sign} {scheme.lower_is_better}"
        if scheme.lower_is_better == LINEAR:
            return max(ZERO, ONE - (a - t) / t), False, f"{sign} {LINEAR}"
        return t / a, False, f"{sign} ratio"
    if scheme.equal_target == EQUAL_DEVIATION:  # full at N, losing the relative deviation either way
        met = a == t
        return max(ZERO, ONE - abs(a - t) / abs(t)), met, "= deviation"
    # "= N" with N ≠ 0 (=100%, =8个): equal or above meets, below scores pro rata.
    if a >= t:
        return ONE, True, "="
    return (max(a, ZERO) / t if t > 0 else ZERO), False, "="


def _qualitative(
    ind: IndicatorInput, weight: Decimal, scheme: Scheme, index: int, result: IndicatorResult
) -> None:
    """定性: the officer's band and score; the score must lie inside the band."""
    band = scheme.band(ind.qualitative_band) if ind.qualitative_band else None
    if ind.qualitative_band and band is None:
        result.problems.append(
            ScoringProblem("band_unknown", {"name": ind.name, "band": ind.qualitative_band}, index)
        )
    score = ind.qualitative_score
    if band is None and score is not None and weight > 0:
        band = scheme.band_for(score / weight)
    if band is None:
        result.problems.append(
            ScoringProblem("qualitative_unscored", {"name": ind.name}, index)
        )
        result.score = ZERO
        return
    low, high = band.low * weight, band.high * weight
    if score is None:  # band picked, no points typed: the top of a closed band, else its floor
        score = high if band.high_closed else low
    inside = low <= score and (score <= high if band.high_closed else score < high)
    if not inside and not (weight == 0 and score == 0):  # a 0-weight indicator has an empty band
        bracket = "]" if band.high_closed else ")"
        result.problems.append(
            ScoringProblem(
                "score_outside_band",
                {"name": ind.name, "score": str(score), "band": band.name, "low": str(low), "high": str(high),
                 "bracket": bracket},
                index,
            )
        )
        score = min(max(score, low), high)
    result.score = score
    result.met = band.high_closed  # the top band is 达成年度指标
    result.completion_rate = None


_NO_REASON = re.compile(r"[无没有暂不存在偏差差异原因。.、/／\-—－\s]*")


def has_reason(text: str | None) -> bool:
    """A 偏差原因 that says something: "无" / "暂无" / "无偏差" / "/" say nothing."""
    return not _NO_REASON.fullmatch(text or "")


def is_cost(ind: IndicatorInput) -> bool:
    return "成本" in canonical_level1(ind.level1) or "成本" in (ind.level2 or "")


def is_not_applicable(ind: IndicatorInput) -> bool:
    """An indicator marked 不适用 in its target or its actual."""
    texts = (ind.target.text if ind.target else "", ind.actual.text if ind.actual else "")
    return any(NOT_APPLICABLE in (t or "") for t in texts)


def step_rule_for(ind: IndicatorInput, scheme: Scheme):
    return next((r for r in scheme.step_rules if r.match in ind.name or r.match in (ind.level2 or "")), None)


def _cost_sign(target: TargetValue, scheme: Scheme) -> TargetValue:
    """成本 rows printed without an operator ("20万元") read as the scheme says (≤ by default).

    Not a bare percentage: 成本 rows in % are rates (资金支付率 100%, 成本节约率 5%) whose direction
    the number alone does not tell; they keep the parser's reading."""
    from dataclasses import replace

    sign = scheme.cost_without_sign
    if target.explicit_sign or target.kind != NUMBER or target.sign in (sign, EQ) or target.unit == "%":
        return target
    return replace(target, sign=sign, higher_is_better=sign not in (LE, LT))


def round_score(score: Decimal, scheme: Scheme) -> Decimal:
    """Whole points (or fewer places) when the scheme rounds every score; else full precision."""
    return round_half_up(score, scheme.score_places) if scheme.score_places < 2 else score


def score_indicator(ind: IndicatorInput, weight: Decimal, scheme: Scheme, index: int = 0) -> IndicatorResult:
    result = _score_indicator(ind, weight, scheme, index)
    if result.method not in (OVERRIDE, QUALITATIVE):
        result.score = round_score(result.score, scheme)
    return result


def _score_indicator(ind: IndicatorInput, weight: Decimal, scheme: Scheme, index: int = 0) -> IndicatorResult:
    target, actual = ind.target, ind.actual
    if is_cost(ind):
        target = _cost_sign(target, scheme)
    result = IndicatorResult(
        ind.name, canonical_level1(ind.level1), weight, ZERO, "none", None, None, False, target, actual,
        indicator_id=ind.id,
    )
    # is_number inlined: this runs 40,000 times per department (benchmarks/bench_scoring.py)
    target_number = target.kind == NUMBER and target.value is not None
    numeric = target_number and actual is not None and actual.kind == NUMBER and actual.value is not None
    if ind.score_override is not None:
        if numeric:
            result.completion_rate = completion_rate(target, actual)
        result.method = OVERRIDE
        score = ind.score_override
        if not ind.override_reason.strip():
            result.problems.append(
                ScoringProblem("override_reason_missing", {"name": ind.name}, index)
            )
        if not ZERO <= score <= weight:
            result.problems.append(
                ScoringProblem("override_out_of_range", {"name": ind.name, "score": str(score), "weight": str(weight)}, index)
            )
            score = min(max(score, ZERO), weight)
        result.score = score
        return result
    if not target_number or (not numeric and (ind.qualitative_band or ind.qualitative_score is not None)):
        result.method = QUALITATIVE
        _qualitative(ind, weight, scheme, index, result)
        return result
    if not numeric:
        result.problems.append(ScoringProblem("actual_missing", {"name": ind.name}, index))
        return result
    t_unit, a_unit = target.unit, actual.unit
    if t_unit != a_unit and t_unit and a_unit:
        if units_incompatible(t_unit, a_unit):
            units = {"name": ind.name, "target_unit": t_unit, "actual_unit": a_unit}
            result.problems.append(ScoringProblem("unit_incompatible", units, index))
            return result
        if not units_comparable(t_unit, a_unit):
            units = {"name": ind.name, "target_unit": t_unit, "actual_unit": a_unit}
            result.problems.append(ScoringProblem("unit_differs", units, index))
    rate = result.completion_rate = completion_rate(target, actual)
    rule = step_rule_for(ind, scheme)
    if rule is not None:
        lost = rule.points_lost(actual.value)
        fraction, met, method = ONE, lost == 0, "step"
        score = max(ZERO, weight - lost)
    else:
        fraction, met, method = _quantitative_fraction(target, actual.value, scheme)
        score = weight if fraction >= ONE else (weight * fraction if fraction > ZERO else ZERO)
    result.method, result.met = method, met
    over = target.higher_is_better and rate is not None and rate >= scheme.over_target_threshold
    if over or not met:
        result.deviation_reason_required = True
        if not has_reason(ind.deviation_reason):
            why = (
                message("checks.why.over_target", rate=str(round_half_up(rate * 100)),
                        threshold=str(round_half_up(scheme.over_target_threshold * 100)))
                if over
                else message("checks.why.not_met")
            )
            result.problems.append(ScoringProblem("deviation_reason_missing", {"name": ind.name, "why": why}, index))
    if over and scheme.over_target_deduction:
        score = max(ZERO, score - scheme.deduction)
        result.method += f" −{scheme.deduction}"
    result.score = score
    return result


# --- one project --------------------------------------------------------------------------------


def execution_cap(scheme: Scheme, rate: Decimal | None) -> Decimal | None:
    """The province cap on the total for a low execution rate, or None."""
    if not scheme.execution_cap or rate is None:
        return None
    for below, cap in scheme.execution_caps:  # ascending: the lowest matching band wins
        if rate < below:
            return cap
    return None


def score_project(project: ProjectInput, scheme: Scheme) -> ProjectResult:
    problems: list[ScoringProblem] = []
    levels = level_totals(scheme, project)
    exec_weight = scheme.execution_weight if project.execution_weight is None else project.execution_weight
    if project.level_weights or project.execution_weight is not None:
        total_weight = exec_weight + sum(levels.values(), ZERO)
        if total_weight != 100:
            problems.append(ScoringProblem("total_weight", {"total": str(total_weight)}))
    weights, weight_problems = allocate_weights(project.indicators, levels, scheme)
    problems.extend(weight_problems)
    dropped = [
        scheme.not_applicable == NA_RESCALE and is_not_applicable(ind) for ind in project.indicators
    ]
    if any(dropped):  # 不适用 removed, the rest rescaled so the full total stays the full total
        full = exec_weight + sum(weights, ZERO)
        left = full - sum((w for w, d in zip(weights, dropped, strict=True) if d), ZERO)
        factor = full / left if left > 0 else ZERO
        weights = [ZERO if d else w * factor for w, d in zip(weights, dropped, strict=True)]
        exec_weight *= factor
    initial = scheme.execution_denominator == BUDGET_INITIAL
    rate = execution_rate(project.spent, project.budget_initial if initial else project.budget_adjusted)
    if rate is None:
        which = message("checks.word.budget_initial" if initial else "checks.word.budget_adjusted")
        problems.append(ScoringProblem("execution_missing", {"which": which}))
        exec_score = ZERO
    else:
        exec_score = round_score(min(max(rate, ZERO), ONE) * exec_weight, scheme)
    results = []
    for i, (ind, weight) in enumerate(zip(project.indicators, weights, strict=True)):
        if dropped[i]:
            res = IndicatorResult(ind.name, canonical_level1(ind.level1), ZERO, ZERO, NOT_APPLICABLE,
                                  target=ind.target, actual=ind.actual, indicator_id=ind.id)
        else:
            res = score_indicator(ind, weight, scheme, i)
        problems.extend(res.problems)
        results.append(res)
    subtotal = exec_score + sum((r.score for r in results), ZERO)
    cap = execution_cap(scheme, rate)
    total = min(subtotal, cap) if cap is not None else subtotal
    return ProjectResult(
        name=project.name,
        unit=project.unit,
        execution_rate=rate,
        execution_weight=exec_weight,
        execution_score=exec_score,
        indicators=results,
        subtotal=subtotal,
        total=total,
        cap=cap if cap is not None and cap < subtotal else None,
        grade=scheme.grade(round_half_up(total)),
        problems=problems,
        scheme_id=scheme.id,
        scheme_name=scheme.name,
        project_id=project.id,
    )


def score_projects(projects: Iterable[ProjectInput], scheme: Scheme) -> list[ProjectResult]:
    """Score many projects (a department's year)."""
    return [score_project(project, scheme) for project in projects]


def grade(total: Decimal, scheme: Scheme) -> str:
    """优 ≥ 90 · 良 ≥ 80 · 中 ≥ 60 · 差 < 60, on the total as printed (2 decimals)."""
    return scheme.grade(round_half_up(total))
