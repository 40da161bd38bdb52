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
from dataclasses import field as dataclass_field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.numbers import MAX_DECIMALS, MAX_NUMBER_DIGITS, MAX_TYPED_DIGITS, oversized_number
from desktop.domain.targets import SIGNS
from desktop.messages import Message, message
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
from desktop.models.limits import check_amount, check_text, column_limits
from desktop.models.store import SEED_LOCK_KEY, Store, StoreError

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
    """A value that cannot be saved; `args[0]` says so naming the cell (a `Message`; str() renders it)."""

    def __init__(self, message: Message | str, index: int = 0):
        super().__init__(message)
        self.index = index  # which edit of the batch was refused


class _NotSeen:
    def __repr__(self) -> str:
        return "NOT_SEEN"


NOT_SEEN = _NotSeen()  # an edit that states no expectation of the stored value (scripts, imports)


@dataclass(frozen=True, slots=True)
class CellEdit:
    entity: str  # "indicator", "project", "monthly_spending", "department_eval_item"
    entity_id: int
    field: str
    value: object  # text as typed, or an already typed value (undo passes the old value back)
    label: str = ""  # how the view names the cell in an error ("第 3 行「分值」")
    # The stored value the officer was looking at when typing (as stored, typed). When the store
    # holds something else now, someone else changed it: the edit is refused as a conflict.
    expected: object = NOT_SEEN


@dataclass(frozen=True, slots=True)
class Change:
    entity: str
    entity_id: int
    field: str
    old: object
    new: object

    def reverted(self, label: str = "") -> CellEdit:
        """Undo: put the old value back, provided the cell still holds what we saved."""
        return CellEdit(self.entity, self.entity_id, self.field, self.old, label, expected=self.new)

    def reapplied(self, label: str = "") -> CellEdit:
        """Redo: save the new value again, provided the cell still holds the old one."""
        return CellEdit(self.entity, self.entity_id, self.field, self.new, label, expected=self.old)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    old: str | None
    new: str | None
    user_name: str | None = None
    machine: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """One cell someone else changed after the officer last saw it."""

    edit: CellEdit  # what the officer tried to save
    mine: object  # the officer's value, converted
    theirs: object  # what the store holds now
    seen: object  # what the officer had seen (edit.expected)
    who: str | None  # the user and machine of the last saved edit of the cell, and when
    machine: str | None
    at: datetime | None
    label: str | Message  # the view's name for the cell, or the operation's (a Message)
    action: str = "save"  # "save" a value, "delete" or "restore" a row

    def sentence(self) -> str:
        return str(self.said())

    def said(self) -> Message:
        by: object = self.who or message("store.conflict.someone")
        if self.machine:
            by = message("store.conflict.by_on", who=by, machine=self.machine)
        when = message("store.conflict.when", at=f"{self.at:%Y-%m-%d %H:%M:%S}") if self.at else ""
        where = {"label": self.label, "by": by, "when": when}
        if self.action == "move":
            return message("store.conflict.moved", **where)
        if self.action == "restore":
            return message("store.conflict.restored", **where)
        if self.theirs is _GONE:
            done = message("store.conflict.nothing_changed" if self.action == "delete" else "store.conflict.not_saved")
            return message("store.conflict.row_deleted", done=done, **where)
        theirs = _log_text(self.theirs) or message("store.conflict.empty")
        if self.action == "delete":
            return message("store.conflict.changed_not_deleted", theirs=theirs, **where)
        mine = _log_text(self.mine) or message("store.conflict.empty")
        return message("store.conflict.changed", theirs=theirs, mine=mine, **where)


