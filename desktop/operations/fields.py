"""The editable fields of each entity: how a typed value is converted, checked against the
schema's limits, and named in a message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.cell_values import (
    BUDGET_FIELDS,
    FUND_FIELDS,
    FUND_ROW_NAMES,
    to_decimal,
    to_flag,
    to_month_amount,
    to_name,
    to_percent,
    to_sign,
    to_target_text,
    to_text,
    to_tier,
    to_weight,
)
from desktop.models.entities import (
    BudgetExecution,
    DepartmentBudgetLine,
    DepartmentEvalItem,
    DepartmentIndicator,
    Indicator,
    MonthlySpending,
    Project,
)
from desktop.models.limits import check_amount, check_text, column_limits
from desktop.operations.changes import CellEdit


@dataclass(frozen=True, slots=True)
class _Target:
    model: type
    converters: dict[str, Callable[[object], object]]
    names: dict[str, str]  # field → Chinese column name, for messages


_INDICATOR_FIELDS = {
    "level1": (to_text, "一级指标"),
    "level2": (to_text, "二级指标"),
    "name": (to_name, "三级指标"),
    "period_target": (to_target_text, "实施周期指标值"),
    "annual_target": (to_target_text, "年度指标值"),
    "sign_override": (to_sign, "比较符号"),
    "value_override": (to_decimal, "指标数值"),
    "unit_override": (to_text, "计量单位"),
    "qualitative_override": (to_flag, "定性"),
    "weight": (to_weight, "分值"),
    "actual": (to_target_text, "实际完成值"),
    "qualitative_tier": (to_tier, "定性档次"),
    "score_override": (to_decimal, "得分"),
    "score_override_reason": (to_text, "得分调整理由"),
    "deviation_reason": (to_text, "偏差原因分析及改进措施"),
}
_PROJECT_FIELDS = {
    "name": (to_name, "项目名称"),
    "supervisor": (to_text, "主管部门"),
    "total": (to_decimal, "总计"),
    "fiscal": (to_decimal, "财政拨款"),
    "special": (to_decimal, "财政专户拨款"),
    "other": (to_decimal, "其他资金"),
    "goal": (to_text, "绩效目标"),
    "goal_actual": (to_text, "实际完成情况"),
    # kept in the project's BudgetExecution row of fund source "total"
    "budget_initial": (to_decimal, "年初预算数"),
    "budget_adjusted": (to_decimal, "全年预算数"),
    "spent": (to_decimal, "全年执行数"),
}
_BUDGET_NAMES = {"budget_initial": "年初预算数", "budget_adjusted": "全年预算数", "spent": "全年执行数"}
_PROJECT_FIELDS.update({
    key: (to_decimal, f"其中：{FUND_ROW_NAMES[source]} {_BUDGET_NAMES[field]}")
    for key, (source, field) in FUND_FIELDS.items()
})

_MONTHLY_FIELDS = {
    "annual_budget": (to_month_amount, "年度预算"),
    "cumulative_spent": (to_month_amount, "累计实际支出"),
}


_DEPARTMENT_INDICATOR_FIELDS = {
    "level1": (to_text, "一级指标"),
    "level2": (to_text, "二级指标"),
    "name": (to_name, "三级指标"),
    "annual_target": (to_target_text, "年度目标值"),
    "actual": (to_target_text, "年度实现值"),
    "completion": (to_percent, "指标完成率（手填）"),
}
_BUDGET_LINE_FIELDS = {
    "budget_initial": (to_month_amount, "年初预算数"),
    "budget_adjusted": (to_month_amount, "全年预算数"),
    "spent": (to_month_amount, "决算数"),
}
_EVAL_ITEM_FIELDS = {
    "manual_score": (to_decimal, "得分"),
    "evidence": (to_text, "评分依据"),
    "weight": (to_weight, "分值"),
}


def _target(model, spec) -> _Target:
    return _Target(model, {k: v[0] for k, v in spec.items()}, {k: v[1] for k, v in spec.items()})


TARGETS: dict[str, _Target] = {
    "indicator": _target(Indicator, _INDICATOR_FIELDS),
    "project": _target(Project, _PROJECT_FIELDS),
    "monthly_spending": _target(MonthlySpending, _MONTHLY_FIELDS),
    "department_budget_line": _target(DepartmentBudgetLine, _BUDGET_LINE_FIELDS),
    "department_indicator": _target(DepartmentIndicator, _DEPARTMENT_INDICATOR_FIELDS),
    "department_eval_item": _target(DepartmentEvalItem, _EVAL_ITEM_FIELDS),
}


def field_label(entity: str, field: str) -> str:
    return TARGETS[entity].names.get(field, field)


def _limit(entity: str, field: str):
    model = BudgetExecution if entity == "project" and field in BUDGET_FIELDS else TARGETS[entity].model
    return column_limits(model.__table__).get(field)


def convert(edit: CellEdit):
    """The value `edit` would store; ValueError (Chinese reason) when it cannot be."""
    target = TARGETS.get(edit.entity)
    if target is None or edit.field not in target.converters:
        raise ValueError(f"“{edit.field}”不可编辑")
    value = target.converters[edit.field](edit.value)
    if value is not None:  # the limits the schema holds on every back end (migration 0009)
        limit = _limit(edit.entity, edit.field)
        if isinstance(value, Decimal) and limit is not None:
            check_amount(value)
        elif isinstance(limit, int) and isinstance(value, str):
            check_text(value, limit)
    return value

