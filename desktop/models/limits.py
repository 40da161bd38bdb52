"""The limits the store promises, checked before a write on every back end.

PostgreSQL enforces VARCHAR(n) and NUMERIC(p, s) itself (with an English traceback); SQLite
ignores them. Checking here first gives the officer one Chinese sentence naming the field, and
the same answer on both back ends. Migration 0009 adds SQLite triggers as the schema's own guard.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from desktop.models.types import MONEY_PRECISION, MONEY_SCALE, Money

MAX_INTEGER_DIGITS = MONEY_PRECISION - MONEY_SCALE

# Chinese names of tables and columns, for the sentence.
TABLE_NAMES = {
    "department": "部门", "unit": "预算单位", "project": "项目", "indicator": "绩效指标",
    "budget_execution": "预算执行", "department_budget_line": "表1 预算行", "monthly_spending": "表2 月度支出",
    "department_indicator": "表4 部门指标", "department_eval_item": "表3 评价项", "edit_log": "修改记录",
    "import_source": "导入来源",
}
COLUMN_NAMES = {
    "name": "名称", "supervisor": "主管部门", "source": "来源文件", "level1": "一级指标", "level2": "二级指标",
    "level1_code": "一级指标编码", "level2_code": "二级指标编码", "sign_override": "比较符号",
    "unit_override": "计量单位", "code": "编码", "method": "计分方法", "fund_source": "资金来源",
}


class LimitError(ValueError):
    """A value longer or larger than the store holds; `args[0]` is a Chinese sentence."""


def check_amount(value: Decimal) -> None:
    """Refuse what NUMERIC(28, 10) cannot hold exactly (ValueError, Chinese reason)."""
    if not value.is_finite():
        raise LimitError(f"“{value}”不是数字")
    sign, digits, exponent = value.as_tuple()
    decimals = max(0, -exponent)
    integer_digits = max(0, len(digits) + exponent)
    if integer_digits > MAX_INTEGER_DIGITS:
        raise LimitError(f"数值 {value} 过大（整数部分最多 {MAX_INTEGER_DIGITS} 位）")
    if decimals > MONEY_SCALE and value != value.quantize(Decimal(1).scaleb(-MONEY_SCALE)):
        raise LimitError(f"数值 {value} 的小数位过多（最多 {MONEY_SCALE} 位）")


def _money_fits(value: Decimal) -> bool:
    """check_amount's answer without the sentence, for the many values that fit."""
    try:
        check_amount(value)
    except LimitError:
        return False
    return True


def check_text(value: str, limit: int) -> None:
    if len(value) > limit:
        raise LimitError(f"内容有 {len(value)} 个字，超过了上限 {limit} 个字")


@functools.cache  # per Table, which never changes: an import asks once per row (50,000 times)
def column_limits(table) -> dict[str, object]:
    """column name → int (max characters) or Money, for the columns that have a limit."""
    found: dict[str, object] = {}
    for column in table.columns:
        if isinstance(column.type, Money):
            found[column.key] = Money
        elif isinstance(column.type, String) and column.type.length:
            found[column.key] = column.type.length
    return found


def check_row(table, values: dict) -> None:
    """Every limited value of one row; LimitError names the table and the column in Chinese."""
    limits = column_limits(table)
    for key, value in values.items():  # the values given, in their order: often far fewer
        if value is None or key not in limits:
            continue
        limit = limits[key]
        try:
            if limit is Money:
                check_amount(value if isinstance(value, Decimal) else Decimal(str(value)))
            elif isinstance(value, str):
                check_text(value, limit)
        except LimitError as exc:
            where = f"{TABLE_NAMES.get(table.name, table.name)}的「{COLUMN_NAMES.get(key, key)}」"
            raise LimitError(f"{where}：{exc}，未作任何修改。") from None


@event.listens_for(Session, "before_flush")
def _check_limits(session: Session, _context, _instances) -> None:
    """New rows: every limited column; changed rows: the columns changed (an old over-long value
    elsewhere in the row does not block an edit)."""
    for obj in session.new:
        table = getattr(obj, "__table__", None)
        if table is not None:
            check_row(table, {c.key: getattr(obj, c.key, None) for c in table.columns})
    for obj in session.dirty:
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        state = inspect(obj)
        changed = {c.key for c in table.columns if c.key in state.attrs and state.attrs[c.key].history.has_changes()}
        if changed:
            check_row(table, {key: getattr(obj, key, None) for key in changed})


def check_imported(tables) -> None:
    """Imported tables (desktop.importers.model) against the columns they land in, before any
    write: StoreError names the file, the project's place and the field; nothing is imported."""
    from desktop.models.entities import Indicator, Project, Unit
    from desktop.models.store import StoreError  # (store imports this module)

    limits = column_limits(Indicator.__table__)
    l1, c1, l2, c2 = (limits[k] for k in ("level1", "level1_code", "level2", "level2_code"))
    for table in tables:
        for project in table.projects:
            where = f"文件 {table.source}" + (f" {project.place}" if getattr(project, "place", "") else "")
            where += f" 项目「{project.name[:40]}{'…' if len(project.name) > 40 else ''}」"
            a = project.amounts
            try:
                check_row(Unit.__table__, {"name": project.unit})
                check_row(Project.__table__, {"name": project.name, "supervisor": project.supervisor,
                                              "total": a.total, "fiscal": a.fiscal, "special": a.special,
                                              "other": a.other, "source": table.source})
                for ind in project.indicators:  # 40,000 of them: the common case without a call
                    if not (
                        len(ind.level1 or "") <= l1 and len(ind.level1_code or "") <= c1
                        and len(ind.level2 or "") <= l2 and len(ind.level2_code or "") <= c2
                        and (ind.weight is None or _money_fits(ind.weight))
                    ):
                        check_row(Indicator.__table__, {"level1": ind.level1, "level1_code": ind.level1_code,
                                                        "level2": ind.level2, "level2_code": ind.level2_code,
                                                        "weight": ind.weight})
            except LimitError as exc:
                raise StoreError(f"{where}：{str(exc).replace('，未作任何修改。', '')}，未导入任何内容。") from None
