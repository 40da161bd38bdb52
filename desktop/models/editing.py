"""The store side of editing: validated cell edits in one transaction, each logged old → new.

Every edit the grids make goes through `apply_edits`; undo is `apply_edits` again with the old
values. No Qt here: the undo stack and the cell names live in the views, this module only
converts, checks, writes and says what changed (with a Chinese sentence naming the bad cell).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.domain.numbers import MAX_DECIMALS, MAX_NUMBER_DIGITS, MAX_TYPED_DIGITS, oversized_number
from desktop.domain.targets import SIGNS
from desktop.models.db_errors import describe_database_error
from desktop.models.entities import (
    BudgetExecution,
    DepartmentBudgetLine,
    DepartmentEvalItem,
    DepartmentIndicator,
    EditLog,
    Indicator,
    MonthlySpending,
    Project,
)
from desktop.models.store import Store

# DESIGN §2 indicator classes: level1 → (code, level2 names with their codes).
LEVEL1_CLASSES: dict[str, tuple[str | None, tuple[tuple[str | None, str], ...]]] = {
    "产出指标": ("1", (("11", "数量指标"), ("12", "质量指标"), ("13", "时效指标"), ("14", "成本指标"))),
    "效益指标": (
        "2",
        (("21", "经济效益指标"), ("22", "社会效益指标"), ("23", "生态效益指标"), ("24", "可持续影响指标")),
    ),
    "满意度指标": ("3", (("31", "服务对象满意度指标"),)),
    "成本指标": (None, ((None, "经济成本指标"), (None, "社会成本指标"), (None, "生态环境成本指标"))),
}
LEVEL2_CODES = {name: code for _c, pairs in LEVEL1_CLASSES.values() for code, name in pairs}
# 定性 tiers (DESIGN §5), stored as 1/2/3.
QUALITATIVE_TIERS = {1: "达成年度指标", 2: "部分达成年度指标并具有一定效果", 3: "未达成年度指标且效果较差"}


class EditError(ValueError):
    """A value that cannot be saved; `args[0]` is a Chinese sentence naming the cell."""

    def __init__(self, message: str, index: int = 0):
        super().__init__(message)
        self.index = index  # which edit of the batch was refused


@dataclass(frozen=True, slots=True)
class CellEdit:
    entity: str  # "indicator", "project", "monthly_spending", "department_eval_item"
    entity_id: int
    field: str
    value: object  # text as typed, or an already typed value (undo passes the old value back)
    label: str = ""  # how the view names the cell in an error ("第 3 行「分值」")


@dataclass(frozen=True, slots=True)
class Change:
    entity: str
    entity_id: int
    field: str
    old: object
    new: object

    def reverted(self) -> CellEdit:
        return CellEdit(self.entity, self.entity_id, self.field, self.old)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    old: str | None
    new: str | None


# --- converters: raw cell input → stored value; raise ValueError with the reason in Chinese ---


def _blank(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def to_text(raw) -> str | None:
    if _blank(raw):
        return None
    return str(raw).replace("\r\n", "\n").strip()


def to_name(raw) -> str:
    return to_text(raw) or ""


def to_decimal(raw) -> Decimal | None:
    if _blank(raw):
        return None
    if isinstance(raw, Decimal):
        return raw
    if isinstance(raw, bool):
        raise ValueError("不是数字")
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "").replace(" ", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"“{raw}”不是数字") from None
    if not value.is_finite():
        raise ValueError(f"“{raw}”不是数字")
    if value and value.adjusted() >= MAX_NUMBER_DIGITS:  # 1e999999999 would be stored as a billion digits
        raise ValueError(f"“{_short(raw)}”过大（超过 {MAX_NUMBER_DIGITS} 位整数），不是合理的数值")
    if value.as_tuple().exponent < -MAX_DECIMALS:
        raise ValueError(f"“{_short(raw)}”的小数位数过多（最多 {MAX_DECIMALS} 位）")
    return value


def _short(raw) -> str:
    text = str(raw)
    return text if len(text) <= 20 else f"{text[:12]}…（共 {len(text)} 个字符）"


def to_target_text(raw) -> str | None:
    """A 指标值 or 实际完成值: text, whose numbers must be of a size the scoring can mean."""
    text = to_text(raw)
    number = oversized_number(text)
    if number is not None:
        raise ValueError(f"其中的数字“{number}”超过 {MAX_TYPED_DIGITS} 位，不是合理的数值")
    return text


def to_weight(raw) -> Decimal | None:
    value = to_decimal(raw)
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        raise ValueError(f"分值 {value} 应在 0 到 100 之间")
    return value


def to_sign(raw) -> str | None:
    if _blank(raw):
        return None
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    text = {">=": "≥", "<=": "≤", "~": "≈"}.get(text, text)
    if text not in SIGNS:
        raise ValueError(f"“{raw}”不是比较符号（应为 {' '.join(SIGNS)} 之一）")
    return text


def to_tier(raw) -> int | None:
    if _blank(raw):
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    else:
        text = str(raw).strip()
        by_label = {label: tier for tier, label in QUALITATIVE_TIERS.items()}
        value = by_label.get(text) or (int(text) if text.isdigit() else 0)
    if value not in QUALITATIVE_TIERS:
        raise ValueError(f"“{raw}”不是定性档次（应为 1 达成 / 2 部分达成 / 3 未达成）")
    return value


def to_flag(raw) -> bool | None:
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "是", "定性", "y", "yes"):
        return True
    if text in ("0", "false", "否", "定量", "n", "no"):
        return False
    raise ValueError(f"“{raw}”应为“是”或“否”")


def to_month_amount(raw) -> Decimal | None:
    value = to_decimal(raw)
    if value is not None and value < 0:
        raise ValueError(f"金额 {value} 不能为负数")
    return value


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
BUDGET_FIELDS = ("budget_initial", "budget_adjusted", "spent")
_MONTHLY_FIELDS = {
    "annual_budget": (to_month_amount, "年度预算"),
    "cumulative_spent": (to_month_amount, "累计实际支出"),
}
def to_percent(raw) -> Decimal | None:
    """The officer's 完成率 as printed (“100%”, “95.5”) → a fraction (1, 0.955)."""
    text = "" if raw is None else str(raw).strip().rstrip("%％").strip()
    value = to_decimal(text)
    if value is None:
        return None
    if value < 0:
        raise ValueError(f"完成率 {value}% 不能为负数")
    return value / 100


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


