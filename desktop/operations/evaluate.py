"""What the grids show beside the stored values: parse, 完成率, 得分, 总分, 等级 and problems.

A thin adapter between the stored rows and the domain rules: it turns rows into
`desktop.domain.scoring` inputs, scores them with the year's scheme, and places each problem
the domain reports in the cell that shows it. The grids ask this module and hold no rule.
No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.numbers import ZERO, fmt_money, percent
from desktop.domain.schemes import canonical_level1, scheme_for_year
from desktop.domain.scoring import QUALITATIVE_TIERS, IndicatorInput, ProjectInput, score_project
from desktop.domain.targets import COMPOSITE, QUALITATIVE, TargetValue, parse_cached, stored_target
from desktop.messages import Message, message, render
from desktop.models.grid_queries import IndicatorRecord, ProjectRecord

ERROR = "error"
WARNING = "warning"
INFO = "info"  # listed in the 检查 panel, not coloured (e.g. actuals not recorded yet)
_EMPTY = TargetValue()


@dataclass(frozen=True, slots=True)
class CellProblem:
    """One thing wrong with one cell: where (entity, id, field) and why (`said`, a code with its
    fields); `message` is the sentence in the UI's language."""

    entity: str
    entity_id: int
    field: str
    said: Message
    severity: str = ERROR

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def message(self) -> str:
        return render(self.said)


@dataclass(frozen=True, slots=True)
class IndicatorEval:
    target: TargetValue
    actual: TargetValue
    weight: Decimal | None  # the weight in force (set, or an equal share of its level)
    completion: Decimal | None  # 完成率, uncapped fraction
    score: Decimal | None
    met: bool | None  # None: cannot tell (no actual, 定性 without a tier …)
    problems: tuple[CellProblem, ...] = ()


@dataclass(frozen=True, slots=True)
class ProjectEval:
    indicators: dict[int, IndicatorEval]
    execution_rate: Decimal | None
    execution_score: Decimal | None
    total: Decimal | None
    grade: str
    problems: tuple[CellProblem, ...] = field(default_factory=tuple)


def target_of(rec: IndicatorRecord) -> TargetValue:
    return stored_target(
        rec.annual_target, rec.name, rec.sign_override, rec.value_override, rec.unit_override, rec.qualitative_override
    )


def actual_of(rec: IndicatorRecord) -> TargetValue:
    return parse_cached(rec.actual or "", rec.name or "")


def is_qualitative(target: TargetValue) -> bool:
    return not target.is_number


def indicator_input(rec: IndicatorRecord, target: TargetValue | None = None) -> IndicatorInput:
    """A stored indicator as the scoring rules take it (also what `perfdesk score` reads)."""
    target = target if target is not None else target_of(rec)
    qualitative = is_qualitative(target)
    return IndicatorInput(
        name=rec.name,
        level1=rec.level1 or "",
        level2=rec.level2 or "",
        target=target,
        actual=actual_of(rec) if (rec.actual or "").strip() else None,
        weight=rec.weight,
        qualitative_band=QUALITATIVE_TIERS.get(rec.qualitative_tier) if qualitative else None,
        qualitative_score=rec.score_override if qualitative else None,
        score_override=None if qualitative else rec.score_override,
        override_reason=rec.score_override_reason or "",
        deviation_reason=rec.deviation_reason or "",
        id=rec.id,
    )


# domain problem code → the indicator field whose cell shows it
_FIELD_OF = {
    "level_unknown": "level1",
    "band_unknown": "qualitative_tier",
    "qualitative_unscored": "qualitative_tier",
    "score_outside_band": "score_override",
    "override_reason_missing": "score_override",
    "override_out_of_range": "score_override",
    "actual_missing": "actual",
    "unit_incompatible": "actual",
    "unit_differs": "actual",
    "deviation_reason_missing": "deviation_reason",
    "weights_exceed": "weight",
    "weights_mismatch": "weight",
}


def _target_problems(rec: IndicatorRecord, target: TargetValue) -> list[CellProblem]:
    """The parse needs the officer: no target, several numbers, or digits that were not read."""
    text = (rec.annual_target or "").strip()
    if not text:
        return [CellProblem("indicator", rec.id, "annual_target", message("checks.target_missing"))]
    if target.kind == COMPOSITE and not rec.qualitative_override:
        return [CellProblem("indicator", rec.id, "annual_target", message("checks.target_composite"))]
    if target.kind == QUALITATIVE and any(ch.isdigit() for ch in text) and not rec.qualitative_override:
        return [CellProblem("indicator", rec.id, "annual_target", message("checks.target_unread"), WARNING)]
    return []


def _severity(code: str, rec: IndicatorRecord) -> str:
    if code in ("actual_missing", "qualitative_unscored") and not (rec.actual or "").strip():
        return INFO  # nothing recorded yet: listed in 检查, not coloured while targets are kept
    return WARNING if code == "unit_differs" else ERROR