class EditConflict(Exception):
    """Edits refused because the store changed under them; nothing of the batch was saved.

    Not an EditError: a caller that does not handle conflicts must not mistake one for a typo.
    `args[0]` is a Chinese sentence; `conflicts` says who changed what, when, theirs and mine.
    """

    def __init__(self, conflicts: Sequence[Conflict]):
        self.conflicts = list(conflicts)
        first = self.conflicts[0].sentence()
        more = str(message("store.conflict.more", count=len(self.conflicts) - 1)) if len(self.conflicts) > 1 else ""
        super().__init__(first + more)


_GONE = _NotSeen()  # "theirs" of a row someone deleted


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
        raise ValueError(message("store.value.not_a_number"))
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", "").replace(" ", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(message("store.value.not_a_number_quoted", raw=raw)) from None
    if not value.is_finite():
        raise ValueError(message("store.value.not_a_number_quoted", raw=raw))
    if value and value.adjusted() >= MAX_NUMBER_DIGITS:  # 1e999999999 would be stored as a billion digits
        raise ValueError(message("store.value.too_large", raw=_short(raw), digits=MAX_NUMBER_DIGITS))
    if value.as_tuple().exponent < -MAX_DECIMALS:
        raise ValueError(message("store.value.too_many_decimals", raw=_short(raw), places=MAX_DECIMALS))
    return value


def _short(raw) -> str:
    text = str(raw)
    return text if len(text) <= 20 else str(message("store.value.shortened", start=text[:12], length=len(text)))


def to_target_text(raw) -> str | None:
    """A 指标值 or 实际完成值: text, whose numbers must be of a size the scoring can mean."""
    text = to_text(raw)
    number = oversized_number(text)
    if number is not None:
        raise ValueError(message("store.value.number_too_long", number=number, digits=MAX_TYPED_DIGITS))
    return text


def to_weight(raw) -> Decimal | None:
    value = to_decimal(raw)
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        raise ValueError(message("store.value.weight_range", value=str(value)))
    return value


def to_sign(raw) -> str | None:
    if _blank(raw):
        return None
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    text = {">=": "≥", "<=": "≤", "~": "≈"}.get(text, text)
    if text not in SIGNS:
        raise ValueError(message("store.value.not_a_sign", raw=raw, signs=" ".join(SIGNS)))
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
        raise ValueError(message("store.value.not_a_tier", raw=raw))
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
    raise ValueError(message("store.value.not_yes_no", raw=raw))


def to_month_amount(raw) -> Decimal | None:
    value = to_decimal(raw)
    if value is not None and value < 0:
        raise ValueError(message("store.value.amount_negative", value=str(value)))
    return value


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
BUDGET_FIELDS = ("budget_initial", "budget_adjusted", "spent")
# The 自评表's 其中 rows: "<fund source>_<budget field>" → kept in the BudgetExecution row of that source.
FUND_ROW_NAMES = {"fiscal": "当年财政拨款", "carryover": "上年结转资金", "other": "其他资金"}
FUND_FIELDS = {
    f"{source}_{field}": (source, field) for source in FUND_ROW_NAMES for field in BUDGET_FIELDS
}
_PROJECT_FIELDS.update({
    key: (to_decimal, message("store.field.fund_part", row=message(f"checks.fund.{source}"),
                              column=message(f"store.field.{field}")))
    for key, (source, field) in FUND_FIELDS.items()
})


def budget_field(field: str) -> tuple[str, str] | None:
    """(fund source, BudgetExecution column) a project field is kept in; None for the project's own."""
    if field in BUDGET_FIELDS:
        return "total", field
    return FUND_FIELDS.get(field)
_MONTHLY_FIELDS = {
    "annual_budget": (to_month_amount, message("store.field.annual_budget")),
    "cumulative_spent": (to_month_amount, message("store.field.cumulative_spent")),
}
def to_percent(raw) -> Decimal | None:
    """The officer's 完成率 as printed (“100%”, “95.5”) → a fraction (1, 0.955)."""
    text = "" if raw is None else str(raw).strip().rstrip("%％").strip()
    value = to_decimal(text)
    if value is None:
        return None
    if value < 0:
        raise ValueError(message("store.value.completion_negative", value=str(value)))
    return value / 100


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


