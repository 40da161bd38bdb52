"""Reading filled 自评表 workbooks: the app's own print and hand-made variants."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import Workbook, load_workbook
from self_eval_books import form, slips_forms, write_book

from desktop.importers import SourceError
from desktop.importers.self_eval import looks_like_self_eval, read_self_eval
from desktop.reports.excel import write_xlsx
from desktop.reports.forms import self_eval_sheet
from desktop.reports.samples import self_eval_form


@pytest.mark.parametrize("one_sheet", [False, True])
def test_the_layout_the_app_prints_reads_back_whole(tmp_path, one_sheet):
    printed = [self_eval_form("科普经费"), self_eval_form("工作经费")]
    path = tmp_path / "app.xlsx"
    write_xlsx([self_eval_sheet(f) for f in printed], path, one_sheet=one_sheet)
    assert looks_like_self_eval(path)
    book = read_self_eval(path)
    assert [f.name for f in book.forms] == ["科普经费", "工作经费"]
    assert book.notes == []
    for got, want in zip(book.forms, printed, strict=True):
        assert (got.department, got.unit, got.year) == (want.department, want.unit, 2022)
        assert got.goal == want.goal_expected and got.goal_actual == want.goal_actual
        assert [f.source for f in got.funds] == ["total", "fiscal", "carryover", "other"]
        total = got.funds[0]
        assert total.amounts() == (D(1200), D(1180), D("1165.25"))
        assert (total.weight, total.rate, total.score) == (D(10), D("98.75"), D("9.88"))
        assert [(i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score) for i in got.indicators] == [
            (r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.score) for r in want.indicators
        ]
        assert got.total_weight == 100 and got.total_score == D("95.38") and got.grade == "优"


def test_hand_made_amounts_in_yuan_rates_as_text_merged_levels_one_sheet_per_project(tmp_path):
    book = read_self_eval(write_book(tmp_path / "b.xlsx", slips_forms(), rates="text", merged=True))
    assert len(book.forms) == 6 and book.indicator_count == 34
    road = book.forms[0]
    assert road.amount_unit == "元"
    assert road.funds[0].amounts() == (D(25), D(25), D("21.54576"))  # 250,000 元 → 25 万元
    assert road.funds[0].rate == D("86.19") and road.funds[1].rate == D("86.18")
    assert road.indicators[0].name == "指标1：新建道路长度"  # the 指标1 prefix is the officer's name
    assert [i.level1 for i in road.indicators[:5]] == ["产出指标"] * 4 + ["效益指标"]  # merged cells filled
    assert road.grade == "优" and road.year == 2022
    water = book.forms[1]
    assert water.funds[0].amounts() == (D(0), D(0), D(0)) and water.funds[1].amounts() == (D(100), D("65.6"), D("65.6"))
    assert water.funds[2].amounts() == (None, None, None)


@pytest.mark.parametrize("rates", ["percent", "number"])
def test_rates_as_numbers_labels_typed_once_several_forms_down_one_sheet_no_grade(tmp_path, rates):
    path = write_book(tmp_path / "b.xlsx", slips_forms(), rates=rates, merged=False, per_sheet=False,
                      grade_cell=False)
    book = read_self_eval(path)
    assert [f.name for f in book.forms] == ["乡村道路建设", "农村饮水安全", "学校维修改造", "文化惠民演出",
                                            "森林防火", "环境监测"]
    assert book.forms[0].funds[0].rate == D("86.19")
    assert book.forms[2].funds[0].rate == D("86.2")
    assert all(f.grade == "" for f in book.forms)
    road = book.forms[0]
    # 一级 typed once and left blank below: carried down; 二级 likewise within its 一级
    assert [(i.level1, i.level2) for i in road.indicators][:2] == [("产出指标", "数量指标"), ("产出指标", "质量指标")]
    assert road.indicators[-1].level1 == "满意度指标"
    assert book.forms[3].place == "工作表“自评表”第 66 行"  # the 4th 项目名称 row


def test_operator_value_unit_and_direction_in_their_own_columns(tmp_path):
    f = form("污水处理", [(10, 10, 10, 10, "100", 10)], [
        ("产出指标", "数量指标", "处理污水量", ("＞＝", 5000, "吨", "正向"), "5200", 40, 40, ""),
        ("产出指标", "成本指标", "吨水处理成本", (None, "1.2", "元", "反向"), "1.1", 20, 20, ""),
        ("效益指标", "生态效益指标", "出水达标率", ("≧", 95, "%", "正向"), "96", 30, 30, ""),
    ], total_weight=100, total_score=100)
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f], split_columns=True))
    rows = book.forms[0].indicators
    assert [(i.target, i.actual, i.direction) for i in rows] == [
        ("＞＝5000吨", "5200吨", "正向"), ("1.2元", "1.1元", "反向"), ("≧95%", "96%", "正向")
    ]
    from desktop.domain.recheck import recheck_form
    from desktop.domain.schemes import default_scheme

    assert recheck_form(book.forms[0], default_scheme()).findings == []


def test_an_unused_column_is_named(tmp_path):
    path = write_book(tmp_path / "b.xlsx", slips_forms()[:1])

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = next(r for r in range(1, 40) if ws.cell(r, 2).value == "一级指标")
    ws.cell(header, 11, "备注")
    wb.save(path)
    book = read_self_eval(path)
    assert book.notes == ["工作表“乡村道路建设”第 12 行 K 列“备注”列未使用"]


def test_a_workbook_without_a_self_evaluation_is_an_error(tmp_path):
    path = tmp_path / "x.xlsx"
    wb = Workbook()
    wb.active.append(["项目", "金额"])
    wb.save(path)
    assert not looks_like_self_eval(path)
    with pytest.raises(SourceError, match="没有找到项目支出绩效自评表"):
        read_self_eval(path)


def test_a_form_without_indicator_header_names_its_place(tmp_path):
    path = tmp_path / "x.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "表1"
    ws.append(["项目名称", "道路"])
    ws.append(["主管部门", "交通局"])
    ws.append(["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    ws.append(["项目资金（万元）", "年度资金总额", 1, 1, 1, 10, "100%", 10])
    wb.save(path)
    with pytest.raises(SourceError) as err:
        read_self_eval(path)
    assert str(err.value) == "无法导入“x.xlsx”：工作表“表1”第 1 行，项目“道路”没有绩效指标表头（一级指标 / 三级指标 / 得分）"


def test_a_summary_sheet_with_a_project_column_is_named_and_left_out(tmp_path):
    path = write_book(tmp_path / "b.xlsx", slips_forms()[:2])
    wb = load_workbook(path)
    summary = wb.create_sheet("汇总", 0)
    summary.append(["序号", "项目名称", "自评得分"])
    summary.append([1, "乡村道路建设", 96.62])
    wb.save(path)
    book = read_self_eval(path)
    assert [f.name for f in book.forms] == ["乡村道路建设", "农村饮水安全"]
    assert book.notes == ["工作表“汇总”第 1 行有“项目名称”，但下面既没有项目资金也没有绩效指标，不是自评表，未导入"]


def test_a_score_that_is_not_a_number_names_sheet_row_and_column(tmp_path):
    f = form("演出", [(1, 1, 1, 10, "100", 10)],
             [("产出指标", "数量指标", "演出场次", "≥40场", "42场", 90, "满分", "")], total_weight=100, total_score=100)
    with pytest.raises(SourceError) as err:
        read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    assert "工作表“演出”第 10 行 H 列" in str(err.value) and "“满分”" in str(err.value)


def test_a_goal_that_mentions_other_funds_is_not_a_fund_row(tmp_path):
    f = slips_forms()[0]
    f["goal"] = "统筹其他资金和上年结转资金，完成道路建设"
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f]))
    assert [x.source for x in book.forms[0].funds] == ["total", "fiscal", "carryover", "other"]
    assert book.forms[0].goal == "统筹其他资金和上年结转资金，完成道路建设"


def test_a_repeated_indicator_header_and_a_total_labelled_with_its_points(tmp_path):
    path = write_book(tmp_path / "b.xlsx", slips_forms()[:1], merged=False)

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    header = next(r for r in range(1, 40) if ws.cell(r, 2).value == "一级指标")
    ws.insert_rows(header + 4)  # a page break: the header typed again
    for c in range(1, 11):
        ws.cell(header + 4, c, ws.cell(header, c).value)
    total = next(r for r in range(1, 60) if ws.cell(r, 1).value == "总分")
    ws.cell(total, 1, "总分（100分）")
    wb.save(path)
    book = read_self_eval(path)
    assert len(book.forms[0].indicators) == 7
    assert book.forms[0].total_score == D("96.62")


def test_sichuan_layout_goal_above_budget_operator_unit_columns_and_fractional_weights(tmp_path):
    from self_eval_books import write_sichuan_style

    book = read_self_eval(write_sichuan_style(tmp_path / "sc.xlsx"))
    [f] = book.forms
    assert (f.name, f.department, f.unit, f.year) == (
        "51090000T000000000001-2023年安可替代补助资金项目", "某县司法局部门", "某县司法局", 2023)
    assert (f.goal, f.goal_actual) == ("购买安可设备并完成资金支付。", "已完成。")
    assert [(x.source, x.label) for x in f.funds] == [
        ("total", "总额"), ("fiscal", "其中:财政资金"), ("special", "财政专户管理资金"), ("own", "单位资金"),
        ("other", "其他资金")]
    assert (f.funds[0].amounts(), f.funds[0].weight, f.funds[0].rate) == ((D(0), D("3.36"), D("3.36")), 10, 100)
    assert [(i.target, i.actual, i.weight) for i in f.indicators] == [
        ("≥13台", "13台", D("22.5")), ("≤3.36万元", "3.36万元", D("22.5")), ("=100%", "100%", D("22.5")),
        ("≥90%", "95%", D("22.5"))]
    assert (f.total_weight, f.total_score) == (100, 100)
    assert book.notes == ["工作表“自评表”第 7 行 I 列“原因”列未使用"]  # the 原因 note column is named


def test_anhui_layout_points_in_level_labels_and_placeholder_rows(tmp_path):
    from self_eval_books import write_anhui_style

    [f] = read_self_eval(write_anhui_style(tmp_path / "ah.xlsx")).forms
    assert [(i.level1, i.level2, i.name) for i in f.indicators] == [
        ("产出指标", "数量指标", "指标1:委托业务项目数量"), ("产出指标", "质量指标", "指标1:委托业务报告合格率"),
        ("产出指标", "成本指标", "指标1:项目总成本"), ("效益指标", "社会效益指标", "指标1:对基建市场公平的影响"),
        ("满意度指标", "服务对象满意度指标", "指标1:服务对象满意度")]
    assert f.funds[0].label == "年度资金总额:" and f.funds[1].amounts() == (D(90), D("89.974"), D("89.974"))
    assert (f.goal, f.goal_actual, f.total_weight, f.total_score) == ("完成基建工程委托业务。", "已完成。", 100, 87)


def test_an_equals_target_written_by_a_script_is_a_formula_without_value_and_keeps_its_text(tmp_path):
    path = write_book(tmp_path / "b.xlsx", slips_forms()[5:])
    wb = load_workbook(path)
    for row in wb.active.iter_rows():
        for cell in row:
            if cell.value == "═100%":
                cell.value = "=100%"  # openpyxl stores it as a formula; nothing computes it
    wb.save(path)
    targets = [i.target for i in read_self_eval(path).forms[0].indicators]
    assert targets[1] == "=100%"
    wb = load_workbook(path)
    wb.active["Z1"] = "=1+1"  # a formula with no cached value elsewhere changes nothing else
    wb.save(path)
    assert [i.target for i in read_self_eval(path).forms[0].indicators] == targets


def test_the_target_table_import_says_where_a_self_evaluation_goes(tmp_path):
    from desktop.importers import read_files

    path = write_book(tmp_path / "自评表.xlsx", slips_forms()[:1])
    with pytest.raises(SourceError, match="这是填好的项目支出绩效自评表，请用“文件 → 复核自评表…”复核并导入"):
        read_files([path])


def test_header_labels_that_contain_the_usual_ones(tmp_path):
    path = write_book(tmp_path / "b.xlsx", slips_forms()[5:])
    wb = load_workbook(path)
    ws = wb.active
    renames = {"实际完成值": "全年实际完成值", "得分": "自评得分", "年度指标值": "年度指标值（A）"}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value in renames and cell.row > 8:
                cell.value = renames[cell.value]
    wb.save(path)
    book = read_self_eval(path)
    f = book.forms[0]
    assert book.notes == []
    assert [(i.target, i.actual, i.score) for i in f.indicators][:2] == [("═8个", "8个", 30), ("═100%", "98%", 9)]


@pytest.mark.parametrize(("money", "typed", "wan"), [
    ("万元", "25万元", D(25)), ("万元", "25", D(25)), ("元", "25万", D(25)), ("元", "250,000元", D(25)),
    ("元", 250000, D(25)), ("万元", "250000元", D(25)),
])
def test_amounts_typed_with_their_unit(tmp_path, money, typed, wan):
    f = form("道路", [(typed, typed, typed, 10, "100", 10)],
             [("产出指标", "数量指标", "里程", "≥10公里", "10公里", 90, 90, "")], total_weight=100, total_score=100)
    book = read_self_eval(write_book(tmp_path / "b.xlsx", [f], money=money))
    assert book.forms[0].funds[0].amounts() == (wan, wan, wan)  # always 万元 inside


def test_the_calamine_reading_for_xls_gives_the_same_forms(tmp_path):
    """.xls workbooks (Excel 97–2003, WPS) are read with calamine; no .xls writer is at hand here, so
    the same reading is run on the xlsx variants and must give the same forms."""
    from self_eval_books import write_anhui_style, write_sichuan_style

    from desktop.domain.self_eval import SelfEvalBook
    from desktop.importers.self_eval import _calamine_sheets, _read_sheet

    paths = [write_book(tmp_path / "a.xlsx", slips_forms(), rates="percent", per_sheet=False),
             write_sichuan_style(tmp_path / "s.xlsx"), write_anhui_style(tmp_path / "h.xlsx")]
    for path in paths:
        book = SelfEvalBook(path.name)
        for name, grid in _calamine_sheets(path, zipped=True):
            _read_sheet(path, name, grid, book)
        assert book.forms == read_self_eval(path).forms


def test_a_broken_xls_is_one_sentence(tmp_path):
    path = tmp_path / "旧表.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 600)
    assert not looks_like_self_eval(path)
    with pytest.raises(SourceError, match="无法导入“旧表.xls”"):
        read_self_eval(path)