def evaluate_project(
    records: Sequence[IndicatorRecord], project: ProjectRecord | None = None, year: int | None = None
) -> ProjectEval:
    """Score one project with the year's scheme (desktop.domain.scoring) and place each problem in a cell."""
    scheme = scheme_for_year(year)
    targets = [target_of(rec) for rec in records]
    data = ProjectInput(
        name=project.name if project else "",
        indicators=[indicator_input(rec, t) for rec, t in zip(records, targets, strict=True)],
        budget_initial=project.budget_initial if project else None,
        budget_adjusted=project.budget_adjusted if project else None,
        spent=project.spent if project else None,
    )
    result = score_project(data, scheme)
    problems: dict[int, list[CellProblem]] = {rec.id: _target_problems(rec, t) for rec, t in zip(records, targets, strict=True)}
    project_problems = project_checks(project) if project else []
    for p in result.problems:
        field_name = _FIELD_OF.get(p.code)
        if p.indicator is not None:
            rec = records[p.indicator]
            problems[rec.id].append(CellProblem("indicator", rec.id, field_name or "name", p.said, _severity(p.code, rec)))
        elif field_name == "weight":  # a level's weights: shown on each weight of that level
            for rec in records:
                if canonical_level1(rec.level1) and canonical_level1(rec.level1) == p.fields.get("level"):
                    problems[rec.id].append(CellProblem("indicator", rec.id, "weight", p.said))
        elif project is not None:
            field_name = "spent" if p.code == "execution_missing" else "name"
            severity = INFO if p.code == "execution_missing" and project.spent is None else WARNING
            project_problems.append(CellProblem("project", project.id, field_name, p.said, severity))
    for rec, target in zip(records, targets, strict=True):
        problems[rec.id] += _qualitative_checks(rec, target)
    evals = {}
    for rec, res in zip(records, result.indicators, strict=True):
        # "none" and an unscored 定性 count 0 in the total but show empty: nothing was scored yet
        scored = res.method != "none" and not any(p.code == "qualitative_unscored" for p in res.problems)
        evals[rec.id] = IndicatorEval(res.target, res.actual or _EMPTY, res.weight, res.completion_rate,
                                      res.score if scored else None, res.met, tuple(problems[rec.id]))
    execution = result.execution_rate
    # While targets are being kept nothing is scored yet: no total (a 0.00 · 差 would alarm).
    started = execution is not None or any(e.score is not None for e in evals.values())
    return ProjectEval(evals, execution, result.execution_score if execution is not None else None,
                       result.total if started else None, result.grade if started else "",
                       tuple(project_problems))


_MONEY_NAMES = ("total", "fiscal", "special", "other", "budget_initial", "budget_adjusted", "spent")
_FUND_ROW_NAMES = ("fiscal", "carryover", "other")  # 当年财政拨款, 上年结转资金, 其他资金
_BUDGET_COLUMNS = ("budget_initial", "budget_adjusted", "spent")


def _money_name(field_name: str) -> Message:
    """A money field's name as the officer reads it (catalogue words `checks.money.*`)."""
    if field_name in _MONEY_NAMES:
        return message(f"checks.money.{field_name}")
    source, _, column = field_name.partition("_")
    return message("checks.money.fund_part", row=message(f"checks.fund.{source}"),
                   column=message(f"checks.money.{column}"))


def _fund_parts(project: ProjectRecord, column: str) -> list[Decimal | None]:
    return [getattr(project, f"{source}_{column}") for source in _FUND_ROW_NAMES]


_TIER_NAMES = {2: "checks.tier.partly_met", 3: "checks.tier.not_met"}  # 部分达成 / 未达成年度指标


def _qualitative_checks(rec: IndicatorRecord, target: TargetValue) -> list[CellProblem]:
    """A 定性 indicator below 达成 needs its 偏差原因, as a quantitative one that missed does."""
    if not is_qualitative(target) or rec.qualitative_tier not in _TIER_NAMES:
        return []
    if (rec.deviation_reason or "").strip():
        return []
    return [CellProblem("indicator", rec.id, "deviation_reason",
                    message("checks.qualitative_reason_missing", name=rec.name,
                            tier=message(_TIER_NAMES[rec.qualitative_tier])))]


def project_checks(project: ProjectRecord) -> list[CellProblem]:
    out = []
    for field_name in (*_MONEY_NAMES, *(f"{s}_{c}" for s in _FUND_ROW_NAMES for c in _BUDGET_COLUMNS)):
        value = getattr(project, field_name)
        if value is not None and value < 0:
            out.append(CellProblem("project", project.id, field_name,
                               message("checks.money_negative", field=_money_name(field_name), value=fmt_money(value))))
    parts = [project.fiscal, project.special, project.other]
    if project.total is not None and any(p is not None for p in parts):
        summed = sum((p for p in parts if p is not None), ZERO)
        if summed != project.total:
            out.append(CellProblem("project", project.id, "total", message(
                "checks.total_not_sum", total=fmt_money(project.total), sum=fmt_money(summed))))
    # 自评表: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, per money column
    for column in _BUDGET_COLUMNS:
        stated = getattr(project, column)
        parts = _fund_parts(project, column)
        if all(p is None for p in parts):
            continue
        summed = sum((p for p in parts if p is not None), ZERO)
        if stated is None:
            out.append(CellProblem("project", project.id, column, message(
                "checks.fund_total_blank", column=_money_name(column), sum=fmt_money(summed)), WARNING))
        elif summed != stated:
            out.append(CellProblem("project", project.id, column, message(
                "checks.fund_total_not_sum", column=_money_name(column), stated=fmt_money(stated),
                sum=fmt_money(summed))))
    if project.budget_adjusted is not None and project.spent is not None and project.spent > project.budget_adjusted:
        out.append(CellProblem("project", project.id, "spent", message("checks.spent_over_budget"), WARNING))
    return out