def _log_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _budget_row(session: Session, project_id: int, source: str = "total") -> BudgetExecution:
    row = session.scalar(
        select(BudgetExecution).where(
            BudgetExecution.project_id == project_id, BudgetExecution.fund_source == source
        )
    )
    if row is None:
        row = BudgetExecution(project_id=project_id, fund_source=source)
        session.add(row)
        session.flush()  # a second edit of the same row in this transaction finds it
    return row


def _same(a, b) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b and str(a.normalize()) == str(b.normalize())
    return a == b and type(a) is type(b)


def _equal(stored, seen) -> bool:
    """Does the store still hold what the officer saw? (5 and 5.000000 are one amount.)"""
    if stored is None or seen is None:
        return stored is None and (seen is None or seen == "")
    if isinstance(stored, Decimal) or isinstance(seen, Decimal):
        try:
            return Decimal(str(stored)) == Decimal(str(seen))
        except InvalidOperation:
            return False
    return stored == seen


def local_time(session: Session, at: datetime | None) -> datetime | None:
    """The edit log's time on this PC's clock. CURRENT_TIMESTAMP is stored in UTC on both back
    ends (SQLite's is UTC; PostgreSQL sessions run in UTC, see store.make_engine), so officers
    in different time zones share one clock."""
    if at is None:
        return None
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _last_edit(session: Session, entity: str, entity_id: int, field: str | None):
    query = select(EditLog.user_name, EditLog.machine, EditLog.at).where(
        EditLog.entity == entity, EditLog.entity_id == entity_id
    )
    if field is not None:
        query = query.where(EditLog.field == field)
    found = session.execute(query.order_by(EditLog.id.desc()).limit(1)).first()
    return (found.user_name, found.machine, local_time(session, found.at)) if found else (None, None, None)


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
            raise EditError(message("store.edit.refused", where=where, why=str(exc)), index) from None
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    loaded = _prefetch(session, edits)  # held: the session keeps only weak references
    with session.no_autoflush:  # one flush at the end, not one per row read
        _apply(session, edits, values, changes, conflicts)
    del loaded
    if conflicts:
        raise EditConflict(conflicts)
    changes += _derived_totals(session, edits)  # totals worked out from the parts just saved
    return changes


def _prefetch(session: Session, edits: Sequence[CellEdit]) -> list:
    """Load the edited rows with one SELECT per table (a 1,000-cell paste read them one by one)."""
    wanted: dict[type, set[int]] = {}
    for edit in edits:
        target = TARGETS.get(edit.entity)
        if target is not None:
            wanted.setdefault(target.model, set()).add(edit.entity_id)
    loaded: list = []
    for model, ids in wanted.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            loaded += session.scalars(select(model).where(model.id.in_(ordered[start:start + 500]))).all()
    return loaded


