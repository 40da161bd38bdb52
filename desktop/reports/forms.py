"""Each official form as a Sheet (grid of cells): the one layout both writers print."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from desktop.domain.numbers import fmt, fmt_money, percent, round_half_up
from desktop.reports.data import (
    Amount,
    BudgetTable,
    DeptCompletionTable,
    DeptScoreTable,
    Form,
    MonthlyTable,
    SelfEvalForm,
    TargetsTable,
)
from desktop.reports.grid import Cell, Sheet, SheetRow

CENT = Decimal("0.01")
# One number format everywhere (desktop.domain.numbers): money 1,234.50 · rates 98.75% · points 9.50
MONEY_FMT = "#,##0.00"
RATE_FMT = "0.00%"
SCORE_FMT = "0.00"


def money(v: Amount, thousands: bool = True) -> str:
    return fmt_money(None if v is None else Decimal(v))


def rate(v: Amount) -> str:
    """A fraction as a percentage, half-up to 2 decimals: 0.987484 -> 98.75%. Plain digits, never
    1.23E+25 (the cell's font shrinks to fit a long number instead: grid.fit_number)."""
    return percent(None if v is None else Decimal(v), plain=True)


def score(v: Amount) -> str:
    """Points and weights with two decimals, half-up: 9.95 / 10.00 / 0.50."""
    return fmt(None if v is None else Decimal(v), plain=True)


def _q(v: Amount, places: Decimal = CENT) -> Decimal | None:
    return None if v is None else round_half_up(Decimal(v), -places.as_tuple().exponent)


def money_cell(v: Amount, thousands: bool = True) -> Cell:
    return Cell(money(v), align="R", value=_q(v), fmt=MONEY_FMT)


def rate_cell(v: Amount) -> Cell:
    # Excel keeps the fraction rounded like the print (98.75% -> 0.9875)
    return Cell(rate(v), align="R", value=_q(v, Decimal("0.0001")), fmt=RATE_FMT)


def score_cell(v: Amount) -> Cell:
    return Cell(score(v), value=_q(v), fmt=SCORE_FMT)


def head(*labels: str, spans: Sequence[int] | None = None) -> SheetRow:
    spans = spans or [1] * len(labels)
    return SheetRow([Cell(t, span=s, bold=True) for t, s in zip(labels, spans, strict=True)], header=True)


def merge_keys(values: list[tuple[str, ...]]) -> list[object]:
    """Keys that merge equal consecutive labels; a level2 run never crosses a level1 change."""
    keys: list[object] = []
    run = 0
    for i, v in enumerate(values):
        if i and v != values[i - 1]:
            run += 1
        keys.append((len(v), run))
    return keys


def _same_level(label: str) -> str:
    # seeds print 社会效益 and 社会效益指标 for one class (DESIGN §2): merge them as one
    label = label.strip()
    return label[:-2] if label.endswith("指标") else label


def _levels(rows: Sequence, l1: Callable, l2: Callable) -> tuple[list[object], list[object]]:
    k1 = merge_keys([(_same_level(l1(r)),) for r in rows])
    k2 = merge_keys([(_same_level(l1(r)), _same_level(l2(r))) for r in rows])
    return k1, k2


# --- 项目支出绩效自评表 ------------------------------------------------------------------------


def self_eval_sheet(f: SelfEvalForm) -> Sheet:
    rows: list[SheetRow] = [
        SheetRow([Cell("项目名称", span=2), Cell(f.project, span=7, align="L")]),
        SheetRow([Cell("主管部门", span=2), Cell(f.department, span=3, align="L"),
             Cell("实施单位"), Cell(f.unit, span=3, align="L")]),
    ]
    funds = "项目资金\n（万元）"
    rows.append(SheetRow([Cell(funds, merge="funds"), Cell("", span=2)]
                    + [Cell(t, bold=True) for t in ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")],
                    header=True))
    for fr in f.funds:
        weight = score_cell(fr.weight) if fr.weight is not None else Cell("—")
        rows.append(SheetRow([
            Cell(funds, merge="funds"), Cell(fr.label, span=2, align="L"),
            money_cell(fr.budget_initial), money_cell(fr.budget_adjusted), money_cell(fr.spent),
            weight, rate_cell(fr.rate),
            score_cell(fr.score) if fr.weight is not None else Cell("—"),
        ]))
    goal = "年度总体\n目标"
    rows.append(SheetRow([Cell(goal, merge="goal"), Cell("预期目标", span=4, bold=True),
                     Cell("实际完成情况", span=4, bold=True)], header=True))
    rows.append(SheetRow([Cell(goal, merge="goal"), Cell(f.goal_expected, span=4, align="L"),
                     Cell(f.goal_actual, span=4, align="L")]))
    ind = "绩效指标"
    rows.append(SheetRow([Cell(ind, merge="ind")] + [
        Cell(t, bold=True) for t in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
                                     "分值", "得分", "偏差原因分析\n及改进措施")
    ], header=True))
    k1, k2 = _levels(f.indicators, lambda r: r.level1, lambda r: r.level2)
    for r, a, b in zip(f.indicators, k1, k2, strict=True):
        rows.append(SheetRow([
            Cell(ind, merge="ind"), Cell(r.level1, merge=a), Cell(r.level2, merge=b),
            Cell(r.name, align="L"), Cell(r.target, align="A"), Cell(r.actual, align="A"),
            score_cell(r.weight), score_cell(r.score), Cell(r.deviation, align="L"),
        ]))
    rows.append(SheetRow([Cell("总分", span=6, bold=True), score_cell(f.total_weight),
                     score_cell(f.total_score), Cell(f"等级：{f.grade}" if f.grade else "等级：")]))
    return Sheet(
        title="项目支出绩效自评表",
        subtitle=f"（{f.year}年度）",
        col_widths=[15, 18, 18, 25, 27, 27, 12, 12, 26],  # 一级: 满意度指标 on one line
        rows=rows,
        signature=f.signature,
        sheet_name=f.project[:31] or "自评表",
        cont_note=f"项目名称：{f.project}",
    )


# --- 表3 部门整体支出绩效自评指标得分表 -------------------------------------------------------


def dept_score_sheet(t: DeptScoreTable) -> Sheet:
    notes = any(r.note for r in t.rows)
    labels = ["一级指标", "二级指标", "三级指标", "分值", "得分"] + (["评分依据"] if notes else [])
    rows = [head(*labels)]
    k1, k2 = _levels(t.rows, lambda r: r.level1, lambda r: r.level2)
    for r, a, b in zip(t.rows, k1, k2, strict=True):
        cells = [Cell(r.level1, merge=a), Cell(r.level2, merge=b), Cell(r.name, align="L"),
                 score_cell(r.weight), score_cell(r.score)]
        if notes:
            cells.append(Cell(r.note, align="L"))
        rows.append(SheetRow(cells))
    total = [Cell("合计", span=3, bold=True), score_cell(t.total_weight), score_cell(t.total_score)]
    rows.append(SheetRow(total + ([Cell("")] if notes else [])))
    return Sheet(
        title=f"{t.year}年部门整体支出绩效自评指标得分表",
        meta_left=f"部门名称：{t.department}",
        col_widths=[22, 26, 58, 16, 16, 42] if notes else [30, 36, 74, 20, 20],
        rows=rows,
        signature=t.signature,
        sheet_name="表3 指标得分表",
    )


# --- 表4 部门整体绩效目标完成情况表 -----------------------------------------------------------


def dept_completion_sheet(t: DeptCompletionTable) -> Sheet:
    rows = [head("一级指标", "二级指标", "三级指标", "年度目标值", "年度实现值", "指标完成率")]
    k1, k2 = _levels(t.rows, lambda r: r.level1, lambda r: r.level2)
    for r, a, b in zip(t.rows, k1, k2, strict=True):
        rows.append(SheetRow([Cell(r.level1, merge=a), Cell(r.level2, merge=b), Cell(r.name, align="L"),
                         Cell(r.target, align="A"), Cell(r.actual, align="A"),
                         rate_cell(r.completion_rate)]))
    return Sheet(
        title=f"{t.year}年部门整体绩效目标完成情况表",
        meta_left=f"部门名称：{t.department}",
        col_widths=[16, 18, 36, 44, 44, 22],
        rows=rows,
        signature=t.signature,
        sheet_name="表4 目标完成情况表",
    )


# --- 表1 预算调整及执行情况表 -----------------------------------------------------------------


def budget_sheet(t: BudgetTable) -> Sheet:
    rows = [head("序号", "项目", "年初预算数\n（万元）", "全年预算数\n（万元）", "决算数\n（万元）",
                 "预算调整率", "预算控制率")]
    for r in t.rows:
        rows.append(SheetRow([Cell(r.seq), Cell(r.item, align="C" if r.is_total else "L", bold=r.is_total),
                         money_cell(r.budget_initial), money_cell(r.budget_adjusted), money_cell(r.spent),
                         rate_cell(r.adjust_rate), rate_cell(r.control_rate)]))
    return Sheet(
        title=f"{t.year}年预算调整及执行情况表",
        meta_left=f"部门名称：{t.department}",
        meta_right="单位：万元",
        col_widths=[12, 52, 24, 24, 24, 22, 22],
        rows=rows,
        signature=t.signature,
        sheet_name="表1 预算调整及执行情况表",
    )


# --- 表2 每月执行进度表 -----------------------------------------------------------------------


def monthly_sheet(t: MonthlyTable) -> Sheet:
    rows = [head("序号", "时期", "年度预算\n（万元）", "累计实际支出\n（万元）", "支出进度", "支出执行率")]
    for r in t.rows:
        rows.append(SheetRow([Cell(r.seq), Cell(r.period), money_cell(r.budget), money_cell(r.spent_to_date),
                         rate_cell(r.progress), rate_cell(r.execution_rate)]))
    rows.append(SheetRow([Cell("年度平均执行率（每月执行率超过100%的按100%计）", span=5, bold=True),
                     rate_cell(t.average_rate)]))
    return Sheet(
        title=f"{t.year}年预算支出每月执行进度表",
        meta_left=f"部门名称：{t.department}",
        meta_right="单位：万元",
        col_widths=[14, 30, 36, 36, 32, 32],
        rows=rows,
        signature=t.signature,
        sheet_name="表2 每月执行进度表",
    )


# --- 项目支出绩效目标表 (as imported) ---------------------------------------------------------


def _merged(cell: Cell, key: object) -> Cell:
    cell.merge = key
    return cell


def targets_sheet(t: TargetsTable) -> Sheet:
    """One row per indicator, the project's name, money and goal merged down beside them (a
    long project splits at a page break with its labels repeated, instead of leaving a page
    half empty for one tall row)."""
    rows = [head("项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标",
                 "一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")]
    for n, p in enumerate(t.projects):
        key = ("p", n)
        project_cells = [
            Cell(p.name, align="C" if p.is_subtotal else "L", bold=p.is_subtotal, merge=key),
            _merged(money_cell(p.total, True), key), _merged(money_cell(p.fiscal, True), key),
            _merged(money_cell(p.special, True), key), _merged(money_cell(p.other, True), key),
            Cell(p.goal, align="L", merge=key),
        ]
        if not p.indicators:
            rows.append(SheetRow(project_cells + [Cell("") for _ in range(5)]))
            continue
        k1, k2 = _levels(p.indicators, lambda r: r.level1, lambda r: r.level2)
        for x, a, b in zip(p.indicators, k1, k2, strict=True):
            rows.append(SheetRow([Cell(c.text, c.span, c.align, c.merge, c.bold, c.value, c.fmt) for c in project_cells]
                            + [Cell(x.level1, merge=(n, a)), Cell(x.level2, merge=(n, b)), Cell(x.name, align="L"),
                               Cell(x.period_target, align="A"), Cell(x.annual_target, align="A")]))
    return Sheet(
        title="项目支出绩效目标表",
        subtitle=f"（{t.year}年度）",
        meta_left=f"部门名称：{t.department}",
        meta_right="单位：万元",
        landscape=True,
        col_widths=[26, 16, 16, 16, 14, 34, 21, 16, 28, 40, 40],  # 一级: 3-满意度指标 on one line
        rows=rows,
        signature=t.signature,
        sheet_name="项目支出绩效目标表",
    )


def sheets_for(forms: Sequence[Form]) -> list[Sheet]:
    """The Sheet of each form, in order (one per project for 自评表)."""
    out = []
    for f in forms:
        out.append(SHEET_BUILDERS[type(f)](f))
    return out


SHEET_BUILDERS: dict[type, Callable] = {
    SelfEvalForm: self_eval_sheet,
    DeptScoreTable: dept_score_sheet,
    DeptCompletionTable: dept_completion_sheet,
    BudgetTable: budget_sheet,
    MonthlyTable: monthly_sheet,
    TargetsTable: targets_sheet,
}