# --- 部门整体自评 (表3) ----------------------------------------------------------------------------

# How each computed method scores, shown as the item's tooltip (scheme params filled in):
# the catalogue's `checks.method.<method>`.
METHOD_FORMULAS = ("indicator_completion", "average_execution", "project_scores", "project_execution",
                   "ceiling_rate", "manual")


def method_formula(method: str, params: dict) -> str:
    if method not in METHOD_FORMULAS:
        return render(message("checks.method.unknown", method=method))
    if method == "ceiling_rate":  # rates as the officer reads them: 0.05 → 5.00%
        params = {k: percent(Decimal(str(v))) if k in ("full_at_or_below", "zero_at_or_above") else v
                  for k, v in params.items()}
    return render(Message(f"checks.method.{method}", dict(params)))




# --- 检查: every problem of the year --------------------------------------------------------------

_SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def severity_rank(severity: str) -> int:
    return _SEVERITY_ORDER.get(severity, 3)


@dataclass(frozen=True, slots=True)
class YearProblem:
    project_id: int
    project: str
    where: str  # the indicator's name, or "" for the project itself
    problem: CellProblem


def year_problems(
    projects: Sequence[ProjectRecord], indicators: Sequence[IndicatorRecord], year: int | None
) -> list[YearProblem]:
    """Every problem of the year, errors first, in project and indicator order."""
    by_project: dict[int, list[IndicatorRecord]] = {}
    for rec in indicators:
        by_project.setdefault(rec.project_id, []).append(rec)
    out: list[YearProblem] = []
    for project in projects:
        records = by_project.get(project.id, [])
        result = evaluate_project(records, project, year)
        out += [YearProblem(project.id, project.name, "", p) for p in result.problems]
        for rec in records:
            out += [YearProblem(project.id, project.name, rec.name, p) for p in result.indicators[rec.id].problems]
    out.sort(key=lambda y: _SEVERITY_ORDER.get(y.problem.severity, 3))  # stable: keeps the order within
    return out


# --- 表1: totals computed from their lines ------------------------------------------------------

_LINE_FIELDS = ("budget_initial", "budget_adjusted", "spent")
_LINE_NAMES = {"budget_initial": "checks.money.budget_initial", "budget_adjusted": "checks.money.budget_adjusted",
               "spent": "checks.money.final_account"}  # 年初预算数, 全年预算数, 决算数


@dataclass(frozen=True, slots=True)
class BudgetLinesEval:
    computed: dict[int, tuple]  # line id → (年初预算数, 全年预算数, 决算数) worked out from its parts
    problems: dict[int, list[CellProblem]]

    def figures(self, rec) -> tuple:
        return self.computed.get(rec.id) or tuple(getattr(rec, f) for f in _LINE_FIELDS)


def evaluate_budget_lines(records: Sequence) -> BudgetLinesEval:
    """表1's 合计 (and a 一、 line with numbered parts) are sums; a figure typed or imported
    there before is kept as what the table stated and compared with the sum."""
    from desktop.domain.budget import budget_line_totals

    totals = budget_line_totals(list(records))
    computed = {records[i].id: figures for i, figures in totals.items()}
    problems: dict[int, list[CellProblem]] = {}
    for i, figures in totals.items():
        rec = records[i]
        for field_name, value in zip(_LINE_FIELDS, figures, strict=True):
            stated = getattr(rec, field_name)
            if stated is not None and value is not None and stated != value:
                problems.setdefault(rec.id, []).append(CellProblem(
                    "department_budget_line", rec.id, field_name, message(
                        "checks.budget_line_not_sum", line=rec.name, column=message(_LINE_NAMES[field_name]),
                        stated=fmt_money(stated), sum=fmt_money(value))))
    return BudgetLinesEval(computed, problems)


# --- words of the scheme as the officer reads them -------------------------------------------------

# The scheme's grades and tiers are Chinese words (matched in forms and kept in the store); shown
# in the window they are the catalogue's words in the UI's language.
_GRADE_CODES = {"优": "checks.grade.excellent", "良": "checks.grade.good", "中": "checks.grade.fair",
                "差": "checks.grade.poor"}


def grade_label(grade: str) -> str:
    """优 → "Excellent" in the English UI, 优 in the Chinese one; a grade of another scheme as it is."""
    code = _GRADE_CODES.get(grade)
    return render(message(code)) if code else grade


def tier_label(tier: int) -> str:
    """A 定性 tier (1 达成, 2 部分达成, 3 未达成) in the UI's language."""
    return render(message(f"checks.tier_label.{tier}")) if tier in QUALITATIVE_TIERS else ""