def _apply(session: Session, edits, values, changes: list[Change], conflicts: list[Conflict]) -> None:
    budget_rows: dict[tuple[int, str], BudgetExecution] = {}  # (no autoflush: a row made here is found here)
    for index, (edit, value) in enumerate(zip(edits, values, strict=True)):
        target = TARGETS[edit.entity]
        label = edit.label or field_label(edit.entity, edit.field)
        kept_in = budget_field(edit.field) if edit.entity == "project" else None
        attribute = edit.field
        if kept_in is not None:  # a budget figure: kept in the project's row of that fund source
            gone = session.get(Project, edit.entity_id) is None
            key = (edit.entity_id, kept_in[0])
            if not gone and key not in budget_rows:
                budget_rows[key] = _budget_row(session, edit.entity_id, kept_in[0])
            obj = budget_rows.get(key)
            attribute = kept_in[1]
        else:
            obj = session.get(target.model, edit.entity_id)
            gone = obj is None
        if gone:
            if edit.expected is NOT_SEEN:
                raise EditError(message("store.edit.row_deleted", label=label), index)
            who, machine, at = _last_edit(session, edit.entity, edit.entity_id, None)
            conflicts.append(Conflict(edit, value, _GONE, edit.expected, who, machine, at, label))
            continue
        old = getattr(obj, attribute)
        if _same(old, value):
            continue
        if edit.expected is not NOT_SEEN and not _equal(old, edit.expected):
            who, machine, at = _last_edit(session, edit.entity, edit.entity_id, edit.field)
            conflicts.append(Conflict(edit, value, old, edit.expected, who, machine, at, label))
            continue
        if conflicts:
            continue
        setattr(obj, attribute, value)
        for extra, extra_value in _extra_fields(edit.entity, edit.field, value).items():
            setattr(obj, extra, extra_value)
        session.add(EditLog(entity=edit.entity, entity_id=edit.entity_id, field=edit.field,
                            old=_log_text(old), new=_log_text(value)))
        changes.append(Change(edit.entity, edit.entity_id, edit.field, old, value))


# A total is worked out from its parts: 总计 = 财政拨款 + 财政专户拨款 + 其他资金, and the 自评表's
# 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 for each money column. Typing a part
# updates its total in the same step (one undo); a total typed or undone explicitly is kept.
AMOUNT_PARTS = ("fiscal", "special", "other")


def total_parts(field_name: str) -> tuple[str, tuple[str, ...]] | None:
    """(total field, its part fields) for a project part field; None when it is no part."""
    if field_name in AMOUNT_PARTS:
        return "total", AMOUNT_PARTS
    kept = FUND_FIELDS.get(field_name)
    if kept is not None:
        return kept[1], tuple(f"{source}_{kept[1]}" for source in FUND_ROW_NAMES)
    return None


def computed_total(session: Session, project_id: int, field_name: str) -> bool:
    """Whether a project's total cell is worked out (some part of it is filled in)."""
    for part in {"total": AMOUNT_PARTS}.get(field_name) or (
            tuple(f"{s}_{field_name}" for s in FUND_ROW_NAMES) if field_name in BUDGET_FIELDS else ()):
        if _project_value(session, project_id, part) is not None:
            return True
    return False


def _project_value(session: Session, project_id: int, field_name: str):
    kept = budget_field(field_name)
    if kept is None:
        return getattr(session.get(Project, project_id), field_name)
    row = session.scalar(select(BudgetExecution).where(
        BudgetExecution.project_id == project_id, BudgetExecution.fund_source == kept[0]))
    return None if row is None else getattr(row, kept[1])


def _derived_totals(session: Session, edits: Sequence[CellEdit]) -> list[Change]:
    explicit = {(e.entity_id, e.field) for e in edits if e.entity == "project"}
    wanted = {}
    for e in edits:
        found = total_parts(e.field) if e.entity == "project" else None
        if found is not None and (e.entity_id, found[0]) not in explicit:
            wanted[(e.entity_id, found[0])] = found[1]
    changes = []
    for (project_id, total_field), parts in wanted.items():
        if session.get(Project, project_id) is None:
            continue
        values = [_project_value(session, project_id, part) for part in parts]
        if all(v is None for v in values):
            continue  # no part left: the total stays as typed
        summed = sum((v for v in values if v is not None), Decimal(0))
        kept = budget_field(total_field)
        obj = _budget_row(session, project_id, kept[0]) if kept else session.get(Project, project_id)
        attribute = kept[1] if kept else total_field
        old = getattr(obj, attribute)
        if _same(old, summed):
            continue
        setattr(obj, attribute, summed)
        session.add(EditLog(entity="project", entity_id=project_id, field=total_field,
                            old=_log_text(old), new=_log_text(summed)))
        changes.append(Change("project", project_id, total_field, old, summed))
    return changes


