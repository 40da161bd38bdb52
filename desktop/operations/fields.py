"""The editable fields of each entity: how a typed value is converted, checked against the
schema's limits, and named in a message."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desktop.domain.cell_values import (
    BUDGET_FIELDS,
    FUND_FIELDS,
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
from desktop.messages import Message, message
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
    names: dict[str, Message]  # field → the column's name (catalogue `store.field.*`), for messages


_INDICATOR_FIELDS = {
    "level1": (to_text, message("store.field.level1")),
    "level2": (to_text, message("store.field.level2")),
    "name": (to_name, message("store.field.level3")),
    "period_target": (to_target_text, message("store.field.period_target")),
    "annual_target": (to_target_text, message("store.field.annual_target")),
    "sign_override": (to_sign, message("store.field.sign")),
    "value_override": (to_decimal, message("store.field.value")),
    "unit_override": (to_text, message("store.field.unit")),
    "qualitative_override": (to_flag, message("store.field.qualitative")),
    "weight": (to_weight, message("store.field.weight")),
    "actual": (to_target_text, message("store.field.actual")),
    "qualitative_tier": (to_tier, message("store.field.qualitative_tier")),
    "score_override": (to_decimal, message("store.field.score")),
    "score_override_reason": (to_text, message("store.field.score_reason")),
    "deviation_reason": (to_text, message("store.field.deviation_reason")),
}
_PROJECT_FIELDS = {
    "name": (to_name, message("store.field.project_name")),
    "supervisor": (to_text, message("store.field.supervisor")),
    "total": (to_decimal, message("store.field.total")),
    "fiscal": (to_decimal, message("store.field.fiscal")),
    "special": (to_decimal, message("store.field.special")),
    "other": (to_decimal, message("store.field.other")),
    "goal": (to_text, message("store.field.goal")),
    "goal_actual": (to_text, message("store.field.goal_actual")),
    # kept in the project's BudgetExecution row of fund source "total"
    "budget_initial": (to_decimal, message("store.field.budget_initial")),
    "budget_adjusted": (to_decimal, message("store.field.budget_adjusted")),
    "spent": (to_decimal, message("store.field.spent")),
}
_PROJECT_FIELDS.update({
    key: (to_decimal, message("store.field.fund_part", row=message(f"checks.fund.{source}"),
                              column=message(f"store.field.{field}")))
    for key, (source, field) in FUND_FIELDS.items()
})

_MONTHLY_FIELDS = {
    "annual_budget": (to_month_amount, message("store.field.annual_budget")),
    "cumulative_spent": (to_month_amount, message("store.field.cumulative_spent")),
}


_DEPARTMENT_INDICATOR_FIELDS = {
    "level1": (to_text, message("store.field.level1")),
    "level2": (to_text, message("store.field.level2")),
    "name": (to_name, message("store.field.level3")),
    "annual_target": (to_target_text, message("store.field.department_target")),
    "actual": (to_target_text, message("store.field.department_actual")),
    "completion": (to_percent, message("store.field.completion")),
}
_BUDGET_LINE_FIELDS = {
    "budget_initial": (to_month_amount, message("store.field.budget_initial")),
    "budget_adjusted": (to_month_amount, message("store.field.budget_adjusted")),
    "spent": (to_month_amount, message("store.field.final_account")),
}
_EVAL_ITEM_FIELDS = {
    "manual_score": (to_decimal, message("store.field.score")),
    "evidence": (to_text, message("store.field.evidence")),
    "weight": (to_weight, message("store.field.weight")),
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
    """The cell's name as the officer reads it, in the UI's language."""
    return str(TARGETS[entity].names.get(field, field))


def _limit(entity: str, field: str):
    model = BudgetExecution if entity == "project" and field in BUDGET_FIELDS else TARGETS[entity].model
    return column_limits(model.__table__).get(field)


def convert(edit: CellEdit):
    """The value `edit` would store; ValueError (Chinese reason) when it cannot be."""
    target = TARGETS.get(edit.entity)
    if target is None or edit.field not in target.converters:
        raise ValueError(message("store.value.not_editable", field=edit.field))
    value = target.converters[edit.field](edit.value)
    if value is not None:  # the limits the schema holds on every back end (migration 0009)
        limit = _limit(edit.entity, edit.field)
        if isinstance(value, Decimal) and limit is not None:
            check_amount(value)
        elif isinstance(limit, int) and isinstance(value, str):
            check_text(value, limit)
    return value

