"""What every tabular import does after its rows are assembled, whatever the layout.

- name every non-empty header column the layout did not read (nothing is dropped silently);
- convert amounts printed in 元 to 万元 exactly (Decimal.scaleb, no float), and say so;
- derive a missing 总计 from its parts, and say so;
- take a subtotal row that no project belongs to, printed before the projects, as the
  department's total (the budget system prints the department first, its units below).
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.importers.errors import Place
from desktop.importers.headers import AMOUNT_ROLES, ColumnMap
from desktop.importers.model import Amounts, ImportedTable, Repair
from desktop.messages import message

BUDGET_ROLES = ("budget_initial", "budget_adjusted", "spent")
PACKED_ROLES = frozenset(("supervisor", "unit", "name", *AMOUNT_ROLES, "goal", "indicators"))
PER_INDICATOR_ROLES = frozenset(
    (
        "supervisor",
        "unit",
        "name",
        *AMOUNT_ROLES,
        *BUDGET_ROLES,
        "goal",
        "level1",
        "level2",
        "indicator_name",
        "indicator_seq",
        "period_target",
        "annual_target",
        "weight",
        "actual",
        "deviation_reason",
        "sign",
        "measure_unit",
        "direction",
    )
)
_UNIT_IN_LABEL = re.compile(r"[（(]\s*(万元|元|千元|亿元)\s*[）)]")
_SCALE = {"元": -4, "千元": -1, "万元": 0, "亿元": 4}


def unused_labels(cmap: ColumnMap, used: frozenset[str]) -> list[str]:
    """Header labels (as printed) of the non-empty columns the layout does not read."""
    read = {i for role, i in cmap.columns.items() if role in used}
    return [label for i, label in enumerate(cmap.labels) if label and i not in read]


def label_unit(label: str) -> str | None:
    """'预算数（元）' → '元'; '总计（万元）' → '万元'; '总计' → None."""
    m = _UNIT_IN_LABEL.search(label or "")
    return m.group(1) if m else None


def _scaled(v: Decimal | None, exp: int) -> Decimal | None:
    return None if v is None or exp == 0 else v.scaleb(exp)


def convert_amounts(table: ImportedTable, cmap: ColumnMap | None, place: str | None = None) -> None:
    """Amounts printed in 元 (千元, 亿元) become 万元; the preamble's 单位 counts where a label is silent."""
    units: dict[str, str] = {}
    for role in (*AMOUNT_ROLES, *BUDGET_ROLES):
        if cmap is None or role not in cmap.columns:
            continue
        i = cmap.columns[role]
        unit = label_unit(cmap.labels[i] if i < len(cmap.labels) else "") or table.amount_unit
        if unit in _SCALE and _SCALE[unit]:
            units[role] = unit
    if cmap is None and table.amount_unit in _SCALE and _SCALE[table.amount_unit]:
        units = {role: table.amount_unit for role in (*AMOUNT_ROLES, *BUDGET_ROLES)}
    if not units:
        return

    def amounts(a: Amounts) -> Amounts:
        return Amounts(
            *(
                _scaled(v, _SCALE[units[r]]) if r in units else v
                for r, v in zip(AMOUNT_ROLES, a.as_tuple(), strict=True)
            )
        )

    table.stated_totals = amounts(table.stated_totals)
    for u in table.units:
        u.stated = amounts(u.stated)
    for p in table.projects:
        p.amounts = amounts(p.amounts)
        if p.budget is not None:
            for r in BUDGET_ROLES:
                if r in units:
                    setattr(p.budget, r, _scaled(getattr(p.budget, r), _SCALE[units[r]]))
    names = sorted(set(units.values()))
    table.amount_unit = "万元"
    table.repairs.append(
        Repair(place or Place(part="header"), message("importing.repair.amounts_in_yuan", columns="、".join(names)))
    )


def derive_totals(table: ImportedTable) -> None:
    """总计 left empty while 财政拨款 / 财政专户拨款 / 其他资金 are given: the sum, said in the preview."""
    for p in table.projects:
        a = p.amounts
        parts = [v for v in (a.fiscal, a.special, a.other) if v is not None]
        if a.total is None and parts:
            a.total = sum(parts, Decimal(0))
            table.repairs.append(
                Repair(p.place or p.name, message("importing.repair.total_derived", name=p.name, total=f"{a.total:,.2f}"))
            )


def department_subtotal(table: ImportedTable) -> None:
    """A subtotal row naming no project's unit, with no 合计 stated: the department's own total."""
    if not table.stated_totals.is_empty() or not table.units or not table.projects:
        return
    project_units = {p.unit for p in table.projects}
    first = table.units[0]
    if first.name in project_units:
        return
    others = [u for u in table.units[1:] if u.name not in project_units]
    if others:
        return
    table.stated_totals = first.stated
    table.units.pop(0)
    if table.department is None:
        table.department = first.name
    table.repairs.append(Repair(first.name, message("importing.repair.department_total", name=first.name)))


def finish(table: ImportedTable, cmap: ColumnMap | None, used: frozenset[str] | None) -> ImportedTable:
    if cmap is not None and used is not None:
        table.unused_columns = unused_labels(cmap, used)
    convert_amounts(table, cmap)
    derive_totals(table)
    department_subtotal(table)
    return table