def apply_edits(store: Store, edits: Sequence[CellEdit]) -> list[Change]:
    """One transaction: all edits saved and logged, or (EditError, EditConflict) none.

    The check "the cell still holds what the officer saw" and the write are one transaction; the
    row's version makes the UPDATE match nothing if another client committed in between
    (PostgreSQL), and then the check runs again on what that client saved.
    """
    try:
        for _attempt in range(5):
            try:
                with store.write_session() as session:
                    return apply_edits_in(session, edits)
            except StaleDataError:
                continue
        raise EditError(message("store.edit.busy"))
    except IntegrityError:
        # e.g. a project renamed to the name of another project of the same unit and year
        where = "、".join(dict.fromkeys(e.label or field_label(e.entity, e.field) for e in edits[:3]))
        raise EditError(message("store.edit.duplicate", where=where)) from None
    except (OperationalError, OSError) as exc:  # disk full, read-only, locked: a sentence, not a crash
        raise EditError(describe_database_error(exc, store.display_name, "edit")) from exc
    except StoreError as exc:  # the same, said by the store's session at commit
        raise EditError(exc.args[0]) from exc


def apply_edit(store: Store, entity: str, entity_id: int, field: str, value, label: str = "") -> list[Change]:
    return apply_edits(store, [CellEdit(entity, entity_id, field, value, label)])


def history(store: Store, entity: str, entity_id: int, field: str) -> list[HistoryEntry]:
    """The cell's saved edits, newest first, with who saved each and where."""
    with store.session() as session:
        rows = session.execute(
            select(EditLog.at, EditLog.old, EditLog.new, EditLog.user_name, EditLog.machine)
            .where(EditLog.entity == entity, EditLog.entity_id == entity_id, EditLog.field == field)
            .order_by(EditLog.id.desc())
        ).all()
        return [HistoryEntry(local_time(session, at), *rest) for at, *rest in rows]


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
    with store.write_session() as session:
        _renumber(session, ids)


def add_indicator(store: Store, project_id: int, after_id: int | None = None, **values) -> int:
    """A new indicator after `after_id` (or at the end), with `values` copied in (e.g. its class)."""
    with store.write_session() as session:
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


def _row_conflicts(session: Session, entity: str, model, expected: dict[int, dict], label: Message) -> list[Conflict]:
    """Rows that are gone or hold other values than the officer saw (`expected`: id → field → value)."""
    conflicts = []
    for ident, fields in expected.items():
        row = session.get(model, ident)
        if row is None:
            who, machine, at = _last_edit(session, entity, ident, None)
            conflicts.append(Conflict(CellEdit(entity, ident, "*row", None, label), None, _GONE, fields, who, machine,
                                      at, label, "delete"))
            continue
        for field, seen in fields.items():
            if field in ("id", "version", "sort_order") or not hasattr(row, field):
                continue
            now = getattr(row, field)
            if not _equal(now, seen):
                who, machine, at = _last_edit(session, entity, ident, field)
                where = f"{label}「{field_label(entity, field)}」"
                conflicts.append(Conflict(CellEdit(entity, ident, field, None, where), None, now, seen, who, machine,
                                          at, where, "delete"))
    return conflicts


def seen_values(record) -> dict:
    """The stored fields of a grid row (a named tuple) as the officer saw them."""
    return seen_values_of(record._asdict())


def seen_values_of(snapshot: dict) -> dict:
    return {k: v for k, v in snapshot.items() if k in _SNAPSHOT_FIELDS and k not in ("id", "version", "sort_order")}


