"""The per-indicator layout: one row per indicator, project columns repeated or merged.

A row with a project name starts a project (its amounts, goal and budget execution are read from
that row); rows with an empty name continue it, as merged cells read empty below their first row.
Empty 一级/二级指标 cells inherit from the row above within the project, for the same reason.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from desktop.importers.errors import SourceError
from desktop.importers.headers import AMOUNT_ROLES, ROLE_LABELS, ColumnMap
from desktop.importers.model import Amounts, BudgetExecution, ImportedTable, Indicator, Project, UnitTotals
from desktop.importers.packed import SUBTOTAL_WORDS, TOTAL_WORDS, Row
from desktop.importers.textnorm import (
    CellTooLong,
    NumberOutOfRange,
    cell_too_long,
    clean,
    parse_amount,
    parse_seq,
)

_CODE = re.compile(r"^(\d{1,3})[-－、.．]?(.+)$")


@functools.lru_cache(maxsize=256)
def _split_code(text: str) -> tuple[str | None, str | None]:
    """'1-产出指标' → ('1', '产出指标'); '产出指标' → (None, '产出指标')."""
    if not text:
        return None, None
    m = _CODE.match(text)
    if m and not m.group(2)[0].isdigit():
        return m.group(1), m.group(2)
    return None, text


def _number(value, role: str, cmap: ColumnMap, row: Row, path) -> Decimal | None:
    try:
        return parse_amount(value)
    except CellTooLong as exc:
        raise cell_too_long(path, row.place, cmap.columns[role], exc) from None
    except NumberOutOfRange as exc:
        label = cmap.labels[cmap.columns[role]] if cmap.columns[role] < len(cmap.labels) else role
        raise SourceError(
            path, f"“{label}”列的{exc.problem}", f"{row.place}第 {cmap.columns[role] + 1} 列"
        ) from None
    except ValueError:
        label = cmap.labels[cmap.columns[role]] if cmap.columns[role] < len(cmap.labels) else role
        raise SourceError(
            path,
            f"“{label}”列的内容“{clean(value)[:20]}”不是数字",
            f"{row.place}第 {cmap.columns[role] + 1} 列",
        ) from None


def _seq(value, cmap: ColumnMap, row: Row, path) -> int | None:
    try:
        return parse_seq(value)
    except CellTooLong as exc:
        raise cell_too_long(path, row.place, cmap.columns["indicator_seq"], exc) from None
    except NumberOutOfRange as exc:
        raise SourceError(
            path, exc.problem, f"{row.place}第 {cmap.columns['indicator_seq'] + 1} 列"
        ) from None


def assemble_per_indicator(rows: list[Row], cmap: ColumnMap, table: ImportedTable, path, check=None):
    columns = cmap.columns
    has = columns.__contains__
    budget_roles = [r for r in ("budget_initial", "budget_adjusted", "spent") if has(r)]
    project: Project | None = None
    current_unit: str | None = None
    level1 = level2 = None
    # Column indexes once (-1 = absent): this loop runs once per indicator row.
    at = {role: columns.get(role, -1) for role in ROLE_LABELS}
    i_name, i_ind, i_l1, i_l2 = at["name"], at["indicator_name"], at["level1"], at["level2"]
    i_period, i_annual, i_actual, i_reason = (
        at["period_value"],
        at["annual_value"],
        at["actual"],
        at["deviation_reason"],
    )
    i_weight, i_seq = at["weight"], at["indicator_seq"]
    row = None

    def cell(cells: list, i: int) -> str:
        if i < 0 or i >= len(cells):
            return ""
        value = cells[i]
        if value == "":  # most cells of merged and continuation rows
            return ""
        try:
            return clean(value)
        except CellTooLong as exc:
            raise cell_too_long(path, row.place, i, exc) from None

    for n, row in enumerate(rows):
        if check and n % 1000 == 0:
            check(n, len(rows))
        cells = row.cells

        def get(role: str, cells=cells) -> str:
            return cell(cells, at[role])

        name = cell(cells, i_name)
        ind_name = cell(cells, i_ind)
        if not name and not ind_name:
            unit = get("unit")
            if unit:  # a subtotal row with the name cell left empty
                current_unit = unit
                table.units.append(UnitTotals(unit, _amounts(cells, cmap, row, path)))
            continue
        if name:
            if name in TOTAL_WORDS:
                table.stated_totals = _amounts(cells, cmap, row, path)
                continue
            unit = get("unit")
            if not ind_name and (unit and name in SUBTOTAL_WORDS):
                current_unit = unit
                table.units.append(UnitTotals(unit, _amounts(cells, cmap, row, path)))
                continue
            if not ind_name and not unit and not get("level1") and not get("goal"):
                amounts = _amounts(cells, cmap, row, path)
                if not amounts.is_empty():  # a unit subtotal row: its name is the unit below
                    current_unit = name
                    table.units.append(UnitTotals(name, amounts))
                    continue
            if project is None or name != project.name or (unit and unit != project.unit):
                project = Project(
                    unit=unit or current_unit,
                    supervisor=get("supervisor") or None,
                    name=name,
                    amounts=_amounts(cells, cmap, row, path),
                    goal=get("goal"),
                    place=row.place,
                )
                if budget_roles:
                    project.budget = BudgetExecution(
                        *(
                            _number(cmap.get(cells, r), r, cmap, row, path) if has(r) else None
                            for r in ("budget_initial", "budget_adjusted", "spent")
                        )
                    )
                table.projects.append(project)
                level1 = level2 = None
        if project is None or not ind_name:
            continue
        level1 = cell(cells, i_l1) or level1
        level2 = cell(cells, i_l2) or level2
        l1_code, l1 = _split_code(level1 or "")
        l2_code, l2 = _split_code(level2 or "")
        project.indicators.append(
            Indicator(
                seq=_seq(cells[i_seq], cmap, row, path)
                if 0 <= i_seq < len(cells)
                else len(project.indicators) + 1,
                level1=l1,
                level1_code=l1_code,
                level2=l2,
                level2_code=l2_code,
                name=ind_name,
                period_value=cell(cells, i_period) or None,
                annual_value=cell(cells, i_annual) or None,
                weight=_number(cells[i_weight], "weight", cmap, row, path)
                if 0 <= i_weight < len(cells)
                else None,
                actual=cell(cells, i_actual) or None,
                deviation_reason=cell(cells, i_reason) or None,
            )
        )
    return table


def _amounts(cells, cmap: ColumnMap, row: Row, path) -> Amounts:
    return Amounts(
        *(
            _number(cmap.get(cells, r), r, cmap, row, path) if r in cmap.columns else None
            for r in AMOUNT_ROLES
        )
    )