def convert(edit: CellEdit):
    """The value `edit` would store; ValueError (Chinese reason) when it cannot be."""
    target = TARGETS.get(edit.entity)
    if target is None or edit.field not in target.converters:
        raise ValueError(f"“{edit.field}”不可编辑")
    return target.converters[edit.field](edit.value)


def _log_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _budget_row(session: Session, project_id: int) -> BudgetExecution:
    row = session.scalar(
        select(BudgetExecution).where(
            BudgetExecution.project_id == project_id, BudgetExecution.fund_source == "total"
        )
    )
    if row is None:
        row = BudgetExecution(project_id=project_id, fund_source="total")
        session.add(row)
    return row


def _same(a, b) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b and str(a.normalize()) == str(b.normalize())
    return a == b and type(a) is type(b)


def _extra_fields(entity: str, field: str, value) -> dict[str, object]:
    """Fields that follow the edited one (the class codes follow the class names)."""
    if entity != "indicator":
        return {}
    if field == "level1":
        return {"level1_code": LEVEL1_CLASSES.get(value or "", (None, ()))[0]}
    if field == "level2":
        name = value or ""
        code = LEVEL2_CODES.get(name) or LEVEL2_CODES.get(name + "指标")
        return {"level2_code": code}
    return {}


def apply_edits_in(session: Session, edits: Sequence[CellEdit]) -> list[Change]:
    """Validate every edit first (nothing written if one is bad), then write and log them."""
    values = []
    for index, edit in enumerate(edits):
        try:
            values.append(convert(edit))
        except ValueError as exc:
            where = edit.label or field_label(edit.entity, edit.field)
            raise EditError(f"{where}：{exc}，未作任何修改。", index) from None
    changes: list[Change] = []
    for index, (edit, value) in enumerate(zip(edits, values, strict=True)):
        target = TARGETS[edit.entity]
        if edit.entity == "project" and edit.field in BUDGET_FIELDS:
            if session.get(Project, edit.entity_id) is None:
                raise EditError(f"{edit.label or '项目'}已被删除，未作任何修改。", index)
            obj = _budget_row(session, edit.entity_id)
        else:
            obj = session.get(target.model, edit.entity_id)
            if obj is None:
                raise EditError(f"{edit.label or field_label(edit.entity, edit.field)}所在的行已被删除，未作任何修改。", index)
        old = getattr(obj, edit.field)
        if _same(old, value):
            continue
        setattr(obj, edit.field, value)
        for extra, extra_value in _extra_fields(edit.entity, edit.field, value).items():
            setattr(obj, extra, extra_value)
        session.add(EditLog(entity=edit.entity, entity_id=edit.entity_id, field=edit.field,
                            old=_log_text(old), new=_log_text(value)))
        changes.append(Change(edit.entity, edit.entity_id, edit.field, old, value))
    return changes


