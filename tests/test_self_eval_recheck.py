"""复核 of a filled 自评表: one slip of each kind the issue lists is found with its computed figure,
and the sound rows give nothing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest
from self_eval_books import form, slips_forms, write_book

from desktop.domain.recheck import recheck_form
from desktop.domain.schemes import default_scheme, load_scheme, schemes_dir
from desktop.importers.self_eval import read_self_eval

SCHEME = default_scheme()


@pytest.fixture(scope="module")
def slips(tmp_path_factory):
    path = write_book(tmp_path_factory.mktemp("slips") / "slips.xlsx", slips_forms())
    return read_self_eval(path)


def _found(book, scheme=SCHEME):
    out = []
    for f in book.forms:
        out.extend(recheck_form(f, scheme).findings)
    return [(x.project, x.item, x.printed, x.computed.quantize(D("0.01")), x.kind) for x in out]


def test_each_slip_is_found_with_its_computed_figure_and_sound_rows_give_nothing(slips):
    assert _found(slips) == [
        # 86.19% printed for 215,457.6 / 250,000 = 86.18% (amounts typed in 元)
        ("乡村道路建设", "执行率", D("86.19"), D("86.18"), "arithmetic"),
        # 年度资金总额 left at 0/0/0 under a filled 其中 row: the budget scored 0 instead of 10
        ("农村饮水安全", "年度资金总额", D(0), D("100.00"), "fund_total"),
        ("农村饮水安全", "年度资金总额", D(0), D("65.60"), "fund_total"),
        ("农村饮水安全", "年度资金总额", D(0), D("65.60"), "fund_total"),
        ("农村饮水安全", "执行率", D(0), D("100.00"), "arithmetic"),
        ("农村饮水安全", "预算执行得分", D(0), D("10.00"), "arithmetic"),
        # scores rounded up to whole points, twice in one table: 8.62 → 9
        ("学校维修改造", "预算执行得分", D(9), D("8.62"), "rounding"),
        ("学校维修改造", "维修资金支付进度", D(9), D("8.62"), "rounding"),
        # indicator weights adding to 100 on top of the 10 budget points, total printed as 100
        ("文化惠民演出", "分值", D(100), D("110.00"), "weights"),
        # five met targets scored below full with no 偏差原因
        ("森林防火", "巡护里程", D(9), D("10.00"), "met_docked"),
        ("森林防火", "防火宣传次数", D(19), D("20.00"), "met_docked"),
        ("森林防火", "火情发现及时率", D(19), D("20.00"), "met_docked"),
        ("森林防火", "森林覆盖率", D(27), D("30.00"), "met_docked"),
        ("森林防火", "林区群众满意度", D(7), D("10.00"), "met_docked"),
        # "═100%" at 98% given 9 where pro rata gives 9.80; 总分 printed 98 over items adding to 97
        ("环境监测", "数据有效率", D(9), D("9.80"), "arithmetic"),
        ("环境监测", "总分", D(98), D("97.00"), "total_not_sum"),
    ]


def test_findings_name_their_place_and_say_why(slips):
    check = recheck_form(slips.forms[5], SCHEME)
    slip = check.findings[0]
    assert slip.place == "工作表“环境监测”第 14 行"
    assert "=100%" in slip.note and "9.8" in slip.note
    assert slip.as_dict() == {"project": "环境监测", "item": "数据有效率", "printed": 9.0, "computed": 9.8,
                              "kind": "arithmetic", "note": slip.note}
    assert check.scheme_id == "mof-2020-10"


def test_computed_total_uses_the_officers_hand_score_for_qualitative_rows(slips):
    road = recheck_form(slips.forms[0], SCHEME)
    # 8.618304 + 20 + 10 + 10 + 10 (成本 20万元 read as ≤, 18万元 meets) + 10 + 18 (定性, in band) + 10
    assert road.total.quantize(D("0.01")) == D("96.62")
    assert road.unchecked == []


def test_budget_initial_scheme_scores_the_empty_total_row_against_the_initial_budget(slips):
    found = _found(slips, load_scheme(schemes_dir() / "budget-initial.yaml"))
    budget = [f for f in found if f[0] == "农村饮水安全" and f[1] == "预算执行得分"]
    assert budget == [("农村饮水安全", "预算执行得分", D(0), D("6.56"), "arithmetic")]  # 65.6 ÷ 100 × 10


def test_whole_point_scheme_accepts_the_rounded_scores(slips):
    found = _found(slips, load_scheme(schemes_dir() / "whole-points.yaml"))
    assert not [f for f in found if f[0] == "学校维修改造"]
    # and under it, the ═100% row at 98% is 9.80 → 10 points, so the printed 9 is still a slip
    assert ("环境监测", "数据有效率", D(9), D("10.00"), "arithmetic") in found


def test_met_target_docked_with_a_written_reason_is_the_officers_call(tmp_path):
    f = slips_forms()[4]
    f["indicators"] = [(*row[:7], "冬季降雪，巡护路线调整") for row in f["indicators"]]
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    assert recheck_form(book.forms[0], SCHEME).findings == []


def test_weights_adding_up_to_their_printed_total_but_not_to_100(tmp_path):
    f = form("演出", [(1, 1, 1, 10, "100", 10)],
             [("产出指标", "数量指标", "演出场次", "≥40场", "42场", 80, 80, "")], total_weight=90, total_score=90)
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    found = recheck_form(book.forms[0], SCHEME).findings
    assert [(x.item, x.printed, x.computed, x.kind) for x in found] == [("分值", D(90), D(100), "weights")]


def test_truncated_rate_is_a_rounding_finding(tmp_path):
    f = form("维修", [(100, D("100"), D("99.7484"), 10, "99.74", D("9.97"))],
             [("产出指标", "数量指标", "维修面积", "≥10平方米", "10平方米", 90, 90, "")],
             total_weight=100, total_score=D("99.97"))
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    found = recheck_form(book.forms[0], SCHEME).findings
    assert [(x.item, x.printed, round(x.computed, 2), x.kind) for x in found] == [
        ("执行率", D("99.74"), D("99.75"), "rounding")
    ]


def test_a_sound_form_gives_nothing_under_every_scheme_it_agrees_with(slips):
    road = slips.forms[0]
    road_fixed = replace(road, funds=[replace(road.funds[0], rate=D("86.18")), *road.funds[1:]])
    assert recheck_form(road_fixed, SCHEME).findings == []


def test_an_actual_typed_as_a_fraction_against_a_percentage_target(tmp_path):
    f = form("监测", [(1, 1, 1, 10, "100", 10)],
             [("产出指标", "质量指标", "数据有效率", "═100%", 0.98, 90, D("88.2"), ""),
              ("产出指标", "质量指标", "报送率", "≥95%", 1, 0, 0, "")], total_weight=100, total_score=D("98.2"))
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    check = recheck_form(book.forms[0], SCHEME)
    assert check.findings == [] and check.indicator_scores == [D("88.2"), D(0)]  # 98% of 90


def test_other_layouts_recheck(tmp_path):
    from self_eval_books import write_anhui_style, write_sichuan_style

    sichuan = read_self_eval(write_sichuan_style(tmp_path / "sc.xlsx")).forms[0]
    assert recheck_form(sichuan, load_scheme(schemes_dir() / "pool-90.yaml")).findings == []
    anhui = read_self_eval(write_anhui_style(tmp_path / "ah.xlsx")).forms[0]
    found = [(x.item, x.printed, round(x.computed, 2), x.kind) for x in recheck_form(anhui, SCHEME).findings]
    # the 年度资金总额: row left at 0 under 其中:本年财政拨款 90 / 89.974 / 89.974
    assert found == [("年度资金总额", 0, D("90.00"), "fund_total"), ("年度资金总额", 0, D("89.97"), "fund_total"),
                     ("年度资金总额", 0, D("89.97"), "fund_total"), ("执行率", 0, D("100.00"), "arithmetic"),
                     ("预算执行得分", 0, D("10.00"), "arithmetic")]


@pytest.mark.parametrize("reason", ["无", "暂无", "无偏差", "/"])
def test_a_reason_that_says_nothing_is_no_reason(tmp_path, reason):
    f = slips_forms()[4]
    f["indicators"] = [(*row[:7], reason) for row in f["indicators"]]
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    assert [x.kind for x in recheck_form(book.forms[0], SCHEME).findings] == ["met_docked"] * 5


def test_a_total_row_left_blank_under_filled_rows(tmp_path):
    f = slips_forms()[1]
    f["funds"][0] = (None, None, None, 10, None, 0)
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    found = recheck_form(book.forms[0], SCHEME).findings
    assert [(x.item, x.printed, x.computed) for x in found] == [
        ("年度资金总额", None, D(100)), ("年度资金总额", None, D("65.6")), ("年度资金总额", None, D("65.6")),
        ("预算执行得分", D(0), D(10))]
    assert found[0].note == "年初预算数：其中各项之和 100 万元，年度资金总额未填"
    assert found[0].as_dict()["printed"] is None
