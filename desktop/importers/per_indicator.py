"""The per-indicator layout: one row per indicator, project columns repeated or merged.

A row with a project name starts a project (its amounts, goal and budget execution are read from
that row); rows with an empty name continue it, as merged cells read empty below their first row.
Empty 一级/二级指标 cells inherit from the row above within the project, for the same reason.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from desktop.importers.errors import SourceError, at_column
from desktop.importers.headers import AMOUNT_ROLES, FUND_ROW_SOURCES, ROLE_LABELS, ColumnMap
from desktop.importers.model import (
    Amounts,
    ImportedBudgetExecution,
    ImportedIndicator,
    ImportedProject,
    ImportedTable,
    Repair,
    UnitTotals,
)
from desktop.importers.packed import SUBTOTAL_WORDS, TOTAL_WORDS, SourceRow
from desktop.importers.textnorm import (
    CellTooLong,
    NumberOutOfRange,
    cell_too_long,
    clean,
    parse_amount,
    parse_seq,
    split_unit_code,
)
from desktop.messages import message

_CODE = re.compile(r"^(\d{1,3})[-－、.．]?(.+)$")

# 指标性质 as budget systems print it; the sign is taken from this column, never re-guessed.
SIGN_WORDS = {
    "≥": "≥", "≧": "≥", ">=": "≥", "＞＝": "≥", "＞=": "≥", ">＝": "≥", "大于等于": "≥", "不低于": "≥",
    "不少于": "≥", ">": ">", "＞": ">", "大于": ">", "高于": ">", "=": "=", "＝": "=", "═": "=",
    "﹦": "=", "==": "=", "等于": "=", "<": "<", "＜": "<", "小于": "<", "低于": "<", "≤": "≤",
    "≦": "≤", "<=": "≤", "＜＝": "≤", "＜=": "≤", "<＝": "≤", "小于等于": "≤", "不高于": "≤",
    "不超过": "≤", "≈": "≈", "约": "≈", "约等于": "≈",
}  # fmt: skip
QUALITATIVE_WORDS = ("定性", "定性指标")


def compose_target(sign_text: str, value_text: str, unit_text: str):
    """(annual text, sign, value, unit, qualitative) from separate operator / value / unit cells.

    `≥` + `95` + `%` → ('≥95%', '≥', 95, '%', None). An operator that is not a comparison
    (e.g. 定量) gives sign None; 定性 gives the value text alone, qualitative True.
    """
    if sign_text in QUALITATIVE_WORDS:
        return value_text + (unit_text if value_text and not value_text.endswith(unit_text) else ""), None, None, (
            unit_text or None
        ), True
    sign = SIGN_WORDS.get(sign_text)
    try:
        value = parse_amount(value_text) if value_text else None
    except (ValueError, CellTooLong):
        value = None
    shown = value_text
    if unit_text and not shown.endswith(unit_text):
        shown += unit_text
    if sign and shown and SIGN_WORDS.get(shown[:1]) is None and SIGN_WORDS.get(shown[:2]) is None:
        shown = sign + shown  # '≥' + '95' → '≥95'; a value already printed with its sign keeps it
    return shown, sign, value, unit_text or None, None


@functools.lru_cache(maxsize=256)
def _split_code(text: str) -> tuple[str | None, str | None]:
    """'1-产出指标' → ('1', '产出指标'); '产出指标' → (None, '产出指标')."""
    if not text:
        return None, None
    m = _CODE.match(text)
    if m and not m.group(2)[0].isdigit():
        return m.group(1), m.group(2)
    return None, text


def _number(value, role: str, cmap: ColumnMap, row: SourceRow, path) -> Decimal | None:
    try:
        return parse_amount(value)
    except CellTooLong as exc:
        raise cell_too_long(path, row.place, cmap.columns[role], exc) from None
    except NumberOutOfRange as exc:
        label = cmap.labels[cmap.columns[role]] if cmap.columns[role] < len(cmap.labels) else role
        raise SourceError(
            path, message("importing.column_of", label=label, problem=exc.problem), at_column(row.place, cmap.columns[role] + 1)
        ) from None
    except ValueError:
        label = cmap.labels[cmap.columns[role]] if cmap.columns[role] < len(cmap.labels) else role
        raise SourceError(
            path,
            message("importing.not_a_number", label=label, value=clean(value)[:20]),
            at_column(row.place, cmap.columns[role] + 1),
        ) from None


def _weight_text(value):
    """'22.5分' and '10%' are weights as printed: the number is the weight."""
    if isinstance(value, str):
        text = clean(value)
        return text[:-1] if text.endswith(("分", "%", "％")) else text
    return value


def _seq(value, cmap: ColumnMap, row: SourceRow, path) -> int | None:
    try:
        return parse_seq(value)
    except CellTooLong as exc:
        raise cell_too_long(path, row.place, cmap.columns["indicator_seq"], exc) from None
    except NumberOutOfRange as exc:
        raise SourceError(
            path, exc.problem, at_column(row.place, cmap.columns["indicator_seq"] + 1)
        ) from None


def assemble_per_indicator(
    rows: list[SourceRow], cmap: ColumnMap, table: ImportedTable, path, check=None, project: ImportedProject | None = None
):
    """Indicators row by row; `project` is the one a form sheet's key–value block already read."""
    columns = cmap.columns
    has = columns.__contains__
    budget_roles = [r for r in ("budget_initial", "budget_adjusted", "spent") if has(r)]
    composed = has("sign") or has("measure_unit")
    current_unit: str | None = None
    level1 = level2 = None
    # Column indexes once (-1 = absent): this loop runs once per indicator row.
    at = {role: columns.get(role, -1) for role in ROLE_LABELS}
    i_name, i_ind, i_l1, i_l2 = at["name"], at["indicator_name"], at["level1"], at["level2"]
    i_period, i_annual, i_actual, i_reason = (
        at["period_target"],
        at["annual_target"],
        at["actual"],
        at["deviation_reason"],
    )
    i_weight, i_seq, i_direction = at["weight"], at["indicator_seq"], at["direction"]
    row = None
    cells: list = []
    known: dict = {}  # cell → number: weights and amounts repeat (10 分, 1.5 万元), each parsed once
    # texts and floats other than zero (0.0 ≠ -0.0) are their own keys in a dict of their kind; a
    # float dict keeps 1.0 apart from True and "1". Anything else is keyed by its kind and repr.
    known_text: dict = {}
    known_float: dict = {}

    def number(value, role: str) -> Decimal | None:
        kind = value.__class__
        if kind is float and value:
            got = known_float.get(value, known)  # `known` stands for "not there": no number is it
            if got is known:
                got = known_float[value] = _number(value, role, cmap, row, path)
            return got
        if kind is str:
            got = known_text.get(value, known)
            if got is known:
                got = known_text[value] = _number(value, role, cmap, row, path)
            return got
        key = (kind, repr(value))
        if key not in known:
            known[key] = _number(value, role, cmap, row, path)
        return known[key]

    amount_at = [(r, columns[r]) if r in columns else (r, -1) for r in AMOUNT_ROLES]

    def amounts(cells: list) -> Amounts:  # with the columns looked up once
        width = len(cells)
        return Amounts(*(number(cells[i] if i < width else None, r) if i >= 0 else None for r, i in amount_at))

    fund_roles = []  # (source, its three roles) for the sources the table has a column of
    for source in FUND_ROW_SOURCES:
        roles = [f"{source}_{f}" for f in ("budget_initial", "budget_adjusted", "spent")]
        if any(has(r) for r in roles):
            fund_roles.append((source, roles))

    cleaned: dict[str, str] = {}  # cell text → clean(text): classes and targets repeat down the sheet

    def cell(cells: list, i: int) -> str:
        if i < 0:
            return ""
        try:  # a short row: cheaper caught than a len() on every call
            value = cells[i]
        except IndexError:
            return ""
        if value.__class__ is str:  # "" too: most cells of merged and continuation rows
            text = cleaned.get(value)
            if text is None:
                try:
                    text = cleaned[value] = clean(value)
                except CellTooLong as exc:
                    raise cell_too_long(path, row.place, i, exc) from None
            return text
        try:
            return clean(value)
        except CellTooLong as exc:
            raise cell_too_long(path, row.place, i, exc) from None

    def get(role: str) -> str:  # of the row being read
        return cell(cells, at[role])

    for n, row in enumerate(rows):
        if check and n % 1000 == 0:
            check(n, len(rows))
        cells = row.cells
        name = cell(cells, i_name)
        ind_name = cell(cells, i_ind)
        if not name and not ind_name:
            unit_code, unit = split_unit_code(get("unit"))
            if unit and project is None:  # a subtotal row with the name cell left empty
                current_unit = unit
                table.units.append(UnitTotals(unit, amounts(cells)))
            elif project is not None and (get("level1") or get("level2")):
                _note_skipped(table, row, get("level1"), get("level2"))
            elif unit:
                current_unit = unit
                table.units.append(UnitTotals(unit, amounts(cells)))
            continue
        if name:
            if name in TOTAL_WORDS:
                table.stated_totals = amounts(cells)
                continue
            unit_code, unit = split_unit_code(get("unit"))
            if not ind_name and (unit and name in SUBTOTAL_WORDS):
                current_unit = unit
                table.units.append(UnitTotals(unit, amounts(cells)))
                continue
            same = not unit or split_unit_code(name)[1] == unit  # 单位名称 merged across 项目名称
            if not ind_name and same and not get("level1") and not get("goal"):
                stated = amounts(cells)
                if not stated.is_empty():  # a unit subtotal row: its name is the unit below
                    current_unit = unit or split_unit_code(name)[1]
                    table.units.append(UnitTotals(current_unit, stated))
                    continue
            if project is None or name != project.name or (unit and unit != project.unit):
                project = ImportedProject(
                    unit=unit or current_unit,
                    supervisor=get("supervisor") or None,
                    name=name,
                    amounts=amounts(cells),
                    goal=get("goal"),
                    place=row.place,
                    unit_code=unit_code,
                )
                project.goal_actual = get("goal_actual")
                for source, roles in fund_roles:
                    fund = ImportedBudgetExecution(
                        *(number(cmap.get(cells, r), r) if has(r) else None for r in roles)
                    )
                    if not fund.is_empty():
                        project.funds[source] = fund
                if budget_roles:
                    project.budget = ImportedBudgetExecution(
                        *(
                            number(cmap.get(cells, r), r) if has(r) else None
                            for r in ("budget_initial", "budget_adjusted", "spent")
                        )
                    )
                table.projects.append(project)
                level1 = level2 = None
        if project is None:
            continue
        if not ind_name:
            _note_skipped(table, row, get("level1"), get("level2"))
            continue
        level1 = cell(cells, i_l1) or level1
        level2 = cell(cells, i_l2) or level2
        l1_code, l1 = _split_code(level1 or "")
        l2_code, l2 = _split_code(level2 or "")
        annual = cell(cells, i_annual) or None
        sign = value = measure = qualitative = None
        if composed:
            annual, sign, value, measure, qualitative = compose_target(
                get("sign"), annual or "", get("measure_unit")
            )
            annual = annual or None
            if get("sign") and sign is None and not qualitative:
                table.flagged.append(
                    Repair(row.place, message("importing.repair.sign_not_comparison", sign=get("sign"), annual=annual))
                )
        # positional, in the record's field order, and no call for a column the table lacks:
        # this runs once per indicator
        project.indicators.append(
            ImportedIndicator(
                _seq(cells[i_seq], cmap, row, path) if 0 <= i_seq < len(cells) else len(project.indicators) + 1,
                l1,
                l1_code,
                l2,
                l2_code,
                ind_name,
                (cell(cells, i_period) or None) if i_period >= 0 else None,
                annual,
                number(_weight_text(w) if isinstance(w := cells[i_weight], str) else w, "weight")
                if 0 <= i_weight < len(cells)
                else None,
                (cell(cells, i_actual) or None) if i_actual >= 0 else None,
                (cell(cells, i_reason) or None) if i_reason >= 0 else None,
                sign,
                value,
                measure,
                qualitative,
                (cell(cells, i_direction) or None) if i_direction >= 0 else None,
            )
        )
    return table


def _note_skipped(table: ImportedTable, row: SourceRow, level1: str, level2: str) -> None:
    """A row inside a project without an indicator name: a placeholder for an unused class, or a
    form's footer (填报人：…), said either way."""
    if not (level1 or level2):
        return
    texts = [clean(c) for c in row.cells if clean(c)]
    if any("：" in t or ":" in t for t in texts):
        table.repairs.append(Repair(row.place, message("importing.repair.not_indicator_row", text="　".join(texts)[:40])))
    else:
        table.repairs.append(Repair(row.place, message("importing.repair.placeholder_row")))