def apply_edits(store: Store, edits: Sequence[CellEdit]) -> list[Change]:
    """One transaction: all edits saved and logged, or (EditError) none."""
    try:
        with store.session() as session:
            return apply_edits_in(session, edits)
    except IntegrityError:
        # e.g. a project renamed to the name of another project of the same unit and year
        where = "、".join(dict.fromkeys(e.label or field_label(e.entity, e.field) for e in edits[:3]))
        raise EditError(f"{where}：与已有的数据重复（如同一单位同一年度已有同名项目），未作任何修改。") from None
    except (OperationalError, OSError) as exc:  # disk full, read-only, locked: a sentence, not a crash
        raise EditError(describe_database_error(exc, store.display_name, "修改")) from exc


def apply_edit(store: Store, entity: str, entity_id: int, field: str, value, label: str = "") -> list[Change]:
    return apply_edits(store, [CellEdit(entity, entity_id, field, value, label)])


def history(store: Store, entity: str, entity_id: int, field: str) -> list[HistoryEntry]:
    """The cell's saved edits, newest first."""
    with store.session() as session:
        rows = session.execute(
            select(EditLog.at, EditLog.old, EditLog.new)
            .where(EditLog.entity == entity, EditLog.entity_id == entity_id, EditLog.field == field)
            .order_by(EditLog.id.desc())
        ).all()
    return [HistoryEntry(*row) for row in rows]


# --- indicator rows: add, delete (and restore), move, split ------------------------------------

_SNAPSHOT_FIELDS = tuple(c.key for c in Indicator.__table__.columns)


def _order(session: Session, project_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Indicator.id).where(Indicator.project_id == project_id).order_by(Indicator.sort_order, Indicator.id)
        )
    )


def _renumber(session: Session, ids: Sequence[int]) -> None:
    for order, indicator_id in enumerate(ids):
        session.get(Indicator, indicator_id).sort_order = order


def _log_row(session: Session, indicator_id: int, what: str, text: str | None) -> None:
    session.add(EditLog(entity="indicator", entity_id=indicator_id, field=what, old=None, new=text))


def indicator_order(store: Store, project_id: int) -> list[int]:
    with store.session() as session:
        return _order(session, project_id)


def set_indicator_order(store: Store, project_id: int, ids: Sequence[int]) -> None:
    with store.session() as session:
        _renumber(session, ids)


def add_indicator(store: Store, project_id: int, after_id: int | None = None, **values) -> int:
    """A new indicator after `after_id` (or at the end), with `values` copied in (e.g. its class)."""
    with store.session() as session:
        order = _order(session, project_id)
        indicator = Indicator(project_id=project_id, name=values.pop("name", "") or "", **values)
        session.add(indicator)
        session.flush()
        position = order.index(after_id) + 1 if after_id in order else len(order)
        order.insert(position, indicator.id)
        _renumber(session, order)
        _log_row(session, indicator.id, "*added", indicator.name)
        return indicator.id


