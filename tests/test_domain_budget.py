"""Seed 003 表1 and 表2, recomputed from their inputs; the published figures are typed from the report."""

from decimal import Decimal as D

import pytest

from desktop.domain.budget import (
    MonthlyProgress,
    adjustment_rate,
    average_execution_rate,
    execution_rate,
    monthly_rates,
    spending_execution,
)
from desktop.domain.numbers import percent
from desktop.domain.recheck import recheck, table1_figures, table2_figures

# 表1: 2022年我会预算调整及执行情况一览表 — row: (年初预算数, 全年预算数, 决算数, 预算调整率, 预算控制率 as printed)
TABLE1 = {
    "一、基本支出": ("19904.36", "20392.39", "20341.08", "2.45%", "99.74%"),
    "(1)人员经费": ("15565.06", "16411.86", "16398.38", "5.44%", "99.91%"),
    "(2)公用经费": ("4339.30", "3980.53", "3942.70", "-8.27%", "99.04%"),
    "二、项目支出": ("25442.00", "23887.96", "23450.78", "-6.11%", "98.16%"),
    "其中:基本建设类项目": ("10881.96", "8084.50", "8083.47", "-25.71%", "99.99%"),
    "合计": ("45346.36", "44280.35", "43791.86", "-2.35%", "98.90%"),
}
# What the rules give, rounded half-up (the report truncated four 控制率).
TABLE1_RECOMPUTED = {
    "一、基本支出": ("2.45%", "99.75%"),
    "(1)人员经费": ("5.44%", "99.92%"),
    "(2)公用经费": ("-8.27%", "99.05%"),
    "二、项目支出": ("-6.11%", "98.17%"),
    "其中:基本建设类项目": ("-25.71%", "99.99%"),
    "合计": ("-2.35%", "98.90%"),
}

# 表2: 2022年我会预算支出每月执行进度情况一览表 — month: (年度预算, 累计实际支出, 支出进度, 支出执行率 as printed)
TABLE2 = {
    3: (45456, 12408, "27.30", "109.19"),
    4: (46660, 15084, "32.33", "96.98"),
    5: (45713, 19144, "41.88", "100.51"),
    6: (45816, 24273, "52.98", "105.96"),
    7: (46830, 25747, "54.98", "94.25"),
    8: (47008, 29753, "63.29", "94.94"),
    9: (47031, 34888, "74.18", "98.91"),
    10: (47031, 36164, "76.89", "92.27"),
    11: (46569, 39125, "84.01", "91.65"),
    12: (44280, 43792, "98.90", "98.90"),
}
MONTHLY = [MonthlyProgress(m, D(b), D(s)) for m, (b, s, _p, _e) in TABLE2.items()]


def test_design_example_adjustment_rate():
    assert percent(adjustment_rate(D("19904.36"), D("20392.39"))) == "2.45%"


@pytest.mark.parametrize("row", list(TABLE1))
def test_table1_rates(row):
    initial, adjusted, spent, _printed_adj, _printed_exec = TABLE1[row]
    adj, exe = TABLE1_RECOMPUTED[row]
    assert percent(adjustment_rate(D(initial), D(adjusted))) == adj
    assert percent(execution_rate(D(spent), D(adjusted))) == exe


def test_table1_recheck_flags_the_truncated_rates():
    published = {}
    for row, (_i, _a, _s, adj, exe) in TABLE1.items():
        published[f"表1/{row}/预算调整率"] = adj
        published[f"表1/{row}/预算控制率"] = exe
    computed = table1_figures({row: values[:3] for row, values in TABLE1.items()})
    flagged = {(d.key, str(d.published), str(d.computed)) for d in recheck(published, computed)}
    assert flagged == {
        ("表1/一、基本支出/预算控制率", "99.74", "99.75"),
        ("表1/(1)人员经费/预算控制率", "99.91", "99.92"),
        ("表1/(2)公用经费/预算控制率", "99.04", "99.05"),
        ("表1/二、项目支出/预算控制率", "98.16", "98.17"),
    }


def test_execution_rate_keeps_full_precision():
    rate = execution_rate(D("20341.08"), D("20392.39"))
    assert D("0.997483") < rate < D("0.997484")  # 99.7484%: not truncated, not rounded


@pytest.mark.parametrize("month", list(TABLE2))
def test_table2_monthly_rates(month):
    budget, spent, progress, execution = TABLE2[month]
    rates = {r.month: r for r in monthly_rates(MONTHLY)}
    expected_progress = "84.02" if month == 11 else progress  # the report truncated 84.0151%
    assert percent(rates[month].progress) == expected_progress + "%"
    assert percent(rates[month].execution) == execution + "%"


def test_table2_design_example():
    assert percent(spending_execution(D(12408) / D(45456), 3)) == "109.19%"


def test_table2_average_execution_rate():
    average = average_execution_rate(monthly_rates(MONTHLY))
    assert percent(average) == "96.79%"
    # each month capped at 100% before the mean
    capped = [min(D(e) / 100, D(1)) for *_x, e in TABLE2.values()]
    assert abs(average - sum(capped) / len(capped)) < D("0.0001")
    assert average_execution_rate([]) is None
    assert average_execution_rate([D("1.2"), D("0.8")]) == D("0.9")


def test_table2_recheck_flags_only_november_progress():
    published = {}
    for month, (_b, _s, progress, execution) in TABLE2.items():
        published[f"表2/1-{month}月/支出进度"] = progress
        published[f"表2/1-{month}月/支出执行率"] = execution
    published["表2/年度平均执行率"] = "96.79%"
    flagged = [
        (d.key, str(d.published), str(d.computed)) for d in recheck(published, table2_figures(MONTHLY))
    ]
    assert flagged == [("表2/1-11月/支出进度", "84.01", "84.02")]


def test_missing_or_zero_budget_gives_none():
    assert adjustment_rate(D(0), D(5)) is None
    assert execution_rate(D(5), None) is None
    assert spending_execution(D("0.5"), 13) is None


def test_table1_totals_from_their_lines_seed_003():
    from types import SimpleNamespace as L

    from desktop.domain.budget import budget_line_totals

    lines = [
        L(name="一、基本支出", budget_initial=D("1"), budget_adjusted=None, spent=None),  # typed, but has parts
        L(name="(1)人员经费", budget_initial=D("15565.06"), budget_adjusted=D("16411.86"), spent=D("16398.38")),
        L(name="(2)公用经费", budget_initial=D("4339.30"), budget_adjusted=D("3980.53"), spent=D("3942.70")),
        L(name="二、项目支出", budget_initial=D("25442.00"), budget_adjusted=D("23887.96"), spent=D("23450.78")),
        L(name="其中:基本建设类项目", budget_initial=D("10881.96"), budget_adjusted=D("8084.50"), spent=D("8083.47")),
        L(name="合计", budget_initial=D("45346.35"), budget_adjusted=None, spent=None),
    ]
    totals = budget_line_totals(lines)
    assert totals[0] == (D("19904.36"), D("20392.39"), D("20341.08"))
    assert totals[5] == (D("45346.36"), D("44280.35"), D("43791.86"))
    assert set(totals) == {0, 5}
    # parts left empty: 一、基本支出 keeps what was typed, 合计 adds it
    for line in lines[1:3]:
        line.budget_initial = line.budget_adjusted = line.spent = None
    totals = budget_line_totals(lines)
    assert set(totals) == {5} and totals[5][0] == D("25443.00")
