"""Each scheme option real provinces use (DESIGN §8), with a worked example; scheme files are data."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop.domain.schemes import default_scheme, load_scheme, schemes_dir
from desktop.domain.scoring import IndicatorInput, ProjectInput, score_indicator, score_project
from desktop.domain.targets import parse_actual, parse_columns, parse_target

MOF = default_scheme()


def scheme(name: str):
    s = load_scheme(schemes_dir() / f"{name}.yaml")
    assert s.problems() == []
    return s


def ind(target, actual, weight=None, level1="产出指标", level2="数量指标", name="指标", reason=""):
    return IndicatorInput(name, level1, parse_target(target, name=name),
                          parse_actual(actual, name=name) if actual else None, level2,
                          None if weight is None else D(weight), deviation_reason=reason)


def points(target, actual, weight, s=MOF, **kw):
    return score_indicator(ind(target, actual, weight, **kw), D(weight), s).score


@pytest.mark.parametrize("target", ["=100%", "═100%", "﹦100%"])
def test_equal_target_meets_at_or_above_and_scores_pro_rata_below(target):
    assert points(target, "98%", 10) == D("9.8")  # 98 ÷ 100 × 10
    assert points(target, "100%", 10) == 10
    assert points(target, "101%", 10) == 10  # above an "=" target meets under the default
    assert points("=8个", "6个", 20) == 15  # 6 ÷ 8 × 20
    assert any("“=”目标" in line and "低于按 实际 ÷ 目标" in line for line in MOF.describe())


def test_equal_target_deviation_variant_docks_above_too():
    s = scheme("equal-deviation")
    assert points("=8个", "10个", 20, s) == 15  # (1 − 2/8) × 20
    assert points("=8个", "6个", 20, s) == 15


def test_cost_row_without_operator_reads_as_ceiling():
    # 每公里建设成本 20万元, actual 25万元: ≤ ratio → 20 ÷ 25 × 10 = 8 (as ≥ it would be met, 10)
    assert points("20万元", "25万元", 10, level2="成本指标") == 8
    assert points("20万元", "18万元", 10, level2="成本指标") == 10
    assert points("20万元", "25万元", 10, level2="数量指标") == 10  # a count row: bare means ≥
    assert points("≥20万元", "25万元", 10, level2="成本指标") == 10  # a written operator wins


def test_budget_weight_20_and_initial_budget_denominator():
    project = ProjectInput("p", [ind("≥10次", "10次", 40), ind("≥1个", "1个", 30, level1="效益指标"),
                                 ind("≥90%", "95%", 10, level1="满意度指标")],
                           budget_initial=D(100), budget_adjusted=D("65.6"), spent=D("65.6"))
    # default: 65.6 ÷ 65.6 = 100% of 10 points
    assert score_project(project, MOF).execution_score == 10
    # 年初预算数: 65.6 ÷ 100 × 10 = 6.56 (the real table's 10 against 6.56)
    assert score_project(project, scheme("budget-initial")).execution_score == D("6.56")
    # 20-point budget block: 20 × 100% = 20, and 20 + 40 + 30 + 10 = 100
    twenty = score_project(project, scheme("budget-20"))
    assert twenty.execution_score == 20 and twenty.total == 100 and twenty.problems == []


def test_decision_process_tree_with_the_budget_inside_process():
    s = scheme("decision-process")
    project = ProjectInput("p", [
        ind("有效", None, 20, level1="决策指标", level2="项目立项", name="立项规范性"),
        ind("≥95%", "95%", 10, level1="过程指标", level2="资金管理", name="资金到位率"),
        ind("≥10个", "8个", 40, level1="产出指标", reason="两个点位延至次年"),
        ind("≥1个", "1个", 20, level1="效益指标"),
    ], budget_initial=D(50), budget_adjusted=D(50), spent=D(45))
    project.indicators[0].qualitative_score = D(18)
    result = score_project(project, s)
    # 18 (定性) + 10 + 8 ÷ 10 × 40 = 32 + 20 + 预算执行 45 ÷ 50 × 10 = 9 under 过程 → 89
    assert result.execution_score == 9 and result.total == 89
    assert [p.code for p in result.problems] == []  # 过程 20 = 10 budget + 10 indicator


def test_pool_of_90_with_fractional_weights():
    s = scheme("pool-90")
    project = ProjectInput("p", [ind("≥10次", "10次", "22.5"), ind("≥4个", "3个", "22.5", level1="效益指标", reason="延期"),
                                 ind("≥90%", "90%", 45, level1="满意度指标")],
                           budget_adjusted=D(10), spent=D(10))
    result = score_project(project, s)
    assert [r.score for r in result.indicators] == [D("22.5"), D("16.875"), D(45)]  # 3 ÷ 4 × 22.5
    assert result.total == D("94.375") and result.problems == []
    one = score_project(ProjectInput("q", [ind("≥10次", "10次", 90)], budget_adjusted=D(1), spent=D(1)), s)
    assert one.total == 100 and one.problems == []  # a single indicator may carry all 90


def test_qualitative_band_edges_80_50():
    row = ind("有效提升", "基本达成", 10)
    row.qualitative_score = D("5.5")
    assert score_indicator(row, D(10), scheme("bands-80-50")).problems == []  # 55% is 部分达成 [50%, 80%)
    problems = score_indicator(row, D(10), MOF).problems  # under 80/60 it lies in the lowest band
    assert problems == []  # … which still holds it: only a named band is checked
    row.qualitative_band = "部分达成年度指标并具有一定效果"
    assert [p.code for p in score_indicator(row, D(10), MOF).problems] == ["score_outside_band"]
    assert score_indicator(row, D(10), scheme("bands-80-50")).problems == []


def test_satisfaction_step_rule():
    s = scheme("satisfaction-steps")
    name = "服务对象满意度"
    assert points("≥95%", "92%", 10, s, name=name, level1="满意度指标") == 10  # 90% and above: full
    assert points("≥95%", "89%", 10, s, name=name, level1="满意度指标") == 10  # less than one 5% step
    assert points("≥95%", "85%", 10, s, name=name, level1="满意度指标") == 9  # one step
    assert points("≥95%", "78%", 10, s, name=name, level1="满意度指标") == 8  # 12% below: two steps
    assert points("≥95%", "85%", 10, MOF, name=name, level1="满意度指标") == D("8.947368421052631578947368421")


def test_not_applicable_indicators_are_removed_and_the_rest_rescaled_to_100():
    s = scheme("not-applicable-rescale")
    project = ProjectInput("p", [
        ind("≥10次", "10次", 50), ind("≥4个", "2个", 20, level1="效益指标", reason="延期"),
        ind("不适用", "不适用", 10, level1="效益指标"), ind("≥90%", "95%", 10, level1="满意度指标"),
    ], budget_adjusted=D(10), spent=D(10))
    result = score_project(project, s)
    # 不适用 10 points removed: every other weight × 100/90; 效益 2 ÷ 4 × 22.22 = 11.11
    assert [round(r.weight, 2) for r in result.indicators] == [D("55.56"), D("22.22"), D(0), D("11.11")]
    assert round(result.execution_weight, 2) == D("11.11")
    assert round(result.total, 2) == D("88.89")  # 11.11 + 55.56 + 11.11 + 0 + 11.11
    assert result.indicators[2].method == "不适用"
    kept = score_project(project, MOF)
    assert kept.total == 80  # kept, the 不适用 row scores 0 of its 10 (定性, unscored)


def test_whole_point_rounding():
    s = scheme("whole-points")
    assert points("≥100%", "86.2%", 10, s) == 9  # 8.62 → 9
    assert points("≥100%", "86.2%", 10) == D("8.62")
    result = score_project(ProjectInput("p", [ind("≥100%", "86.2%", 90)], budget_adjusted=D(100), spent=D("86.2")), s)
    assert (result.execution_score, result.total) == (9, 87)  # 8.62 → 9; 77.58 → 78


def test_the_result_says_which_scheme_scored_it():
    result = score_project(ProjectInput("p", [ind("≥1个", "1个", 90)], budget_adjusted=D(1), spent=D(1)),
                           scheme("pool-90"))
    assert (result.scheme_id, result.scheme_name) == ("pool-90", "预算执行 10 分 + 绩效指标 90 分")


# --- the target parser reads what real tables print (point 4) -------------------------------------


@pytest.mark.parametrize(("text", "shown", "higher"), [
    ("≧90%", "≥90%", True), ("≦3天", "≤3天", False), ("═100%", "=100%", True), ("﹦8个", "=8个", True),
    (">=80%", "≥80%", True), ("<=5%", "≤5%", False), ("＞＝95%", "≥95%", True), ("＜＝2小时", "≤2小时", False),
])
def test_operators_in_the_wild(text, shown, higher):
    parsed = parse_target(text)
    assert parsed.display() == shown and parsed.higher_is_better is higher and parsed.explicit_sign


def test_an_actual_that_repeats_the_operator():
    assert parse_actual("≥266米").value == 266 and parse_actual("≥266米").unit == "米"
    assert points("≥260米", "≥266米", 10) == 10


def test_operator_and_unit_in_their_own_columns_and_direction():
    assert parse_columns("≥", 95.0, "%").display() == "≥95%"
    assert parse_columns("＞＝", "5000", "吨", "正向").display() == "≥5000吨"
    reverse = parse_columns(None, "1.2", "元", "反向")
    assert reverse.display() == "≤1.2元" and not reverse.higher_is_better
    assert parse_columns(None, 0.1, "%").display() == "≥0.1%"  # the float's binary tail is not kept


def test_each_scheme_file_says_what_it_does():
    lines = scheme("pool-90").describe()
    assert lines[0] == "评分方案：预算执行 10 分 + 绩效指标 90 分（pool-90）"
    assert "绩效指标合计 90 分，按各指标分值" in lines
    assert "执行率 = 全年执行数 ÷ 年初预算数" in scheme("budget-initial").describe()[1]
    assert "计入过程指标" in scheme("decision-process").describe()[1]
    assert "“满意度”：90 及以上满分，每低 5 扣 1 分" in scheme("satisfaction-steps").describe()
    assert "不适用的指标剔除，其余分值按比例折算到满分" in scheme("not-applicable-rescale").describe()
    assert scheme("whole-points").describe()[-1] == "得分取整到整数"
    assert "部分达成年度指标并具有一定效果 [50%, 80%)" in scheme("bands-80-50").describe()[5]


def test_a_cost_rate_in_percent_keeps_its_reading():
    # 成本指标 "资金支付率 100%", 98% paid: a rate, not a ceiling: 98 ÷ 100 × 10
    assert points("100%", "98%", 10, level2="成本指标", name="资金支付率") == D("9.8")


def test_a_missed_target_with_reason_none_still_asks_for_a_reason():
    row = ind("≥10次", "8次", 10, reason="无")
    assert [p.code for p in score_indicator(row, D(10), MOF).problems] == ["deviation_reason_missing"]
    row.deviation_reason = "场地改造，两场延至次年"
    assert score_indicator(row, D(10), MOF).problems == []