def snapshot_indicators(store: Store, ids: Sequence[int]) -> list[dict]:
    with store.session() as session:
        return [
            {name: getattr(row, name) for name in _SNAPSHOT_FIELDS}
            for row in (session.get(Indicator, i) for i in ids)
            if row is not None
        ]


def delete_indicators(store: Store, ids: Sequence[int]) -> list[dict]:
    """Delete; returns snapshots that `restore_indicators` puts back (same ids, same places)."""
    with store.session() as session:
        snapshots = []
        for indicator_id in ids:
            row = session.get(Indicator, indicator_id)
            if row is None:
                continue
            snapshots.append({name: getattr(row, name) for name in _SNAPSHOT_FIELDS})
            _log_row(session, indicator_id, "*deleted", row.name)
            session.delete(row)
        return snapshots


def restore_indicators(store: Store, snapshots: Sequence[dict]) -> None:
    with store.session() as session:
        for snapshot in snapshots:
            session.add(Indicator(**snapshot))
            _log_row(session, snapshot["id"], "*restored", snapshot.get("name"))


def move_indicator(store: Store, indicator_id: int, delta: int) -> bool:
    """Move up (−1) or down (+1) within its project; False when already at the edge."""
    with store.session() as session:
        row = session.get(Indicator, indicator_id)
        if row is None:
            return False
        order = _order(session, row.project_id)
        position = order.index(indicator_id)
        target = position + delta
        if not 0 <= target < len(order):
            return False
        order[position], order[target] = order[target], order[position]
        _renumber(session, order)
        return True


_PART_MARKER = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:\(?\d{1,2}[.、)）]|[①-⑳])")


def suggest_split(text: str | None) -> list[str]:
    """A composite target text cut where it is numbered (1. 2、 ①) or at 。；/ line breaks."""
    text = (text or "").strip()
    if not text:
        return []
    parts = [p for p in _PART_MARKER.split(text) if p and p.strip()]
    if len(parts) <= 1:
        parts = re.split(r"[。；;\n]+", text)
    return [p.strip(" 。；;，,\n") for p in parts if p.strip(" 。；;，,\n")]


@dataclass
class SplitResult:
    original: dict  # snapshot of the split indicator before
    order_before: list[int]
    new_ids: list[int]


def split_indicator(store: Store, indicator_id: int, targets: Sequence[str]) -> SplitResult:
    """The first target stays on the indicator; each further one becomes a copy right after it."""
    if len(targets) < 2:
        raise EditError("拆分至少需要两个指标值，未作任何修改。")
    with store.session() as session:
        row = session.get(Indicator, indicator_id)
        if row is None:
            raise EditError("该指标已被删除，未作任何修改。")
        original = {name: getattr(row, name) for name in _SNAPSHOT_FIELDS}
        order = _order(session, row.project_id)
        copied = {k: original[k] for k in ("project_id", "level1", "level1_code", "level2", "level2_code", "name")}
        row.annual_target = targets[0]
        _log_row(session, indicator_id, "*split", " | ".join(targets))
        new_ids = []
        for text in targets[1:]:
            copy = Indicator(**copied, annual_target=text)
            session.add(copy)
            session.flush()
            new_ids.append(copy.id)
            _log_row(session, copy.id, "*added", copy.name)
        position = order.index(indicator_id) + 1
        _renumber(session, order[:position] + new_ids + order[position:])
        return SplitResult(original, order, new_ids)


def unsplit_indicator(store: Store, result: SplitResult) -> None:
    with store.session() as session:
        for new_id in result.new_ids:
            row = session.get(Indicator, new_id)
            if row is not None:
                session.delete(row)
        row = session.get(Indicator, result.original["id"])
        for name, value in result.original.items():
            setattr(row, name, value)
        session.flush()
        _renumber(session, [i for i in result.order_before if session.get(Indicator, i) is not None])


def ensure_monthly_rows(store: Store, department_id: int, year: int) -> None:
    """表2 has a row for each month; create the missing empty ones so every cell is editable."""
    with store.session() as session:
        have = set(
            session.scalars(
                select(MonthlySpending.month).where(
                    MonthlySpending.department_id == department_id, MonthlySpending.year == year
                )
            )
        )
        for month in range(1, 13):
            if month not in have:
                session.add(MonthlySpending(department_id=department_id, year=year, month=month))