def delete_indicators(store: Store, ids: Sequence[int], expected: dict[int, dict] | None = None) -> list[dict]:
    """Delete; returns snapshots that `restore_indicators` puts back (same ids, same places).

    `expected` (id → the row's values as the grid showed them): a row someone else has changed
    or deleted since is not deleted; EditConflict says who changed what, and nothing is deleted.
    """
    with store.write_session() as session:
        if expected:
            conflicts = _row_conflicts(session, "indicator", Indicator, expected, message("store.label.indicator_to_delete"))
            if conflicts:
                raise EditConflict(conflicts)
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
    """Put deleted rows back (undo); refused as a conflict when someone already put one back."""
    with store.write_session() as session:
        back = [s["id"] for s in snapshots if session.get(Indicator, s["id"]) is not None]
        if back:
            raise EditConflict([Conflict(CellEdit("indicator", i, "*row", None), None, message("store.label.restored"), None,
                                         *_last_edit(session, "indicator", i, None), message("store.label.indicator_to_restore"), "restore")
                                for i in back])
        for snapshot in snapshots:
            session.add(Indicator(**snapshot))
            _log_row(session, snapshot["id"], "*restored", snapshot.get("name"))


def move_indicator(store: Store, indicator_id: int, delta: int, expected_order: Sequence[int] | None = None) -> bool:
    """Move up (−1) or down (+1) within its project; False when already at the edge.

    `expected_order` (the project's rows as the grid shows them): refused (EditConflict) when
    someone else has added, deleted or moved rows of the project since.
    """
    with store.write_session() as session:
        row = session.get(Indicator, indicator_id)
        if row is None:
            return False
        order = _order(session, row.project_id)
        if expected_order is not None and list(expected_order) != order:
            who, machine, at = _last_edit(session, "indicator", indicator_id, None)
            label = message("store.label.indicator_order")
            raise EditConflict([Conflict(CellEdit("indicator", indicator_id, "*order", None, label), None,
                                         message("store.label.order_changed"), None, who, machine, at, label, "move")])
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
    after: dict[int, dict] = dataclass_field(default_factory=dict)  # the rows as the split left them


def split_indicator(store: Store, indicator_id: int, targets: Sequence[str],
                    expected_target: object = NOT_SEEN) -> SplitResult:
    """The first target stays on the indicator; each further one becomes a copy right after it.

    `expected_target`: the 年度指标值 the officer split; refused (EditConflict) when someone has
    changed it since.
    """
    if len(targets) < 2:
        raise EditError(message("store.edit.split_needs_two"))
    with store.write_session() as session:
        row = session.get(Indicator, indicator_id)
        if row is None:
            raise EditError(message("store.edit.indicator_deleted"))
        if expected_target is not NOT_SEEN and not _equal(row.annual_target, expected_target):
            who, machine, at = _last_edit(session, "indicator", indicator_id, "annual_target")
            label = message("store.label.indicator_to_split")
            raise EditConflict([Conflict(CellEdit("indicator", indicator_id, "annual_target", None, label), None,
                                         row.annual_target, expected_target, who, machine, at, label, "delete")])
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
        session.flush()
        after = {i: seen_values_of({n: getattr(session.get(Indicator, i), n) for n in _SNAPSHOT_FIELDS})
                 for i in [indicator_id, *new_ids]}
        return SplitResult(original, order, new_ids, after)


def unsplit_indicator(store: Store, result: SplitResult) -> None:
    """Undo a split: refused (EditConflict) when someone has changed one of its rows since."""
    with store.write_session() as session:
        if result.after:
            conflicts = _row_conflicts(session, "indicator", Indicator, result.after, message("store.label.split_indicators"))
            if conflicts:
                raise EditConflict(conflicts)
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
    with store.write_session(exclusive=SEED_LOCK_KEY) as session:
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
    with store.write_session(exclusive=SEED_LOCK_KEY) as session:
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
    with store.write_session() as session:
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


def new_department_indicator(department_id: int, year: int) -> dict:
    """The values `add_department_indicator` gives a new row (what undo of the add expects)."""
    return {k: None for k in _DEPARTMENT_INDICATOR_SNAPSHOT} | {"department_id": department_id, "year": year,
                                                                "name": ""}


