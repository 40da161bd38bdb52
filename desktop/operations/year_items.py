"""Rows a department-year needs before the officer can type: 表2's twelve months, 表1's standard
lines, 表3's items from the scheme. Every client may seed at once; the seeding lock makes the
second wait and then find the rows the first made (no duplicates)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models.entities import DepartmentBudgetLine, DepartmentEvalItem, MonthlySpending
from desktop.models.store import SEED_LOCK_KEY
from desktop.operations.changes import Changes


def ensure_monthly_rows(session: Session, department_id: int, year: int) -> Changes:
    """表2 has a row for each month; create the missing empty ones so every cell is editable."""
    have = set(
        session.scalars(
            select(MonthlySpending.month).where(
                MonthlySpending.department_id == department_id, MonthlySpending.year == year
            )
        )
    )
    made = [MonthlySpending(department_id=department_id, year=year, month=month)
            for month in range(1, 13) if month not in have]
    session.add_all(made)
    session.flush()
    return Changes(added=frozenset(("monthly_spending", row.id) for row in made))


ensure_monthly_rows.lock = SEED_LOCK_KEY


# 表1's rows as the Guangzhou form prints them; scoring finds 合计 and 公用经费 by these names.
STANDARD_BUDGET_LINES = ("一、基本支出", "(1)人员经费", "(2)公用经费", "二、项目支出", "其中:基本建设类项目", "合计")


def ensure_budget_lines(session: Session, department_id: int, year: int) -> Changes:
    """A department-year without 表1 rows gets the standard ones, empty, so every cell is editable."""
    present = session.scalar(
        select(DepartmentBudgetLine.id).where(
            DepartmentBudgetLine.department_id == department_id, DepartmentBudgetLine.year == year
        ).limit(1)
    )
    if present is not None:
        return Changes()
    made = [DepartmentBudgetLine(department_id=department_id, year=year, sort_order=order, name=name)
            for order, name in enumerate(STANDARD_BUDGET_LINES)]
    session.add_all(made)
    session.flush()
    return Changes(added=frozenset(("department_budget_line", row.id) for row in made))


ensure_budget_lines.lock = SEED_LOCK_KEY


def ensure_eval_items(session: Session, department_id: int, year: int, scheme) -> Changes:
    """Lay out the year's 表3 tree from the department scheme when it is not in the store yet.

    `scheme` is a desktop.domain.department.DepartmentScheme. The items made (none when present).
    """
    exists = session.scalar(
        select(func.count(DepartmentEvalItem.id)).where(
            DepartmentEvalItem.department_id == department_id, DepartmentEvalItem.year == year
        )
    )
    if exists:
        return Changes()
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
    return Changes(added=frozenset(("department_eval_item", item.id) for item in parents.values()))


ensure_eval_items.lock = SEED_LOCK_KEY