# 表1's rows as the Guangzhou form prints them; scoring finds 合计 and 公用经费 by these names.
STANDARD_BUDGET_LINES = ("一、基本支出", "(1)人员经费", "(2)公用经费", "二、项目支出", "其中:基本建设类项目", "合计")


def ensure_budget_lines(store: Store, department_id: int, year: int) -> None:
    """A department-year without 表1 rows gets the standard ones, empty, so every cell is editable."""
    with store.session() as session:
        present = session.scalar(
            select(DepartmentBudgetLine.id).where(
                DepartmentBudgetLine.department_id == department_id, DepartmentBudgetLine.year == year
            ).limit(1)
        )
        if present is None:
            for order, name in enumerate(STANDARD_BUDGET_LINES):
                session.add(DepartmentBudgetLine(department_id=department_id, year=year, sort_order=order, name=name))


_DEPARTMENT_INDICATOR_SNAPSHOT = (
    "id", "department_id", "year", "sort_order", "level1", "level2", "name", "annual_target", "actual",
    "sign_override", "value_override", "unit_override", "actual_value_override", "completion",
)


def add_department_indicator(store: Store, department_id: int, year: int) -> int:
    """A new empty 表4 row at the end; returns its id."""
    with store.session() as session:
        last = session.scalar(
            select(func.max(DepartmentIndicator.sort_order)).where(
                DepartmentIndicator.department_id == department_id, DepartmentIndicator.year == year
            )
        )
        row = DepartmentIndicator(department_id=department_id, year=year, sort_order=(last or 0) + 1, name="")
        session.add(row)
        session.flush()
        session.add(EditLog(entity="department_indicator", entity_id=row.id, field="*added", old=None, new=""))
        return row.id


def delete_department_indicator(store: Store, indicator_id: int) -> dict | None:
    """Delete a 表4 row; returns the snapshot `restore_department_indicator` puts back."""
    with store.session() as session:
        row = session.get(DepartmentIndicator, indicator_id)
        if row is None:
            return None
        snapshot = {name: getattr(row, name) for name in _DEPARTMENT_INDICATOR_SNAPSHOT}
        session.add(EditLog(entity="department_indicator", entity_id=indicator_id, field="*deleted", old=row.name, new=None))
        session.delete(row)
        return snapshot


def restore_department_indicator(store: Store, snapshot: dict) -> None:
    with store.session() as session:
        session.add(DepartmentIndicator(**snapshot))
        session.add(EditLog(entity="department_indicator", entity_id=snapshot["id"], field="*restored", old=None,
                            new=snapshot.get("name")))


def edit_count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count(EditLog.id))) or 0



def ensure_eval_items(store: Store, department_id: int, year: int, scheme) -> bool:
    """Lay out the year's 表3 tree from the department scheme when it is not in the store yet.

    `scheme` is a desktop.domain.department.DepartmentScheme. Returns True when items were made.
    """
    with store.session() as session:
        exists = session.scalar(
            select(func.count(DepartmentEvalItem.id)).where(
                DepartmentEvalItem.department_id == department_id, DepartmentEvalItem.year == year
            )
        )
        if exists:
            return False
        parents: dict[tuple[str, ...], DepartmentEvalItem] = {}

        def node(path: tuple[str, ...], weight, method="sum") -> DepartmentEvalItem:
            if path in parents:
                return parents[path]
            parent = node(path[:-1], None) if len(path) > 1 else None
            item = DepartmentEvalItem(
                department_id=department_id, year=year, code="/".join(path), level=len(path), name=path[-1],
                weight=weight, method=method, sort_order=len(parents),
                parent_id=parent.id if parent is not None else None,
            )
            session.add(item)
            session.flush()
            parents[path] = item
            return item

        for item in scheme.items:  # level weights are the sums of their items, never typed
            level1 = node((item.level1,), Decimal(0))
            level2 = node((item.level1, item.level2), Decimal(0))
            node((item.level1, item.level2, item.name), item.weight, item.method)
            level1.weight += item.weight
            level2.weight += item.weight
        return True