def department_seen(snapshot_or_record) -> dict:
    """A 表4 row's stored values as the officer saw them (a snapshot dict or a grid record)."""
    values = snapshot_or_record if isinstance(snapshot_or_record, dict) else snapshot_or_record._asdict()
    return {k: v for k, v in values.items()
            if k in _DEPARTMENT_INDICATOR_SNAPSHOT and k not in ("id", "sort_order")}


def delete_department_indicator(store: Store, indicator_id: int, expected: dict | None = None) -> dict | None:
    """Delete a 表4 row; returns the snapshot `restore_department_indicator` puts back.

    `expected` (the row's values as shown): refused (EditConflict) when someone changed or
    deleted the row since.
    """
    with store.write_session() as session:
        if expected is not None:
            conflicts = _row_conflicts(session, "department_indicator", DepartmentIndicator,
                                       {indicator_id: expected}, message("store.label.department_indicator_to_delete"))
            if conflicts:
                raise EditConflict(conflicts)
        row = session.get(DepartmentIndicator, indicator_id)
        if row is None:
            return None
        snapshot = {name: getattr(row, name) for name in _DEPARTMENT_INDICATOR_SNAPSHOT}
        session.add(EditLog(entity="department_indicator", entity_id=indicator_id, field="*deleted", old=row.name, new=None))
        session.delete(row)
        return snapshot


def restore_department_indicator(store: Store, snapshot: dict) -> None:
    with store.write_session() as session:
        if session.get(DepartmentIndicator, snapshot["id"]) is not None:  # someone put it back already
            raise EditConflict([Conflict(CellEdit("department_indicator", snapshot["id"], "*row", None), None,
                                         message("store.label.restored"), None,
                                         *_last_edit(session, "department_indicator", snapshot["id"], None),
                                         message("store.label.department_indicator_to_restore"), "restore")])
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
    with store.write_session(exclusive=SEED_LOCK_KEY) as session:
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


# --- others' changes, for the grids' refresh (issue 15) ------------------------------------------


@dataclass
class OthersChanges:
    last_id: int  # the newest edit-log entry read
    cells: set[tuple[str, int]]  # (entity, id) of rows whose values someone else changed
    rows: set[tuple[str, int]]  # (entity, id) of rows someone else added, deleted, restored or split
    parents: dict[tuple[str, int], object]  # of those rows still present: the grid that lists them


def last_log_id(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.max(EditLog.id))) or 0


def changes_since(store: Store, after_id: int, user: str | None, machine: str | None) -> OthersChanges:
    """Edit-log entries after `after_id` not saved by this user on this machine.

    StoreError when the database cannot be read just now (a shared server away for a moment)."""
    try:
        return _changes_since(store, after_id, user, machine)
    except SQLAlchemyError as exc:
        raise StoreError(message("store.cannot_read", name=store.display_name)) from exc


def _changes_since(store: Store, after_id: int, user: str | None, machine: str | None) -> OthersChanges:
    with store.session() as session:
        rows = session.execute(
            select(EditLog.id, EditLog.entity, EditLog.entity_id, EditLog.field, EditLog.user_name, EditLog.machine)
            .where(EditLog.id > after_id).order_by(EditLog.id)
        ).all()
        found = OthersChanges(max((r.id for r in rows), default=after_id), set(), set(), {})
        for row in rows:
            if row.user_name == user and row.machine == machine:
                continue
            key = (row.entity, row.entity_id)
            (found.rows if row.field.startswith("*") else found.cells).add(key)
        for entity, ident in found.rows:
            if entity == "indicator":
                parent = session.scalar(select(Indicator.project_id).where(Indicator.id == ident))
            elif entity == "department_indicator":
                department = session.scalar(
                    select(DepartmentIndicator.department_id).where(DepartmentIndicator.id == ident)
                )
                parent = None if department is None else ("department_indicator", department)
            else:
                parent = None
            if parent is not None:
                found.parents[(entity, ident)] = parent
        return found
